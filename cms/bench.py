"""``make bench``: serve the demo site with gunicorn (2 workers, production settings, plain HTTP
on loopback) and print pages/s, latency percentiles and SQL queries per page.

The request loop is bounded (REQUESTS per URL) and only talks to 127.0.0.1."""

import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
URLS = [
    "/en/",
    "/de/",
    "/pl/o-platformie/",
    "/en/teaching-materials/",
    "/en/teaching-materials/?subject=mathematics&level=primary",
    "/de/unterrichtsmaterialien/",
    "/en/teaching-materials/climate-stripes-local-data/",
    "/en/search/?q=teachers",
]
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "400"))
CONCURRENCY = int(os.environ.get("BENCH_CONCURRENCY", "4"))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url):
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=10) as response:
        response.read()
        assert response.status == 200, url
    return time.perf_counter() - started


def queries_per_page():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    counts = {}
    for url in URLS:
        client.get(url)  # warm per-process caches, as a running server has them
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        counts[url] = len(queries)
    return counts


def site_environment(port, **overrides):
    """Production settings on loopback, as ``make bench`` serves the site."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-" + "x" * 60),
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        "BASE_URL": f"http://127.0.0.1:{port}",
        "SECURE_SSL_REDIRECT": "false",
        "LOG_LEVEL": "WARNING",
        **overrides,
    }


@contextmanager
def gunicorn(**overrides):
    """The site served by gunicorn (2 workers) on a free loopback port; yields its base URL."""
    port = free_port()
    env = site_environment(port, **overrides)
    collect = [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"]
    subprocess.run(collect, cwd=BASE_DIR, env=env, check=True)  # as a release does
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "cms.wsgi", "-w", "2", "-b", f"127.0.0.1:{port}"],
        cwd=BASE_DIR,
        env=env,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                fetch(base + "/health/")
                break
            except OSError:
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


def percentiles(timings):
    """(p50, p95) in milliseconds."""
    timings = sorted(timings)
    return statistics.median(timings) * 1000, timings[max(int(len(timings) * 0.95) - 1, 0)] * 1000


def main():
    with gunicorn() as base:
        for url in URLS:  # warm up every worker
            for _ in range(4):
                fetch(base + url)
        print(f"{'URL':58} {'pages/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}")
        counts = queries_per_page()
        for url in URLS:
            with ThreadPoolExecutor(CONCURRENCY) as pool:
                started = time.perf_counter()
                timings = list(pool.map(fetch, [base + url] * REQUESTS))
                elapsed = time.perf_counter() - started
            p50, p95 = percentiles(timings)
            print(f"{url:58} {REQUESTS / elapsed:8.1f} {p50:8.1f} {p95:8.1f} {counts[url]:8d}")


if __name__ == "__main__":
    main()
