from __future__ import annotations

import pytest

from app.errors import UsageError
from app.platform.endpoint import is_loopback_host, normalise_base_url


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.9.10", "localhost", "[::1]", "::1"])
def test_loopback_hosts(host: str) -> None:
    assert is_loopback_host(host)


@pytest.mark.parametrize("host", ["10.0.0.1", "example.com", "128.0.0.1", "localhost.evil"])
def test_other_hosts_are_not_loopback(host: str) -> None:
    assert not is_loopback_host(host)


def test_plain_http_is_refused_off_this_machine() -> None:
    with pytest.raises(UsageError, match="Refusing plain http"):
        normalise_base_url("http://partner.example.com")
    assert normalise_base_url("http://partner.example.com", allow_insecure_http=True) == (
        "http://partner.example.com"
    )
    assert normalise_base_url("https://partner.example.com/") == "https://partner.example.com"
    assert normalise_base_url("http://127.0.0.1:8080") == "http://127.0.0.1:8080"


@pytest.mark.parametrize("url", ["ftp://x.com", "partner.example.com", "https://"])
def test_nonsense_urls_are_usage_errors(url: str) -> None:
    with pytest.raises(UsageError, match="not an API URL"):
        normalise_base_url(url)
