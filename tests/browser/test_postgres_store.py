"""PostgreSQL as the store, in a real browser: an uploaded article's link opens after the server is
stopped and started again from another working directory; a database lost under a running server gives
a message on the page, not a traceback. Needs a PostgreSQL server (tests/conftest.py)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from .conftest import new_context, start_server, stop_server, wait_for_app
from .test_articles import ARTICLE, upload
from .test_deep_links import current_query

pytestmark = pytest.mark.browser


def test_an_upload_kept_in_postgresql_opens_from_its_link_after_a_restart_elsewhere(browser, postgres_url, tmp_path):
    first, url = start_server(postgres_url)
    try:
        context = new_context(browser)
        link = upload(context.new_page(), url, tmp_path, "bridge.txt", ARTICLE)
        article = current_query(context.pages[0])["article"][0]
        context.close()
    finally:
        stop_server(first)  # the server is gone; only the database keeps the article
    elsewhere = tmp_path / "another-working-directory"
    elsewhere.mkdir()
    second, url2 = start_server(postgres_url, cwd=elsewhere)
    try:
        fresh = new_context(browser)
        page = fresh.new_page()
        page.goto(link.replace(url, url2))
        wait_for_app(page, charts=3)
        assert page.locator("h1").first.inner_text().strip() == "Bridge repairs"
        assert current_query(page)["article"] == [article]
        assert page.locator('[data-testid="stException"]').count() == 0
        assert not list(elsewhere.iterdir())  # nothing written where the server was started

        # the database goes away under the running server: the next run says so, the seed still opens
        admin = sa.create_engine(sa.engine.make_url(postgres_url).set(database="postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE "{sa.engine.make_url(postgres_url).database}" WITH (FORCE)')
        admin.dispose()
        page.get_by_text("speaker", exact=True).first.click()  # any rerun: compare by speaker
        page.get_by_text("Stored articles and corrections are unavailable").first.wait_for()
        wait_for_app(page)
        assert page.locator('[data-testid="stException"]').count() == 0
        assert page.get_by_text(f"The article {article} cannot be opened right now").count() == 1
        assert page.locator("h1").first.inner_text().strip() == "Ukraine security guarantees"
        page.goto(url2 + "/?article=ukraine-security-guarantees")
        wait_for_app(page, charts=1)
        assert page.locator("h1").first.inner_text().strip() == "Ukraine security guarantees"
        assert page.get_by_text("Stored articles and corrections are unavailable").count() >= 1
        fresh.close()
    finally:
        stop_server(second)
