"""`python -m sandbox serve ...`: the same as `sellerdesk sandbox serve ...`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from sandbox import serve


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sandbox",
                                     description="The SellerDesk sandbox platform.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    serve.add_arguments(commands.add_parser("serve", help="serve a generated portfolio"))
    return serve.run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
