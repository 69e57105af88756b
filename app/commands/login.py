"""`sellerdesk login`: secrets prompted, or read from the environment."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from app.errors import UsageError
from app.profiles import ProfileStore
from app.signin import Credentials, sign_in

APP_SECRET_ENV = "SELLERDESK_APP_SECRET"
PASSWORD_ENV = "SELLERDESK_PASSWORD"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--api-url", required=True, help="the platform's API base URL")
    parser.add_argument("--app-key", required=True, help="this installation's app key")
    parser.add_argument("--username", required=True)
    parser.add_argument("--allow-insecure-http", action="store_true",
                        help="allow plain http:// to a host other than this machine")


def _secret(env: str, prompt: str) -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise UsageError(f"{prompt} needed: set {env} or run in a terminal to be asked.")
    return getpass.getpass(f"{prompt}: ")


def run(args: argparse.Namespace) -> int:
    credentials = Credentials(
        api_url=args.api_url,
        app_key=args.app_key,
        app_secret=_secret(APP_SECRET_ENV, "App secret"),
        username=args.username,
        password=_secret(PASSWORD_ENV, "Password"),
        allow_insecure_http=args.allow_insecure_http,
    )
    profile_name = args.profile_name or ProfileStore(args.home_path).current_name()
    result = sign_in(args.home_path, profile_name, credentials)
    name = result.manager.get("display_name") or result.profile.username
    print(f"Signed in as {name} ({result.manager['manager_id']}) on profile "
          f"'{result.profile.name}'. Next: sellerdesk sync", file=sys.stderr)
    return 0
