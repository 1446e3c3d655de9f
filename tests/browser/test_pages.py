"""Every page in Chromium: rendered from a deep link, a chart mark narrows the statements, the CSV
download reads back, and a 3-group link with a custom target survives a fresh browser."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from .conftest import new_context, wait_for_app
from .test_deep_links import current_query, group_headings

pytestmark = pytest.mark.browser

LINK = "/?by=speaker&group=Volodymyr%20Zelensky&group=Marcin%20Kaczmarski&group=Dmytro&target=European%20troops"
GROUPS = ["Volodymyr Zelensky", "Marcin Kaczmarski", "Dmytro"]


def no_exception(page) -> None:
    assert page.locator('[data-testid="stException"]').count() == 0


@pytest.mark.parametrize(("name", "path", "charts"), [("Landscape", "landscape", 2), ("Flow", "flow", 1), ("Data", "data", 0), ("Method", "method", 0)])
def test_every_page_renders_from_a_deep_link(page, server_url, name, path, charts):
    page.goto(server_url + f"/{path}" + LINK[1:])
    wait_for_app(page, charts=charts)
    no_exception(page)
    query = current_query(page)
    assert query["group"] == GROUPS and query["target"] == ["European troops"]
    assert page.locator("h1").first.inner_text().strip() in {"Ukraine security guarantees", "Method"}


def test_walking_the_pages_keeps_the_view(page, server_url):
    page.goto(server_url + LINK)
    wait_for_app(page, charts=7)
    for name in ["Landscape", "Flow", "Data", "Method", "Compare"]:
        page.get_by_role("link", name=name).click()
        page.wait_for_function("p => location.pathname.endsWith(p)", arg="/" if name == "Compare" else "/" + name.lower())
        # the page's own heading: the run that drew it is the new page's, not the one before the click
        heading = page.locator('[data-testid="stMain"] h4' if name == "Compare" else '[data-testid="stMain"] h1, [data-testid="stMain"] h2')
        heading.filter(has_text=GROUPS[0] if name == "Compare" else name).first.wait_for()
        wait_for_app(page)
        no_exception(page)
        assert current_query(page)["group"] == GROUPS
    wait_for_app(page, charts=7)
    assert group_headings(page) == GROUPS


def test_clicking_a_stance_bar_narrows_the_statements(page, server_url):
    page.goto(server_url + "/?by=speaker&group=Marcin%20Kaczmarski&group=Dmytro")
    wait_for_app(page, charts=5)
    column = page.locator('[data-testid="stColumn"]').first
    before = column.locator('[data-testid="stBadge"], [data-testid="stMarkdownBadge"], .stBadge').count()
    cards_before = column.get_by_text("cue:").count() + column.get_by_text("continuation").count()
    # the stance chart is the first plotly chart in the column; its bars are supportive, skeptical, neutral
    bars = column.locator(".js-plotly-plot").first.locator("g.trace.bars g.point path")
    bars.nth(1).click(force=True)
    page.wait_for_selector("text=Showing the")
    wait_for_app(page, charts=5)
    no_exception(page)
    caption = column.get_by_text("Showing the").inner_text()
    shown = int(caption.split("Showing the ")[1].split()[0])
    assert 0 < shown < 9, caption
    assert column.get_by_text("cue:").count() + column.get_by_text("continuation").count() < cards_before
    del before


def test_csv_download_reads_back(page, server_url):
    page.goto(server_url + "/data?by=section&group=Lead&group=Takeaway")
    wait_for_app(page)
    with page.expect_download() as download:
        page.get_by_role("button", name="CSV", exact=True).click()
    data = download.value.path().read_bytes()
    frame = pd.read_csv(io.BytesIO(data))
    assert len(frame) == 22
    assert {"speaker", "stance", "polarity", "text"} <= set(frame.columns)
    assert "Marcin Kaczmarski" in set(frame["speaker"])


def test_three_groups_and_a_custom_target_round_trip_through_a_fresh_browser(page, server_url):
    page.goto(server_url + "/")
    wait_for_app(page, charts=3)
    page.get_by_text("speaker", exact=True).click()
    page.wait_for_function("() => location.search.includes('by=speaker')")
    target = page.get_by_label("Stance toward", exact=True)
    target.fill("European troops")
    target.press("Enter")
    page.wait_for_function("() => location.search.includes('target=European')")
    box = page.get_by_role("combobox", name="Groups to compare (2–4)")
    box.click()
    page.keyboard.type("Volodymyr")  # filter the list: a long one draws only the options in view
    page.get_by_role("option", name="Volodymyr Zelensky", exact=True).click()
    page.keyboard.press("Escape")
    page.wait_for_function("() => new URLSearchParams(location.search).getAll('group').length === 3")
    link = page.evaluate("location.href")
    chosen = current_query(page)["group"]
    fresh = new_context(page.context.browser)
    other = fresh.new_page()
    other.goto(link)
    wait_for_app(other, charts=7)
    no_exception(other)
    assert group_headings(other) == chosen and len(chosen) == 3
    assert other.get_by_label("Stance toward", exact=True).input_value() == "European troops"
    fresh.close()
