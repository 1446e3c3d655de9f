"""The optional team password: off by default; when set, nothing is shown until it is given."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from .conftest import APP


def test_with_a_password_set_the_dashboard_waits_for_it(monkeypatch):
    monkeypatch.setenv("VIEWPOINTS_PASSWORD", "harbour-7")
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert [t.value for t in at.title] == ["Viewpoints"]
    assert not [m for m in at.markdown if m.value.startswith("#### ")]  # no statements leak
    at.text_input[0].input("wrong")
    at.button[0].click().run()
    assert any("not right" in e.value for e in at.error)
    at.text_input[0].input("harbour-7")
    at.button[0].click().run()
    assert not at.exception
    assert at.title[0].value == "Ukraine security guarantees"


def test_without_a_password_the_dashboard_opens(monkeypatch):
    monkeypatch.delenv("VIEWPOINTS_PASSWORD", raising=False)
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert at.title[0].value == "Ukraine security guarantees"
