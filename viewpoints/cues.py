"""The words in a sentence's own voice that tie it to a speaker, and the phrase naming that speaker.

A cue is one of, in this order of preference:
- "according to X", "in his view";
- a speech or belief verb with its subject before it ("X said", "X, a lawyer, argued", "Experts on
  trade said", "an engineer who inspected it warned") or after it ("..., said X"); a capitalised word
  is never the verb ("the United States" is no "States"), nor is a noun use ("his claim", "the report");
- a speaker's label before a colon ("Doe: the plan failed", "DOE: ...") or a verb closing on one
  ("Doe continued:"), and a signature after a quotation ("... ” ― Jane Doe");
- failing those, an "-ing" adjunct or a coordinated verb ties the view to the clause's subject ("Doe
  resigned, saying ...", "Doe laughed and said ...").
Cues in a leading subordinate clause ("While experts agree ..., doubts persist") do not count.
Whether a word is such a verb is `verbs`' question; whose it is, `subjects`'.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import lexicon
from .names import (
    CONNECTORS,
    DETERMINERS,
    PARTICLES,
    POSSESSIVE_PRONOUNS,
    QUANTIFIERS,
    is_document,
    is_pronoun,
    is_speaker_head,
    looks_plural,
)
from .phrases import (
    BE_FORMS,
    CONTACT_SUBJECTS,
    DASH_MARKS,
    appositive_after,
    backward_np,
    forward_np,
    skippable,
    subject_from_start,
)
from .subjects import (
    according_to,
    clause_subject,
    passive_agent,
    subject_left,
    subject_right,
)
from .tokens import Token
from .verbs import (
    TITLE_VERBS,
    attitude_verb_forms,
    colon_verb,
    finite,
    is_noun_use,
    title_case,
)

__all__ = ["Cue", "find_cue", "title_case"]

ESTIMATE_NOUNS = frozenset({"estimate", "estimates", "count", "counts", "tally", "calculation", "calculations", "account", "accounts", "reckoning"})
VIEW_NOUNS = frozenset({"view", "opinion", "words", "assessment", "judgment", "judgement", "estimation", "account", "telling"})

# "Under Doe's plan, ...": prepositions that frame a sentence by someone's plan or view; and what
# follows a plan that sets out its content ("Doe's plan would ...", "his view that ...").
FRAMING = frozenset({"under", "in", "by", "with"})

SETS_OUT = frozenset({"would", "will", "could", "calls", "includes", "to", "that", "is", "proposes", "seeks", ":"})

PLAIN_REPORTS = frozenset({"said", "says", "say", "told", "tells", "tell"})
MAX_AFTER_CLOSING_VERB = 4  # ", Doe said in a statement."
MAX_CLOSING = 12  # tokens of a closing reporting clause: ", said Jane Doe, a lawyer for the city."
CLOSING_STOPS = frozenset({"that", "which", "who", "whom", "whose", "what", "how", "why", "because", "if", "whether", "when", "while", "but", "and"})
# Past forms followed by "that" that report nobody's view: "ensured that", "so arranged that".
NOT_REPORTING_THAT = frozenset({"ensured", "required", "provided", "ordered", "decreed", "arranged", "happened", "seemed", "appeared", "mandated", "stipulated"})
MID_SUBORDINATORS = frozenset({"while", "because", "when", "after", "before", "although", "though", "unless", "since", "whereas", "until"})
LEADING_CONJUNCTIONS = frozenset({"so", "but", "and", "yet", "then", "even", "only", "just"})
NOT_PARTICIPLES = frozenset({"according", "during", "morning", "evening", "nothing", "something", "everything", "anything", "thing", "king", "spring", "string", "wing", "ring", "meeting", "building", "funding", "spending", "polling", "hearing", "ruling", "timing", "warning", "reading"})
OPENING_MARKS = frozenset({"“", '"', "«", "'"})
MAX_LABEL = 4  # words of a speaker's label before a colon: "Jane Doe:", "Sen. Jane Doe:"


@dataclass(frozen=True)
class Cue:
    start: int  # character span of the cue words
    end: int
    subject: list[Token]
    appositive: str
    adjunct: bool = False  # the speaker is only inferred (a clause's subject, a label): must be sure
    holds_paragraph: bool = False  # a transcript's label: the paragraph's later sentences are theirs too


def _subordinate_end(tokens: list[Token]) -> int:
    """Index just past a leading subordinate clause ("While X, ..."), or 0 when there is none."""
    words = [t for t in tokens if t.is_word]
    if not words or words[0].quoted:  # a quotation's own "If ..." is no clause of this sentence
        return 0
    subordinators = lexicon.words("subordinators.txt")
    first = words[0].low
    second = words[1].low if len(words) > 1 else ""
    # "Writing for X, Doe noted"; not a name followed by its verb ("Boeing said", "Beijing has warned")
    participle = first.endswith("ing") and first not in NOT_PARTICIPLES and len(first) > 4 and _opens_a_phrase(words[1] if len(words) > 1 else None)
    leading = (
        first in subordinators
        or f"{first} {second}" in subordinators
        or (first in LEADING_CONJUNCTIONS and second in subordinators)  # "So when Doe signalled ..., Roe said"
        or participle
    )
    if not leading:
        return 0
    for i, t in enumerate(tokens):
        # The clause ends at a comma (for a participle's phrase, also one inside its quotation marks:
        # 'Bemoaning the "phony system," Doe said') or a dash.
        if (t.text == "," and (participle or not t.quoted)) or (t.text in DASH_MARKS and not t.quoted):
            # a clause that runs to the end is the statement itself ("while Doe warned it would rise,")
            return i + 1 if any(x.is_word for x in tokens[i + 1 :]) else 0
    return 0


def _opens_a_phrase(token: Token | None) -> bool:
    """Can this word follow a participle opening a sentence ("Writing for", "Bemoaning the")? Not a
    verb, an auxiliary or an adverb: those say the first word was a name ("Boeing said")."""
    if token is None or token.is_cap:
        return False
    low = token.low
    return not (low in lexicon.speech_verb_forms() or low in attitude_verb_forms() or low in BE_FORMS or skippable(token))


def _label(tokens: list[Token]) -> Cue | None:
    """ "Jane Doe: ..." or "DOE: ..." opening a sentence: a speaker's label (headline, transcript). A
    transcript's label in capitals may sit inside the quotation marks of a quoted exchange
    ("“DOE: Well, ..."); such a label holds the rest of its paragraph."""
    if tokens and tokens[0].text in OPENING_MARKS:
        tokens = tokens[1:]
        if not (len(tokens) > 1 and tokens[0].text.isupper() and tokens[1].text == ":"):
            return None
    words = 0
    for k, t in enumerate(tokens[: MAX_LABEL * 2 + 1]):
        if t.text == ":" and words:
            label = [x for x in tokens[:k] if x.is_word]
            if label[0].low in lexicon.words("not_names.txt") | DETERMINERS or any(x.low in CONNECTORS - PARTICLES for x in label):
                return None  # "Little Relief for Refugees:" is a headline's first part, not a name
            transcript = all(x.text.isupper() for x in label)
            subject = [Token(x.text.title(), x.start, x.end) if x.text.isupper() and len(x.text) > 3 else x for x in label]
            # a lone name before a colon in a headline ("Pence: Flowers Won't Be at Debate") is a label,
            # unless it is the headline's kicker ("Update:")
            lone_name = len(label) == 1 and label[0].low not in lexicon.words("headline_kickers.txt") and not transcript and title_case(tokens)
            return Cue(t.start, t.end, subject, "", adjunct=not lone_name, holds_paragraph=transcript)
        if not (t.is_cap and t.is_word or (t.low in CONNECTORS and words)) or words >= MAX_LABEL:
            return None
        if t.quoted and not t.text.isupper():
            return None
        words += t.is_word
    return None


def _signature(tokens: list[Token]) -> Cue | None:
    """ "“...” ― Jane Doe": a name after a dash that follows a quotation signs it (the last one wins)."""
    found = None
    for k, t in enumerate(tokens[:-1]):
        if t.text in DASH_MARKS and not t.quoted and (k == 0 or tokens[k - 1].quoted or tokens[k - 1].text in "”\""):
            np, _ = forward_np(tokens, k + 1)
            if np and all(x.is_cap or x.low in CONNECTORS for x in np) and not is_pronoun(np[0]):
                found = Cue(t.start, t.end, np, "")
    return found


@dataclass
class _Scan:
    cue: Cue | None = None
    adjunct: int | None = None  # ", saying ...": the first "-ing" adjunct of a speech verb
    coordinated: int | None = None  # "... and said": the first verb coordinated with another
    relative: Cue | None = None  # a cue inside ", who ... ,": used only when no other is found
    from_relative: bool = False  # the cue found is that relative clause's


def _scan(tokens: list[Token], begin: int, forms: dict[str, str], *, title: bool, adjectives: frozenset[str] = frozenset()) -> _Scan:
    """The first verb of `forms` (or, after "is"/"was", adjective of `adjectives`) with a subject."""
    scan = _Scan()
    for i in range(begin, len(tokens)):
        t = tokens[i]
        if t.quoted or not t.is_word or (t.is_cap and not (title and t.low in forms and forms[t.low] in TITLE_VERBS)):
            continue
        if t.low in adjectives:
            found = subject_left(tokens, i, begin, adjective=True)
            if found and found[0][-1].low not in {"it", "there", "this", "that"}:
                scan.cue = Cue(t.start, t.end, found[0], found[1])
                return scan
            if t.low not in forms:  # "opposed" is a verb too: "Others have opposed the plan"
                continue
        if not (t.low in forms or (t.low.endswith("ed") and colon_verb(tokens, i))) or is_noun_use(tokens, i, begin):
            continue
        if _experiencer_object(tokens, i):
            continue  # "Rising prices worried voters": the voters' feeling, not the prices' view
        if t.low.endswith("ing") and not _progressive_at(tokens, i):
            # "..., saying that": an adjunct of the main verb, not a cue of its own; with no other
            # cue it says the clause's subject holds the view ("Doe resigned, saying ...").
            # A "that" after it makes it one too, comma or not ("posted tweets saying that ...").
            # So do "and" and "by" before it ("began by saying", "touting X and saying").
            adds_to = forms.get(t.low) == "add" and i + 1 < len(tokens) and tokens[i + 1].low == "to"  # "adding to the delays"
            if scan.adjunct is None and i > 0 and not adds_to and (tokens[i - 1].text == "," or tokens[i - 1].low in {"and", "by"} or _followed_by_that(tokens, i)):
                scan.adjunct = i
            continue
        if i > 0 and tokens[i - 1].low in {"and", "to"} and scan.coordinated is None:
            scan.coordinated = i  # "Doe laughed and said", "Doe went on to say": the first verb's subject
        left = subject_left(tokens, i, begin)
        found = left or subject_right(tokens, i) or passive_agent(tokens, i)
        if found and finite(tokens, i, forms.get(t.low, ""), found[0], after=left is None):
            cue = Cue(t.start, t.end, found[0], found[1])
            if left is not None and _in_relative_clause(tokens, i):
                # "Doe's lawyers, who asked for the video, watched it, officials said": the relative
                # clause speaks only when the main clause has no cue of its own.
                scan.relative = scan.relative or cue
                continue
            if left is not None and _in_subordinate_clause(tokens, left[0], begin):
                # "The video shows X while police shout at him": the same, for a subordinate clause;
                # what follows it is its own ("after Doe said he believes ..."), so the scan stops.
                scan.relative = scan.relative or cue
                break
            scan.cue = cue
            return scan
    scan.cue, scan.from_relative = scan.relative, scan.relative is not None
    return scan


def _followed_by_that(tokens: list[Token], i: int) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1].low == "that" and not tokens[i + 1].quoted


def _in_relative_clause(tokens: list[Token], verb: int) -> bool:
    """Is the verb at `verb` the verb of a relative clause (", who asked ...,", "a source who told him")?"""
    j = verb - 1
    while j >= 0 and skippable(tokens[j]) and not tokens[j].quoted:
        j -= 1
    # "who said", and "which it called", "that he blamed on Doe": an object relative with its own subject
    return j >= 1 and (tokens[j].low == "who" or (tokens[j].low in CONTACT_SUBJECTS and tokens[j - 1].low in {"which", "that", "whom"} and j >= 2))


def _in_subordinate_clause(tokens: list[Token], subject: list[Token], begin: int) -> bool:
    """Does the subject open a subordinate clause inside the sentence ("... while police shout at
    him")? Its verb reports the sentence only when the main clause has no cue of its own."""
    if not subject:
        return False
    k = next((m for m, t in enumerate(tokens) if t is subject[0]), 0)
    if k <= max(begin, 1) or tokens[k - 1].low not in MID_SUBORDINATORS or tokens[k - 1].quoted:
        return False
    before = tokens[k - 2]
    return not (before.low in BE_FORMS or before.low.endswith(("'s", "’s")))  # "That's when she said": a cleft


def _progressive_at(tokens: list[Token], i: int) -> bool:
    """Is the -ing verb at i progressive, "be" before it past adverbs ("is also encouraging")?"""
    k = i - 1
    while k > 0 and tokens[k].text.islower() and skippable(tokens[k]) and tokens[k].low not in BE_FORMS:
        k -= 1
    return k >= 0 and _progressive(tokens[k])


def _progressive(before: Token) -> bool:
    """ "is saying", "He’s claiming": a form of "be" before an -ing verb makes it finite."""
    return before.low in BE_FORMS or (is_pronoun(before) and before.low.endswith(("'s", "’s")))


def _phrase_cue(tokens: list[Token], begin: int) -> Cue | None:
    """ "according to X" and "in his view" anywhere in the sentence's own voice."""
    for i in range(begin, len(tokens) - 1):
        t, nxt = tokens[i], tokens[i + 1]
        if t.quoted or not t.is_word:
            continue
        if t.low == "according" and nxt.low == "to":
            np = according_to(tokens, i + 2)
            if np:
                return Cue(t.start, nxt.end, np, "")
        if t.low == "in" and nxt.low in POSSESSIVE_PRONOUNS and i + 2 < len(tokens) and tokens[i + 2].low in VIEW_NOUNS:
            pronoun = Token(POSSESSIVE_PRONOUNS[nxt.low], nxt.start, nxt.end)
            return Cue(t.start, tokens[i + 2].end, [pronoun], "")
        if t.low == "by" and i > begin and tokens[i - 1].text == "," and nxt.low in {"one", "some", "many", "most", "several", "another", "its", "their", "his", "her"}:
            estimate = _estimate(tokens, i + 1)  # "..., by one estimate", "..., by his own account"
            if estimate is not None:
                return Cue(t.start, estimate.end, estimate.subject, "")
    return None


def _estimate(tokens: list[Token], i: int) -> Cue | None:
    """ "one estimate", "some counts", "his own account" closing a sentence after "by": the estimate
    (a finding that speaks for its makers) or the owner of the account."""
    k = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].low == "own")
    if k >= len(tokens) or tokens[k].low not in ESTIMATE_NOUNS or any(x.is_word for x in tokens[k + 1 :]):
        return None
    owner = tokens[i]
    if owner.low in POSSESSIVE_PRONOUNS:
        return Cue(owner.start, tokens[k].end, [Token(POSSESSIVE_PRONOUNS[owner.low], owner.start, owner.end)], "")
    return Cue(owner.start, tokens[k].end, tokens[i : k + 1], "")


def _in_document(tokens: list[Token], i: int) -> Cue | None:
    """ "In this poll, ...", "In a new report, ...": a sentence framed by a text or a poll is its finding."""
    k = i
    while k < len(tokens) and k - i < 4 and tokens[k].is_word and not tokens[k].quoted:
        k += 1
    phrase = tokens[i:k]
    if k < len(tokens) and tokens[k].text == "," and phrase and is_document(phrase[-1]) and phrase[0].low in DETERMINERS | {"its", "their"}:
        return Cue(tokens[i - 1].start, phrase[-1].end, phrase, "")
    return None


def _position_owner(tokens: list[Token], begin: int) -> Cue | None:
    """ "Doe's plan would ...", "Under her proposal, ...": a plan, view or claim owned by a speaker."""
    nouns = lexicon.words("position_nouns.txt")
    for i in range(begin, len(tokens) - 1):
        t = tokens[i]
        if t.quoted or not t.is_word:
            continue
        k = i + 1
        if k + 1 < len(tokens) and tokens[k].text.islower() and tokens[k + 1].low in nouns:
            k += 1  # one modifier between: "her tax plan", "Doe's latest proposal"
        if tokens[k].low not in nouns or tokens[k].quoted:
            continue
        owner = backward_np(tokens, i) if t.is_cap and t.text != t.bare else [t]
        if not owner or not _sets_out(tokens, i - len(owner) + 1, k):
            continue
        if t.low in POSSESSIVE_PRONOUNS:
            # "Doe, under fire, defended his plan": the clause's subject owns it before anyone named earlier
            subject = clause_subject(tokens, begin, i)
            if subject and subject[-1].is_cap and not is_speaker_head(subject[-1]):
                return Cue(t.start, tokens[k].end, subject, "")
            return Cue(t.start, tokens[k].end, [Token(POSSESSIVE_PRONOUNS[t.low], t.start, t.end)], "")
        if t.is_cap and t.text != t.bare and not is_document(owner[-1]):
            return Cue(t.start, tokens[k].end, owner, "")
    return None


def _sets_out(tokens: list[Token], owner: int, noun: int) -> bool:
    """Does the owned plan or view set out its content ("Under Doe's plan, ...", "Doe's plan would",
    "her view that"), rather than being judged by the author ("His claims were false")?"""
    before = tokens[owner - 1].low if owner > 0 else ""
    after = tokens[noun + 1].low if noun + 1 < len(tokens) else ""
    return before in FRAMING or after in SETS_OUT


def find_cue(tokens: list[Token]) -> Cue | None:
    """The cue in the sentence's own voice that names a speaker (see the module docstring)."""
    begin = _subordinate_end(tokens)
    title = title_case(tokens)  # a headline in title case capitalises its verbs
    closing = _closing_cue(tokens, begin, title)
    if closing is not None and not _opens_with_its_own_report(tokens, begin, title):
        return closing
    cue = _phrase_cue(tokens, begin)
    if cue is not None:
        return cue
    speech = _scan(tokens, begin, lexicon.speech_verb_forms(), title=title)
    if speech.cue is not None and not _embedded(tokens, speech.cue):
        if not speech.from_relative:
            return speech.cue
        main = _scan(tokens, begin, attitude_verb_forms(), title=title)  # "Cruz endorses Doe, who says ..."
        if main.cue is not None and not main.from_relative:
            return main.cue
        # "The Council made a condemnation and pledged sanctions, which it called ...": the main clause's
        return _inferred(tokens, begin, (speech.coordinated,)) or speech.cue
    reported_as = _as_someone_said(tokens, begin)
    if reported_as is not None:  # "As Doe noted, the gap is vast": Doe's point
        return reported_as
    label = _label(tokens[begin:]) if begin == 0 else None
    if label is not None:
        return label
    signature = _signature(tokens)
    if signature is not None:
        return signature
    inferred = _inferred(tokens, begin, (speech.adjunct, speech.coordinated))
    if inferred is not None:  # "Doe chimed in, saying that officials should release it": Doe's
        return inferred
    attitude = _scan(tokens, begin, attitude_verb_forms(), title=title, adjectives=lexicon.words("attitude_adjectives.txt"))
    if attitude.cue is not None:
        return attitude.cue
    if speech.cue is not None:  # embedded, but nothing governs it
        return speech.cue
    inferred = (
        _inferred(tokens, begin, (attitude.adjunct, attitude.coordinated))
        or _experiencer(tokens, begin)
        or _that_complement(tokens, begin)
        or _position_owner(tokens, begin)
    )
    if inferred is None and begin < len(tokens) and tokens[begin].low == "in":
        return _in_document(tokens, begin + 1)
    return inferred


def _as_someone_said(tokens: list[Token], begin: int) -> Cue | None:
    """ "As Doe noted, ...", "As one analyst put it, ...", "As the mayor warned last week, ...": an
    opening "as" clause whose speech verb gives the rest of the sentence to its subject."""
    first = 1 if tokens[0].low in LEADING_CONJUNCTIONS else 0  # "But as a reporter noted, ..."
    if begin < 3 + first or tokens[first].low != "as" or tokens[begin - 1].text != ",":
        return None
    clause = tokens[: begin - 1]
    for v in range(len(clause) - 1, first + 1, -1):
        verb = clause[v]
        put_it = verb.low == "put" and v + 1 < len(clause) and clause[v + 1].low == "it"
        if verb.quoted or verb.is_cap or not (verb.low in lexicon.speech_verb_forms() or put_it or verb.low in {"pointed", "points"}):
            continue
        if any(t.low in {"who", "which", "that"} for t in clause[first + 1 : v]):
            return None  # "As a former census-taker who has written ...": a role, not a report
        found = subject_left(clause, v, first + 1)
        if found and not (len(found[0]) == 1 and found[0][0].low == "it"):  # not "As it turned out"
            return Cue(verb.start, verb.end, found[0], found[1])
        return None
    return None


def _as_closing(tokens: list[Token], start: int, end: int) -> Cue | None:
    """ "..., as police have said.", "..., as Doe noted in March.": a closing as-clause whose speech
    verb reports the sentence before it."""
    for v in range(start + 2, end):
        verb = tokens[v]
        if verb.low in lexicon.speech_verb_forms() and verb.text.islower():
            found = subject_left(tokens, v, start + 1)
            if found and found[0][0] is tokens[start + 1] and found[0][-1].low not in {"it", "expected"}:
                return Cue(verb.start, verb.end, found[0], found[1])
            return None
    return None


def _that_complement(tokens: list[Token], begin: int) -> Cue | None:
    """ "An attorney, Jane Doe, stressed that ...", "Investigators have discovered that ...": a verb in
    the past with a "that" clause after it reports, believes or finds (verbs taking a finite "that"
    clause are verbs of saying, thinking and finding), even when no list holds it. Not "so that",
    "now that", nor a passive ("it was decided that")."""
    for v in range(begin + 1, len(tokens) - 1):
        t = tokens[v]
        if tokens[v + 1].low != "that" or tokens[v + 1].quoted or t.quoted or not t.text.islower():
            continue
        if not t.low.endswith("ed") or len(t.low) < 5 or t.low in NOT_REPORTING_THAT:
            continue
        found = subject_left(tokens, v, begin)
        if found and not (len(found[0]) == 1 and found[0][0].low in {"it", "this", "that", "there"}):
            return Cue(t.start, t.end, found[0], found[1])
    return None


def _experiencer_object(tokens: list[Token], v: int) -> list[Token]:
    """The object holding the feeling after an object-experiencer verb ("worried voters", "concerns
    Jane Doe", "angered many Republicans"), or empty: not after "be" ("she is worried that ...")."""
    t = tokens[v]
    if t.quoted or t.low not in lexicon.verb_forms("object_experiencer_verbs.txt") or t.low.endswith("ing"):
        return []
    if v > 0 and (tokens[v - 1].low in BE_FORMS or tokens[v - 1].low.endswith(("'s", "’s"))):
        return []
    if v + 1 < len(tokens) and tokens[v + 1].low in {"that", "about", "over", "whether", "if"}:
        return []  # "environmentalists worry that ...": the subject's own worry
    np, _ = forward_np(tokens, v + 1)
    words = [w for w in np if w.low not in DETERMINERS | QUANTIFIERS]
    if words and (words[-1].is_cap or is_speaker_head(words[-1], plural_ok=True)):
        return np
    nxt = tokens[v + 1] if v + 1 < len(tokens) else None
    return [nxt] if nxt is not None and nxt.text.islower() and looks_plural(nxt.low) and is_speaker_head(nxt, plural_ok=True) else []


def _experiencer(tokens: list[Token], begin: int) -> Cue | None:
    """ "That worries environmentalists": the object of the first object-experiencer verb holds the view."""
    for v in range(begin, len(tokens)):
        held = _experiencer_object(tokens, v)
        if held:
            return Cue(tokens[v].start, tokens[v].end, held, "")
    return None


def _closing_cue(tokens: list[Token], begin: int, title: bool) -> Cue | None:
    """ "..., the source added." and "..., said Jane Doe, a lawyer.": a short reporting clause closing
    the sentence after a comma reports all of it, whatever verb an earlier clause has."""
    end = len(tokens)
    while end > 0 and not tokens[end - 1].is_word:
        end -= 1
    comma = next((k for k in range(end - 1, max(begin, end - MAX_CLOSING) - 1, -1) if tokens[k].text == ","), None)
    if comma is None or comma < begin or tokens[comma].quoted:
        return None
    tail = tokens[comma + 1 : end]
    if len(tail) > 2 and tail[0].low == "as" and not any(t.quoted for t in tail):
        return _as_closing(tokens, comma + 1, end)  # "..., as police have said."
    if not tail or any(t.quoted or t.low in CLOSING_STOPS for t in tail):
        return None  # "..., which he said was unfair": a relative or a "that" clause is no closing frame
    forms = lexicon.speech_verb_forms()
    verb = tail[0]
    if verb.low in forms and not verb.is_cap and not verb.low.endswith("ing"):
        # inverted: ", said Jane Doe." or ", said Jane Doe, a lawyer.", the name ending the sentence
        found = subject_right(tokens, comma + 1)
        if not found:
            return None
        after = comma + 2 + len(found[0])  # the speaker must end the sentence, or an appositive follow
        if after < end and tokens[after].text != ",":
            whole = subject_from_start(tokens, comma + 2, end)  # ", said one GOP source in the room."
            if not whole:
                return None
            found = (whole[0], "")
        if not (found[0][-1].is_cap or is_speaker_head(found[0][-1])):
            return None  # ", said the event brought back memories": a clause, not a speaker
        return Cue(verb.start, verb.end, found[0], found[1])
    # the frame is the subject and its verb, little after it: ", the source added.", ", Doe said on
    # Monday.", ", a new analysis of the filings shows."
    for verbs in (forms, attitude_verb_forms()):
        cue = _scan(tokens, comma + 1, verbs, title=title).cue
        if cue is None or not cue.subject or cue.subject[0] is not tail[0]:
            continue
        after_verb = [t for t in tokens[comma + 1 : end] if t.start > cue.start and t.is_word]
        if after_verb and after_verb[0].low == "to":
            continue  # "..., campaign aims to transform the country": a clause of its own, no frame
        if len(after_verb) <= MAX_AFTER_CLOSING_VERB and not any(t.low in forms for t in after_verb):
            return cue
    return None


def _opens_with_its_own_report(tokens: list[Token], begin: int, title: bool) -> bool:
    """ "Doe said taxes rose, but prices fell, Roe said.": a sentence that opens with its own plain
    "X said" keeps it; a closing frame wins over other openings ("Doe had told police that ...,
    the source added.")."""
    first = _scan(tokens, begin, lexicon.speech_verb_forms(), title=title).cue
    if first is None or not first.subject or first.subject[0] is not tokens[begin]:
        return False
    verb = next(k for k, t in enumerate(tokens) if t.start == first.start)
    return tokens[verb].low in PLAIN_REPORTS and tokens[verb - 1] is first.subject[-1]


def _embedded(tokens: list[Token], cue: Cue) -> bool:
    """Is a speech cue inside a "that" clause ("Polls showed that few Americans thought ...") or the
    clause another speech verb reports ("Doe said he thought ...")? Then the verb governing the
    clause, if one is found, speaks for the sentence."""
    if len(cue.subject) > 1 and cue.subject[0].low == "that" and cue.subject[1].low in QUANTIFIERS | DETERMINERS | POSSESSIVE_PRONOUNS.keys():
        return True  # "that few Americans thought", "that those who question ...", read as one phrase
    first = cue.subject[0].start if cue.subject else cue.start
    k = next((i for i, t in enumerate(tokens) if t.start >= min(first, cue.start)), 0)
    if k == 0 or tokens[k - 1].quoted:
        return False
    before = tokens[k - 1].low
    if before in attitude_verb_forms() and before not in lexicon.speech_verb_forms() and tokens[k - 1].text.islower():
        return True  # "research found PolitiFact consistently rated ...": the finding's clause
    return before == "that" or (before in lexicon.speech_verb_forms() and len(cue.subject) == 1 and is_pronoun(cue.subject[0]))


def _inferred(tokens: list[Token], begin: int, positions: tuple[int | None, ...]) -> Cue | None:
    """The clause's subject as the speaker of an adjunct or a coordinated verb at one of `positions`."""
    for at in positions:
        if at is not None:
            subject = clause_subject(tokens, begin, at)
            if any(t.low not in DETERMINERS | QUANTIFIERS for t in subject):
                after = next(k for k, t in enumerate(tokens) if t is subject[-1]) + 1
                return Cue(tokens[at].start, tokens[at].end, subject, appositive_after(tokens, after), adjunct=True)
    return None
