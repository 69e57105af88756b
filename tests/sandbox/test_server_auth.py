"""Signing, timestamps, tokens and their rotation, over real HTTP (contract section 2)."""

from __future__ import annotations

import time
from urllib.parse import quote

import requests

from app.platform.signing import sign
from sandbox.runner import SandboxServer
from tests.sandbox.fixtures import Api, FakeClock, envelope, error, ok


def test_password_grant_answers_a_pair_with_absolute_expiries(sandbox: SandboxServer) -> None:
    api = Api(sandbox.base_url, sandbox.app_key, sandbox.app_secret)
    data = api.login()
    assert set(data) == {"access_token", "access_token_expires_at", "refresh_token",
                         "refresh_token_expires_at", "manager_id"}
    now = time.time()
    assert abs(data["access_token_expires_at"] - (now + 7200)) < 5
    assert data["refresh_token_expires_at"] > data["access_token_expires_at"]
    assert data["manager_id"] == "M0001"
    me = ok(api.get("/api/v1/me"))
    assert me == {"manager_id": "M0001", "display_name": "Demo Manager",
                  "email": "demo@example.com", "region": "US",
                  "timezone": "America/Los_Angeles", "locale": "en-US"}


def test_wrong_password_or_user_is_invalid_grant(api: Api) -> None:
    for username, password in (("demo", "nope"), ("nobody", "demo-pass-2026")):
        response = api.request("POST", "/api/v1/oauth/token", body={
            "grant_type": "password", "username": username, "password": password})
        assert error(response, 40103)["message"] == "invalid_grant"


def test_token_call_parameters_are_checked(api: Api) -> None:
    path = "/api/v1/oauth/token"
    error(api.request("POST", path, body={"grant_type": "client_credentials"}), 40001)
    error(api.request("POST", path, body={"grant_type": "password", "username": "demo"}), 40001)
    error(api.request("POST", path, body=["password"]), 40001)
    error(api.request("POST", path, raw_body=b"{not json"), 40001)


def test_checks_run_in_the_contract_order(api: Api) -> None:
    stale = int(time.time()) - 1000
    # An unknown app key is reported before a bad timestamp or signature...
    error(api.get("/api/v1/me", app_key="someone-else", timestamp=stale, secret="x"), 40101)
    # ...a bad timestamp before a bad signature...
    error(api.get("/api/v1/me", timestamp=stale, secret="wrong"), 40104)
    # ...and a bad signature before a missing token.
    error(api.get("/api/v1/me", secret="wrong", token="", headers={}), 40101)
    assert "x-access-token" in error(api.get("/api/v1/me", token=""), 40103)["message"]
    for name in ("app_key", "timestamp", "sign"):
        assert name in error(api.get("/api/v1/me", omit=(name,)), 40001)["message"]
    error(api.get("/api/v1/me", timestamp="soon"), 40001)


def test_timestamp_window_is_300_s_back_and_30_s_ahead(api: Api) -> None:
    now = int(time.time())
    ok(api.get("/api/v1/me", timestamp=now - 290))
    ok(api.get("/api/v1/me", timestamp=now + 20))
    assert "clock" in error(api.get("/api/v1/me", timestamp=now - 310), 40104)["message"]
    error(api.get("/api/v1/me", timestamp=now + 40), 40104)


def test_signature_covers_path_params_and_body(api: Api) -> None:
    error(api.get("/api/v1/me", secret="not-the-secret"), 40101)
    # Signed for one path, sent to another.
    params = {"app_key": api.app_key, "timestamp": str(int(time.time()))}
    params["sign"] = sign("/api/v1/programs", params, b"", api.app_secret)
    response = api.session.get(f"{api.base_url}/api/v1/me", params=params,
                               headers={"x-access-token": api.token or ""})
    error(response, 40101)
    # Signed over one body, sent with another.
    body = b'{"grant_type":"password","username":"demo","password":"demo-pass-2026"}'
    params["sign"] = sign("/api/v1/oauth/token", params, body, api.app_secret)
    response = api.session.post(f"{api.base_url}/api/v1/oauth/token", params=params,
                                data=body.replace(b"demo-pass", b"demo-PASS"))
    error(response, 40101)
    # access_token and sign are left out of the string to sign.
    params["sign"] = sign("/api/v1/me", params, b"", api.app_secret)
    response = api.session.get(f"{api.base_url}/api/v1/me",
                               params=params | {"access_token": api.token or ""})
    ok(response)


def test_cursor_with_plus_slash_and_equals_is_signed_decoded(reader: Api) -> None:
    first = ok(reader.feed("metrics", page_size=5))
    cursor = first["next_cursor"]
    assert "+" in cursor and "/" in cursor and cursor.endswith("=")
    assert ok(reader.feed("metrics", cursor, 5))["items"][0] != first["items"][0]
    # Signing the percent-encoded form is the classic client bug: refused.
    timestamp = str(int(time.time()))
    params = {"app_key": reader.app_key, "timestamp": timestamp, "page_size": "5",
              "cursor": quote(cursor, safe="")}
    signature = sign("/api/v1/feeds/metrics", params, b"", reader.app_secret)
    query = (f"app_key={reader.app_key}&timestamp={timestamp}&page_size=5"
             f"&cursor={quote(cursor, safe='')}&sign={signature}")
    response = reader.session.get(f"{reader.base_url}/api/v1/feeds/metrics?{query}",
                                  headers={"x-access-token": reader.token or ""})
    error(response, 40101)


def test_access_token_expires_and_refresh_works(sandbox: SandboxServer, clock: FakeClock,
                                                api: Api) -> None:
    ok(api.get("/api/v1/me"))
    clock.advance(7201)
    assert error(api.get("/api/v1/me"), 40102)["message"] == "access token expired"
    pair = ok(api.refresh())
    assert pair["access_token_expires_at"] == int(clock.now) + 7200
    ok(api.get("/api/v1/me", token=pair["access_token"]))
    error(api.get("/api/v1/me", token="made-up"), 40103)


def test_token_ttl_fault_shortens_new_tokens(sandbox: SandboxServer, api: Api) -> None:
    sandbox.faults.update(token_ttl=0)
    api.login()
    error(api.get("/api/v1/me"), 40102)


def test_rotation_keeps_the_old_refresh_token_until_the_new_pair_is_used(api: Api) -> None:
    first_refresh = api.refresh_token
    second = ok(api.refresh(first_refresh))
    # The answer was lost: the old token still works, and again...
    third = ok(api.refresh(first_refresh))
    assert third["refresh_token"] != second["refresh_token"]
    # ...until a pair it bought is used.
    ok(api.get("/api/v1/me", token=third["access_token"]))
    assert error(api.refresh(first_refresh), 40103)["message"] == "invalid_grant"
    # Using the new refresh token counts as using the pair, too.
    fourth = ok(api.refresh(third["refresh_token"]))
    ok(api.refresh(fourth["refresh_token"]))
    error(api.refresh(third["refresh_token"]), 40103)


def test_revoked_refresh_tokens_send_back_to_sign_in(sandbox: SandboxServer, api: Api) -> None:
    revoked = requests.post(f"{sandbox.base_url}/sandbox/v1/revoke-refresh-tokens", timeout=5)
    assert ok(revoked)["revoked"] >= 1
    error(api.refresh(), 40103)
    ok(api.get("/api/v1/me"))  # access tokens live until they expire
    api.login()
    ok(api.refresh())
    sandbox.store.revoke_refresh_tokens()
    error(api.refresh(), 40103)


def test_every_answer_wears_the_envelope_and_a_fresh_request_id(reader: Api) -> None:
    ids = set()
    for response in (reader.get("/api/v1/me"), reader.get("/api/v1/nowhere"),
                     reader.request("GET", "/api/v1/outreach"),
                     reader.session.get(f"{reader.base_url}/elsewhere"),
                     reader.get("/api/v1/feeds/unknown")):
        ids.add(envelope(response)["request_id"])
    assert len(ids) == 5
    assert error(reader.get("/api/v1/feeds/unknown"), 40401)["data"] is None
    error(reader.request("GET", "/api/v1/outreach"), 40401)


def test_rate_limit_per_access_token(sandbox: SandboxServer, api: Api) -> None:
    sandbox.faults.update(rate_limit=3)
    remaining = []
    for _ in range(3):
        response = api.get("/api/v1/me")
        ok(response)
        assert response.headers["X-RateLimit-Limit"] == "3"
        remaining.append(int(response.headers["X-RateLimit-Remaining"]))
    assert remaining == [2, 1, 0]
    limited = api.get("/api/v1/me")
    error(limited, 42901)
    assert int(limited.headers["Retry-After"]) >= 1
    assert limited.headers["X-RateLimit-Remaining"] == "0"
    other = Api(sandbox.base_url, sandbox.app_key, sandbox.app_secret)
    other.login()
    ok(other.get("/api/v1/me"))
    sandbox.faults.update(rate_limit=0)
    assert "X-RateLimit-Limit" not in ok_response(api)


def ok_response(api: Api) -> requests.structures.CaseInsensitiveDict[str]:
    response = api.get("/api/v1/me")
    ok(response)
    return response.headers
