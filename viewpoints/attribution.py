"""Who holds each statement: the speaker, their role, and the words that tie them to it.

Rules, in the order a reader applies them:
1. A cue outside quotation marks and outside a leading subordinate clause ("While experts agree ...,
   doubts persist" stays the author's): "according to X", "in his view", or a speech or belief verb
   with its subject before it ("X said", "X, a lawyer, argued") or after it ("..., said X"). Failing
   those, an "-ing" adjunct ties the view to the clause's subject ("X resigned, saying ...").
2. A sentence inside a quotation takes the speaker named where the quotation is attributed; a quote
   that follows a reported sentence in the same paragraph belongs to that speaker (direct), and so
   does a quotation reopened at the start of the next paragraph when the last one left it open.
3. A sentence with no cue that carries the previous speaker's view on inside the paragraph
   ("First, ...", "This would include ...", a modal claim) continues it.
4. Everything else is the author's narration.
Pronouns and bare titles go to the last compatible speaker named before (see names.Registry).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import lexicon
from .names import CONNECTORS, DETERMINERS, QUANTIFIERS, Mention, Registry, allowed_in_name, clean, is_pronoun, join, mention_from
from .schema import AUTHOR
from .tokens import CLOSE_QUOTES, STRAIGHT_QUOTES, Token, quote_spans, tokenize

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
    adjunct: bool = False  # only an "-ing" adjunct ties the clause's subject to the view


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


def _modifier(tokens: list[Token], k: int, *, opens: bool = False) -> bool:
    """A common noun naming an institution's kind, between a determiner (or nothing) and the
    institution: "city" in "the city council", "health" in "health officials"."""
    t = tokens[k]
    if not (t.is_word and t.text.isalpha() and t.text.islower() and k + 1 < len(tokens)):
        return False
    head = tokens[k + 1].low
    if head not in lexicon.words("organization_words.txt") and head not in lexicon.words("group_nouns.txt"):
        return False
    before = tokens[k - 1] if k > 0 else None
    return opens or before is None or not before.is_word or before.low in DETERMINERS or before.low in QUANTIFIERS


def _backward_np(tokens: list[Token], j: int) -> list[Token]:
    """The noun phrase ending at token j, read leftwards."""
    out: list[Token] = []
    while j >= 0:
        t = tokens[j]
        if t.quoted:
            break
        if (
            allowed_in_name(t)
            or (t.low in CONNECTORS and out and j > 0 and allowed_in_name(tokens[j - 1]))
            or (out and _modifier(tokens, j))
        ):
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
        if (
            allowed_in_name(t)
            or (t.low in CONNECTORS and out and i + 1 < len(tokens) and tokens[i + 1].is_cap)
            or _modifier(tokens, i, opens=not out)
        ):
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
    role = _role_text(words)
    if not role and words:  # an age first: "said Jane Doe, 54, a lawyer"
        return _appositive_after(tokens, i + 1 + len(words))
    return role


def _role_text(words: list[Token]) -> str:
    """The words of an appositive as a role; an age alone ("Jane Doe, 54,") is not a role."""
    words = [t for t in words if t.text not in {"(", ")"}]
    if words and words[0].low in {"a", "an", "the"}:
        words = words[1:]
    if not words or all(t.text.isdigit() for t in words if t.is_word):
        return ""
    out = words[0].text
    for before, t in zip(words, words[1:]):
        out += (" " if t.start > before.end else "") + t.text  # spacing as written: "(D-Mass.)"
    return out


def _comma_before(tokens: list[Token], close: int, verb: int) -> int | None:
    """The comma opening the appositive that ends at `close`, within MAX_APPOSITIVE of the verb."""
    k = close - 1
    while k >= 0 and tokens[k].text != "," and not tokens[k].quoted and verb - k <= MAX_APPOSITIVE:
        k -= 1
    return k if k > 0 and tokens[k].text == "," else None


def _subject_left(tokens: list[Token], v: int) -> tuple[list[Token], str] | None:
    j = v - 1
    passive = False
    while j >= 0 and _skippable(tokens[j]) and not tokens[j].quoted:
        passive = passive or tokens[j].low in BE_FORMS
        j -= 1
    verb = tokens[v].low
    if j < 0 or (passive and not verb.endswith("ing")):
        return None
    if tokens[j].text == ")":
        # "NAME (AFFILIATION) VERB": "Jane Doe (Labour) said"
        k = j - 1
        while k >= 0 and tokens[k].text != "(" and not tokens[k].quoted and j - k <= MAX_APPOSITIVE:
            k -= 1
        if k <= 0 or tokens[k].text != "(":
            return None
        np = _backward_np(tokens, k - 1)
        return (np, _role_text(tokens[k + 1 : j])) if np else None
    if tokens[j].text == ",":
        # "NAME, APPOSITIVE, VERB", and "NAME, AGE, APPOSITIVE, VERB" ("Jane Doe, 54, a lawyer, said").
        k = _comma_before(tokens, j, j)
        if k is None:
            return None
        role = _role_text(tokens[k + 1 : j])
        age = _comma_before(tokens, k, j)
        if age is not None and all(t.text.isdigit() for t in tokens[age + 1 : k]):
            k = age
        np = _backward_np(tokens, k - 1)
        if not np or np[0] is not tokens[(k - len(np))]:
            return None
        return np, role
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
    adjunct: int | None = None
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
                # "..., saying that": an adjunct of the main verb, not a cue of its own; with no other
                # cue it says the clause's subject holds the view ("Doe resigned, saying ...").
                if adjunct is None and i > 0 and tokens[i - 1].text == ",":
                    adjunct = i
                continue
            found = _subject_left(tokens, i) or _subject_right(tokens, i)
            if found:
                return Cue(t.start, t.end, found[0], found[1])
    if adjunct is not None:
        subject = _clause_subject(tokens, begin, adjunct)
        if subject:
            return Cue(tokens[adjunct].start, tokens[adjunct].end, subject, "", adjunct=True)
    return None


def _clause_subject(tokens: list[Token], begin: int, stop: int) -> list[Token]:
    """The noun phrase opening the main clause when a verb follows it: "Jane Doe" in "Jane Doe left
    the room, saying ..."; after a sentence adverb and its comma ("Later, ..."). Empty if none."""
    i = begin
    if i + 1 < stop and tokens[i].low in lexicon.words("not_names.txt") and tokens[i + 1].text == ",":
        i += 2
    np, after = _forward_np(tokens, i)
    if not np or after >= stop or any(t.quoted for t in np):
        return []
    verb = tokens[after]
    return np if verb.is_word and not verb.is_cap and verb.low not in CONNECTORS else []


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
            elif len(name) == 1 and run[0].low in lexicon.words("honorifics.txt"):  # "Mr. Roe"
                registry.learn(Mention(registry.canonical(join(name)), "person", ""), spoke=False)
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
        if cue is not None and cue.adjunct and mention is not None and not _sure_speaker(mention, registry):
            mention = None
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
    # A quotation spread over sentences belongs to whoever it is attributed to in any of them; one
    # that reopens a quotation the last paragraph left open belongs to that quotation's speaker.
    carried = registry.open_quote if quotes and quotes[0][0] == p_start else None
    registry.open_quote = None
    for qi in sorted({q for q in quote_of if q is not None}):
        members = [i for i, q in enumerate(quote_of) if q == qi]
        owner = next((out[i] for i in members if out[i] is not None and out[i].attribution in {"reported", "direct"}), None)
        if owner is None and qi == 0 and carried is not None:
            who, cue_text = carried
            owner = Attribution(who.name, who.kind, who.role, "direct", cue_text)
        if owner is None:
            continue
        for i in members:
            if out[i] is None or out[i].attribution == "continuation":
                out[i] = Attribution(owner.speaker, owner.kind, owner.role, "direct", owner.cue)
    final = [a if a is not None else NARRATION for a in out]
    if quotes and quotes[-1][1] == p_end and text[p_end - 1] not in CLOSE_QUOTES + STRAIGHT_QUOTES:
        last = final[-1]
        if last.speaker != AUTHOR and last.attribution in {"reported", "direct"}:
            registry.open_quote = (Mention(last.speaker, last.kind, last.role), last.cue)
    return final


def _sure_speaker(mention: Mention, registry: Registry) -> bool:
    """Is a clause subject surely someone who can hold a view? A capitalised word opening a sentence
    may be a common noun ("Prices rose, adding to ..."): one word counts only when the article named
    that person before."""
    if mention.kind in {"group", "organization"} or mention.pronoun or " " in mention.name:
        return True
    return any(known.name == mention.name for known in registry.mentioned)


def _opened_quote(tokens: list[Token], quotes: list[tuple[int, int]]) -> int | None:
    """The quotation a sentence opens or closes, when it spans sentence boundaries."""
    if not tokens:
        return None
    s, e = tokens[0].start, tokens[-1].end
    for qi, (qs, qe) in enumerate(quotes):
        if (s <= qs < e < qe) or (qs < s < qe <= e):
            return qi
    return None
