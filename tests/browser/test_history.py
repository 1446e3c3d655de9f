"""The browser's Back button returns to a page's own state, as its link had it.

These hold because the pages' own state is synced by hand (``views.url``), not by Streamlit's
``bind="query-params"``: with a bound widget, measured on Streamlit 1.67, leaving the page rewrote its
history entry without the bound parameters (Back opened the Data page unfiltered), and a parameter bound
on one page was dropped from another page's entry of the same name (Back from the Data page, whose
``speaker`` filter was bound, opened the Landscape page without its ``speaker``).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pytest

from .conftest import wait_for_app

pytestmark = pytest.mark.browser

VIEW = "by=speaker&group=Marcin%20Kaczmarski&group=Dmytro"


def current_query(page) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.evaluate("location.href")).query)


def leave_for(page, name: str, path: str) -> None:
    page.locator('[data-testid="stSidebar"]').get_by_role("link", name=name, exact=True).click()
    page.wait_for_function("p => location.pathname.endsWith(p)", arg=path)
    wait_for_app(page)


def test_back_to_the_data_page_brings_its_filters_back(page, server_url):
    page.goto(server_url + "/data?" + VIEW + "&speaker=Dmytro&stance=skeptical")
    wait_for_app(page)
    box = page.get_by_label("Statement contains", exact=True)
    box.fill("talk")
    box.press("Enter")
    page.wait_for_function("() => new URLSearchParams(location.search).get('contains') === 'talk'")
    wait_for_app(page)
    leave_for(page, "Method", "/method")
    assert "speaker" not in current_query(page) and "contains" not in current_query(page)  # other pages drop them
    page.go_back()
    page.wait_for_function("() => location.pathname.endsWith('/data')")
    page.wait_for_function("() => new URLSearchParams(location.search).get('contains') === 'talk'")
    wait_for_app(page)
    query = current_query(page)
    assert query["speaker"] == ["Dmytro"] and query["stance"] == ["skeptical"] and query["contains"] == ["talk"]
    assert page.get_by_label("Statement contains", exact=True).input_value() == "talk"
    count = page.get_by_text(re.compile(r"^\d+ of \d+ statements \(filtered\)$"))
    shown, total = (int(n) for n in re.findall(r"\d+", count.inner_text()))
    assert 0 < shown < total


def test_back_from_the_data_page_to_the_landscape_keeps_its_speaker(page, server_url):
    # `speaker` names the Landscape page's chosen speaker and, on the Data page, a filter
    page.goto(server_url + "/landscape?" + VIEW + "&speaker=Dmytro&aspect=trust%20and%20action")
    wait_for_app(page, charts=2)
    leave_for(page, "Data", "/data")  # its speaker filter drawn, empty
    assert "speaker" not in current_query(page)
    page.go_back()
    page.wait_for_function("() => location.pathname.endsWith('/landscape')")
    wait_for_app(page, charts=2)
    assert page.locator('[data-testid="stException"]').count() == 0
    query = current_query(page)
    assert query["speaker"] == ["Dmytro"] and query["aspect"] == ["trust and action"]
    assert "Dmytro on trust and action: 2 statements" in page.locator('[data-testid="stMain"]').inner_text()
