"""The SPARQL query page in real headless Chromium: YASGUI from this app, the gallery, no external request."""

from __future__ import annotations

import re

from tests.conftest import ARTIFACTS, BROWSER_SKIPS

pytestmark = BROWSER_SKIPS


def test_query_page_runs_gallery_examples(browser, server):
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    outside, errors = [], []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith((server.url, "data:")) else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server.url + "/query?example=contradictions")
    page.wait_for_selector(".yasr table tbody tr", timeout=30000)
    assert "لا صحة لدخول قوات النظام للمدينة" in page.locator(".yasr").inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "query-page.png"))
    # another example from the gallery, in one click, with a shareable URL
    page.click("[data-example=source-record]")
    # expect() polls from Playwright's side: a string predicate (wait_for_function) has to be
    # eval'ed in the page whenever it must poll, which the page's CSP (no unsafe-eval) forbids.
    from playwright.sync_api import expect

    expect(page.locator(".yasr")).to_contain_text("contradicted", timeout=30000)
    assert page.url.endswith("/query?example=source-record")
    assert not outside, f"requests outside the app: {outside}"
    assert not errors, errors
    page.close()


def test_a_shared_query_link_opens_that_query(browser, server):
    """YASGUI's share button links to /query…#query=TEXT: the page put its own query (the example, or
    the default) over it, so a shared link opened something else."""
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server.url + "/query?example=source-record")
    page.wait_for_selector(".CodeMirror")
    edited = "SELECT ?edited WHERE { ?edited ?p ?o } LIMIT 1"
    page.evaluate("q => document.querySelector('.CodeMirror').CodeMirror.setValue(q)", edited)
    page.click(".yasqe_share")
    link = page.locator(".yasqe_sharePopup input, .yasqe_sharePopup textarea").first.input_value()
    assert "#query=" in link
    other = context.new_page()
    other.goto(link)
    other.wait_for_selector(".CodeMirror")
    assert other.evaluate("() => document.querySelector('.CodeMirror').CodeMirror.getValue()") == edited
    assert not errors, errors
    context.close()


def test_the_default_query_shows_values_whole_and_plain(browser, server):
    """/query opened with no example: its query (the gallery's contradictions) answers on the seed, and the table
    shows what a fact-checker reads: «0.951», not "0.951"^^<…XMLSchema#double>; whole values, not «…يقية تدمر»;
    Arabic words wrapped whole (YASR broke every value anywhere: «وسائل الإعلام ال / سورية»)."""
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server.url + "/query?lang=ar")
    page.click(".yasqe_queryButton")
    page.wait_for_selector(".yasr table tbody tr", timeout=30000)
    cells = page.locator(".yasr table tbody td").all_inner_texts()
    assert "تنسيقية تدمر" in cells  # the source's Arabic name, whole
    assert any(re.fullmatch(r"0\.\d+", c.strip()) for c in cells), cells
    assert not any("XMLSchema" in c or "…" in c for c in cells)
    quote = page.locator(".yasr table tbody td div", has_text="لا صحة لدخول قوات النظام للمدينة").first
    assert quote.evaluate("e => getComputedStyle(e).wordBreak") == "normal"
    assert quote.evaluate("e => getComputedStyle(e.closest('td')).unicodeBidi") == "plaintext"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "query-page-default-ar.png"), full_page=True)
    assert not errors, errors
    page.close()


def test_a_claim_iri_in_the_results_opens_its_page_here(browser, server):
    """The results linked a claim's IRI (https://w3id.org/sanad/id/claim/KEY) to w3id.org, which sends it nowhere:
    a fact-checker clicking a claim in the answer left the site for an error. It opens the claim's page here."""
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    page.goto(server.url + "/query?example=contradictions-of-source")
    page.wait_for_selector(".yasr table tbody tr a.iri", timeout=30000)
    link = page.locator(".yasr table tbody a.iri").first
    key = link.inner_text().rsplit("/", 1)[-1]
    assert re.fullmatch(r"[0-9a-f]{12}", key)
    with context.expect_page() as opened:
        link.click()
    claim = opened.value
    claim.wait_for_load_state()
    assert claim.url == f"{server.url}/claims/{key}"
    assert claim.locator("h1").count() == 1 and "404" not in claim.title()
    context.close()
