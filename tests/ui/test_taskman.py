"""Results of background work always arrive later, on the GUI thread, through the event loop."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from ui.taskman import TaskManager


def test_on_done_runs_later_on_the_gui_thread_even_for_instant_tasks(qtbot) -> None:
    manager = TaskManager()
    calls: list[tuple[object, bool]] = []
    for _ in range(50):
        manager.run_in_background(
            lambda: 42,
            lambda future: calls.append((future.result(),
                                         QThread.currentThread() is manager.thread())))
    assert calls == [], "on_done ran inside run_in_background"
    qtbot.waitUntil(lambda: len(calls) == 50)
    assert all(value == 42 and on_gui for value, on_gui in calls)
    assert manager.pending == 0
    manager.shutdown()


def test_cache_work_runs_on_one_worker_thread_in_order(qtbot) -> None:
    manager = TaskManager()
    seen: list[tuple[int, str]] = []
    for number in range(20):
        manager.run_in_background(
            lambda number=number: seen.append((number, threading.current_thread().name)))
    qtbot.waitUntil(lambda: manager.pending == 0)
    assert [number for number, _ in seen] == list(range(20))
    assert len({name for _, name in seen}) == 1
    assert seen[0][1].startswith("cache")
    manager.shutdown()


def test_after_shutdown_nothing_runs_and_late_answers_are_dropped(qtbot) -> None:
    # While the window closes, a screen may still react to a signal and ask for work, and
    # answers to earlier work may still be queued: neither may run or raise.
    manager = TaskManager()
    delivered: list[object] = []
    manager.run_in_background(lambda: 42, delivered.append)
    manager.shutdown()  # the task finished; its delivery is still queued
    late = manager.run_in_background(lambda: delivered.append("ran"), delivered.append)
    assert late.cancelled(), "work asked for after shutdown must not run"
    qtbot.waitUntil(lambda: manager.pending == 0)
    assert delivered == []
