"""Numbers, money, dates and "how long ago" in the chosen language's QLocale.

`set_language` makes that locale Qt's default, so every helper here (and every Qt widget that
formats on its own, such as QSpinBox) agrees. Words go through Qt's translator with the
context "Formatting"; placeholders are filled after translation.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_EVEN, Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from db.units import MONEY_SCALE

# Shown where a value is missing (null score, nothing synced yet): not zero, not "not enough".
NO_VALUE = "—"
_LOCALES = {"en": "en_US", "zh_CN": "zh_CN"}
# Qt's own long and short date formats are either wordy or ambiguous ("11/20/26"): each
# language's usual medium form instead.
_DATE_PATTERNS = {"zh": "yyyy年M月d日"}
_DEFAULT_DATE_PATTERN = "MMM d, yyyy"


def locale_for(language: str) -> QLocale:
    return QLocale(_LOCALES.get(language, "en_US"))


def set_language(language: str) -> None:
    QLocale.setDefault(locale_for(language))


def integer(value: int | None) -> str:
    if value is None:
        return NO_VALUE
    return QLocale().toString(int(value))


def decimal(value: float | Decimal | None, places: int = 2) -> str:
    if value is None:
        return NO_VALUE
    return QLocale().toString(float(value), "f", places)


def percent(ratio: float | None, places: int = 1, *, signed: bool = False) -> str:
    """A ratio (0.034) as a percentage ("3.4%"); `signed` adds "+" to growth."""
    if ratio is None:
        return NO_VALUE
    locale = QLocale()
    text = locale.toString(ratio * 100.0, "f", places) + locale.percent()
    if signed and ratio * 100.0 >= 0.5 * 10**-places:
        text = locale.positiveSign() + text
    return text


def money(amount: int | None, currency: str = "", places: int = 2) -> str:
    """Integer ten-thousandths of a currency unit, exactly (no float), with the ISO code."""
    if amount is None:
        return NO_VALUE
    locale = QLocale()
    quantum = Decimal(1).scaleb(-places)
    value = (Decimal(amount) / MONEY_SCALE).quantize(quantum, rounding=ROUND_HALF_EVEN)
    sign, whole, fraction = _split(value, places)
    text = locale.toString(whole)
    if places:
        text += locale.decimalPoint() + fraction
    if sign:
        text = locale.negativeSign() + text
    return f"{text}\u00a0{currency}" if currency else text


def _split(value: Decimal, places: int) -> tuple[bool, int, str]:
    negative = value < 0
    digits = f"{abs(value):.{places}f}"
    whole, _, fraction = digits.partition(".")
    return negative and value != 0, int(whole), fraction


def _qdate(value: dt.date | str) -> QDate:
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    return QDate(value.year, value.month, value.day)


def date(value: dt.date | str | None) -> str:
    """A calendar day, as the language writes it ("Nov 20, 2026", "2026年11月20日")."""
    if value is None or value == "":
        return NO_VALUE
    locale = QLocale()
    pattern = _DATE_PATTERNS.get(locale.name().split("_")[0], _DEFAULT_DATE_PATTERN)
    return locale.toString(_qdate(value), pattern)


def short_date(value: dt.date | str | None) -> str:
    if value is None or value == "":
        return NO_VALUE
    return QLocale().toString(_qdate(value), QLocale.FormatType.ShortFormat)


def _local(moment: dt.datetime) -> QDateTime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    utc = moment.astimezone(dt.UTC)
    stamp = QDateTime(QDate(utc.year, utc.month, utc.day),
                      QTime(utc.hour, utc.minute, utc.second), QTimeZone.utc())
    return stamp.toLocalTime()


def time_of_day(moment: dt.datetime | None) -> str:
    """Local wall-clock time ("2:32 PM", "14:32")."""
    if moment is None:
        return NO_VALUE
    return QLocale().toString(_local(moment).time(), QLocale.FormatType.ShortFormat)


def date_time(moment: dt.datetime | None) -> str:
    if moment is None:
        return NO_VALUE
    local = _local(moment)
    return QCoreApplication.translate("Formatting", "{date} {time}").format(
        date=date(local.date().toPython()), time=time_of_day(moment))


def parse_instant(text: str | None) -> dt.datetime | None:
    """The contract's RFC 3339 instants ("2026-11-20T08:00:00Z") as aware datetimes."""
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def relative_time(moment: dt.datetime | None, now: dt.datetime | None = None) -> str:
    """How long ago, in words: "just now", "3 min ago", "5 h ago", "2 days ago", or the date."""
    if moment is None:
        return NO_VALUE
    now = now or dt.datetime.now(dt.UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    seconds = (now - moment).total_seconds()
    if seconds < 45:
        return QCoreApplication.translate("Formatting", "just now")
    minutes = round(seconds / 60)
    if minutes < 60:
        return QCoreApplication.translate("Formatting", "{count} min ago").format(
            count=integer(max(1, minutes)))
    hours = round(seconds / 3600)
    if hours < 36:
        return QCoreApplication.translate("Formatting", "{count} h ago").format(
            count=integer(hours))
    days = round(seconds / 86400)
    if days < 14:
        return QCoreApplication.translate("Formatting", "{count} days ago").format(
            count=integer(days))
    return date(_local(moment).date().toPython())


def duration(seconds: float | None) -> str:
    """A short span for an ETA: "45 s", "3 min 20 s", "1 h 5 min"."""
    if seconds is None:
        return NO_VALUE
    total = max(0, round(seconds))
    if total < 60:
        return QCoreApplication.translate("Formatting", "{seconds} s").format(
            seconds=integer(total))
    minutes, secs = divmod(total, 60)
    if minutes < 60:
        return QCoreApplication.translate("Formatting", "{minutes} min {seconds} s").format(
            minutes=integer(minutes), seconds=integer(secs))
    hours, minutes = divmod(minutes, 60)
    return QCoreApplication.translate("Formatting", "{hours} h {minutes} min").format(
        hours=integer(hours), minutes=integer(minutes))


def rate(per_second: float | None) -> str:
    """Items per second for a progress line ("12,300 items/s")."""
    if per_second is None:
        return NO_VALUE
    return QCoreApplication.translate("Formatting", "{count} items/s").format(
        count=integer(round(per_second)))
