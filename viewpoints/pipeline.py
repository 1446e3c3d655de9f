"""Article text -> the statements DataFrame. The one function most callers need: ``analyze``."""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from dataclasses import asdict

import pandas as pd

from . import schema as S
from .sentiment import sentiment
from .speakers.attribution import attribute_paragraph
from .speakers.registry import Registry
from .speakers.voice_list import settle
from .speakers.voices import split_voices
from .stance import aspects, claim_model
from .stance.actor_stance import is_actor, names_a_voice, stance_toward
from .stance.claim_stance import is_claim
from .stance.claim_stance import read as claim_stance
from .stance.stance import NO_STANCE, Stance, classify, main_issue
from .text.sentences import split
from .text.structure import layout


def article_id_for(text: str) -> str:
    """A short, stable id from the text's content: the same text always gets the same id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def analyze(text: str, *, target: str | None = None, article_id: str | None = None, furniture: Collection[str] = ()) -> pd.DataFrame:
    """One row per statement of the article body, columns as ``viewpoints.schema`` names them.

    `target` is what stances are judged against: an issue (judged by its cue words), when the caller
    names someone the article mentions, a person or organisation (judged by the words about them,
    ``actor_stance``), or, when the caller gives a clause with a verb, a claim (asserted, reported at a
    distance or refuted, ``claim_stance``); by default the article's main issue (``viewpoints.stance.stance.main_issue``). The frame's ``attrs`` carry ``target``, ``boilerplate``
    (lines dropped as site furniture, with offsets), ``headings``, ``target_kind``: how the target was
    read, "issue", "actor" or "claim", and for a claim ``claim_reading``: how the article as a whole
    stands toward it (``claim_model.ArticleReading`` as a dict: label, probability, runner_up, why).
    `furniture`: paragraphs the caller knows to be site furniture (``structure.paragraph_key`` of each,
    e.g. what a site repeats under its articles); they are dropped and listed in ``boilerplate`` too.
    """
    if not isinstance(text, str):
        raise TypeError(f"analyze() takes the article as str, not {type(text).__name__}")
    article_id = article_id or article_id_for(text)
    chosen = bool(target and target.strip())
    target = target.strip() if chosen else main_issue(text)
    # a target the caller chose may name someone; the default is the article's issue, judged by its cues
    actor = chosen and is_actor(target, text)
    # a chosen target that is a clause with a verb ("Man bitten by shark") is a claim: asserted or refuted
    claim = chosen and not actor and is_claim(target)
    structure = layout(text, furniture=frozenset(furniture))
    rows = settle(proposed_rows(text, structure, target=target, article_id=article_id, actor=actor, claim=claim), text)
    kind = "actor" if actor else "claim" if claim else "issue"
    reading = None
    if chosen and not actor and names_a_voice(target, [r[S.SPEAKER] for r in rows if r[S.SPEAKER] != S.AUTHOR]):
        kind = "actor"
        if claim:  # not a claim after all but a voice: its stance starts from the issue reading
            rows = settle(proposed_rows(text, structure, target=target, article_id=article_id), text)
        rows = _toward_someone(rows, target)  # a voice of the article the name rule did not know ("Winner")
    elif claim:  # the article as a whole: the claim rules' findings weighed as learned from FNC-1
        reading = claim_model.read_rows(rows, target)
    frame = S.from_records(rows)
    frame.attrs.update(
        target=target,
        target_kind=kind,
        claim_reading=asdict(reading) if reading else None,
        article_id=article_id,
        boilerplate=[(b.start, b.end, b.text) for b in structure.boilerplate],
        headings=[(h.start, h.end, h.text) for h in structure.headings],
    )
    return frame


def _toward_someone(rows: list[dict], target: str) -> list[dict]:
    """The rows' stance read again as stance toward the person `target` (``actor_stance``)."""
    for row in rows:
        issue = Stance(row[S.STANCE], row[S.STANCE_SCORE], row[S.STANCE_CUES], row[S.MENTIONS_TARGET])
        toward = stance_toward(row[S.TEXT], target, issue)
        row.update({S.STANCE: toward.label, S.STANCE_SCORE: toward.score, S.STANCE_CUES: toward.cues, S.MENTIONS_TARGET: toward.mentions_target})
    return rows


def proposed_rows(
    text: str, structure, *, target: str, article_id: str, actor: bool = False, claim: bool = False
) -> list[dict]:
    """The statements as the rules read them, sentence by sentence, before the article's voices are
    settled as a whole (``voice_list.settle``): one dict per statement, keyed by the schema's names.
    `actor`: the target names someone, so stance is read from the words about them (``actor_stance``).
    `claim`: the target is a claim, so stance says whether the statement vouches for it (``claim_stance``)."""
    registry = Registry()
    rows: list[dict] = []
    section = None
    for paragraph in structure.paragraphs:
        if paragraph.section != section:  # a quotation never runs on past a heading
            registry.last_voice, registry.floor, section = None, None, paragraph.section
        spans = split_voices(text, split(text, paragraph.start, paragraph.end))
        attributions = attribute_paragraph(text, spans, registry)
        previous_stance: Stance = NO_STANCE
        target_named = False  # has a statement of this paragraph mentioned the target yet?
        for (start, end), who in zip(spans, attributions):
            statement = text[start:end]
            if claim:
                stance = claim_stance(statement, target, in_focus=target_named)
            else:
                stance = classify(statement, target=target, in_focus=target_named)
            if actor:  # a person or organisation: how the statement treats them, not the issue cues
                stance = stance_toward(statement, target, stance)
            target_named = target_named or stance.mentions_target
            if who.attribution == "continuation" and not stance.cues and rows:
                # An elaboration with no cue of its own ("This would include ...") carries on the view
                # of the statement it elaborates.
                stance = Stance(previous_stance.label, previous_stance.score, "(carries on the stance of the statement it continues)", stance.mentions_target)
            previous_stance = stance
            feel = sentiment(statement)
            rows.append(
                {
                    S.ARTICLE_ID: article_id,
                    S.SECTION: paragraph.section,
                    S.PARAGRAPH: paragraph.index,
                    S.SENTENCE: len(rows),
                    S.START: start,
                    S.END: end,
                    S.TEXT: statement,
                    S.SPEAKER: who.speaker,
                    S.SPEAKER_KIND: who.kind,
                    S.SPEAKER_ROLE: who.role,
                    S.ATTRIBUTION: who.attribution,
                    S.CUE: who.cue,
                    S.STANCE: stance.label,
                    S.STANCE_SCORE: stance.score,
                    S.STANCE_CUES: stance.cues,
                    S.MENTIONS_TARGET: stance.mentions_target,
                    S.POLARITY: feel.polarity,
                    S.SUBJECTIVITY: feel.subjectivity,
                    S.SENTIMENT_WORDS: feel.words,
                    S.VADER: feel.vader,
                    S.SENTIMENT_DISAGREE: feel.disagree,
                    S.ASPECTS: aspects.label(statement),
                }
            )
    return rows
