"""The Method page: how each column is computed, where it fails, and how accurate it measured.

The figures come from the evaluation JSON that ``viewpoints eval --json`` writes (kept in
``data/eval/latest.json``); nothing here is typed by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import streamlit as st

from viewpoints import schema as S
from viewpoints.corrections import Summary

from .text import md_escape

COLUMNS_EXPLAINED = [
    ("Sections", "The article's own headings: short, title-like lines of their own (or Markdown `#` lines). The untitled opening is *Lead*. Lines a site adds (“Comments”, “Post a Comment”) are listed and left out."),
    ("Statements", "Sentences found by sentencex, which keeps abbreviations such as “Dr.” and “U.S.” whole; offsets point back into the original text. A sentence that joins two voices (“Video shows him raising his hands, but Shelby said he refused”) is cut between them, so each statement has one speaker."),
    ("Speaker", "A speech or belief verb with its subject (“X said”, “said X”, “X, a lawyer, argued”), “according to X”, “in his view”, or a quotation. A short reporting clause closing the sentence (“…, the source added.”, “…, as police have said.”) speaks for all of it. Groups, descriptions and poll shares speak too (“people familiar with the talks”, “one in three”); a past-tense verb with a “that” clause reports, believes or finds. Honorifics and post-nominals are dropped; pronouns go to the last speaker of a compatible kind and gender (known from titles, given names and role nouns; an unknown gender fits both), bare titles to the holder of that office; a cue inside a leading “While …,” clause, a relative clause or a mid-sentence subordinate clause counts only when the main clause has none. A sentence with no cue that elaborates the previous speaker's point in the same paragraph continues it; everything else is the author's narration. Then the article's voices are settled as a whole: a name that ends exactly one fuller name of the article goes into it (“Pence” into “Mike Pence”), a clause run into a name is cut off (“Jane Doe wants”), and proposals that name no one (an unresolved “it”, a place, a lone verb such as “Look”) go back to the narration, as does a voice a small filter learned from PolNeAR train is sure names no one (its figures are below, under voices_real)."),
    ("Stance", "Cue families kept as data (advocacy, obligation, prohibition, endorsement, praise, merit, doubt, dispute, opposition, criticism, harm, danger, concern, negated change), with a negation window and its exceptions (“not only”), half weight inside a concessive clause and a softening for hedges. A modal that forbids (“should not”) leans against what it forbids, or negates the cue it governs (“must not fail”). Cues count in full where the statement names the target (or an earlier statement of its paragraph did) and at half weight elsewhere, except calls for action and modals, which count only there; a denial next to the target counts more, and “reportedly” halves. The sum, clipped to [-1, 1], gives the label beyond ±0.25. It is computed apart from sentiment."),
    ("Stance toward someone", "When the target is a person or organisation the article names (or a pronoun), the stance is how the statement treats them: VADER and TextBlob on the clause that holds the mention, the words beside it and the rest of the sentence, the issue cues, where the mention stands, and word weights learned from NewsMTSC train, weighed by a small softmax regression (data/models/actor_stance.json). The stance cues name the scored words of the mention's clause; a statement that does not name them is neutral toward them."),
    ("Stance toward a claim", "When the target is a clause with a verb (“Man bitten by shark in Florida”), a statement's stance says whether it vouches for the claim (supportive), refutes it (skeptical) or reports it at a distance or is about something else (neutral), from refuting and affirming words (negated or not), words of reporting distance, a question, how much of the claim it restates and whether the claim's verb is negated (data/lexicon/claim_cues.json). The article as a whole gets a reading of its own, shown under the title: those findings in every statement, weighed by a small softmax regression learned from FNC-1's headline and article pairs (data/models/claim_stance.json), which names the findings that weighed most. FNC-1 labels articles, not statements, so the statements keep the rules' reading."),
    ("Sentiment", "TextBlob's polarity and subjectivity (a lexicon of adjectives with modifiers), with the words that drove them; VADER's compound score as a second opinion, and a flag where the two disagree in sign."),
    ("Aspects", "Cue lists per aspect of the issue (troops, air power, deterrence, …) in `data/lexicon/aspects.json`."),
]

FAILURE_MODES = [
    "**Sentiment is not stance.** “Promises without action remain difficult to trust” is skeptical of the guarantees, yet lexicon sentiment scores it mildly; the stance column is computed separately for that reason.",
    "**Lexicons miss irony, sarcasm and domain terms.** “A fine guarantee that was” reads as positive; “deniable attacks” carries no sentiment at all.",
    "**Attribution follows the grammar it knows.** Speakers introduced in unusual ways (“The word from Kyiv is …”), long-distance quotes and nested reports can go to the wrong voice or to the author.",
    "**Pronouns go to the last compatible speaker**, not through full coreference: a “he” that refers back past another man is misattributed, and gender is known only from titles, common given names and role nouns.",
    "**Stance toward a target is judged from cue words in the statement**, not from reasoning about the target: a statement can be skeptical of something else entirely.",
]


def load(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def figures_table(report: dict) -> pd.DataFrame:
    """One row per metric: task, data, metric, value, goal and whether it is met, references."""
    rows = []
    for task, evaluations in report.get("tasks", {}).items():
        for name, ev in evaluations.items():
            if ev.get("status") != "ok":
                rows.append({"task": task, "data": ev.get("data", name), "metric": "(not measured)", "value": None, "goal": "", "meets goal": None, "reference": ev.get("reason", "")})
                continue
            goals = ev.get("goals", {})
            refs = ev.get("references", [])
            for metric, value in ev.get("metrics", {}).items():
                goal = goals.get(metric)
                met = None
                if goal and value is not None:
                    met = value >= goal["value"] if goal["op"] == ">=" else value <= goal["value"]
                ref = "; ".join(f"{r['method']} {r['value']}" for r in refs if r.get("metric") == metric)
                rows.append({
                    "task": task,
                    "data": ev.get("data", name),
                    "metric": metric,
                    "value": value,
                    "goal": f"{goal['op']} {goal['value']}" if goal else "",
                    "meets goal": met,
                    "reference": ref,
                    "measured": f"{ev.get('measured_on') or report.get('measured_on', '')} ({ev.get('engine_commit') or report.get('engine_commit') or '?'})",
                })
    return pd.DataFrame(rows)


def confusion_table(ev: dict) -> pd.DataFrame | None:
    """An evaluation's table of counts (reader's labels against the engine's, say) as a frame, or None."""
    table = ev.get("confusion")
    if not table:
        return None
    corner = f"{table['rows']} \\ {table['columns']}"
    frame = pd.DataFrame(table["counts"], index=table["labels"]["rows"], columns=table["labels"]["columns"])
    return frame.rename_axis(corner).reset_index()


def corrections_text(summary: Summary, elsewhere: int = 0) -> list[str]:
    """The readers' corrections across the corpus, in sentences (Markdown); every number counted."""
    if not summary.corrected and not summary.orphaned and not elsewhere:
        return [f"No reader has corrected any of the {summary.statements:,} statements in the corpus yet."]

    def share(part: int) -> str:
        value = summary.share(part)
        return f"{part:,} ({value:.0%})" if value is not None else f"{part:,}"

    lines = [
        f"Readers have corrected **{summary.corrected:,}** of the {summary.statements:,} statements in the corpus, "
        f"in {summary.articles:,} article{'s' * (summary.articles != 1)}, with {summary.corrections:,} correction{'s' * (summary.corrections != 1)} "
        "in force (undone ones left out; a merge counts once however many statements it renames)."
    ]
    if summary.corrected:
        lines.append(
            f"Of the corrected statements, the engine's speaker was kept in {share(summary.speaker_kept)} (only the stance was changed) "
            f"and the engine's stance in {share(summary.stance_kept)} (only the speaker was changed)."
        )
    if summary.orphaned:
        lines.append(f"{summary.orphaned:,} correction{'s' * (summary.orphaned != 1)} name a statement or voice the engine no longer reads the same way; they are kept and listed on the article's Data page.")
    if elsewhere:
        lines.append(f"{elsewhere:,} correction{'s' * (elsewhere != 1)} belong to texts no longer in the corpus (an edited seed file, say).")
    return lines


def render(frame: pd.DataFrame, *, eval_path: Path, key: str = "method", corrections: tuple[Summary, int] | None = None) -> None:
    st.title("Method", anchor=False)
    st.markdown("How each column of the statements table is computed, where it goes wrong, and how well it did on public data that nobody on this project wrote.")

    st.header("How each column is computed", anchor=False)
    for name, text in COLUMNS_EXPLAINED:
        st.markdown(f"**{name}.** {text}")
    with st.expander("Every column of the DataFrame"):
        st.dataframe(
            pd.DataFrame({"column": list(S.DESCRIPTIONS), "type": [S.ALL_COLUMNS[c] for c in S.DESCRIPTIONS], "meaning": list(S.DESCRIPTIONS.values())}),
            hide_index=True,
            width="stretch",
        )

    if corrections is not None:
        st.header("Readers' corrections", anchor=False)
        for line in corrections_text(*corrections):
            st.markdown(line)

    st.header("Known failure modes", anchor=False)
    for line in FAILURE_MODES:
        st.markdown(f"- {line}")

    st.header("Measured accuracy", anchor=False)
    report = load(eval_path)
    if report is None:
        st.info("No evaluation figures yet: run `viewpoints eval --data ../shared/eval --json data/eval/latest.json`.")
        return
    st.caption(
        f"Measured on {md_escape(report.get('measured_on', '?'))} with engine {md_escape(report.get('engine_version', '?'))}"
        f" (commit {md_escape(report.get('engine_commit') or 'unknown')}), by `viewpoints eval`."
        + (f" Subsample of {report['limit']} per data set." if report.get("limit") else "")
        + " A figure measured at another time gives its own date and commit in the *measured* column."
    )
    table = figures_table(report)
    st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        column_config={
            "value": st.column_config.NumberColumn(format="%.3f"),
            "meets goal": st.column_config.CheckboxColumn(),
        },
        key=f"{key}_figures",
    )
    for task, evaluations in report.get("tasks", {}).items():
        for name, ev in evaluations.items():
            notes, definitions = ev.get("notes"), ev.get("definitions") or {}
            if not notes and not definitions:
                continue
            with st.expander(f"{task}: {ev.get('data', name)}"):
                if notes:
                    st.text(notes)
                for metric, meaning in definitions.items():
                    st.markdown(f"- **{md_escape(metric)}**: {md_escape(meaning)}")
                counts = confusion_table(ev)
                if counts is not None:
                    st.dataframe(counts, hide_index=True, key=f"{key}_{task}_{name}_confusion")
