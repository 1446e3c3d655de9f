"""Who an article has named so far: a ``Mention`` of a speaker, and the ``Registry`` that remembers them.

A one-word name goes to the full name seen before ("Zelensky" -> "Volodymyr Zelensky"); a pronoun or a
bare title ("she", "the senator") goes to the last compatible person or group named before it. A
person's gender, where a courtesy title, a given name or a role noun tells it (data/lexicon/gender.txt),
keeps "she" from going to a man and "he" from going to a woman; an unknown gender fits both.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import lexicon
from ..schema import AUTHOR


@dataclass(frozen=True)
class Mention:
    name: str  # canonical form; AUTHOR for the article's own voice
    kind: str  # person | organization | group | author
    role: str = ""
    pronoun: str = ""  # the pronoun or title as written, when the name was resolved from it
    gender: str = ""  # "f" or "m" when the words naming them told it ("Mrs. Doe", "a spokeswoman")
    passing: bool = False  # named in passing, as an owner or a preposition's object ("Bill Clinton's record")
    placed: bool = False  # after "in", "near", ...: as likely a place ("voters in Palo Alto"), so no pronoun stands for it


def gender_of(words) -> str:
    """The gender the first telling word gives ("Mrs", "Hillary", "spokeswoman"), or "" if none does."""
    genders = lexicon.table("gender.txt")
    for word in words:
        found = genders.get(word.lower().strip(".’'"))
        if found:
            return found[0]
    return ""


def _told_gender(mention: Mention) -> str:
    """The gender the mention's own words tell: a title seen with it, its given name, or the head noun
    of its role or description ("a spokeswoman"; "lawyer for the woman" is a lawyer's role, no more)."""
    if mention.kind != "person":
        return ""
    nouns = lexicon.table("gender_nouns.txt")
    for phrase in (mention.role, mention.name if mention.name.islower() else ""):
        head = _head(phrase.lower().split())
        if head in nouns:
            return mention.gender or nouns[head][0]
    words = mention.name.split()
    common = lexicon.table("common_given_names.txt").get(words[0].lower(), ("",)) if len(words) > 1 and words[0][:1].isupper() else ("",)
    return mention.gender or gender_of(words[:1]) or common[0]  # "Bill Clinton": a given name before a surname


def _head(words: list[str]) -> str:
    """The head noun of a role: its last word before any "of", "for", "to", "at" or "in"."""
    for k, word in enumerate(words):
        if word in {"of", "for", "to", "at", "in", "with", "from", "who", "whose"}:
            words = words[:k]
            break
    return words[-1].strip(".,") if words else ""


@dataclass
class Registry:
    """What an article has said about its people so far, in reading order."""

    speakers: list[Mention] = field(default_factory=list)
    mentioned: list[Mention] = field(default_factory=list)  # named people seen anywhere, speakers or not
    roles: dict[str, str] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)
    # Who voiced the last paragraph's closing statement (with the cue): a quotation opening the next
    # paragraph that nobody in it owns is theirs (news reopens a quote, or runs it on, that way).
    last_voice: tuple[Mention, str] | None = None
    # A paragraph that ended "Jane Doe said:" hands the next paragraph to her (with the cue).
    floor: tuple[Mention, str] | None = None
    spoke: set[str] = field(default_factory=set)  # the names of those who have spoken

    def learn(self, mention: Mention, *, spoke: bool) -> Mention:
        if mention.kind == AUTHOR:
            return mention
        if mention.role and mention.name not in self.roles:
            self.roles[mention.name] = mention.role
        if mention.kind == "person" and mention.name not in self.genders:
            told = _told_gender(mention)
            if told:
                self.genders[mention.name] = told
        mention = Mention(
            mention.name, mention.kind, self.roles.get(mention.name, mention.role), mention.pronoun, self.genders.get(mention.name, ""),
            passing=mention.passing and not spoke,
            placed=mention.placed and not spoke,
        )
        self.mentioned.append(mention)
        if spoke:
            self.speakers.append(mention)
            self.spoke.add(mention.name)
        return mention

    def canonical(self, name: str, gender: str = "") -> str:
        """A one-word name ("Zelensky") becomes the full name seen earlier ("Volodymyr Zelensky"). After
        a courtesy title that tells a gender (`gender`: "Mr. Doe", "Mrs. Doe") the word is a surname,
        never a given name, of someone not known to be of the other gender ("Mr. Trump" is not Ivanka
        Trump); titles that tell none ("Dr.") leave both readings open."""
        if " " in name:
            return name
        # A surname first: "Canova" is "Tim Canova" even after a "Canova T-Shirt" was named, and "Trump"
        # is "Donald Trump" after "Trump Turnberry"; a given name only when no surname fits ("Hillary").
        # The last one named who has spoken or was introduced with a role, before one named in passing or
        # in a bare run of capitals: "Bill Clinton's affairs", "Some Clinton supporters" in a story Hillary
        # Clinton speaks in do not make the next "Clinton" him; "Her husband, former President Bill
        # Clinton, campaigned" does.
        # (A given name alone does not settle it: measured on train, "Clinton" after a mention of "Bill
        # Clinton" campaigning is Hillary Clinton's more often than his.)
        for place in (-1, 0) if not gender else (-1,):
            first = plain = None  # the last one who fits at all, and the last not named in passing
            for known in reversed(self.mentioned):  # every speaker is mentioned too, in reading order
                parts = known.name.split()
                if known.kind != "person" or len(parts) < 2 or parts[place] != name or (gender and not self._fits(known, gender)):
                    continue
                if not known.passing and (known.role or known.name in self.spoke):
                    return known.name
                first = first or known
                plain = plain or (None if known.passing else known)
            if first is not None:
                return (plain or first).name
        return name

    def resolve_pronoun(self, pronoun: str) -> Mention | None:
        kinds = lexicon.table("pronouns.txt").get(pronoun.lower(), ())
        gender = gender_of([pronoun])
        # The last speaker of a compatible kind: news keeps its current speaker until it names another.
        # "They" is plural before it is singular: a group or organisation first, then a person.
        tiers = [tuple(k for k in kinds if k != "person"), ("person",)] if len(kinds) > 1 else [kinds]
        for tier in tiers:
            for pool in (self.speakers, self.mentioned):
                for known in reversed(pool):
                    if known.kind in tier and known.kind in kinds and not known.placed and self._fits(known, gender):
                        return known
        return None

    def _fits(self, known: Mention, gender: str) -> bool:
        """Can "he" or "she" (`gender`) stand for `known`? Not when their gender is known to differ."""
        return not gender or self.genders.get(known.name, _told_gender(known) or gender) == gender

    def fits(self, mention: Mention, pronoun: str) -> bool:
        """Can `pronoun` stand for `mention` (its kind, and its gender where known)?"""
        kinds = lexicon.table("pronouns.txt").get(pronoun.lower(), ())
        return mention.kind in kinds and self._fits(mention, gender_of([pronoun]))

    def resolve_role(self, word: str) -> Mention | None:
        """ "the announcer" -> the last person named with that word in their role, if any."""
        for known in reversed(self.speakers + self.mentioned):
            if known.kind == "person" and word in known.role.lower().split():
                return known
        return None

    def resolve_title(self, role_word: str, described: tuple[str, ...] = ()) -> Mention | None:
        """ "the senator" -> the last person named with that role ("Sen. Jane Doe" counts: titles are
        read in full), else the last person named who spoke, if no role of theirs says otherwise (a
        speaker known only by a description, "a homeless woman", is no "governor"). A
        qualified title is another office: "the president" is not the vice president, unless the
        description (`described`, its words) says "vice" too."""
        for known in reversed(self.speakers + self.mentioned):
            if known.kind == "person" and _holds(known.role, role_word, described):
                return known
        for known in reversed(self.speakers):
            if known.kind == "person" and not known.name.islower():  # a name, not "homeless woman"
                return known if not known.role else None
        return None


def _holds(role: str, word: str, described: tuple[str, ...]) -> bool:
    """Does `role` ("Vice President", "Indiana Gov.") hold the office `word` ("president", "governor")?"""
    expand = lexicon.table("title_abbreviations.txt")
    words = [expand.get(w.strip(".,"), (w.strip(".,"),))[0] for w in role.lower().split()]
    qualifiers = lexicon.words("title_qualifiers.txt")
    wanted, held = _states(list(described)), _states(words)
    if wanted and held and not any(_same_state(a, b) for a in wanted for b in held):
        return False  # "the Ohio governor" is not the "former Florida governor" named before
    for k, w in enumerate(words):
        if w == word and not (k > 0 and words[k - 1] in qualifiers and words[k - 1] not in described):
            return True
    return False


def _states(words: list[str]) -> set[str]:
    """The US states (one word or two) among lower-case words, also after a party's letter ("r-iowa")."""
    states = lexicon.words("us_states.txt")
    words = [part.strip("().,") for word in words for part in word.split("-")]  # "(R-Iowa)"
    return {w for w in words if w in states} | {f"{a} {b}" for a, b in zip(words, words[1:]) if f"{a} {b}" in states}


def _same_state(a: str, b: str) -> bool:
    """Can two state names be the same state, one abbreviated ("calif" and "california", "ky" and
    "kentucky", "n.y" and "new york")? The same first letter, and the short one's letters in order
    in the long one: lenient, so only states that cannot match ("ohio", "fla") count as different."""
    a, b = sorted(("".join(c for c in x if c.isalpha()) for x in (a, b)), key=len)
    if not a or a[0] != b[0]:
        return False
    rest = iter(b)
    return all(c in rest for c in a)


__all__ = ["Mention", "Registry", "gender_of"]
