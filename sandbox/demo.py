"""The sandbox's demo installation and login: printed on start, used by `--demo`."""

from __future__ import annotations

DEMO_APP_KEY = "sellerdesk-demo"
DEMO_APP_SECRET = "sandbox-secret-5b1f0c2e9a"
DEMO_USERNAME = "demo"
DEMO_PASSWORD = "demo-pass-2026"
DEMO_MANAGER_ID = "M0001"
