"""The engine goes down: publishing still succeeds, the change waits in the backlog, readers get
database results with a notice, and once the engine is back the backlog catches the index up.
This test stops and restarts an engine of its own (on another port), not the shared one."""

import os
import re
import shutil
import subprocess
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import override_settings

from cms.testing.services import require_service
from home.models import HomePage, StandardPage
from search.config import search_backends
from search.models import PendingIndexUpdate
from search.tests.test_engine import WORKER, eventually

pytestmark = [pytest.mark.django_db, pytest.mark.search_engine]

ENGINE = Path(__file__).resolve().parents[1] / "engine"
PORT = 9210 + (int(WORKER[2:]) + 1 if WORKER.startswith("gw") else 0)
ENV = {**os.environ, "SEARCH_ENGINE_PORT": str(PORT), "SEARCH_ENGINE_KEEP_DATA": "1"}
URL = f"http://127.0.0.1:{PORT}"


def engine(command):
    subprocess.run([ENGINE / command], env=ENV, check=True, capture_output=True, timeout=300)


@pytest.fixture
def own_engine():
    require_service(shutil.which("java") and shutil.which("mvn"), "Java and Maven are needed")
    subprocess.run([ENGINE / "start"], env={**ENV, "SEARCH_ENGINE_KEEP_DATA": ""}, check=True,
                   capture_output=True, timeout=300)  # fmt: skip
    with override_settings(
        WAGTAILSEARCH_BACKENDS=search_backends(URL, "opensearch2", f"outage_{WORKER}_", 5, ["de"])
    ):
        call_command("update_index", backend_name="language_de", stdout=StringIO())
        yield
    engine("stop")


def search(client, query):
    html = client.get("/de/search/", {"q": query}).content.decode()
    count = int(re.search(r'id="results-heading">\s*(\d+)', html).group(1))
    return count, "nicht verfügbar" in html or "not available" in html


def test_publishing_while_the_engine_is_down_loses_nothing(own_engine, client):
    engine("stop")
    home = HomePage.objects.get(locale__language_code="de")
    page = home.add_child(
        instance=StandardPage(title="Zauberwürfelturniere an Schulen", slug="zauberwuerfel")
    )
    page.save_revision().publish()  # succeeds although the engine is down

    assert PendingIndexUpdate.objects.filter(backend="language_de", object_id=str(page.pk)).exists()
    assert search(client, "Zauberwürfelturniere") == (
        1,
        True,
    )  # the database answers, with a notice

    engine("start")
    call_command("search_backlog", "--drain", stdout=StringIO())
    assert not PendingIndexUpdate.objects.exists()
    eventually(lambda: search(client, "Zauberwürfelturnier") == (1, False))
