"""A new member's whole journey in a real browser, against the running demo site: sign up,
confirm the e-mail address, fill in the profile with a photo, ask to be verified, get approved
by the national moderator, find colleagues, download the data and delete the account."""

import json
import re
import zipfile

import pytest

from cms.testing.browser import serious_accessibility_violations
from demo.members import DEMO_MEMBER_PASSWORD
from members.tests.factories import PASSWORD, camera_exif, image_file

pytestmark = pytest.mark.browser

EMAIL = "new.teacher@example.org"


def assert_accessible(page):
    assert serious_accessibility_violations(page) == []


def latest_mail_to(mailbox, address):
    messages = [
        path.read_text() for path in sorted(mailbox.iterdir(), key=lambda p: p.stat().st_mtime)
    ]
    return next(text for text in reversed(messages) if f"To: {address}" in text)


def sign_in(page, base, email, password):
    page.goto(f"{base}/en/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password:", exact=True).fill(password)
    page.get_by_role("button", name="Sign In").click()


def sign_out(page):
    page.get_by_role("button", name="Sign out").click()


def test_a_teacher_joins_gets_verified_and_leaves(page, demo_server, demo_mailbox, tmp_path):
    base = demo_server
    page.goto(f"{base}/en/")
    page.get_by_role("link", name="Join", exact=True).click()
    assert_accessible(page)
    page.get_by_label("Your name").fill("Nikos Alexiou")
    page.get_by_label("Email").fill(EMAIL)
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    page.get_by_label("I am an adult and I work in school education.").check()
    page.get_by_label("I accept the terms of use and the privacy notice.").check()
    page.get_by_role("button", name="Sign Up").click()
    page.get_by_role("heading", name="Verify Your Email Address").wait_for()

    link = re.search(r"(/en/accounts/confirm-email/\S+/)", latest_mail_to(demo_mailbox, EMAIL))
    page.goto(base + link.group(1))
    page.get_by_role("button", name="Confirm").click()
    page.get_by_role("heading", name="My account").wait_for()

    page.get_by_role("link", name="Edit your profile").click()
    assert_accessible(page)
    page.get_by_label("Country:", exact=True).select_option(label="Greece")
    photo = tmp_path / "me.jpg"
    photo.write_bytes(image_file((1600, 1200), exif=camera_exif()))
    page.get_by_label("Photo:", exact=True).set_input_files(photo)
    page.get_by_role("button", name="Save your profile").click()
    page.get_by_text("Your profile has been saved.").wait_for()

    page.get_by_role("link", name="Ask to be verified").click()
    assert_accessible(page)
    page.get_by_label("School:", exact=True).fill("3rd Gymnasium of Larissa")
    page.get_by_label("Town").fill("Larissa")
    page.get_by_label("Type of school").select_option(label="Secondary school")
    page.get_by_label("Role").select_option(label="Teacher")
    page.get_by_role("button", name="Send the request").click()
    page.get_by_text("A national moderator of your country will review your request.").wait_for()
    sign_out(page)

    sign_in(page, base, "moderator.gr@example.eu", DEMO_MEMBER_PASSWORD)
    page.get_by_role("link", name="Verification requests waiting for you").click()
    page.get_by_role("link", name="Nikos Alexiou").click()
    assert_accessible(page)
    page.get_by_label("Approve").check()
    page.get_by_role("button", name="Save the decision").click()
    page.get_by_text("Your decision has been saved and the member informed.").wait_for()
    assert "verified teacher" in latest_mail_to(demo_mailbox, EMAIL)
    sign_out(page)

    sign_in(page, base, EMAIL, PASSWORD)
    page.get_by_text("You are a verified teacher since").wait_for()
    page.get_by_role("link", name="Find colleagues").click()
    page.get_by_label("Country:", exact=True).select_option(label="Greece")
    page.get_by_role("button", name="Show members").click()
    page.get_by_role("link", name="Eleni Georgiou").wait_for()
    assert_accessible(page)

    page.goto(f"{base}/en/members/me/data/")
    with page.expect_download() as download:
        page.get_by_role("button", name="Download my data").click()
    archive = zipfile.ZipFile(download.value.path())
    assert json.loads(archive.read("data.json"))["profile"]["name"] == "Nikos Alexiou"
    assert b"PhoneMaker" not in archive.read("photo.jpg")

    page.goto(f"{base}/en/members/me/delete/")
    assert_accessible(page)
    page.get_by_label("I understand").check()
    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_role("button", name="Delete my account").click()
    page.get_by_text("Your account has been deleted.").wait_for()
    sign_in(page, base, EMAIL, PASSWORD)
    page.get_by_text("The email address and/or password you specified are not correct.").wait_for()


@pytest.mark.parametrize("language", ["ga", "mt", "pt"])
def test_account_pages_are_translated_and_accessible(page, demo_server, language):
    page.goto(f"{demo_server}/{language}/accounts/signup/")
    assert "Sign Up" not in page.locator("main").inner_text()
    assert_accessible(page)
