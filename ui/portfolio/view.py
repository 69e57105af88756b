"""The portfolio page: search, filters, summary cards and the sellers table.

Rows are read on the cache worker (ctx.taskman); everything after that (filter, sort,
search, totals) works on the rows in memory. A refresh keeps sort, filters, selection and
scroll; the page refreshes itself when an operation announces changed sellers, metrics,
violations or outreach.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from app.errors import KnownError
from app.portfolio import FilterOptions, PortfolioRow, PortfolioService, compute_totals
from app.seller_detail import SellerDetailService
from app.settings import SavedView
from ui.changes import Changes
from ui.context import AppContext
from ui.portfolio.column_chooser import ColumnChooser
from ui.portfolio.columns import INDEX, KEYS, Level, Missing, visible_keys
from ui.portfolio.filter_bar import FilterBar
from ui.portfolio.flag_filter import eligible_programs, program_names, values_for
from ui.portfolio.menus import shortcut_text
from ui.portfolio.model import SELLER_ID_ROLE, PortfolioModel
from ui.portfolio.saved_views import SavedViewsButton, save_settings
from ui.portfolio.search_box import SearchBox
from ui.portfolio.states import StatePanel
from ui.portfolio.summary_cards import SummaryCards
from ui.portfolio.table import PortfolioTable

log = logging.getLogger(__name__)
_ORDERS = {True: Qt.SortOrder.DescendingOrder, False: Qt.SortOrder.AscendingOrder}


class PortfolioPage(QWidget):
    seller_activated = Signal(str)
    loaded = Signal()  # rows (re)read and on screen; tests and the shell's badge wait on it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portfolioPage")
        self._ctx = ctx
        self._loading = False
        self._syncing = False
        self._reload_pending = False
        self._has_data = False
        self.model = PortfolioModel(self)
        self.search = SearchBox(self)
        self.filters = FilterBar(self.model.texts, self)
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Clear the search and every filter ({shortcut})")
                                     .format(shortcut=shortcut_text("Ctrl+Shift+X")))
        self.views = SavedViewsButton(ctx, self.capture_view, self.apply_view, self)
        self.columns = ColumnChooser(self)
        self.cards = SummaryCards(self)
        self.table = PortfolioTable(self)
        self.table.setModel(self.model)
        self.table.apply_column_widths({kind: self.model.texts.missing(kind) for kind in Missing})
        self.table.horizontalHeader().setSortIndicator(self.model.sort_column,
                                                       _ORDERS[self.model.descending])
        self.table.setSortingEnabled(True)
        self.states = StatePanel(self.table, self)
        self._lay_out()
        self._connect()
        self._set_columns(visible_keys(ctx.settings.visible_columns), persist=False)
        self.refresh()

    # -- the interface the window uses ---------------------------------------------------
    def refresh(self) -> None:
        """Read the rows again in the background; sort, filters, selection and scroll stay."""
        if self._loading:
            self._reload_pending = True
            return
        self._loading = True
        if not self._has_data:
            self.states.show_loading()
        workspace = self._ctx.workspace

        def read() -> tuple[list[PortfolioRow], FilterOptions, str | None, dict[str, str]]:
            service = PortfolioService(workspace.engine)
            rows = service.rows(include_unassigned=True)
            return rows, service.filter_options(), service.data_as_of(), \
                program_names(SellerDetailService(workspace.engine), rows)

        self._ctx.taskman.run_in_background(read, self._on_read)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def selected_seller_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.data(rows[0], SELLER_ID_ROLE)

    # -- saved views -------------------------------------------------------------------------
    def capture_view(self, name: str) -> SavedView:
        return SavedView(name=name, filters=self.filters.selection(),
                         search=self.search.text().strip(), sort_column=self.model.sort_key,
                         sort_descending=self.model.descending, columns=self.columns.visible(),
                         show_unassigned=self.filters.show_unassigned)

    def apply_view(self, view: SavedView) -> None:
        self.filters.set_selection(view.filters, view.show_unassigned)
        self.search.blockSignals(True)
        self.search.set_now(view.search)
        self.search.blockSignals(False)
        if view.columns:
            self._set_columns(visible_keys(view.columns), persist=True)
        column = INDEX.get(view.sort_column, self.model.sort_column)
        self.table.sortByColumn(column, _ORDERS[view.sort_descending])
        self._apply_query()

    # -- loading -----------------------------------------------------------------------------
    def _on_read(self, future: Future[tuple[list[PortfolioRow], FilterOptions, str | None,
                                            dict[str, str]]]) -> None:
        if not shiboken6.isValid(self):
            return  # the page was closed while the cache worker read
        self._loading = False
        error = future.exception()
        if error is not None:
            log.error("cannot read the portfolio", exc_info=error)
            message = error.message if isinstance(error, KnownError) else str(error)
            if not self._has_data:
                self.states.show_error(message)
            # else: the rows on screen stay; a busy cache during a sync is no reason to blank
            # them, and the next announcement reads again.
        else:
            rows, options, as_of, programs = future.result()
            kept = self._remember()
            self.model.texts.program_names = programs
            self.filters.set_options(options, values_for(eligible_programs(rows)))
            self.model.set_rows(rows)
            self._has_data = True
            self.cards.show_as_of(as_of)
            self._restore(*kept)
            self._update_after_query()
            self.loaded.emit()
        if self._reload_pending:
            self._reload_pending = False
            self.refresh()

    def _on_changes(self, changes: Changes) -> None:
        if (changes.sellers or changes.metrics or changes.violations or changes.outreach
                or changes.flags):
            self.refresh()

    # -- filtering ---------------------------------------------------------------------------
    def _apply_query(self) -> None:
        selected = self.selected_seller_id()
        self.model.set_query(self.filters.selection(), self.search.current,
                             self.filters.show_unassigned)
        self._restore(selected, None, None)
        self._update_after_query()

    def _update_after_query(self) -> None:
        visible = self.model.visible_rows()
        colour = self.model.colour(Level.CRITICAL)
        self.cards.show_totals(compute_totals(visible), self.model.in_scope_count(),
                               risk_colour=colour)
        filtered = bool(self.search.current.strip()) or self.filters.any_active()
        self.clear_button.setEnabled(filtered)
        if self.model.loaded_count == 0:
            # While the first sync runs, "press Sync" would contradict what is happening.
            if self._syncing:
                self.states.show_first_sync()
            else:
                self.states.show_empty()
        elif not visible:
            self.states.show_no_match()
        else:
            self.states.show_table()

    def set_syncing(self, running: bool) -> None:
        """The window tells the page whether a sync is running, for the empty state."""
        self._syncing = running
        if self.model.loaded_count == 0 and self.states.state in ("empty", "first_sync"):
            if running:
                self.states.show_first_sync()
            else:
                self.states.show_empty()

    def clear_query(self) -> None:
        self.filters.set_selection({}, self.filters.show_unassigned)
        self.search.blockSignals(True)
        self.search.set_now("")
        self.search.blockSignals(False)
        self._apply_query()

    def _remember(self) -> tuple[str | None, int | None, int | None]:
        return (self.selected_seller_id(), self.table.verticalScrollBar().value(),
                self.table.horizontalScrollBar().value())

    def _restore(self, seller_id: str | None, vertical: int | None,
                 horizontal: int | None) -> None:
        self.table.settle()
        position = self.model.position_of(seller_id) if seller_id else None
        if position is not None:
            current = self.table.currentIndex()
            column = current.column() if current.isValid() else 0
            self.table.setCurrentIndex(self.model.index(position, column))
            self.table.selectRow(position)
        if vertical is not None:
            self.table.verticalScrollBar().setValue(vertical)
        elif position is not None:
            self.table.scrollTo(self.model.index(position, 0))
        else:
            self.table.scrollToTop()
        if horizontal is not None:
            self.table.horizontalScrollBar().setValue(horizontal)

    # -- columns -----------------------------------------------------------------------------
    def _set_columns(self, keys: list[str], *, persist: bool) -> None:
        shown = set(keys)
        for number, key in enumerate(KEYS):
            self.table.setColumnHidden(number, key not in shown)
        self.columns.set_visible(keys)
        if persist:
            self._ctx.settings.visible_columns = list(keys)
            save_settings(self._ctx)

    def sort_by_current_column(self) -> None:
        """Ctrl+Shift+S: sort by the column under the cursor; again reverses the order."""
        current = self.table.currentIndex()
        column = current.column() if current.isValid() else self.model.sort_column
        if column == self.model.sort_column:
            descending = not self.model.descending
        else:
            descending = self.model.numeric(column)  # biggest numbers first, names A to Z
        self.table.sortByColumn(column, _ORDERS[descending])

    # -- assembly ----------------------------------------------------------------------------
    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.setSpacing(6)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.search.setMinimumWidth(240)
        self.search.setMaximumWidth(420)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.filters)
        bar.addWidget(self.clear_button)
        bar.addStretch(1)
        bar.addWidget(self.views)
        bar.addWidget(self.columns)
        layout.addLayout(bar)
        layout.addWidget(self.cards)
        layout.addWidget(self.states, 1)

    def _connect(self) -> None:
        self.search.search_changed.connect(lambda _text: self._apply_query())
        self.search.leave_requested.connect(self._focus_table)
        self.filters.changed.connect(self._apply_query)
        self.clear_button.clicked.connect(self.clear_query)
        self.columns.columns_changed.connect(lambda keys: self._set_columns(keys, persist=True))
        self.table.row_activated.connect(self._activate_row)
        self.states.clear_requested.connect(self.clear_query)
        self.states.retry_requested.connect(self.refresh)
        self._ctx.changes.changed.connect(self._on_changes)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (("Ctrl+F", self.focus_search), ("/", self.focus_search),
                           ("Ctrl+Shift+S", self.sort_by_current_column),
                           ("Ctrl+Shift+X", self.clear_query)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.PaletteChange:
            self.model.update_palette()  # light or dark: the severity colours follow
        super().changeEvent(event)

    def _focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount() > 0:
            self.table.selectRow(0)

    def _activate_row(self, position: int) -> None:
        self.seller_activated.emit(self.model.row_at(position).seller_id)
