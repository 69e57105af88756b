"""`sellerdesk sandbox serve` (also `python -m sandbox serve`): the sandbox on loopback.

Prints where it listens and the demo credentials on stdout, then serves until SIGINT or
SIGTERM.
"""

from __future__ import annotations

import argparse
import datetime as dt
import ipaddress
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from sandbox.faults import FaultConfig

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
_FAULT_OPTIONS = (
    # option, FaultConfig field, type, help
    ("--latency-ms", "latency_ms", float, "latency added to every API request (jittered)"),
    ("--fail-rate", "fail_rate", float, "fraction of API requests answered 500/503"),
    ("--storm-every", "storm_every", int, "every Nth API request starts a 429 storm"),
    ("--storm-length", "storm_length", int, "requests answered 429 in each storm"),
    ("--retry-after", "retry_after", int, "seconds in Retry-After during storms"),
    ("--malformed-rate", "malformed_rate", float, "fraction of feed pages sent malformed"),
    ("--token-ttl", "token_ttl", int, "access-token lifetime in seconds"),
    ("--cursor-expiry-every", "cursor_expiry_every", int,
     "after every Nth feed page, all outstanding cursors expire"),
    ("--rate-limit", "rate_limit", int, "requests per second per access token (0: off)"),
)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from exc


def add_arguments(parser: argparse.ArgumentParser) -> None:
    defaults = FaultConfig()
    parser.add_argument("--host", default="127.0.0.1", metavar="ADDRESS",
                        help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, metavar="N",
                        help="port to listen on (default 0: any free port, printed on start)")
    parser.add_argument("--allow-remote", action="store_true",
                        help="allow a non-loopback --host (the sandbox has no real security)")
    parser.add_argument("--sellers", type=int, default=200, metavar="N",
                        help="sellers to generate (default 200)")
    parser.add_argument("--days", type=int, default=365, metavar="N",
                        help="days of history to generate (default 365)")
    parser.add_argument("--seed", type=int, default=1, metavar="N", help="generator seed")
    parser.add_argument("--end-date", type=_date, default=None, metavar="YYYY-MM-DD",
                        help="last business day with metrics, YYYY-MM-DD (default: yesterday)")
    parser.add_argument("--db", default=None, metavar="FILE",
                        help="database file to reuse when it was generated with the same "
                        "seed, sellers, days and end date (else regenerated)")
    for option, name, kind, text in _FAULT_OPTIONS:
        parser.add_argument(option, dest=name, type=kind, default=getattr(defaults, name),
                            metavar="N" if kind is int else "X",
                            help=f"{text} (default {getattr(defaults, name)})")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@contextmanager
def _stop_on_signals(stop: threading.Event) -> Iterator[None]:
    def handle(signum: int, frame: FrameType | None) -> None:
        stop.set()

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.signal(sig, handle) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def run(args: argparse.Namespace) -> int:
    if not is_loopback(args.host) and not args.allow_remote:
        print(f"sandbox: refusing to listen on {args.host}: the sandbox prints its app secret "
              "and password, accepts anyone who knows them and lets tests change its data, so "
              "it belongs on loopback (127.0.0.1). Pass --allow-remote if you really want "
              "other machines to reach it.", file=sys.stderr)
        return EXIT_USAGE
    if args.sellers < 1 or args.days < 1:
        print("sandbox: --sellers and --days must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    try:
        faults = FaultConfig(**{name: getattr(args, name) for _, name, _, _ in _FAULT_OPTIONS})
    except ValueError as exc:
        print(f"sandbox: {exc}", file=sys.stderr)
        return EXIT_USAGE
    # Imported after the arguments are checked: a usage error should answer at once.
    from sandbox.generator import GeneratorSpec
    from sandbox.runner import SandboxServer

    end_date = args.end_date or dt.datetime.now(dt.UTC).date() - dt.timedelta(days=1)
    spec = GeneratorSpec(seed=args.seed, sellers=args.sellers, days=args.days, end_date=end_date)
    stop = threading.Event()
    with _stop_on_signals(stop):
        try:
            server = SandboxServer(spec, db_path=args.db, faults=faults, host=args.host,
                                   port=args.port).start()
        except (OSError, RuntimeError, ValueError) as exc:
            print(f"sandbox: cannot start: {exc}", file=sys.stderr)
            return EXIT_FAILED
        try:
            print(f"base_url: {server.base_url}\napp_key: {server.app_key}\n"
                  f"app_secret: {server.app_secret}\nusername: {server.username}\n"
                  f"password: {server.password}", flush=True)
            print(f"sandbox: serving {args.sellers} sellers x {args.days} days until "
                  f"{end_date}; Ctrl+C stops", file=sys.stderr, flush=True)
            server.wait(stop)
        finally:
            server.stop()
    return EXIT_OK
