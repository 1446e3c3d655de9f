"""Quotations that run over several sentences or paragraphs, and whose they are.

- A quotation spread over sentences belongs to whoever it is attributed to in any of them.
- A quotation reopened at the start of the next paragraph, the last one having left it open (news
  runs a quote on by reopening it without closing it), belongs to the last one's speaker; so does a
  paragraph opening with a quotation after one that ended "Jane Doe said:", or after one that ended
  with a statement of hers (her quotation, or "Doe said the plan had failed."), when nobody in the new
  paragraph owns it.
"""

from __future__ import annotations

from typing import Protocol

from ..text.tokens import Token
from .registry import Mention

OPENS_A_QUOTE = ":"  # "Jane Doe said:" hands the floor to the quotation that follows


class Attributed(Protocol):
    speaker: str
    kind: str
    role: str
    attribution: str
    cue: str


def quote_share(tokens: list[Token]) -> float:
    """Share of a sentence's words inside quotation marks."""
    words = [t for t in tokens if t.is_word]
    return sum(t.quoted for t in words) / len(words) if words else 0.0


def quotation_of(tokens: list[Token], start: int, end: int, quotes: list[tuple[int, int]]) -> int | None:
    """The quotation a sentence sits inside, opens or closes, if any (by index into `quotes`)."""
    inside = next((qi for qi, (qs, qe) in enumerate(quotes) if qs <= start + 1 and end <= qe + 1 and end - start > 1), None)
    if inside is not None or not tokens:
        return inside
    if not any(t.quoted and t.is_word for t in tokens):
        return None  # only a stray mark: an opening quote the sentence splitter left at the end
    s, e = tokens[0].start, tokens[-1].end
    for qi, (qs, qe) in enumerate(quotes):
        if (s <= qs < e < qe) or (qs < s < qe <= e):
            return qi
    return None


def owners(out: list, quote_of: list[int | None], carried: Attributed | None, make) -> None:
    """Give every unattributed sentence of a quotation its owner (in place). `make(owner)` builds the
    direct attribution; `carried` owns the paragraph's first quotation when nobody in it does."""
    for qi in sorted({q for q in quote_of if q is not None}):
        members = [i for i, q in enumerate(quote_of) if q == qi]
        owner = next((out[i] for i in members if out[i] is not None and out[i].attribution in {"reported", "direct"}), None)
        if owner is None and qi == 0 and carried is not None:
            owner = carried
        if owner is None:
            continue
        for i in members:
            if out[i] is None or out[i].attribution == "continuation":
                out[i] = make(owner)


def last_voice(last: Attributed, author: str) -> tuple[Mention, str] | None:
    """The speaker whose statement closed the paragraph, with the cue, if it was voiced: the next
    paragraph's opening quotation is theirs when nobody in it owns it, whether the quotation was
    left open (news runs a quote on by reopening it) or closed ('“...,” Doe said.', "Doe said the plan
    had failed.": news runs a speaker's quote on in its own paragraph)."""
    if last.speaker == author or last.attribution not in {"reported", "direct"}:
        return None
    return Mention(last.speaker, last.kind, last.role), last.cue


def hands_over(text: str, p_end: int, last: Attributed, author: str) -> tuple[Mention, str] | None:
    """ "Jane Doe said:" closing a paragraph: the next paragraph is what she said."""
    if last.speaker == author or last.attribution not in {"reported", "direct"}:
        return None
    if text[:p_end].rstrip().endswith(OPENS_A_QUOTE):
        return Mention(last.speaker, last.kind, last.role), last.cue
    return None
