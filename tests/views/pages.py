"""Run one page module in AppTest on the seed article (optionally with hostile text planted in it)."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from .conftest import SEED


def _script(module: str, seed: str, options: dict, payload: bool) -> None:
    import importlib
    import pathlib

    import viewpoints

    frame = viewpoints.analyze(pathlib.Path(seed).read_text(encoding="utf-8"), article_id="ukraine-security-guarantees")
    if payload:
        from tests.views.conftest import plant_payload

        frame = plant_payload(frame)
    importlib.import_module(module).render(frame, key="t", **options)


def open_page(module: str, *, payload: bool = False, **options) -> AppTest:
    at = AppTest.from_function(_script, args=(module, str(SEED), options, payload), default_timeout=60)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def markdown_texts(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown] + [c.value for c in at.caption]
