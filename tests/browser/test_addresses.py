"""Every page address the README names opens its page in Chromium with the link's query kept whole, the
page's own state included: a shared link works whichever of a page's addresses it was copied from.
(Streamlit serves its default page at "/" only; "/compare" opened a "Page not found" dialog.)"""

from __future__ import annotations

from urllib.parse import parse_qs

import pytest

from .conftest import wait_for_app
from .test_deep_links import current_query, group_headings

pytestmark = pytest.mark.browser

VIEW = "article=ukraine-security-guarantees&by=speaker&group=Marcin%20Kaczmarski&group=Dmytro&target=security%20guarantees"
GROUPS = ["Marcin Kaczmarski", "Dmytro"]

# address, the page's own state in the link (a page drops what it does not read), the heading that says
# which page it is (Compare's: its group headings), the charts it draws
ADDRESSES = [
    ("/", "statements=Dmytro%3Askeptical", None, 5),
    ("/compare", "statements=Dmytro%3Askeptical", None, 5),
    ("/compare/", "statements=Dmytro%3Askeptical", None, 5),  # the sidebar's "Link to this view" on /compare
    ("/landscape", "narration=off&speaker=Dmytro", "Landscape", 2),
    ("/landscape/", "narration=off&speaker=Dmytro", "Landscape", 2),
    ("/flow", "", "Flow", 1),
    ("/data", "speaker=Dmytro&stance=skeptical", "Data", 0),
    ("/articles", "", "Articles", 0),
    ("/voices", "", "Voices", 0),
    ("/method", "", "Method", 0),
]


@pytest.mark.parametrize(("address", "own", "heading", "charts"), ADDRESSES, ids=[a[0] for a in ADDRESSES])
def test_every_readme_address_opens_its_page_with_the_query_kept(page, server_url, address, own, heading, charts):
    query = VIEW + ("&" + own if own else "")
    page.goto(server_url + address + "?" + query)
    wait_for_app(page, charts=charts)
    assert page.get_by_text("Page not found").count() == 0
    assert page.locator('[data-testid="stException"]').count() == 0
    main = page.locator('[data-testid="stMain"]')
    if heading is None:
        assert group_headings(page) == GROUPS
    else:
        assert heading in main.locator("h1, h2").all_inner_texts()
    assert page.evaluate("location.pathname") == (address.rstrip("/") or "/")
    # whole: the view and the page's own state (each page writes back only the state it read)
    assert current_query(page) == parse_qs(query)
    # the Compare link goes to the Compare address the reader came by, so it shows as the open page
    # (links are relative to the app's root: "compare?…" or "?…")
    href = page.get_by_role("link", name="Compare").get_attribute("href")
    assert href.split("?")[0].strip("./") == ("compare" if address.startswith("/compare") else ""), href
