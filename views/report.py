"""Downloads: the statements as CSV, JSON and Parquet bytes, and a self-contained HTML report.

Pure functions, no Streamlit. The report opens offline from disk: plotly.js is inlined once in the
head, every chart after it refers to it; every piece of text is escaped with ``html.escape``.
"""

from __future__ import annotations

import html
import io
from datetime import datetime, timezone

import pandas as pd
import plotly.graph_objects as go
from plotly.offline import get_plotlyjs, get_plotlyjs_version

from viewpoints import schema as S
from viewpoints.compare import GROUP_COLUMN, select, stance_counts

from . import charts
from .palette import STANCE_COLORS, STANCE_ORDER, STANCE_SYMBOLS

TABLE_COLUMNS = [S.SENTENCE, S.SECTION, S.SPEAKER, S.STANCE, S.POLARITY, S.TEXT]
# With readers' corrections, the table shows the engine's labels and the flag too (before the text,
# which stays last for the phone layout).
CORRECTED_TABLE_COLUMNS = [S.SENTENCE, S.SECTION, S.SPEAKER, S.ENGINE_SPEAKER, S.STANCE, S.ENGINE_STANCE, S.CORRECTED, S.POLARITY, S.TEXT]
CHART_CONFIG = {"displaylogo": False, "responsive": True}


def to_csv(frame: pd.DataFrame) -> bytes:
    return frame.to_csv(index=False).encode("utf-8")


def to_json(frame: pd.DataFrame) -> bytes:
    """One JSON object per statement (``orient="records"``), UTF-8, readable."""
    return frame.to_json(orient="records", force_ascii=False, indent=1).encode("utf-8")


def to_parquet(frame: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    return buffer.getvalue()


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _chart(fig: go.Figure, chart_id: str) -> str:
    return fig.to_html(full_html=False, include_plotlyjs=False, config=CHART_CONFIG, div_id=chart_id)


def _legend() -> str:
    items = "".join(
        f'<li><span class="swatch" style="background:{STANCE_COLORS[s]}"></span>{STANCE_SYMBOLS[s]} {s}</li>' for s in STANCE_ORDER
    )
    return f'<ul class="legend" aria-label="Stance colours">{items}</ul>'


def _stance_cell(stance: str) -> str:
    color = STANCE_COLORS.get(stance, "#000")
    return f'<td><span class="swatch" style="background:{color}"></span>{STANCE_SYMBOLS.get(stance, "")} {_e(stance)}</td>'


def has_corrections(frame: pd.DataFrame) -> bool:
    return S.CORRECTED in frame.columns and bool(frame[S.CORRECTED].any())


def _table(part: pd.DataFrame, *, corrected: bool = False) -> str:
    columns = CORRECTED_TABLE_COLUMNS if corrected else TABLE_COLUMNS
    head = "".join(f"<th scope=\"col\">{_e(c.replace('_', ' '))}</th>" for c in columns)
    rows = []
    for row in part.sort_values(S.SENTENCE).itertuples(index=False):
        cells = [f"<td>{getattr(row, S.SENTENCE)}</td>", f"<td>{_e(getattr(row, S.SECTION))}</td>", f"<td>{_e(getattr(row, S.SPEAKER))}</td>"]
        if corrected:
            cells.append(f"<td>{_e(getattr(row, S.ENGINE_SPEAKER))}</td>")
        cells.append(_stance_cell(getattr(row, S.STANCE)))
        if corrected:
            cells += [_stance_cell(getattr(row, S.ENGINE_STANCE)), f"<td>{'corrected' if getattr(row, S.CORRECTED) else ''}</td>"]
        cells += [f"<td>{getattr(row, S.POLARITY):+.2f}</td>", f'<td class="text">{_e(getattr(row, S.TEXT))}</td>']
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _group_section(part: pd.DataFrame, group: str, index: int, max_count: int, corrected: bool = False) -> str:
    counts = stance_counts(part)
    summary = (
        f"{len(part)} statements · "
        + ", ".join(f"{STANCE_SYMBOLS[s]} {s} {n}" for s, n in counts.items())
        + (f" · mean polarity {part[S.POLARITY].mean():+.2f}" if len(part) else "")
    )
    charts_html = ""
    if len(part):
        charts_html = (
            '<div class="charts">'
            f'<figure><figcaption>Statements per stance</figcaption>{_chart(charts.stance_bar(part, max_count=max_count), f"stance-{index}")}</figure>'
            f'<figure><figcaption>Polarity and subjectivity of each statement</figcaption>{_chart(charts.sentiment_scatter(part), f"sentiment-{index}")}</figure>'
            "</div>"
        )
    return f'<section class="group"><h2>{_e(group)}</h2><p>{_e(summary)}</p>{charts_html}{_table(part, corrected=corrected)}</section>'


def _link(link: str) -> str:
    if link.startswith(("http://", "https://")):
        return f'<a href="{_e(link)}">{_e(link)}</a>'
    return f"<code>{_e(link)}</code>" if link else "(no link given)"


# Two chart columns from a fixed grid (not flex): each chart is drawn as soon as it is parsed, so its
# width must not depend on the siblings that follow it.
STYLE = """
body{font-family:"Source Sans Pro",system-ui,sans-serif;max-width:1100px;margin:2rem auto;padding:0 1rem;color:#262730;line-height:1.45}
h1{margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
.meta{color:#555;font-size:.95rem}.legend{list-style:none;padding:0;display:flex;gap:1.2rem;flex-wrap:wrap}
.swatch{display:inline-block;width:.9rem;height:.9rem;margin-right:.35rem;vertical-align:-2px;border-radius:2px}
.charts{display:grid;grid-template-columns:1fr 1fr;gap:1rem}.charts figure{min-width:0;margin:0}
@media (max-width:760px){.charts{grid-template-columns:1fr}}figcaption{font-weight:600;font-size:.9rem}
table{border-collapse:collapse;width:100%;font-size:.92rem;margin-top:.8rem}th,td{border-bottom:1px solid #e6e6e6;padding:.35rem .4rem;text-align:left;vertical-align:top}
th{background:#f6f6f8}footer{margin-top:3rem;color:#777;font-size:.85rem}.meta a{overflow-wrap:anywhere}
@media (max-width:600px){thead{display:none}tr{display:block;border-bottom:1px solid #e6e6e6;padding:.45rem 0}
td{display:inline;border:none;padding:0;color:#555}td:not(.text):not(:nth-last-child(2))::after{content:" · "}
td.text{display:block;padding-top:.25rem;color:#262730}}
"""


def build_report(
    frame: pd.DataFrame,
    *,
    title: str,
    by: str,
    groups: list[str],
    link: str,
    generated: datetime | None = None,
) -> str:
    """A complete HTML document of the comparison: overview, each group's charts and statements."""
    moment = generated or datetime.now(timezone.utc)
    when = moment.strftime("%Y-%m-%d %H:%M %Z").strip()
    column = GROUP_COLUMN[by]
    parts = [select(frame, by, g) for g in groups]
    most = max((int(stance_counts(p).max()) for p in parts), default=1)
    target = frame.attrs.get("target", "")
    overview = _chart(charts.overview(frame, column, groups), "overview") if groups else ""
    corrected = has_corrections(frame)
    sections = "".join(_group_section(p, g, i, most, corrected) for i, (p, g) in enumerate(zip(parts, groups)))
    fixed = (
        f'<p class="meta">{int(frame[S.CORRECTED].sum())} statements corrected by readers: the tables give the engine\'s '
        "speaker and stance beside the corrected ones.</p>"
        if corrected
        else ""
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)} · Viewpoints report</title><style>{STYLE}</style>"
        f'<script type="text/javascript">{get_plotlyjs()}</script>'
        "</head><body>"
        f"<header><h1>{_e(title)}</h1>"
        f'<p class="meta">Compared by {_e(by)}: {_e(", ".join(groups))}. '
        + (f"Stance judged toward “{_e(target)}”. " if target else "")
        + f"{len(frame)} statements in the article.</p>{fixed}"
        f'<p class="meta">Live view: {_link(link)}</p>'
        f'<p class="meta">Generated <time datetime="{_e(moment.isoformat(timespec="minutes"))}">{_e(when)}</time>.</p>'
        f"{_legend()}</header><main>{overview}{sections}</main>"
        f"<footer>Made with Viewpoints. Charts drawn by plotly.js {_e(get_plotlyjs_version())}, "
        "inlined in this file so it opens offline.</footer>"
        "</body></html>\n"
    )
