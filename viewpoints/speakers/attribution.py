"""Who holds each statement: the speaker, their role, and the words that tie them to it.

Rules, in the order a reader applies them:
1. A cue in the sentence's own voice names its speaker (see `cues`: "according to X", "X said",
   "..., said X", "Experts on trade said", "Doe: ...", "X resigned, saying ...").
2. A sentence inside a quotation takes the speaker named where the quotation is attributed; a quote
   that follows a reported sentence in the same paragraph belongs to that speaker (direct), and so
   does a quotation reopened at the start of the next paragraph when the last one left it open (see
   `quotes`).
3. A sentence with no cue that carries the previous speaker's view on inside the paragraph
   ("First, ...", "This would include ...", a modal claim) continues it.
4. Everything else is the author's narration.
Pronouns and bare titles go to the last compatible speaker named before (see registry.Registry).
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import lexicon
from . import quotes as quotations
from .cues import Cue, find_cue, title_case
from .introductions import learn_names
from .mentions import mention_from
from .names import is_document, is_pronoun, is_shouting, is_speaker_head, join, looks_plural
from .registry import Mention, Registry
from ..schema import AUTHOR
from .phrases import forward_np
from .clause_subjects import clause_subject
from ..text.tokens import Token, quote_spans, tokenize

__all__ = ["NARRATION", "Attribution", "Cue", "attribute_paragraph", "find_cue"]

MODALS = frozenset({"would", "could", "should", "might", "may", "must"})
QUOTE_SHARE_FOR_DIRECT = 0.5  # a statement mostly inside quotation marks is a direct quote
MAX_TAG_WORDS = 8  # "Senator Jane Doe of Ohio demanded.": a sentence that only names who spoke
VOICED = frozenset({"reported", "direct"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
# Openers of a clause that concedes what the main clause then qualifies, about the same subject
# ("While environmentalists welcomed the plan, they ...")
CONCESSIVE = frozenset({"while", "although", "though", "whereas"})
CLOSING_QUOTES = ("”", '"', "»")  # what closes a quotation a signature on the next line may sign
LOOK_BACK = 40  # characters looked back over for that quotation: white space and line breaks only
@dataclass(frozen=True)
class Attribution:
    speaker: str
    kind: str
    role: str
    attribution: str  # reported | direct | continuation | narration
    cue: str


NARRATION = Attribution(AUTHOR, "author", "", "narration", "")


def _continues(tokens: list[Token], *, chained: bool = False) -> bool:
    """Does a sentence with no cue carry the previous speaker's view on? An opening that refers back
    or enumerates ("First, ...", "This would ...") does, even after another continuation; a modal
    claim ("Repairs could take a month") only right after the reported sentence itself."""
    words = [t for t in tokens if t.is_word]
    if not words:
        return False
    openers = lexicon.words("continuation_openers.txt")
    first_two = " ".join(t.low for t in words[:2])
    if words[0].low in openers or first_two in openers:
        return True
    return not chained and any(t.low in MODALS for t in words)


def _after_quotation(text: str, start: int) -> bool:
    """Does a quotation close just before `start` (white space and line breaks between)?"""
    return text[max(0, start - LOOK_BACK) : start].rstrip().endswith(CLOSING_QUOTES)


def _direct(owner: Attribution) -> Attribution:
    return Attribution(owner.speaker, owner.kind, owner.role, "direct", owner.cue)


def attribute_paragraph(text: str, spans: list[tuple[int, int]], registry: Registry) -> list[Attribution]:
    """Attribute each sentence span of one paragraph of `text`."""
    if not spans:
        return []
    p_start, p_end = spans[0][0], spans[-1][1]
    quotes = [(s + p_start, e + p_start) for s, e in quote_spans(text[p_start:p_end])]
    out: list[Attribution | None] = []
    quote_of: list[int | None] = []  # which quotation each sentence sits inside, if any
    shares: list[float] = []  # how much of each sentence is quoted
    tags: list[bool] = []  # is the sentence only a speaker and a speech verb ("Vitter demanded.")
    owns: list[bool] = []  # does the sentence hold its own cue and speaker
    by_pronoun: list[bool] = []  # is that speaker a pronoun standing for someone named before ("he says")
    holder: Attribution | None = None  # a transcript label's speaker holds the rest of the paragraph
    for s, e in spans:
        tokens = tokenize(text[s:e], offset=s, quotes=quotes)
        quote_of.append(quotations.quotation_of(tokens, s, e, quotes))
        share = quotations.quote_share(tokens)
        shares.append(share)
        title = title_case(tokens)  # asked by the cue and by the names learnt: read once
        cue = find_cue(tokens, after_quotation=_after_quotation(text, s), title=title)
        mention = mention_from(cue.subject, cue.appositive, registry) if cue else None
        if cue is not None and mention is not None and mention.pronoun:
            mention = _named_in_sentence(tokens, cue, registry) or mention
        if cue is not None and cue.adjunct and mention is not None and not _sure_speaker(mention, registry, cue.subject, text[cue.start : cue.end]):
            mention = None
        owns.append(cue is not None and mention is not None)  # the sentence names its own speaker
        by_pronoun.append(owns[-1] and len(cue.subject) == 1 and is_pronoun(cue.subject[0]) and mention.name != cue.subject[0].low)
        tags.append(owns[-1] and share == 0 and (sum(t.is_word for t in tokens) <= MAX_TAG_WORDS or _opens_with_tag(tokens, cue)))
        if cue is not None and mention is not None:
            mention = registry.learn(mention, spoke=mention.kind != AUTHOR)
            kind = "direct" if share >= QUOTE_SHARE_FOR_DIRECT else "reported"
            if mention.kind == AUTHOR:
                out.append(NARRATION)
            else:
                out.append(Attribution(mention.name, mention.kind, mention.role, kind, text[cue.start : cue.end]))
                holder = _direct(out[-1]) if cue.holds_paragraph else holder
        else:
            previous = out[-1] if out else None
            # a quotation with no cue of its own is the paragraph's last voice, even past narration
            # about them ('"...," Doe said. He did not elaborate. "..."')
            voice = next((a for a in reversed(out) if a is not None and a.speaker != AUTHOR and a.attribution in VOICED), None)
            if holder is not None:
                out.append(holder)
            elif voice is not None and share >= QUOTE_SHARE_FOR_DIRECT:
                out.append(_direct(voice))
            elif previous is not None and previous.speaker != AUTHOR and _continues(tokens, chained=previous.attribution == "continuation"):
                out.append(Attribution(previous.speaker, previous.kind, previous.role, "continuation", ""))
            else:
                out.append(None)
        learn_names(tokens, registry, title=title)
    for i in range(1, len(out)):  # '“Why is this not proof?” Vitter demanded.': the tag owns the quotation before it
        owner = out[i]
        asks = text[spans[i - 1][0] : spans[i - 1][1]].rstrip("”\"’' ").endswith(("?", "!"))  # cut by the mark
        if asks and tags[i] and owner is not None and owner.speaker != AUTHOR and shares[i - 1] >= QUOTE_SHARE_FOR_DIRECT and not tags[i - 1]:
            if out[i - 1] is None or (out[i - 1].attribution == "direct" and not owns[i - 1]):
                out[i - 1] = _direct(owner)
        elif out[i - 1] is None and by_pronoun[i] and shares[i] > 0 and owner is not None and owner.speaker != AUTHOR and shares[i - 1] >= QUOTE_SHARE_FOR_DIRECT:
            # 'Doe is blunt. “We lost.” After all, he says, “...”': a pronoun's tag that goes on quoting
            # claims the quotation before it (not 'He said nothing.')
            out[i - 1] = _direct(owner)
    carried = None
    if quotes and quotes[0][0] == p_start and registry.last_voice is not None:
        who, cue_text = registry.last_voice
        carried = Attribution(who.name, who.kind, who.role, "direct", cue_text)
    registry.last_voice = None
    quotations.owners(out, quote_of, carried, _direct)
    if registry.floor is not None:
        who, cue_text = registry.floor
        floor = Attribution(who.name, who.kind, who.role, "direct", cue_text)
        out = [a if a is not None else floor for a in out]
    final = [a if a is not None else NARRATION for a in out]
    registry.last_voice = quotations.last_voice(final[-1], AUTHOR)
    registry.floor = quotations.hands_over(text, p_end, final[-1], AUTHOR)
    return final


def _opens_with_tag(tokens: list[Token], cue: Cue) -> bool:
    """Does the sentence open with its speaker and a bare speech verb before a comma ("Mr. Doe asked,
    repeating a charge he made last week")? After a question it is the question's tag."""
    if not cue.subject or tokens[0] is not cue.subject[0]:
        return False
    after = next((k for k, t in enumerate(tokens) if t is cue.subject[-1]), len(tokens)) + 1
    return after + 1 < len(tokens) and tokens[after].start == cue.start and tokens[after].end == cue.end and tokens[after + 1].text == ","


def _opening_name(tokens: list[Token], comma: int, registry: Registry, pronoun: str) -> list[Token]:
    """The run of capitalised words opening the sentence and ending at `comma`, if that is all there is
    before it and it names a person the article named before whom `pronoun` fits ("Clinton, though she
    ..."), else nothing ("Wall Street, though she criticized it, rallied": a place, or an organisation)."""
    run = tokens[:comma]
    if not run or not all(t.is_word and t.is_cap and not t.quoted for t in run):
        return []
    named = mention_from(run, "", registry)
    known = named is not None and named.kind == "person" and any(m.name == named.name and m.kind == "person" and not m.placed for m in registry.mentioned)
    return run if known and registry.fits(named, pronoun) else []


def _named_in_sentence(tokens: list[Token], cue: Cue, registry: Registry) -> Mention | None:
    """ "Jane Doe criticised the plan and said she would vote against it": a pronoun subject stands
    for the name opening its own sentence, before anyone named earlier, when the two fit."""
    pronoun = cue.subject[0] if len(cue.subject) == 1 else None
    if pronoun is None or pronoun.low in {"i", "we", "you"}:
        return None
    at = next((k for k, t in enumerate(tokens) if t is pronoun), None)
    subject = clause_subject(tokens, 0, at) if at else []
    leading = bool(at) and tokens[0].low in lexicon.words("subordinators.txt")
    if leading:
        subject = forward_np(tokens, 1)[0]  # "Although Trump has admitted it, he ...": the clause's subject
    elif at is not None and at >= 3 and tokens[at - 1].low in lexicon.words("subordinators.txt") and tokens[at - 2].text == ",":
        subject = _opening_name(tokens, at - 2, registry, pronoun.low) or subject  # "Clinton, though she praised Garland, ...": Clinton
    # "While environmentalists welcomed the plan, they ...": a plural noun opening the sentence's own
    # subordinate clause is whom "they" stands for, named or not
    plural = (
        at is not None and at > 2 and tokens[0].low in CONCESSIVE and not subject and pronoun.low == "they" and tokens[1].text.islower()
        and looks_plural(tokens[1].low) and not is_document(tokens[1]) and tokens[2].text.islower()
    )
    if plural:
        subject = tokens[1:2]
    words = [t for t in subject if t.is_word]
    # a title in lower case before the name: "Former Trump campaign manager Corey Lewandowski"
    titled = len(words) >= 3 and words[-1].is_cap and words[-2].is_cap and not words[-1].quoted
    if not words or not (plural or titled or all(t.is_cap for t in words)) or is_shouting(words) or any(t is pronoun for t in subject):
        return None
    named = mention_from(subject, "", registry)
    if named is None or named.pronoun or not _sure_speaker(named, registry, []):
        return None
    if titled and not all(t.is_cap for t in words) and not (named.kind == "person" and named.role and " " in named.name):
        return None  # only a person's name after their title, not "the city's new Police Department"
    if pronoun.low in PLURAL_PRONOUNS and named.kind == "person":
        return None  # "Doe has few investors, they say": had Doe said it, the sentence would say "he"
    return named if registry.fits(named, pronoun.low) else None


def _head_word(role: str) -> str:
    """The head of a role: its last word before "of", "for", "in", ... ("leader of the free world": leader)."""
    words = role.split()
    cut = next((k for k, w in enumerate(words) if k and w.lower() in {"of", "for", "in", "at", "to", "from", "with", "on"}), len(words))
    head = words[cut - 1].strip(",.").lower() if words else ""
    if head in {"one", "some", "many", "most", "each", "several", "two", "three"} or (head.endswith("est") and words[cut:cut + 1] == ["of"]):
        return words[-1].strip(",.")  # "one of the party's top fundraisers", "the largest of the retailers"
    return words[cut - 1].strip(",.") if words else ""


def _sure_speaker(mention: Mention, registry: Registry, subject: list[Token], verb: str = "") -> bool:
    """Is a speaker inferred from a clause's subject or a label surely someone who can hold a view?
    A capitalised word opening a sentence may be a common noun ("Prices rose, adding to ..."): one
    word counts only when the article named that person before, or when it is the whole `subject` of a
    `verb` people do, after a courtesy title or as a word no lexicon knows but as a name ("Obama
    addressed the concerns, stating ...", "Mrs. Doe smiled, noting ..."; not a label: "Syria: ...")."""
    if mention.kind == "group" and mention.name.islower():
        # a plural common noun is a speaker only if it names people ("protesters", "officials"), not "stakes"
        head = mention.name.split()[-1]
        return is_speaker_head(Token(head, 0, 0)) or head in lexicon.words("group_nouns.txt")
    if mention.kind in {"group", "organization"} or mention.pronoun or " " in mention.name:
        return True
    if mention.role and is_speaker_head(Token(_head_word(mention.role), 0, 0)):
        return True  # "Dean, a medical doctor, ...": a role says the word names a person
    if mention.kind == "person" and mention.name.islower() and is_speaker_head(Token(mention.name.split()[-1], 0, 0)):
        return True  # "One employee at the firm declined, saying ...": a description of a person
    words = [t for t in subject if t.low not in lexicon.words("honorifics.txt")]  # "Mr. Obama": the name alone
    titled = len(subject) == 2 and subject[0].low in COURTESY_TITLES and subject[1].is_cap  # "Mrs. Doe", "Mr. Long": a person
    if mention.kind == "person" and len(words) == 1 and words[0].text == mention.name and (titled or _name_only(mention.name)) and _human_verb(verb):
        return True
    return any(known.name == mention.name for known in registry.mentioned)


COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "dr", "miss"})
# verbs that things do as often as people: an unknown word as their subject may be a thing ("Omicron
# spread, suggesting ...", "Bitcoin fell, signaling ..."), where with any other reporting verb it is a
# name ("Obama ..., stating", "Putin chides Turkey and praises Trump")
THING_VERBS = frozenset("suggest signal indicate show mean point reflect imply hint prove demonstrate underscore highlight illustrate confirm".split())


def _human_verb(verb: str) -> bool:
    """Is the cue a verb that things seldom do (not a label's colon, not "suggesting")?"""
    words = verb.lower().split()
    return bool(words) and words[-1] != ":" and lexicon.speech_verb_forms().get(words[-1], lexicon.attitude_verb_forms().get(words[-1], "")) not in THING_VERBS


def _name_only(word: str) -> bool:
    """Is a capitalised word one the Brill lexicon knows only as a proper noun, or not at all ("Obama",
    "Kasich"), and no word the rules keep out of names or know as a place or a time ("Prices",
    "Afterwards" are known; "Ohio", "June" are listed)?"""
    low = word.lower()
    if not (word[:1].isupper() and word.replace("-", "").isalpha() and lexicon.tag_of(low) == "" and lexicon.tag_of(word) in {"", "NNP"}):
        return False
    return not any(low in lexicon.words(name) for name in ("not_names.txt", "place_words.txt", "us_states.txt", "months.txt", "time_words.txt"))
