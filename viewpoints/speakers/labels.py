"""A speaker's name set apart from the words: a label before a colon and a signature after a quotation.

- "Jane Doe: ...", "DOE: ..." opening a sentence (a headline's or a transcript's label), and a newsletter
  item's label after its own headline ("Poll overhype - HuffPollster: “...”");
- "“...” ― Jane Doe": a name after a dash that follows a quotation signs it.
`cues.find_cue` asks these after the verb readings (`frames`, `clauses`) find nothing.
"""

from __future__ import annotations

from .. import lexicon
from .cue import Cue
from .names import CONNECTORS, DETERMINERS, PARTICLES, is_pronoun
from .phrases import BE_FORMS, DASH_MARKS, forward_np
from ..text.tokens import OPENING_MARKS, Token
from .verbs import title_case

MAX_LABEL = 4  # words of a speaker's label before a colon: "Jane Doe:", "Sen. Jane Doe:"
MAX_ITEM_HEADLINE = 20  # tokens of a newsletter item's own headline before the dash


def item_label(tokens: list[Token]) -> Cue | None:
    """ "Media shares blame in poll - HuffPollster: “...”": a newsletter's item puts its own headline
    first, then the quoted source's label after a dash; the label holds the quotation."""
    dash = next((k for k, t in enumerate(tokens[:MAX_ITEM_HEADLINE]) if t.text in DASH_MARKS and not t.quoted), None)
    if dash is None or dash + 3 >= len(tokens):
        return None
    item = label(tokens[dash + 1 :])
    colon = next((k for k in range(dash + 1, len(tokens) - 1) if tokens[k].text == ":"), None)
    if item is None or colon is None or tokens[colon + 1].text not in OPENING_MARKS:
        return None
    if any(not t.quoted and t.low in lexicon.speech_verb_forms() for t in tokens[colon + 2 :]):
        return None  # 'His message - Obamacare: “It is failing,” Trump said.': the frame after the quotation names its speaker
    return Cue(item.start, item.end, item.subject, "", adjunct=False)


def label(tokens: list[Token]) -> Cue | None:
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
            named = [x for x in tokens[:k] if x.is_word]
            if named[0].low in lexicon.words("not_names.txt") | DETERMINERS or any(x.low in CONNECTORS - PARTICLES for x in named):
                return None  # "Little Relief for Refugees:" is a headline's first part, not a name
            if any(x.low in BE_FORMS for x in named[1:]):
                return None  # "FIX IS IN:": a clause, not a name (but "Theresa May:", "Rep. Will Hurd:" are names)
            if len(named) > 2 and named[1].low in HEADLINE_PREPOSITIONS:
                if not _speaks_after(tokens, k):
                    return None  # "Stealth Over Health:": a headline's words
                named = named[:1]  # "Trump On Immigration: 'We Will Build It'": Trump's words, on a topic
            if len(named) > 1 and named[-1].low in HEADLINE_PREPOSITIONS:
                return None  # "Clinton Wades In:": a clause ending on its particle
            if any(x.text != x.bare and x.bare.lower() in lexicon.words("time_words.txt") for x in named):
                return None  # "Monday’s Morning Email:": a newsletter's title
            transcript = all(x.text.isupper() for x in named)
            subject = [Token(x.text.title(), x.start, x.end) if x.text.isupper() and len(x.text) > 3 else x for x in named]
            # a lone name before a colon in a headline ("Pence: Flowers Won't Be at Debate") is a label,
            # unless it is the headline's kicker ("Update:")
            kickers = lexicon.words("headline_kickers.txt")
            if k + 1 < len(tokens) and (tokens[k + 1].text == "@" or tokens[k + 1].low.startswith("http")):
                return None  # "Twitter: @janedoe", "Online: http://...": a page's furniture
            if len(named) == 1 and named[0].low in kickers and not _names_a_finding(named[0]):
                return None  # "VIDEO:", "Update:" name no one; "Poll:", "Report:" name a document that speaks
            if len(named) > 1 and (named[0].low in kickers or (named[-1].low in kickers and any(x.low.endswith(("’s", "'s")) for x in named))):
                return None  # "UPDATE 2:", "EDITOR’S NOTE:": a kicker, not a name (but "Judicial Watch:" is one)
            # a lone name opening a headline: in a title-case line, or a word the lexicon knows only as a
            # proper noun ("Reid", not "Update"), no state ("Ohio:"), with a quotation or the first person
            # after it ("Reid: 'Never underestimate Trump'"; not "Syria: forces retake Aleppo")
            proper = lexicon.tag_of(named[0].text) == "NNP" and named[0].low not in lexicon.words("us_states.txt") and _speaks_after(tokens, k)
            lone_name = len(named) == 1 and named[0].low not in kickers and not transcript and (title_case(tokens) or proper)
            # a transcript's label in capitals ("WALLACE: ...") names its speaker surely, unless it is a
            # kicker ("UPDATE:") or a place ("OHIO:")
            spoken = transcript and not (named[0].low in kickers or " ".join(x.low for x in named) in lexicon.words("us_states.txt"))
            return Cue(t.start, t.end, subject, "", adjunct=not (lone_name or spoken), holds_paragraph=transcript)
        if not (t.is_cap and t.is_word or (t.low in CONNECTORS and words)) or words >= MAX_LABEL:
            return None
        if t.quoted and not t.text.isupper():
            return None
        words += t.is_word
    return None


# capitalised second or last in a title-case headline's label, never so in a speaker's name ("Stealth
# Over Health:", "Clinton Wades In:"); not "for" or "against", which organisations' names hold
# ("Americans for Prosperity", "Mothers Against Drunk Driving")
HEADLINE_PREPOSITIONS = frozenset({"over", "in", "on", "to", "with", "at", "by", "from", "into", "about", "after", "before", "under", "than"})
FIRST_PERSON = frozenset({"i", "we", "my", "our", "me", "us", "i'm", "i’m", "we're", "we’re"})


def _speaks_after(tokens: list[Token], colon: int) -> bool:
    """Does what follows a lone name's colon sound spoken: a quotation or the first person ("Reid: 'Never
    underestimate Trump'", "Trump: My plans are not set in stone"), not a report ("Syria: forces retake
    Aleppo")?"""
    rest = tokens[colon + 1 :]
    return any(t.quoted or t.text in OPENING_MARKS or t.text in {"‘", "’"} or t.low in FIRST_PERSON for t in rest)


def _names_a_finding(word: Token) -> bool:
    """Is the word a document whose findings are reported ("poll", "report"), not a picture's label?"""
    return word.low in lexicon.words("document_nouns.txt") and word.low not in lexicon.words("furniture_labels.txt")


def signature(tokens: list[Token], *, after_quotation: bool = False) -> Cue | None:
    """ "“...” ― Jane Doe": a name after a dash that follows a quotation signs it (the last one wins). A
    dash opening the sentence signs it only when a quotation closes just before it (`after_quotation`:
    "“...”" on the line above) or the name is followed by its handle, as an embedded post is signed
    ("— Jane Doe (@janedoe) May 2, 2016"); otherwise it marks a list item ("- Solid build", "- Jane Doe
    with her daughter"), whose first words are no signature."""
    found = None
    for k, t in enumerate(tokens[:-1]):
        if t.text in DASH_MARKS and not t.quoted and (k == 0 or tokens[k - 1].quoted or tokens[k - 1].text in "”\""):
            np, after = forward_np(tokens, k + 1)
            if k == 0 and not (after_quotation or _handle_at(tokens, after)):
                continue
            if np and all(x.is_cap or x.low in CONNECTORS for x in np) and not is_pronoun(np[0]):
                found = Cue(t.start, t.end, np, "")
    return found


def _handle_at(tokens: list[Token], i: int) -> bool:
    """ "(@janedoe)": a social-media handle in brackets at token i."""
    return i + 2 < len(tokens) and tokens[i].text == "(" and tokens[i + 1].text == "@"
