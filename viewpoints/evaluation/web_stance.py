"""Voices' lean on real web pages, against a reader's judgement (issue 14).

A reader read each page of ``<data>/web`` (the text of ``expected.html``), picked the target a reader
would pick (the article's issue or main actor) and said how each voice the article has leans toward it:
supportive, skeptical or neutral, with a reason. The judgements live in the repository
(``data/eval/web_stance.json``: page folder, target, why, voices with their leans, or skipped with the
reason; no page text). Here each judged page goes in the way a user's upload does
(``viewpoints.corpus.ingest.from_upload`` on ``source.html``), is analysed with the judged target
(``analyze(text, target=...)``), and each judged voice is looked up among the engine's voices:

- *matching*: names are compared as the voice measures compare them (``voices.words``: lower case,
  possessive and leading titles dropped). An engine voice belongs to the judged voice whose name or
  alias (another name the article gives it) has exactly its words; failing that, to the one judged voice
  whose name or alias ends with its words or is the ending of them ("Reeves" / "Eric Reeves"). An engine
  voice that ends two judged voices' names ("Parata" for two Paratas without an alias) goes to neither.
  Several engine voices may belong to one judged voice (a voice the engine listed twice): their
  statements are pooled.
- *the engine's lean*: the sign of the mean stance score of those statements (above 0 supportive,
  below 0 skeptical, 0 neutral). That mean is what the Landscape page shows users: the colour of a voice's
  cell in the voices x targets matrix and its height in the speakers chart. A statement of a voice that
  the matrix reads as the target's "own words" (``actor_stance.names_a_voice``) has no lean there and is
  left out; a judged voice with nothing else is counted as "own words".
- *all neutral*: a found voice every one of whose statements is labelled neutral (the stance panel
  shows it as all grey, whatever the reader said).
- two other readings of the same statements, given beside it to show how much the figure owes to faint
  tints: the mean read with the statements' own label threshold (``stance.rules().threshold``: a mean
  between -0.25 and 0.25 is neutral), and the majority of the statements' labels (the counts the
  matrix cell reads, "▲2 ▼1 ●3"; a tie is neutral).

Reported: voices judged, voices the engine found, the share of judged voices whose engine lean is the
reader's (goal >= 0.70), the same share among the found ones and among the voices a reader sees leaning
(not neutral), the confusion of reader's lean against the engine's, and the all-neutral count.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from viewpoints import schema
from viewpoints.evaluation import report
from viewpoints.evaluation.sampling import subsample
from viewpoints.evaluation.voices import ends_with, voices_of, words

DATA_LABEL = "Readability test pages, voices' lean toward a reader's target (judged by hand)"
FOLDER = "web"
JUDGEMENTS = Path(__file__).resolve().parents[2] / "data" / "eval" / "web_stance.json"
LEANS = tuple(schema.STANCES)  # supportive, skeptical, neutral
NOT_FOUND, OWN = "not found", "own words"
ENGINE_COLUMNS = (*LEANS, OWN, NOT_FOUND)
EPSILON = 1e-9  # a mean this close to 0 is 0 (floating-point remainders of cancelling scores)
GOALS = {"agree_judged": (">=", 0.70)}
REFERENCES = [("a new user's try on 14 voices of other saved news pages (issue 14)", "agree_judged", 3 / 14)]

Analyze = Callable[..., object]
Extract = Callable[[bytes], object]


# -- the judgements ------------------------------------------------------------------------------

def load(path: Path = JUDGEMENTS) -> dict:
    """The judgements file, checked: every page has a name, and either ``skipped`` with a reason or a
    target, a why and voices with a name and a lean among LEANS; no voice twice on a page."""
    doc = json.loads(Path(path).read_text(encoding="utf-8"))
    for key in ("judged_by", "judged_on", "protocol", "pages"):
        if key not in doc:
            raise ValueError(f"{path}: the header has no {key!r}")
    seen = set()
    for page in doc["pages"]:
        name = page.get("page")
        if not name or name in seen:
            raise ValueError(f"{path}: a page without a name, or named twice ({name!r})")
        seen.add(name)
        if page.get("skipped"):
            if not page.get("reason"):
                raise ValueError(f"{path}: page {name} is skipped without a reason")
            continue
        if not page.get("target") or not page.get("why"):
            raise ValueError(f"{path}: page {name} needs a target and why it was picked")
        names = set()
        for voice in page.get("voices") or []:
            if voice.get("lean") not in LEANS or not voice.get("name") or not voice.get("reason"):
                raise ValueError(f"{path}: page {name}: every voice needs a name, a reason and a lean among {LEANS}: {voice}")
            key = words(voice["name"])
            if key in names:
                raise ValueError(f"{path}: page {name} judges {voice['name']!r} twice")
            names.add(key)
    return doc


def judged_pages(doc: dict) -> list[dict]:
    """The pages that were judged (not skipped), in file order."""
    return [page for page in doc["pages"] if not page.get("skipped")]


# -- matching the engine's voices to the judged ones ---------------------------------------------

def _keys(voice: dict) -> list[tuple[str, ...]]:
    return [key for key in (words(n) for n in [voice["name"], *voice.get("aliases", [])]) if key]


def match(judged: Sequence[dict], engine_voices: Sequence[str]) -> tuple[dict[str, list[str]], list[str]]:
    """(judged name -> the engine voices that belong to it, engine voices that end two judged names).

    Exact words first (name or alias), then the one judged voice whose name or alias ends with the
    engine voice's words or is their ending; see the module docstring."""
    owners: dict[str, list[str]] = {voice["name"]: [] for voice in judged}
    ambiguous = []
    keys = [(voice["name"], _keys(voice)) for voice in judged]
    for engine in engine_voices:
        mine = words(engine)
        if not mine:
            continue
        exact = [name for name, ks in keys if mine in ks]
        ending = [name for name, ks in keys if any(ends_with(mine, k) or ends_with(k, mine) for k in ks)]
        chosen = exact or ending
        if len(chosen) == 1:
            owners[chosen[0]].append(engine)
        elif chosen:
            ambiguous.append(engine)
    return owners, ambiguous


# -- the engine's lean ---------------------------------------------------------------------------

def lean_of(mean: float) -> str:
    """The lean the sign of a mean stance score shows: supportive above 0, skeptical below, else neutral."""
    if mean > EPSILON:
        return "supportive"
    if mean < -EPSILON:
        return "skeptical"
    return "neutral"


@dataclass
class VoiceResult:
    page: str
    target: str
    voice: str
    reader: str
    engine: str  # one of ENGINE_COLUMNS
    engine_voices: list[str] = field(default_factory=list)
    statements: int = 0
    neutral: int = 0
    naming: int = 0  # statements that name the target
    mean: float | None = None
    supportive: int = 0
    skeptical: int = 0
    cues: list[str] = field(default_factory=list)  # the stance cues of its non-neutral statements

    @property
    def found(self) -> bool:
        return self.engine != NOT_FOUND

    @property
    def agrees(self) -> bool:
        return self.engine == self.reader

    def engine_by(self, reading: str) -> str:
        """The engine's lean by another reading of the same statements: "threshold" or "majority"."""
        if self.engine in (NOT_FOUND, OWN):
            return self.engine
        if reading == "threshold":
            from viewpoints.stance.stance import rules

            return lean_of(self.mean) if abs(self.mean) >= rules().threshold else "neutral"
        counts = {"supportive": self.supportive, "skeptical": self.skeptical, "neutral": self.neutral}
        top = max(counts.values())
        leaders = [lean for lean, n in counts.items() if n == top]
        return leaders[0] if len(leaders) == 1 else "neutral"

    @property
    def all_neutral(self) -> bool:
        return self.statements > 0 and self.neutral == self.statements

    def row(self) -> dict:
        return {"task": "web-stance", **{k: v for k, v in self.__dict__.items()}, "agrees": self.agrees}


def judge_page(page: dict, frame) -> tuple[list[VoiceResult], list[str]]:
    """Each judged voice of one page against the engine's reading of it (its statements frame)."""
    from viewpoints.stance.actor_stance import names_a_voice

    target = page["target"]
    owners, ambiguous = match(page["voices"], voices_of(frame))
    results = []
    for voice in page["voices"]:
        mine = owners[voice["name"]]
        result = VoiceResult(page["page"], target, voice["name"], voice["lean"], NOT_FOUND, mine)
        if mine:
            rows = frame[frame[schema.SPEAKER].isin(mine)]
            own = rows[schema.SPEAKER].map(lambda speaker: names_a_voice(target, [speaker]))
            rows = rows[~own.astype(bool)]
            if rows.empty:
                result.engine = OWN
            else:
                result.statements = len(rows)
                result.neutral = int((rows[schema.STANCE] == "neutral").sum())
                result.supportive = int((rows[schema.STANCE] == "supportive").sum())
                result.skeptical = int((rows[schema.STANCE] == "skeptical").sum())
                result.naming = int(rows[schema.MENTIONS_TARGET].sum())
                result.mean = float(rows[schema.STANCE_SCORE].mean())
                result.engine = lean_of(result.mean)
                result.cues = [c for c, s in zip(rows[schema.STANCE_CUES], rows[schema.STANCE]) if s != "neutral" and c]
        results.append(result)
    return results, ambiguous


# -- figures -------------------------------------------------------------------------------------

def confusion(results: Sequence[VoiceResult]) -> dict:
    """Reader's lean (rows) against the engine's (columns, "own words" and "not found" included)."""
    counts = Counter((r.reader, r.engine) for r in results)
    return {
        "rows": "reader",
        "columns": "engine",
        "labels": {"rows": list(LEANS), "columns": list(ENGINE_COLUMNS)},
        "counts": [[counts[(reader, engine)] for engine in ENGINE_COLUMNS] for reader in LEANS],
    }


def summarize(results: Sequence[VoiceResult]) -> dict:
    def rate(hits: int, total: int) -> float | None:
        return hits / total if total else None

    found = [r for r in results if r.found]
    leaning = [r for r in results if r.reader != "neutral"]
    return {
        "agree_judged": rate(sum(r.agrees for r in results), len(results)),
        "agree_found": rate(sum(r.agrees for r in found), len(found)),
        "agree_leaning": rate(sum(r.agrees for r in leaning), len(leaning)),
        "agree_judged_threshold": rate(sum(r.engine_by("threshold") == r.reader for r in results), len(results)),
        "agree_judged_majority": rate(sum(r.engine_by("majority") == r.reader for r in results), len(results)),
        "found": rate(len(found), len(results)),
        "all_neutral": sum(r.all_neutral for r in found),
        "all_neutral_leaning": sum(r.all_neutral for r in found if r.reader != "neutral"),
    }


DEFINITIONS = {
    "agree_judged": "share of the judged voices whose engine lean (sign of the mean stance score of their statements) is the reader's",
    "agree_found": "the same share among the judged voices the engine found (named as a voice of the page)",
    "agree_leaning": "the same share among the judged voices a reader sees leaning (supportive or skeptical)",
    "agree_judged_threshold": "agree_judged with the mean read by the statements' label threshold (|mean| < 0.25 is neutral)",
    "agree_judged_majority": "agree_judged with the engine's lean read as the majority of its statements' labels (a tie is neutral)",
    "found": "share of the judged voices the engine names as a voice of the page (by the voice measures' name rules)",
    "all_neutral": "judged voices found whose every statement the engine labels neutral (count)",
    "all_neutral_leaning": "of those, voices the reader sees as supportive or skeptical (count)",
}


def extractor() -> Extract:
    """A page's bytes to an Article, exactly as the dashboard's file upload reads an .html file."""
    from viewpoints.corpus.ingest import from_upload

    return lambda data: from_upload("source.html", data)


def evaluate(
    data_dir: Path,
    analyze: Analyze,
    *,
    judgements: Path | None = None,
    limit: int | None = None,
    errors: list | None = None,
    progress: Callable[[str], None] | None = None,
    extract: Extract | None = None,
) -> dict:
    """The ``web-stance`` evaluation entry; skipped when the judgements or the judged pages are absent.
    `judgements`: the judgements file (default ``JUDGEMENTS``, the repository's)."""
    from viewpoints.corpus.io import ArticleError

    judgements = Path(judgements) if judgements is not None else JUDGEMENTS

    if not Path(judgements).is_file():
        return report.skipped(DATA_LABEL, f"no judgements at {judgements}")
    doc = load(judgements)
    root = Path(data_dir) / FOLDER
    pages = [p for p in judged_pages(doc) if (root / p["page"] / "source.html").is_file()]
    if not pages:
        return report.skipped(DATA_LABEL, f"none of the judged pages is under {root} (<page>/source.html)")
    pages = subsample(pages, limit, key=lambda p: p["page"])
    extract = extract or extractor()
    started = time.perf_counter()
    results: list[VoiceResult] = []
    refused, ambiguous = [], []
    for i, page in enumerate(pages, 1):
        try:
            article = extract((root / page["page"] / "source.html").read_bytes())
        except ArticleError as refusal:
            refused.append(page["page"])
            results += [VoiceResult(page["page"], page["target"], v["name"], v["lean"], NOT_FOUND) for v in page["voices"]]
            if errors is not None:
                errors.append({"task": "web-stance", "page": page["page"], "refused": str(refusal)})
            continue
        frame = analyze(article.text, target=page["target"])
        found, unclear = judge_page(page, frame)
        results += found
        ambiguous += [f"{page['page']}: {voice}" for voice in unclear]
        if progress and i % 4 == 0:
            progress(f"web-stance: {i}/{len(pages)} pages")
    if errors is not None:
        errors.extend(r.row() for r in results if not r.agrees)
    skipped = [p for p in doc["pages"] if p.get("skipped")]
    entry = report.entry(
        DATA_LABEL,
        source=f"{FOLDER} (judgements: data/eval/{Path(judgements).name})",
        n={
            "pages": len(pages),
            "pages_skipped_by_reader": len(skipped),
            "voices_judged": len(results),
            "voices_found": sum(r.found for r in results),
            **{f"reader_{lean}": sum(r.reader == lean for r in results) for lean in LEANS},
            "refused": len(refused),
            "ambiguous_engine_voices": len(ambiguous),
        },
        metrics=summarize(results),
        goals=GOALS,
        references=REFERENCES,
        definitions=DEFINITIONS,
        notes=f"judged by {doc['judged_by']} on {doc['judged_on']}; pages read as an upload is "
        "(ingest.from_upload), analyze(text, target=<judged target>); the engine's lean is the sign of the mean "
        "stance score, the colour of the Landscape matrix. " + (f"Refused: {', '.join(refused)}. " if refused else "")
        + (f"Engine voices ending two judged names: {'; '.join(ambiguous)}." if ambiguous else ""),
        seconds=time.perf_counter() - started,
        confusion=confusion(results),
    )
    return entry
