"""What went wrong, in the interface's language.

`app/` raises KnownErrors worded in English: the command line prints them and the log keeps
them, with their details (request id, path, file). In English the window shows that
sentence as it is. In another language a sentence of mixed English would be unreadable, so
the window says what the kind of error means and what to do, translated; the English
details stay in the log. A kind not listed here (a rule the editor refused, say) keeps its
own sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.errors import CacheError, KnownError, NeedsSignIn, SecretStoreUnavailable
from app.platform import errors as platform


def _words() -> tuple[tuple[type[BaseException], str], ...]:
    # Subclasses before their parents: the first match wins.
    translate = QCoreApplication.translate
    return (
        (NeedsSignIn, translate(
            "ErrorWords",
            'Your sign-in is no longer valid (revoked or expired): sign in again. '
            'Everything already synced stays available.')),
        (SecretStoreUnavailable, translate(
            "ErrorWords",
            'No system keyring is available to keep your app secret and sign-in safe: '
            'install and unlock one, or name a backend with PYTHON_KEYRING_BACKEND.')),
        (platform.BadSignature, translate(
            "ErrorWords",
            'The platform refused the request signature: the app secret is probably '
            'wrong. Check it and sign in again.')),
        (platform.ClockSkew, translate(
            "ErrorWords",
            "The platform says this computer's clock is wrong: set the date and time "
            'automatically and try again.')),
        (platform.Unreachable, translate(
            "ErrorWords",
            'The platform cannot be reached: check the network and the API address. '
            'Everything already synced stays available.')),
        (platform.ServerUnavailable, translate(
            "ErrorWords",
            'The platform had a temporary failure: try again in a moment.')),
        (platform.RateLimited, translate(
            "ErrorWords",
            'The platform asked SellerDesk to slow down: try again in a minute.')),
        (platform.ProtocolError, translate(
            "ErrorWords",
            'The platform sent an answer SellerDesk cannot read; the details are in the '
            'log.')),
        (platform.NotInPortfolio, translate(
            "ErrorWords",
            'That seller is not in your portfolio any more.')),
        (CacheError, translate(
            "ErrorWords",
            'The local data file cannot be used (disk full, locked by another program, or'
            ' damaged); the details are in the log.')),
    )


def error_text(error: BaseException) -> str:
    """The sentence to show for `error` in the current language."""
    message = error.message if isinstance(error, KnownError) else str(error)
    if QLocale().language() == QLocale.Language.English:
        return message
    return next((words for kind, words in _words() if isinstance(error, kind)), message)
