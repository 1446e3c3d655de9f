"""axe-core on every page of the dashboard, once the page has drawn: the run finished, every lazily loaded
widget drawn (no skeleton placeholder left) and the page's charts holding traces. Judged before that,
a page is half-drawn and passes or fails by chance.

axe-core comes inside a Python package (axe-playwright-python ships axe.min.js): nothing is downloaded
when the tests run.
"""

from __future__ import annotations

import pytest

from .conftest import _missing, wait_for_app

pytestmark = pytest.mark.browser

VIEW = "?by=speaker&group=Marcin%20Kaczmarski&group=Dmytro"
# address and the charts it draws (Landscape: stance map, speaker x aspect matrix, voices x targets)
PAGES = [("/", 5), ("/landscape", 3), ("/flow", 1), ("/data", 0), ("/articles", 0), ("/voices", 0), ("/method", 0)]
BLOCKING = {"serious", "critical"}

# Text axe leaves undecided because it cannot stack its layers ("bgOverlap"): Streamlit fades the sidebar's
# captions with `opacity` on a wrapper, which axe 4.12 does not see through (it reported nothing for them
# while they stood at 4.06:1). Measured here the WCAG way: the text colour, times every ancestor's opacity,
# over the backgrounds beneath it. HTML text only; chart text (SVG) is backed by each chart's table or
# text alternative.
SIDEBAR_CAPTIONS = '[data-testid="stSidebar"] [data-testid="stCaptionContainer"] p'
MEASURE = """selectors => [...new Set(selectors.flatMap(s => Array.from(document.querySelectorAll(s))))].map(el => {
    if (el instanceof SVGElement) return null;
    const rgba = s => { const m = s.match(/[\\d.]+/g).map(Number); return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1]; };
    const over = (top, bottom) => [0, 1, 2].map(i => top[i] * top[3] + bottom[i] * (1 - top[3])).concat([1]);
    const layers = [];
    let opacity = 1;
    for (let a = el; a; a = a.parentElement) {
        const style = getComputedStyle(a);
        opacity *= parseFloat(style.opacity);
        const bg = rgba(style.backgroundColor);
        if (bg[3] > 0) layers.push(bg);
        if (bg[3] === 1) break;
    }
    const bg = layers.reverse().reduce((below, layer) => over(layer, below), [255, 255, 255, 1]);
    const style = getComputedStyle(el);
    const fg = rgba(style.color);
    fg[3] *= opacity;
    const shown = over(fg, bg);
    const lum = c => { const [r, g, b] = c.slice(0, 3).map(v => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
    const [hi, lo] = [lum(shown), lum(bg)].sort((x, y) => y - x);
    const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
    return {text: el.innerText.trim().slice(0, 60), ratio: Math.round((hi + 0.05) / (lo + 0.05) * 100) / 100,
            needed: size >= 24 || (bold && size >= 18.66) ? 3 : 4.5};
})"""


@pytest.fixture(scope="module")
def axe():
    try:
        from axe_playwright_python.sync_playwright import Axe
    except ImportError:
        _missing("axe-playwright-python is not installed (pip install -e '.[test]')")
    return Axe()


def _described(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v['impact']}): {v['help']}")
        for node in v["nodes"][:8]:
            data = (node["any"] or [{}])[0].get("data") or {}
            ratio = f" {data.get('fgColor')} on {data.get('bgColor')} = {data.get('contrastRatio')}:1" if v["id"] == "color-contrast" else ""
            lines.append(f"  {node['target']}{ratio} {node['html'][:100]}")
    return "\n".join(lines)


@pytest.mark.parametrize(("address", "charts"), PAGES, ids=[p[0] for p in PAGES])
def test_every_page_passes_axe_once_its_widgets_have_drawn(page, server_url, axe, address, charts):
    page.goto(server_url + address + VIEW)
    wait_for_app(page, charts=charts)
    results = axe.run(page, options={"resultTypes": ["violations", "incomplete"]}).response
    blocking = [v for v in results["violations"] if v["impact"] in BLOCKING]
    assert not blocking, "axe-core " + results["testEngine"]["version"] + " on " + address + ":\n" + _described(blocking)
    undecided = [
        node["target"][0]
        for v in results["incomplete"] if v["id"] == "color-contrast"
        for node in v["nodes"] if ((node["any"] or [{}])[0].get("data") or {}).get("messageKey") == "bgOverlap"
    ]
    measured = [m for m in page.evaluate(MEASURE, [*undecided, SIDEBAR_CAPTIONS]) if m]
    assert any(m["text"] == "Link to this view" for m in measured), measured  # the sidebar's caption is among them
    too_faint = [m for m in measured if m["ratio"] < m["needed"]]
    assert not too_faint, too_faint
