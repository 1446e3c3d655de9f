"""Who holds each statement: the speaker, their role, and the words that tie them to it.

Rules, in the order a reader applies them:
1. A cue outside quotation marks and outside a leading subordinate clause ("While experts agree ...,
   doubts persist" stays the author's): "according to X", "in his view", or a speech or belief verb
   with its subject before it ("X said", "X, a lawyer, argued") or after it ("..., said X").
2. A sentence inside a quotation takes the speaker named where the quotation is attributed; a quote
   that follows a reported sentence in the same paragraph belongs to that speaker (direct).
3. A sentence with no cue that carries the previous speaker's view on inside the paragraph
   ("First, ...", "This would include ...", a modal claim) continues it.
4. Everything else is the author's narration.
Pronouns and bare titles go to the last compatible speaker named before (see names.Registry).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import lexicon
from .names import Mention, Registry, allowed_in_name, clean, is_pronoun, join, mention_from, CONNECTORS
from .schema import AUTHOR
from .tokens import Token, quote_spans, tokenize

BE_FORMS = frozenset({"is", "was", "were", "are", "be", "been", "being", "'s", "’s"})
VIEW_NOUNS = frozenset({"view", "opinion", "words", "assessment", "judgment", "judgement", "estimation", "account", "telling"})
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
MODALS = frozenset({"would", "could", "should", "might", "may", "must"})
MAX_APPOSITIVE = 30  # tokens
QUOTE_SHARE_FOR_DIRECT = 0.5  # a statement mostly inside quotation marks is a direct quote


@dataclass(frozen=True)
class Attribution:
    speaker: str
    kind: str
    role: str
    attribution: str  # reported | direct | continuation | narration
    cue: str


NARRATION = Attribution(AUTHOR, "author", "", "narration", "")


@dataclass(frozen=True)
class Cue:
    start: int  # character span of the cue words
    end: int
    subject: list[Token]
    appositive: str


def _subordinate_end(tokens: list[Token]) -> int:
    """Index just past a leading subordinate clause ("While X, ..."), or 0 when there is none."""
    words = [t for t in tokens if t.is_word]
    if not words:
        return 0
    subordinators = lexicon.words("subordinators.txt")
    first = words[0].low
    pair = f"{first} {words[1].low}" if len(words) > 1 else ""
    if first not in subordinators and pair not in subordinators:
        return 0
    for i, t in enumerate(tokens):
        if t.text == "," and not t.quoted:
            return i + 1
    return 0


def _skippable(token: Token) -> bool:
    low = token.low
    return low in lexicon.words("skippable.txt") or (low.endswith("ly") and not token.is_cap and len(low) > 3)


def _backward_np(tokens: list[Token], j: int) -> list[Token]:
    """The noun phrase ending at token j, read leftwards."""
    out: list[Token] = []
    while j >= 0:
        t = tokens[j]
        if t.quoted:
            break
        if allowed_in_name(t) or (t.low in CONNECTORS and out and j > 0 and allowed_in_name(tokens[j - 1])):
            out.insert(0, t)
            j -= 1
            continue
        break
    while out and (out[0].low in CONNECTORS or (out[0].low in lexicon.words("not_names.txt") and out[0].is_cap)):
        out = out[1:]
    return out


def _forward_np(tokens: list[Token], i: int) -> tuple[list[Token], int]:
    """The noun phrase starting at token i, and the index after it."""
    if i < len(tokens) and is_pronoun(tokens[i]):
        return [tokens[i]], i + 1
    out: list[Token] = []
    while i < len(tokens):
        t = tokens[i]
        if allowed_in_name(t) or (t.low in CONNECTORS and out and i + 1 < len(tokens) and tokens[i + 1].is_cap):
            out.append(t)
            i += 1
            continue
        break
    while out and out[-1].low in CONNECTORS:
        out.pop()
        i -= 1
    return out, i


def _appositive_after(tokens: list[Token], i: int) -> str:
    """", a lawyer," after a name: the words up to the next comma or the end."""
    if i >= len(tokens) or tokens[i].text != ",":
        return ""
    words = []
    for t in tokens[i + 1 :]:
        if t.text in {",", ".", ";", ":"} or t.quoted:
            break
        words.append(t)
    return _role_text(words)


def _role_text(words: list[Token]) -> str:
    words = [t for t in words if t.text not in {"(", ")"}]
    if words and words[0].low in {"a", "an", "the"}:
        words = words[1:]
    if not words:
        return ""
    return " ".join(t.text for t in words)


def _subject_left(tokens: list[Token], v: int) -> tuple[list[Token], str] | None:
    j = v - 1
    passive = False
    while j >= 0 and _skippable(tokens[j]) and not tokens[j].quoted:
        passive = passive or tokens[j].low in BE_FORMS
        j -= 1
    verb = tokens[v].low
    if j < 0 or (passive and not verb.endswith("ing")):
        return None
    if tokens[j].text == ",":
        # "NAME, APPOSITIVE, VERB"
        k = j - 1
        while k >= 0 and tokens[k].text != "," and not tokens[k].quoted and j - k <= MAX_APPOSITIVE:
            k -= 1
        if k <= 0 or tokens[k].text != ",":
            return None
        np = _backward_np(tokens, k - 1)
        if not np or np[0] is not tokens[(k - len(np))]:
            return None
        return np, _role_text(tokens[k + 1 : j])
    if is_pronoun(tokens[j]):
        return [tokens[j]], ""
    np = _backward_np(tokens, j)
    return (np, "") if np else None


def _subject_right(tokens: list[Token], v: int) -> tuple[list[Token], str] | None:
    if v > 0 and tokens[v - 1].text not in {",", "”", '"', "’", "'"}:
        return None
    np, after = _forward_np(tokens, v + 1)
    if not np:
        return None
    return np, _appositive_after(tokens, after)


def find_cue(tokens: list[Token]) -> Cue | None:
    """The first cue in the sentence's own voice that names a speaker."""
    forms = lexicon.speech_verb_forms()
    begin = _subordinate_end(tokens)
    for i in range(begin, len(tokens)):
        t = tokens[i]
        if t.quoted or not t.is_word:
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if t.low == "according" and nxt is not None and nxt.low == "to":
            np, _ = _forward_np(tokens, i + 2)
            if np:
                return Cue(t.start, nxt.end, np, "")
        if t.low == "in" and nxt is not None and nxt.low in POSSESSIVE_PRONOUNS and i + 2 < len(tokens) and tokens[i + 2].low in VIEW_NOUNS:
            pronoun = Token(POSSESSIVE_PRONOUNS[nxt.low], nxt.start, nxt.end)
            return Cue(t.start, tokens[i + 2].end, [pronoun], "")
        if t.low in forms:
            if t.low.endswith("ing") and not (i > 0 and tokens[i - 1].low in BE_FORMS):
                continue  # "..., saying that": an adjunct of the main verb, not a cue of its own
            found = _subject_left(tokens, i) or _subject_right(tokens, i)
            if found:
                return Cue(t.start, t.end, found[0], found[1])
    return None


def _quote_share(tokens: list[Token]) -> float:
    words = [t for t in tokens if t.is_word]
    return sum(t.quoted for t in words) / len(words) if words else 0.0


def _continues(tokens: list[Token]) -> bool:
    words = [t for t in tokens if t.is_word]
    if not words:
        return False
    openers = lexicon.words("continuation_openers.txt")
    first_two = " ".join(t.low for t in words[:2])
    return words[0].low in openers or first_two in openers or any(t.low in MODALS for t in words)


def _learn_mentions(tokens: list[Token], registry: Registry) -> None:
    """Remember titled names ("UK Prime Minister Keir Starmer") so later short forms resolve."""
    run: list[Token] = []
    for t in tokens + [Token(".", 0, 0)]:
        if t.is_word and t.is_cap and not t.quoted:
            run.append(t)
            continue
        if len(run) >= 2:
            role, name = clean(run)
            if role and len(name) >= 1:
                registry.learn(Mention(join(name), "person", join(role)), spoke=False)
            elif len(name) >= 2 and all(x.low not in lexicon.words("organization_words.txt") for x in name):
                registry.learn(Mention(join(name), "person", ""), spoke=False)
        run = []


def attribute_paragraph(text: str, spans: list[tuple[int, int]], registry: Registry) -> list[Attribution]:
    """Attribute each sentence span of one paragraph of `text`."""
    if not spans:
        return []
    p_start, p_end = spans[0][0], spans[-1][1]
    quotes = [(s + p_start, e + p_start) for s, e in quote_spans(text[p_start:p_end])]
    out: list[Attribution | None] = []
    quote_of: list[int | None] = []  # which quotation each sentence sits inside, if any
    for s, e in spans:
        tokens = tokenize(text[s:e], offset=s, quotes=quotes)
        inside = next((qi for qi, (qs, qe) in enumerate(quotes) if qs <= s + 1 and e <= qe + 1 and e - s > 1), None)
        quote_of.append(inside if inside is not None else _opened_quote(tokens, quotes))
        cue = find_cue(tokens)
        mention = mention_from(cue.subject, cue.appositive, registry) if cue else None
        if cue is not None and mention is not None:
            mention = registry.learn(mention, spoke=mention.kind != AUTHOR)
            kind = "direct" if _quote_share(tokens) >= QUOTE_SHARE_FOR_DIRECT else "reported"
            if mention.kind == AUTHOR:
                kind = "narration"
            out.append(Attribution(mention.name, mention.kind, mention.role, kind, text[cue.start : cue.end]))
        else:
            previous = out[-1] if out else None
            if previous is not None and previous.speaker != AUTHOR and (_quote_share(tokens) >= QUOTE_SHARE_FOR_DIRECT):
                out.append(Attribution(previous.speaker, previous.kind, previous.role, "direct", previous.cue))
            elif previous is not None and previous.speaker != AUTHOR and _continues(tokens):
                out.append(Attribution(previous.speaker, previous.kind, previous.role, "continuation", ""))
            else:
                out.append(None)
        _learn_mentions(tokens, registry)
    # A quotation spread over sentences belongs to whoever it is attributed to in any of them.
    for qi in {q for q in quote_of if q is not None}:
        members = [i for i, q in enumerate(quote_of) if q == qi]
        owner = next((out[i] for i in members if out[i] is not None and out[i].attribution in {"reported", "direct"}), None)
        if owner is None:
            continue
        for i in members:
            if out[i] is None or out[i].attribution == "continuation":
                out[i] = Attribution(owner.speaker, owner.kind, owner.role, "direct", owner.cue)
    return [a if a is not None else NARRATION for a in out]


def _opened_quote(tokens: list[Token], quotes: list[tuple[int, int]]) -> int | None:
    """The quotation a sentence opens or closes, when it spans sentence boundaries."""
    if not tokens:
        return None
    s, e = tokens[0].start, tokens[-1].end
    for qi, (qs, qe) in enumerate(quotes):
        if (s <= qs < e < qe) or (qs < s < qe <= e):
            return qi
    return None
