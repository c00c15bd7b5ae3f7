"""Every block of the shared library renders accessible markup on a page."""

import json

import pytest
from django.core.files.base import ContentFile
from wagtail.blocks import StreamValue
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents import get_document_model

from cms.core.blocks import BodyBlock
from cms.core.blocks.structure import CallToActionBlock
from cms.testing.html import assert_valid_html
from demo.images import demo_image
from home.models import HomePage, StandardPage
from resources.models import ResourcePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_with_every_block():
    home = HomePage.objects.get(locale__language_code="en")
    resource = ResourcePage.objects.filter(locale=home.locale).first()
    document = get_document_model()(title="Timetable")
    document.file.save("timetable.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
    document.save()
    image = demo_image("block-test", "Block test", "Pupils planting a school garden")
    table = {
        "data": [["Country", "Schools"], ["Malta", "12"], ["Estonia", "30"], [None, None]],
        "first_row_is_table_header": True,
        "first_col_is_header": True,
    }
    stream = [
        ("paragraph", "<p>Intro</p>"),
        ("image", {"image": image, "alt_text": "Pupils planting", "caption": "Spring 2026"}),
        ("media", {"url": "https://video.example.org/x", "title": "Gardens", "description": ""}),
        ("documents", {"heading": "Downloads", "documents": [document]}),
        ("quote", {"quote": "We learnt a lot.", "attribution": "Ana", "role": "Teacher"}),
        (
            "call_to_action",
            {"heading": "Join", "text": "", "page": resource, "url": "", "link_text": "Go"},
        ),
        ("accordion", {"heading": "FAQ", "items": [{"heading": "Who?", "content": "<p>Al.</p>"}]}),
        ("table", {"caption": "Schools per country", "table": table}),
        ("teasers", {"heading": "See also", "pages": [resource]}),
    ]
    block = BodyBlock()
    value = block.to_python(
        json.loads(json.dumps(block.get_prep_value(StreamValue(block, stream))))
    )
    page = home.add_child(instance=StandardPage(title="Blocks", slug="blocks", body=value))
    page.save_revision().publish()
    return page, resource


def test_every_block_renders_valid_accessible_markup(client, page_with_every_block):
    page, resource = page_with_every_block
    html = client.get(page.url).content.decode()
    assert_valid_html(html)
    assert 'alt="Pupils planting"' in html
    assert "<details" in html and "<summary>Who?</summary>" in html  # works without JavaScript
    assert "<caption>Schools per country</caption>" in html
    assert '<th scope="col">Country</th>' in html and '<th scope="row">Malta</th>' in html
    assert "<iframe" not in html  # media from other hosts is linked, not embedded
    assert "video.example.org" in html and "Timetable" in html
    assert html.count(resource.url) >= 2  # call to action and teaser


def test_teasers_lead_to_the_readers_translation(client):
    english = ResourcePage.objects.filter(locale__language_code="en").first()
    german = english.get_translations().get(locale__language_code="de")
    german_home = HomePage.objects.get(locale__language_code="de")
    body = [("teasers", {"heading": "Siehe auch", "pages": [english]})]
    page = german_home.add_child(instance=StandardPage(title="Teaser", slug="teaser", body=body))
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert german.url in html and german.title in html
    assert english.url not in html


def test_call_to_action_needs_exactly_one_target():
    block = CallToActionBlock()
    resource = ResourcePage.objects.first()
    value = {"heading": "Go", "text": "", "link_text": "Go"}
    block.clean(block.to_python({**value, "page": None, "url": "https://a.example"}))
    block.clean(block.to_python({**value, "page": resource.pk, "url": ""}))
    for page, url in ((None, ""), (resource.pk, "https://a.example")):
        with pytest.raises(StructBlockValidationError):
            block.clean(block.to_python({**value, "page": page, "url": url}))
