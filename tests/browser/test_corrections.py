"""A correction end to end in Chromium: a reader gives a statement another speaker on the Compare page,
copies the link, the server restarts, and a colleague's fresh browser opening the link sees the
corrected speaker (kept in the store, never only in a session)."""

from __future__ import annotations

import re

import pytest

from .conftest import new_context, start_server, stop_server, wait_for_app
from .test_deep_links import current_query, group_headings

pytestmark = pytest.mark.browser

NAME = "Olena <b>K</b> **x**"  # markup must show as typed
STATEMENT = "calling the discussions “empty talk.”"


def test_a_corrected_speaker_survives_a_restart_and_shows_in_a_fresh_browser(browser, tmp_path):
    store = tmp_path / "articles.sqlite3"  # a store of its own: the other browser tests read the seed uncorrected
    proc, url = start_server(store)
    try:
        context = new_context(browser)
        page = context.new_page()
        page.goto(url + "/?by=speaker&group=Marcin%20Kaczmarski&group=Dmytro")
        wait_for_app(page, charts=5)
        dmytro = page.locator('[data-testid="stColumn"]').nth(1)
        card = dmytro.locator('[data-testid="stVerticalBlockBorderWrapper"], [data-testid="stVerticalBlock"]').filter(has_text=STATEMENT).last
        card.get_by_role("button", name=re.compile("Correct")).click()
        form = page.locator('[data-testid="stPopoverBody"], [data-testid="stPopover"] ~ div, [role="dialog"]').filter(has=page.get_by_role("button", name="Save correction")).last
        form.get_by_role("combobox", name="Speaker").click()
        page.get_by_role("option", name="another name (type it below)", exact=True).click()
        form.get_by_label("Name", exact=True).fill(NAME)
        form.get_by_role("button", name="Save correction").click()
        page.get_by_text(f"speaker set to “{NAME}”").first.wait_for()
        page.keyboard.press("Escape")  # close the popover
        # the corrected voice is a speaker of the article now: compare it beside Dmytro, then copy the link
        page.get_by_role("combobox", name=re.compile("Groups to compare")).click()
        page.keyboard.type("Olena")  # filter the list: a long one draws only the options in view (the sidebar has a page link more)
        page.get_by_role("option", name=NAME, exact=True).click()
        page.keyboard.press("Escape")
        page.wait_for_function("() => new URLSearchParams(location.search).getAll('group').length === 3")
        wait_for_app(page, charts=7)
        link = page.locator('[data-testid="stSidebar"] code').inner_text().strip()
        assert NAME in current_query(page)["group"]
        context.close()
    finally:
        stop_server(proc)

    proc, url2 = start_server(store)  # the restart: a new process on the same store
    try:
        fresh = new_context(browser)
        other = fresh.new_page()
        other.goto(link.replace(url, url2))
        wait_for_app(other, charts=7)
        assert other.locator('[data-testid="stException"]').count() == 0
        assert group_headings(other) == ["Marcin Kaczmarski", "Dmytro", NAME]  # the typed markup, verbatim
        column = other.locator('[data-testid="stColumn"]').nth(2)
        text = column.inner_text()
        assert "“empty talk.”" in text
        assert "corrected" in text and "the engine said speaker Dmytro" in text
        assert other.locator('[data-testid="stMain"] b').filter(has_text="K").count() == 0  # no markup rendered
        fresh.close()
    finally:
        stop_server(proc)
