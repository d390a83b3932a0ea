"""The dashboard in a real headless Chromium (Debian's /usr/bin/chromium driven by playwright; no browser
is downloaded): load, filter, open an event and see its highlighted evidence, switch the language, and
article text with script payloads shown as text, never run."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Dialog, Page, sync_playwright

from tests.api.conftest import RECALL_IDS, XSS_IMG, XSS_SCRIPT, XSS_TITLE, Live

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("WARTA_CHROMIUM", "/usr/bin/chromium")
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
        pytest.fail(
            f"No Chromium at {CHROMIUM}: install Debian's package (apt-get install -y chromium; .ci/run does), "
            "or set WARTA_CHROMIUM. Run the other tests with: pytest -m 'not browser'"
        )
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def dialogs() -> list[str]:
    """Messages of every alert, confirm or prompt the page opened (there must be none)."""
    return []


@pytest.fixture
def page(browser: Browser, live: Live, dialogs: list[str]) -> Iterator[Page]:
    context = browser.new_context(base_url=live.url, viewport={"width": 1280, "height": 900}, locale="en-US")
    context.add_init_script("window.localStorage.setItem('warta.lang', 'en')")
    tab = context.new_page()

    def on_dialog(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    errors: list[str] = []
    tab.on("dialog", on_dialog)
    tab.on("pageerror", lambda e: errors.append(str(e)))
    yield tab
    context.close()
    assert errors == [] and dialogs == [], (errors, dialogs)


def show(page: Page, route: str) -> None:
    page.goto(f"/{route}")
    page.wait_for_selector("body[data-state=ready]")


def test_timeline_filter_and_event_with_highlighted_evidence(page: Page, tmp_path: Path) -> None:
    show(page, "")
    assert page.locator("#dyad-title").inner_text() == "RUS – USA"  # the most reported pair comes first
    bars = page.locator("svg.timeline g.bar")
    assert bars.count() == 2
    bars.first.click()  # the week of the recall: its events, deduplicated
    page.wait_for_url("**#/events?*dyad=RUS%2CUSA*")
    page.wait_for_selector("body[data-state=ready] #events-table")
    rows = page.locator("#events-table tbody tr")
    assert rows.count() == 1 and "SANCTION (withdraw)" in rows.first.inner_text()

    show(page, "#/events")
    assert page.locator("#events-table tbody tr").count() >= 5
    page.fill("#event-filters input[name=actor]", "rus")
    page.select_option("#event-filters select[name=type]", "SANCTION")
    page.select_option("#event-filters select[name=lang]", "id")
    page.click("#event-filters button[type=submit]")
    page.wait_for_url("**#/events?*actor=rus*")
    page.wait_for_selector("body[data-state=ready] #events-table")
    assert page.locator("#events-table tbody tr").count() == 1

    page.click("#events-table tbody tr a[href^='#/event/']")
    page.wait_for_selector("body[data-state=ready] #evidence")
    evidence = page.locator("#evidence")
    assert evidence.locator("mark.hl-trigger").inner_text() == "memanggil pulang"
    assert evidence.locator("mark.hl-recipient").inner_text() == "Amerika Serikat"
    assert evidence.locator("mark.hl-actor").count() == 1
    reports = page.locator("#reports > li")
    assert reports.count() == 2
    assert {reports.nth(i).get_attribute("data-doc") for i in range(2)} == RECALL_IDS
    triggers = page.locator("#reports mark.hl-trigger").all_inner_texts()
    assert sorted(triggers) == ["memanggil pulang", "recalled its ambassador"]
    page.screenshot(path=str(tmp_path / "event.png"), full_page=True)
    assert (tmp_path / "event.png").stat().st_size > 10_000


def test_article_story_and_actor_pages(page: Page) -> None:
    show(page, "#/article/inv-recall-en")
    assert page.locator("h2").inner_text() == "Russia recalls ambassador from Washington"
    assert page.locator("#article-text mark.hl-trigger").first.inner_text() == "recalled its ambassador"
    page.click("a[href^='#/story/']")
    page.wait_for_selector("body[data-state=ready] #real-events")
    assert page.locator(".story-articles li").count() == 2
    assert "RUS → USA" in page.locator("#real-events").inner_text()
    show(page, "#/actor/RUS")
    assert page.locator("h2").inner_text() == "RUS — Russia"
    page.click("a[href='#/?a=RUS&b=USA']")
    page.wait_for_selector("body[data-state=ready] svg.timeline")
    show(page, "#/stories")
    assert page.locator("#stories-table tbody tr").count() == 3


def test_language_switch(page: Page) -> None:
    show(page, "#/events")
    assert page.locator("nav a[data-nav=events]").inner_text() == "Events"
    page.click("#lang-switch")
    page.wait_for_selector("body[data-state=ready] #events-table")
    assert page.locator("nav a[data-nav=events]").inner_text() == "Peristiwa"
    assert page.locator("h2").inner_text() == "Peristiwa"
    assert page.evaluate("document.documentElement.lang") == "id"


def test_script_payloads_are_shown_as_text_never_run(page: Page, dialogs: list[str], tmp_path: Path) -> None:
    show(page, "#/article/inv-xss")
    assert page.locator("h2").inner_text() == XSS_TITLE
    text = page.locator("#article-text").inner_text()
    assert XSS_SCRIPT in text and XSS_IMG in text
    assert page.locator("main img, main script, main b").count() == 0
    page.click("#article-text ~ * a[href^='#/event/'], section a[href^='#/event/']")
    page.wait_for_selector("body[data-state=ready] #evidence")
    assert XSS_SCRIPT in page.locator("#evidence").inner_text()
    assert "<b>Evil</b> Outlet" in page.locator("#reports").inner_text()
    show(page, "#/events?actor=IDN")
    assert "<b>Evil</b> Outlet" in page.locator("#events-table").inner_text()
    show(page, "#/stories")
    page.screenshot(path=str(tmp_path / "xss.png"), full_page=True)
    assert dialogs == []
    assert page.locator("main img, main script").count() == 0
