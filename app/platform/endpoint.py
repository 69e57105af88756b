"""Which base URLs we may talk to, and how: HTTPS everywhere but loopback."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from app.errors import UsageError


def is_loopback_host(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def normalise_base_url(url: str, *, allow_insecure_http: bool = False) -> str:
    """Validate an API base URL; plain http only to this machine unless the profile allows."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(f"'{url}' is not an API URL; it should look like https://partner.example.com")
    if parts.scheme == "http" and not is_loopback_host(parts.hostname) and not allow_insecure_http:
        raise UsageError(
            f"Refusing plain http:// to {parts.hostname}: secrets would cross the network "
            "unencrypted. Use https:// (only this machine may be reached over http)."
        )
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"
