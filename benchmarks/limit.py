"""The local limit: a bare loop over the same metrics pages, with nothing but the essentials.

One keep-alive requests.Session, orjson, and raw sqlite3 executemany of tuples into a
table shaped like the cache's, committing each page as the real sync does. Run as a
child process: `python -m benchmarks.limit BASE_URL APP_KEY SECRET USER PASSWORD DB`.
"""

from __future__ import annotations

import json
import operator
import sqlite3
import sys
import time

import orjson
import requests

from app.platform.signing import sign
from benchmarks.memory import peak_rss_mb
from db.repositories.feed_upserts import METRIC_FIELDS as FIELDS


def _signed(path: str, params: dict[str, str], body: bytes, key: str, secret: str) -> dict:
    query = {**params, "app_key": key, "timestamp": str(int(time.time()))}
    query["sign"] = sign(path, query, body, secret)
    return query


def run(base_url: str, key: str, secret: str, username: str, password: str, db: str) -> dict:
    session = requests.Session()
    # The same choice the client makes on loopback: no compression, it only costs CPU here.
    session.headers["Accept-Encoding"] = "identity"
    body = orjson.dumps({"grant_type": "password", "username": username, "password": password})
    path = "/api/v1/oauth/token"
    token = session.post(base_url + path, params=_signed(path, {}, body, key, secret), data=body,
                         headers={"Content-Type": "application/json"}).json()["data"]
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute(f"CREATE TABLE m ({', '.join(FIELDS)}, PRIMARY KEY (seller_id, date)) "
                 "WITHOUT ROWID")
    updates = ", ".join(f"{f} = excluded.{f}" for f in FIELDS[2:])
    sql = (f"INSERT INTO m VALUES ({', '.join('?' * len(FIELDS))}) ON CONFLICT (seller_id, date) "
           f"DO UPDATE SET {updates} WHERE excluded.revision > m.revision")
    as_tuple = operator.itemgetter(*FIELDS)
    path = "/api/v1/feeds/metrics"
    cursor = None
    rows = 0
    started = time.perf_counter()
    while True:
        params = {"page_size": "1000"} | ({"cursor": cursor} if cursor else {})
        response = session.get(base_url + path, params=_signed(path, params, b"", key, secret),
                               headers={"x-access-token": token["access_token"]})
        data = orjson.loads(response.content)["data"]
        conn.execute("BEGIN")
        conn.executemany(sql, map(as_tuple, data["items"]))
        conn.execute("COMMIT")
        rows += len(data["items"])
        cursor = data["next_cursor"]
        if not data["has_more"]:
            break
    seconds = time.perf_counter() - started
    return {"rows": rows, "seconds": seconds, "peak_mb": peak_rss_mb()}


if __name__ == "__main__":
    print(json.dumps(run(*sys.argv[1:7])))
