"""A real web server for browser tests: the demo site on its own SQLite database, served by
``manage.py runserver`` in a subprocess (one per test worker), stopped at the end of the run."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url, process, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"The demo server exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"The demo server did not answer at {url} within {seconds}s")


@pytest.fixture(scope="session")
def demo_mailbox(tmp_path_factory):
    """The directory where the demo server writes the e-mails it sends, one file each."""
    return tmp_path_factory.mktemp("mail")


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory, demo_mailbox):
    """Base URL of a running demo site with the content of all 24 languages."""
    port = _free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.sqlite3'}",
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(demo_mailbox),
    }
    manage = [sys.executable, str(BASE_DIR / "manage.py")]
    for command in (["migrate", "--no-input", "-v0"], ["load_demo", "--quick", f"--port={port}"]):
        subprocess.run([*manage, *command], env=env, cwd=BASE_DIR, check=True, capture_output=True)
    process = subprocess.Popen(
        [*manage, "runserver", "--noreload", f"127.0.0.1:{port}"],
        env=env,
        cwd=BASE_DIR,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(f"{base_url}/health/", process)
        yield base_url
    finally:
        process.terminate()
        process.wait(timeout=10)
