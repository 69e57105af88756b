"""The signing rule, pinned by vectors computed from the contract's own wording."""

from __future__ import annotations

from app.platform.signing import sign, signatures_match

SECRET = "s3cr3t"


def test_get_with_a_cursor_is_signed_on_decoded_values_sorted_by_key() -> None:
    params = {
        "timestamp": "1700000000",
        "page_size": "500",
        "cursor": "ab+c/d==",
        "app_key": "k1",
        "sign": "ignored",
        "access_token": "ignored-too",
    }
    assert sign("/api/v1/feeds/metrics", params, b"", SECRET) == (
        "25245a64f6939dc22277819a1e5edd7c649cd0d122685305df7696a358976ffe"
    )


def test_post_appends_the_raw_body() -> None:
    body = b'{"grant_type":"password","username":"u","password":"p"}'
    params = {"app_key": "k1", "timestamp": "1700000000"}
    assert sign("/api/v1/oauth/token", params, body, SECRET) == (
        "051ad65a0a5233934cbd7ac23370f5855a2ce5493f04dc378e94ccb863a79476"
    )


def test_any_change_breaks_the_signature() -> None:
    params = {"app_key": "k1", "timestamp": "1700000000"}
    base = sign("/api/v1/me", params, b"", SECRET)
    assert sign("/api/v1/me", {**params, "timestamp": "1700000001"}, b"", SECRET) != base
    assert sign("/api/v1/me", params, b"", SECRET + "x") != base
    assert sign("/api/v1/me", params, b" ", SECRET) != base
    assert signatures_match(base, base.upper())
    assert not signatures_match(base, "0" * 64)
