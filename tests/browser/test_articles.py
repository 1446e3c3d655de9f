"""Bringing an article in through the browser: upload -> link -> a server restart -> a fresh browser
sees the same article; and hostile text is shown as text on every page, never run."""

from __future__ import annotations

import pytest

from .conftest import new_context, start_server, stop_server, wait_for_app
from .test_deep_links import current_query

pytestmark = pytest.mark.browser

ARTICLE = """Bridge repairs
The mayor said the old bridge must be repaired before the spring floods.
Doubts in the council
Council members doubt the repairs will ever be paid for, said Ana Ruiz, a council member.
"""

PAYLOADS = [
    '<img src=x onerror="window.__xss=1">',
    "<script>window.__xss=2</script>",
    '<svg onload="window.__xss=3">',
    "[click](javascript:window.__xss=4)",
    ":red[styled] **bold** <b>tag</b>",
]
HOSTILE = "Warnings\n" + "\n".join(
    f"{payload} was written on the wall, said Bo Chan, a painter." for payload in PAYLOADS
) + "\nMore warnings\nThe wall must be cleaned, said Ana Ruiz, a neighbour.\n"


def upload(page, server_url: str, tmp_path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    page.goto(server_url + "/articles")
    wait_for_app(page)
    page.get_by_role("tab", name="Upload a file").click()
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(path))
    page.get_by_role("button", name="Analyse this file").click()
    page.wait_for_function("() => /article=[0-9a-f]{12}/.test(location.search)")
    wait_for_app(page, charts=3)
    return page.evaluate("location.href")


def test_an_uploaded_article_link_survives_a_server_restart(page, browser, server_url, tmp_path, store_path):
    link = upload(page, server_url, tmp_path, "bridge.txt", ARTICLE)
    assert page.locator("h1").first.inner_text().strip() == "Bridge repairs"
    article = current_query(page)["article"][0]
    proc, url = start_server(store_path)  # a second server on the same store: a restart, as far as links go
    try:
        fresh = new_context(browser)
        other = fresh.new_page()
        other.goto(link.replace(server_url, url))
        wait_for_app(other, charts=3)
        assert other.locator("h1").first.inner_text().strip() == "Bridge repairs"
        assert current_query(other)["article"] == [article]
        assert other.locator('[data-testid="stException"]').count() == 0
        fresh.close()
    finally:
        stop_server(proc)


def test_hostile_text_runs_nowhere_and_stays_visible(page, server_url, tmp_path):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    link = upload(page, server_url, tmp_path, "wall.txt", HOSTILE)
    base, query = link.split("?", 1)
    # charts drawn: Compare's overview and per-voice charts; Landscape's stance map only (the text
    # touches no aspect, so there is no matrix); Flow's one chart; none on Data
    for path, charts in (("/", 3), ("/landscape", 1), ("/flow", 1), ("/data", 0)):
        page.goto(server_url + path + "?" + query + "&by=speaker&group=Bo%20Chan&group=Ana%20Ruiz")
        wait_for_app(page, charts=charts)
        assert page.locator('[data-testid="stException"]').count() == 0, path
        assert page.evaluate("() => window.__xss") is None, path
        assert page.locator('[data-testid="stMain"] script, [data-testid="stMain"] img[src="x"]').count() == 0, path
        if path == "/":
            body = page.locator('[data-testid="stMain"]').inner_text()
            for payload in ('<img src=x onerror="window.__xss=1">', "<script>window.__xss=2</script>", ":red[styled] **bold** <b>tag</b>"):
                assert payload in body, payload
    assert dialogs == []


def test_pasted_text_opens_as_an_article(page, server_url):
    page.goto(server_url + "/articles")
    wait_for_app(page)
    page.get_by_label("Article text").fill("Ferry plans\nThe captain said the ferry must sail daily, a welcome change.\n")
    page.get_by_role("button", name="Analyse this text").click()
    page.wait_for_function("() => /article=[0-9a-f]{12}/.test(location.search)")
    wait_for_app(page, charts=1)
    assert page.locator("h1").first.inner_text().strip() == "Ferry plans"
    assert page.locator('[data-testid="stException"]').count() == 0


def test_a_web_address_that_cannot_be_fetched_says_why_and_keeps_it(page, server_url):
    page.goto(server_url + "/articles")
    wait_for_app(page)
    page.get_by_role("tab", name="From a web address").click()
    box = page.get_by_label("Web address (http or https)")
    for address, reason in (("ftp://files.example.invalid/a.txt", "http"), ("https://news.example.invalid/story", "could not reach")):
        box.fill(address)
        page.get_by_role("button", name="Fetch and analyse").click()
        alert = page.locator('[data-testid="stAlert"]').filter(has_text=reason)
        alert.first.wait_for()
        assert box.input_value() == address  # nothing typed is lost
        assert page.locator('[data-testid="stException"]').count() == 0


def test_hostile_text_stays_inert_in_hover_labels_and_the_html_report(page, server_url, tmp_path):
    link = upload(page, server_url, tmp_path, "wall2.txt", HOSTILE)
    query = link.split("?", 1)[1]
    # a hover label of the sentiment chart: plotly renders some HTML there, so the text must arrive escaped
    page.goto(server_url + "/?" + query + "&by=speaker&group=Bo%20Chan&group=Ana%20Ruiz")
    wait_for_app(page, charts=5)
    scatter = page.locator('[data-testid="stColumn"]').first.locator(".js-plotly-plot").nth(1)
    scatter.locator("g.points path.point").first.hover(force=True)
    label = page.locator(".hoverlayer .hovertext").first
    label.wait_for()
    shown = label.text_content() or ""
    assert "Bo Chan" in shown
    assert any(payload[:12] in shown for payload in PAYLOADS), shown  # the markup is shown as characters
    assert page.locator(".hoverlayer img, .hoverlayer script").count() == 0
    assert page.evaluate("() => window.__xss") is None
    # the downloaded HTML report, opened from disk
    page.goto(server_url + "/data?" + query + "&by=speaker&group=Bo%20Chan&group=Ana%20Ruiz")
    wait_for_app(page)
    with page.expect_download() as download:
        page.get_by_role("button", name="HTML report").click()
    report = tmp_path / "report.html"
    report.write_bytes(download.value.path().read_bytes())
    page.goto(report.as_uri())
    page.wait_for_selector(".js-plotly-plot g.trace", state="attached")  # drawn; an all-neutral bar has no size
    assert page.evaluate("() => window.__xss") is None
    body = page.locator("body").inner_text()
    assert '<img src=x onerror="window.__xss=1">' in body and "<script>window.__xss=2</script>" in body
