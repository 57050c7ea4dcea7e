"""The HTML report in headless Chromium: highlights, popovers, filters, sorting, print,
small screens, and the injection sample staying inert.

Uses Debian's ``/usr/bin/chromium`` through Playwright; never downloads a browser. The
module is skipped when either is missing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ..chromium import ARGS, CHROMIUM
from .conftest import OUTPUT, run

if not CHROMIUM.exists():
    pytest.skip("/usr/bin/chromium is not installed", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")
expect = sync_api.expect

TRANSPARENT = "rgba(0, 0, 0, 0)"


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    playwright = sync_api.sync_playwright().start()
    try:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
    except Exception as exc:  # pragma: no cover - depends on the machine
        playwright.stop()
        pytest.skip(f"chromium does not start: {exc}")
    yield browser
    browser.close()
    playwright.stop()


@pytest.fixture(scope="module")
def samples_file(samples, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("html") / "samples.html"
    path.write_text(run("html", samples), encoding="utf-8")
    return path


class Watched:
    """A page with every dialog, console message, page error and request recorded."""

    def __init__(self, browser, width: int = 1280) -> None:
        self.page = browser.new_page(viewport={"width": width, "height": 900})
        self.dialogs: list[str] = []
        self.console: list[str] = []
        self.requests: list[str] = []
        self.page.on("dialog", self._dialog)
        self.page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.console.append(f"pageerror: {e}"))
        self.page.on("request", lambda r: self.requests.append(r.url))

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path: Path):
        self.page.goto(path.as_uri(), wait_until="load")
        return self.page


@pytest.fixture
def watched(browser) -> Iterator[Watched]:
    w = Watched(browser)
    yield w
    w.page.close()


def test_every_finding_is_one_element_and_script_runs(watched, samples_file, samples):
    page = watched.open(samples_file)
    total = sum(len(r.findings) for r in samples)
    assert page.locator(".finding").count() == total
    assert page.evaluate("document.querySelectorAll('.finding').length") == total
    expect(page.locator("#filters")).to_be_visible()  # unhidden by the report's script
    expect(page.locator("#filter-status")).to_have_text(f"Showing {total} of {total} findings.")
    assert watched.console == []  # a CSP violation would be logged here
    assert all(url.startswith("file://") for url in watched.requests), watched.requests


def test_hover_shows_rule_message_and_suggestion(watched, samples_file):
    page = watched.open(samples_file)
    mark = page.locator(".finding").nth(2)
    fid = mark.get_attribute("data-finding-id")
    item = page.locator(f"[id='{fid}']")
    message = item.locator(".msg").text_content()
    popover = page.locator("#tq-pop")
    expect(popover).to_be_hidden()
    mark.hover()
    expect(popover).to_be_visible()
    expect(popover).to_contain_text(message)
    expect(popover).to_contain_text(mark.get_attribute("data-rule"))
    if item.locator(".sugg").count():
        expect(popover).to_contain_text(item.locator(".sugg").text_content())
    page.locator("h1").hover()
    expect(popover).to_be_hidden()


def test_focus_shows_popover_and_escape_hides_it(watched, samples_file):
    page = watched.open(samples_file)
    mark = page.locator(".finding").first
    mark.focus()
    popover = page.locator("#tq-pop")
    expect(popover).to_be_visible()
    outline = mark.evaluate("el => getComputedStyle(el).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Escape")
    expect(popover).to_be_hidden()


def test_severity_filter_hides_highlights_and_print_shows_all(watched, samples_file):
    page = watched.open(samples_file)
    major = page.locator(".finding.sev-major")
    minor = page.locator(".finding.sev-minor")
    assert major.count() and minor.count()
    page.locator("input[data-filter=severity][value=major]").uncheck()
    backgrounds = major.evaluate_all("els => els.map(e => getComputedStyle(e).backgroundColor)")
    assert set(backgrounds) == {TRANSPARENT}
    assert set(major.evaluate_all("els => els.map(e => e.tabIndex)")) == {-1}
    expect(page.locator(".finding-item.sev-major").first).to_be_hidden()
    expect(page.locator(".finding-item.sev-minor").first).to_be_visible()
    assert minor.first.evaluate("e => getComputedStyle(e).backgroundColor") != TRANSPARENT
    expect(page.locator("#filter-status")).to_contain_text(f"Showing {minor.count()} of")

    page.emulate_media(media="print")
    expect(page.locator("#filters")).to_be_hidden()
    expect(page.locator(".finding-item.sev-major").first).to_be_visible()
    assert major.first.evaluate("e => getComputedStyle(e).backgroundColor") != TRANSPARENT


def test_rule_filter(watched, samples_file):
    page = watched.open(samples_file)
    box = page.locator("input[data-filter=rule]").first
    rule = box.get_attribute("value")
    box.uncheck()
    marks = page.locator(f".finding[data-rule='{rule}']")
    assert marks.count()
    assert set(marks.evaluate_all("els => els.map(e => e.classList.contains('off'))")) == {True}
    others = page.locator(".finding:not(.off)")
    assert others.count() == page.locator(".finding").count() - marks.count()


def test_table_sorts_by_score(watched, samples_file):
    page = watched.open(samples_file)

    def scores() -> list[float]:
        values = page.locator("#doc-table tbody tr").evaluate_all(
            "rows => rows.map(r => r.dataset.score)"
        )
        return [float(v) for v in values]

    page.locator("button[data-key=score]").click()
    assert scores() == sorted(scores())
    expect(page.locator("th:has(button[data-key=score])")).to_have_attribute(
        "aria-sort", "ascending"
    )
    page.locator("button[data-key=score]").click()
    assert scores() == sorted(scores(), reverse=True)
    first = page.locator("#doc-table tbody tr a").first
    target = first.get_attribute("href")
    first.click()
    assert page.evaluate("location.hash") == target


def test_fits_a_360_pixel_screen(browser, samples_file):
    w = Watched(browser, width=360)
    page = w.open(samples_file)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    w.page.close()


def test_injection_sample_runs_no_script(watched, injection, tmp_path):
    path = tmp_path / "injection.html"
    path.write_text(run("html", [injection]), encoding="utf-8")
    page = watched.open(path)
    page.locator(".finding").first.hover()
    page.wait_for_timeout(200)
    assert watched.dialogs == []
    assert page.evaluate("window.__pwned") is None
    assert page.locator(".finding").count() == len(injection.findings)
    assert page.locator("img, iframe, textarea, a[href^='javascript']").count() == 0
    assert page.locator("script").count() == 2
    assert [m for m in watched.console if "error" in m] == []
    expect(page.locator(".doctitle")).to_contain_text("<script>window.__pwned")


def test_screenshot(watched, samples_file):
    page = watched.open(samples_file)
    target = page.locator(".finding.sev-major").first
    target.scroll_into_view_if_needed()
    target.hover()
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUTPUT / "report.png"))
    assert (OUTPUT / "report.png").stat().st_size > 10_000


def test_csp_blocks_script_that_escaping_missed(watched, samples, tmp_path):
    """Defence in depth: even markup injected into the file cannot run script."""
    html = run("html", samples[:1])
    injected = (
        '<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2">'
        '<svg onload="window.__pwned = 3"></svg><iframe src="https://example.org/"></iframe>'
    )
    path = tmp_path / "tampered.html"
    path.write_text(html.replace("</main>", injected + "</main>"), encoding="utf-8")
    page = watched.open(path)
    page.wait_for_timeout(200)
    assert page.evaluate("window.__pwned") is None
    assert any("Content Security Policy" in m for m in watched.console), watched.console
    assert not [u for u in watched.requests if u.startswith(("http:", "https:"))]
    expect(page.locator("#filters")).to_be_visible()  # the report's own script still runs
