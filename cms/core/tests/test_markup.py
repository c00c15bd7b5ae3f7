import itertools

import html5lib
import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    ["/en/", "/el/", "/ga/", "/en/about/", "/de/barrierefreiheit/", "/fr/search/?q=plateforme"],
)
def test_pages_are_valid_html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    parser = html5lib.HTMLParser(strict=True)
    parser.parse(response.content.decode())  # raises on the first parse error
    assert parser.errors == []


def test_headings_start_at_one_and_do_not_skip_levels(client):
    html = client.get("/en/").content.decode()
    document = html5lib.parse(html, namespaceHTMLElements=False)
    levels = [
        int(element.tag[1]) for element in document.iter() if element.tag in {"h1", "h2", "h3"}
    ]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(later - earlier <= 1 for earlier, later in itertools.pairwise(levels))
