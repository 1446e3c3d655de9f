"""One article's voices as a reader would list them, settled once all its statements are attributed.

The rules (attribution.py and the modules it calls) propose a speaker for each statement, one sentence
at a time. Looking at the whole article afterwards, two things are settled here:

1. **Which proposals name no one.** Rules first (`nobody`: "it", places alone, "Look" opening a
   sentence, tally lines), then the learned filter of ``voice_filter`` where it is sure. A voice so
   rejected is no source of the article (a building, a number, a clause fragment): its statements go
   back to the author's narration. Names are tidied first (`name_tidy.tidy`: "Jane Doe wants" is Jane Doe).
2. **One person, one voice.** A voice whose words are the ending of exactly one other voice's words
   ("Pence" and "Mike Pence", "the campaign" and "the Sanders campaign") is merged into that fuller
   name; where two fuller names share the ending ("Bush": "Jeb Bush" and "George W. Bush") nothing is
   merged. Joint voices ("Rubio and his advisers") are never merge targets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .. import lexicon
from .. import schema as S
from .name_roles import name_and_role
from .name_tidy import is_headline_run, tidy
from .voice_filter import COMMON_TAGS, EDGE, GLUED, Model, Voice, default_model, ends_with, joint, proposed, words

# Words that with US states make up a place, not a voice: "Florida and Ohio", "South Carolina", "the Midwest"
PLACE_GLUE = frozenset("and or & the of north south east west northern southern eastern western midwest midwestern rust belt sun".split())
# A voice made only of these names no one a reader could find: "it", "You", "those who", "That".
NOBODY = frozenset("i me we us you he him she her it they them this that these those who which whom what percent".split())


def names_no_one(name: str) -> bool:
    """The name alone says it names no one: only pronouns and demonstratives ("it", "You", "those who")
    or "percent" without its number; a date (`_a_date`); an adverb alone ("together vowed"); places
    joined ("Florida and Ohio", "Midwest and Western"); or words run together three times over,
    as a comment thread's buttons are ("Jane RoeFlagShareLikeReplyTom Doe"); twice is a brand's spelling
    ("RealClearPolitics", "FiveThirtyEight", "GlaxoSmithKline")."""
    low = [w.strip(EDGE) for w in name.lower().split()]
    if not low or all(w in NOBODY for w in low) or len(GLUED.findall(name)) >= 3:
        return True
    if _a_date(name, low):
        return True
    if len(low) == 1 and name.strip(EDGE).islower() and lexicon.tag_of(low[0]) in {"RB", "RBR"}:
        return True  # an adverb alone: "the two biggest emitters, together vowed" ("most" is someone)
    return _places(low) and any(w in {"and", "or", "&"} for w in low)


def _a_date(name: str, low: list[str]) -> bool:
    """Days or months alone ("Wednesday added one more development", "Tuesday's") or a named day ("Labor
    Day", "Super Tuesday"): no one, whatever they "added" or "welcomed". A given name before the day
    keeps a person ("Kristen Day", "Joe Friday")."""
    days = lexicon.words("time_words.txt")
    if all(w.removesuffix("'s").removesuffix("’s") in days or w == "and" for w in low):
        return True
    return 1 < len(low) <= 3 and low[-1] in days | {"day"} and name[:1].isupper() and low[0] not in lexicon.table("gender.txt")


def _places(low: list[str]) -> bool:
    """Are these words only US states and the words that join or orient them ("South Carolina",
    "Florida and Ohio")?"""
    states = lexicon.words("us_states.txt")
    return " ".join(low) in states or (
        any(w in states or f"{a} {w}" in states for a, w in zip([""] + low, low))
        and all(w in states or w in PLACE_GLUE or any(w in s.split() for s in states) for w in low)
    )


def nobody(voice: Voice) -> bool:
    """Names no one, whatever the model says: `names_no_one`, or by what the article does with the name:
    one capitalised word the Brill lexicon tags as a verb, adverb or adjective ("Look", "Especially")
    that only ever opens a sentence and never says anything plainly ("Short said" is Mr. Short); a state
    alone that never speaks plainly ("California voted", but "Texas said in its lawsuit" is Texas's
    government); and a name whose every line is a tally ("Clinton: 1,769.")."""
    if names_no_one(voice.name):
        return True
    low = [w.strip(EDGE) for w in voice.name.lower().split()]
    plain = voice.plain_cue > 0
    if voice.kind == "person" and len(low) == 1 and voice.name[:1].isupper() and (lexicon.tag_of(voice.name.strip(EDGE)) or lexicon.tag_of(low[0])) in COMMON_TAGS:
        return voice.sentence_initial and not plain
    if _places(low):
        return not plain
    return 0 < voice.statements == voice.colon_number


def rejected(voices: Iterable[Voice], model: Model | None) -> set[str]:
    """Names of the voices that name no one, or that the model scores below its threshold."""
    return {
        voice.name
        for voice in voices
        if nobody(voice) or (model is not None and model.score(voice) < model.threshold)
    }


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Are `short`'s words `long`'s in order, with some left out ("donald trump" in "donald j. trump")?"""
    rest = iter(long)
    return len(short) < len(long) and all(word in rest for word in short)


def _fullest(names: Iterable[str], keyed: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Names that differ only inside ("Donald Trump", "Donald J. Trump": same first and last word, the
    shorter's words all in the longer, in order) -> the longest of them; names of equal length stay apart
    ("George H.W. Bush", "George W. Bush"; "South Korean officials", "South African officials")."""
    groups: dict[tuple[str, str], list[str]] = {}
    for name in names:
        key = keyed[name]
        if len(key) >= 2 and not joint(name):
            groups.setdefault((key[0], key[-1]), []).append(name)
    result = {}
    for group in groups.values():
        longest = max(group, key=lambda name: (len(keyed[name]), name))
        result.update({name: longest for name in group if _inside(keyed[name], keyed[longest])})
    return result


def _genders_differ(short: str, long: str, text: str = "") -> bool:
    """ "Mrs. Smith" is not John Smith: the gender of a courtesy title, on the shorter name or before it
    in the article's text, against the fuller name's given name."""
    genders = lexicon.table("gender.txt")
    given = genders.get(words(long)[0], ()) if words(long) else ()
    if not given:
        return False
    titles = [short.split()[0]] if short.split() else []
    if text and len(short.split()) == 1:
        titles += re.findall(r"\b(Mrs?|Ms|Miss)\.?\s+" + re.escape(short) + r"\b", text)
    told = {genders.get(t.lower().strip("."), ("",))[0] for t in titles} - {""}
    return bool(told) and given[0] not in told


def merges(names: Iterable[str], text: str = "") -> dict[str, str]:
    """name -> the article's fuller name for the same voice (see the module docstring); names with no
    single fuller name are left out."""
    keyed = {name: words(name) for name in names}
    into = _fullest(keyed, keyed)
    targets = {name: key for name, key in keyed.items() if key and name not in into}
    # each ending of the targets' words -> the targets ending so (the names `ends_with` would pick)
    ending: dict[tuple[str, ...], list[str]] = {}
    for other, okey in targets.items():
        for k in range(1, len(okey)):
            ending.setdefault(okey[k:], []).append(other)
    for name, key in keyed.items():
        if not key or name in into:
            continue
        # a joint voice is a merge target only for another joint voice ("Jeb Bush and Chris Christie" into
        # "Republican hopefuls Jeb Bush and Chris Christie"), never for one of its members
        fuller = {
            other
            for other in ending.get(key, ())
            if joint(other) <= joint(name) and not _genders_differ(name, other, text)
        }
        # keep the fullest of nested candidates ("Pence" in "Mike Pence" in "Gov. Mike Pence")
        fuller = {f for f in fuller if not any(ends_with(targets[g], targets[f]) for g in fuller if g != f)}
        if len(fuller) == 1:
            into[name] = fuller.pop()
    return into | _same_words(keyed, into)


def _same_words(keyed: dict[str, tuple[str, ...]], into: dict[str, str]) -> dict[str, str]:
    """Names spelt differently with the same words ("the court" / "court", "Many Mexicans" / "many
    Mexicans" where a sentence opens) -> one of them: the longest, then the one not capitalised by a
    sentence's first word."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for name, key in keyed.items():
        if key and name not in into:
            groups.setdefault(key, []).append(name)
    same = {}
    for names in groups.values():
        if len(names) > 1:
            kept = max(sorted(names), key=lambda n: (len(n), _party_capital(n), n[:1].islower()))
            same |= {n: kept for n in names if n != kept}
    return same


def _party_capital(name: str) -> bool:
    """Does the name hold a party's members with their capital ("Democrats", "some Democrats")? That
    spelling is kept over "democrats": the party's people, as the article also writes them."""
    party = lexicon.words("party_members.txt")
    return any(w[:1].isupper() and w.lower() in party for w in name.split())


def _headline_names(names: set[str]) -> dict[str, str]:
    """A headline read as one name that ends with another voice's name of two or three words ("Christie
    Says He Would Issue A Quarantine ... Chris Christie") -> that voice."""
    into = {}
    for name in names:
        parts = name.split()
        if is_headline_run(parts):
            key = words(name)
            ends = [o for o in names if o != name and 2 <= len(words(o)) <= 3 and ends_with(key, words(o))]
            if ends:
                into[name] = max(ends, key=lambda o: len(words(o)))
    return into


def _run_together(names: set[str]) -> dict[str, str]:
    """An organisation's name run into a voice's name where a comma was left out ("... of the Washington
    Post Trump said") -> that voice: the words after a word that ends organisations' names ("Post",
    "Committee") are another voice of the article, exactly."""
    keyed = {name: words(name) for name in names}
    endings = lexicon.words("organization_words.txt")
    into = {}
    for name in names:
        parts = [p.strip(EDGE) for p in name.split()]
        if len(parts) < 3 or not all(p[:1].isupper() for p in parts):
            continue
        for k in range(1, len(parts)):
            rest = words(" ".join(parts[k:]))
            voices = [o for o, key in keyed.items() if o != name and rest and key == rest]
            voices = voices or [o for o, key in keyed.items() if o != name and rest and ends_with(key, rest)]
            if parts[k - 1].lower() in endings and len(voices) == 1:
                into[name] = voices[0]  # "Trump", or the one fuller name ending with it ("Donald Trump")
                break
    return into


def settle(rows: list[dict], text: str, *, model: Model | None = None) -> list[dict]:
    """The statements with each voice settled (see the module docstring); `rows` is changed in place
    and returned. `model` defaults to the shipped one."""
    model = model if model is not None else default_model()
    tidied: dict[str, str] = {}  # each name read once: an article's voices speak many times
    split: dict[str, tuple[str, str]] = {}
    for row in rows:
        if row[S.SPEAKER] != S.AUTHOR:
            if row[S.SPEAKER] not in tidied:
                tidied[row[S.SPEAKER]] = tidy(row[S.SPEAKER])
            row[S.SPEAKER] = tidied[row[S.SPEAKER]]
        if row[S.SPEAKER_KIND] == "person" and not joint(row[S.SPEAKER]):
            if row[S.SPEAKER] not in split:
                split[row[S.SPEAKER]] = name_and_role(row[S.SPEAKER])
            name, role = split[row[S.SPEAKER]]  # "Senator Ted Cruz of Texas" is Ted Cruz
            if role:
                row.update({S.SPEAKER: name, S.SPEAKER_ROLE: row[S.SPEAKER_ROLE] or role})
    drop = rejected(proposed(rows, text), model)
    for row in rows:
        if row[S.SPEAKER] in drop:
            row.update({S.SPEAKER: S.AUTHOR, S.SPEAKER_KIND: "author", S.SPEAKER_ROLE: "", S.ATTRIBUTION: "narration", S.CUE: ""})
    names = {row[S.SPEAKER] for row in rows if row[S.SPEAKER] != S.AUTHOR}
    headlines = _headline_names(names) | _run_together(names)
    for row in rows:
        row[S.SPEAKER] = headlines.get(row[S.SPEAKER], row[S.SPEAKER])
    names = {row[S.SPEAKER] for row in rows if row[S.SPEAKER] != S.AUTHOR}
    into = merges(names, text)
    if into:
        canonical = {}
        for row in rows:  # the fuller name's kind and role, from its first statement
            canonical.setdefault(row[S.SPEAKER], (row[S.SPEAKER_KIND], row[S.SPEAKER_ROLE]))
        for row in rows:
            target = into.get(row[S.SPEAKER])
            if target:
                kind, role = canonical[target]
                row.update({S.SPEAKER: target, S.SPEAKER_KIND: kind, S.SPEAKER_ROLE: row[S.SPEAKER_ROLE] or role})
    _nearest_fuller(rows, text)
    return rows


def _nearest_fuller(rows: list[dict], text: str) -> None:
    """A common noun naming a voice that several fuller voices end with ("the campaign" beside "Donald
    Trump's campaign" and "Clinton's campaign"; "the poll" beside three polls) stands, as a reader takes
    it, for the one named last before the statement (by its statements and where the article spells
    it); left as it is where none was named before, or where a possessive pronoun owns it ("his
    campaign")."""
    names = {row[S.SPEAKER] for row in rows if row[S.SPEAKER] != S.AUTHOR}
    keyed = {name: words(name) for name in names}
    for name in names:
        key = keyed[name]
        if len(key) != 1 or not name.strip(EDGE)[:1].islower():
            continue
        fuller = [o for o in names if len(keyed[o]) > 1 and not joint(o) and ends_with(keyed[o], key)]
        if len(fuller) < 2:
            continue
        seen = {o: sorted({r[S.START] for r in rows if r[S.SPEAKER] == o} | {m.start() for m in re.finditer(re.escape(o), text)}) for o in fuller}
        first = {o: next(r for r in rows if r[S.SPEAKER] == o) for o in fuller}
        owned = re.compile(r"\b(?:his|her|their|its|our|my)\s+(?:\w+\s+)?" + re.escape(name.strip(EDGE)) + r"\b", re.IGNORECASE)
        for row in rows:
            if row[S.SPEAKER] != name or owned.search(row[S.TEXT]):
                continue  # "his campaign" is whoever "his" is, not the campaign named last
            before = [(max(p for p in at if p < row[S.START]), o) for o, at in seen.items() if at and at[0] < row[S.START]]
            if before:
                target = max(before)[1]
                row.update({S.SPEAKER: target, S.SPEAKER_KIND: first[target][S.SPEAKER_KIND], S.SPEAKER_ROLE: row[S.SPEAKER_ROLE] or first[target][S.SPEAKER_ROLE]})
