"""Noun phrases that name a speaker: cleaned names, roles, kinds, and who a pronoun stands for.

"Dr. Marcin Kaczmarski" -> Marcin Kaczmarski; "Wayne Jordash KC" -> Wayne Jordash;
"Ukrainian President Volodymyr Zelensky" -> Volodymyr Zelensky, role "Ukrainian President";
"officials" -> a group; "the Pentagon" -> an organisation; "the senator" -> the last named senator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lexicon
from .schema import AUTHOR
from .tokens import Token

DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
QUANTIFIERS = frozenset({"many", "some", "several", "most", "other", "few", "two", "three", "four", "all", "both", "one"})
CONNECTORS = frozenset({"of", "for", "at", "de", "da", "van", "von", "al", "bin", "le", "la", "del", "and"})
# Common adjectives that may open a speaker's noun phrase ("senior officials", "local residents").
MODIFIERS = frozenset({"senior", "top", "former", "local", "federal", "state", "foreign", "western", "military", "press"})
_ACRONYM = re.compile(r"^[A-Z]{2,6}s?$")
_GROUP_DEMONYM = re.compile(r"(?:ians|ans|ese|ists|crats|cans|ers)$")


@dataclass(frozen=True)
class Mention:
    name: str  # canonical form; AUTHOR for the article's own voice
    kind: str  # person | organization | group | author
    role: str = ""
    pronoun: str = ""  # the pronoun or title as written, when the name was resolved from it


def _lex(name: str) -> frozenset[str]:
    return lexicon.words(name)


def is_role_word(token: Token) -> bool:
    return token.low in _lex("role_words.txt")


def is_pronoun(token: Token) -> bool:
    return token.low in lexicon.table("pronouns.txt")


def allowed_in_name(token: Token) -> bool:
    """Could this token be part of a speaker's noun phrase?"""
    low = token.low
    if not token.is_word:
        return False
    return (
        token.is_cap
        or low in DETERMINERS
        or low in QUANTIFIERS
        or low in _lex("role_words.txt")
        or low in _lex("group_nouns.txt")
        or low in _lex("organization_words.txt")
        or low in MODIFIERS
    )


def kind_of(tokens: list[Token]) -> str:
    words = [t for t in tokens if t.is_word and t.low not in DETERMINERS and t.low not in QUANTIFIERS]
    if not words:
        return "group"
    head = words[-1]
    if head.low in _lex("group_nouns.txt") or (head.is_cap and _GROUP_DEMONYM.search(head.bare) and len(words) == 1):
        return "group"
    if any(t.low in _lex("organization_words.txt") or _ACRONYM.match(t.bare) for t in words):
        return "organization"
    return "person"


def clean(tokens: list[Token]) -> tuple[list[Token], list[Token]]:
    """Split a noun phrase into (role tokens, name tokens), dropping honorifics and post-nominals."""
    honorifics, post = _lex("honorifics.txt"), _lex("postnominals.txt")
    words = [t for t in tokens if t.is_word]
    while words and (words[0].low in DETERMINERS or words[0].low in honorifics):
        words = words[1:]
    while words and words[-1].low in post and words[-1].is_cap:  # "KC", "Jr", "Jr.", "PhD"
        words = words[:-1]
    words = [t for t in words if t.low not in honorifics or not t.text.endswith(".")]
    last_role = max((i for i, t in enumerate(words) if is_role_word(t)), default=-1)
    after = words[last_role + 1 :]
    if last_role >= 0 and after and all(t.is_cap for t in after):
        return words[: last_role + 1], after
    return [], words


def join(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    text = " ".join(t.text for t in tokens[:-1]) + (" " if len(tokens) > 1 else "") + tokens[-1].bare
    return text.strip()


@dataclass
class Registry:
    """What an article has said about its people so far, in reading order."""

    speakers: list[Mention] = field(default_factory=list)
    mentioned: list[Mention] = field(default_factory=list)  # named people seen anywhere, speakers or not
    roles: dict[str, str] = field(default_factory=dict)
    # A quotation left open at the end of the last paragraph, and whose it is (with the cue): news
    # runs a quote over paragraphs by reopening it, without a closing mark, at the next one.
    open_quote: tuple[Mention, str] | None = None

    def learn(self, mention: Mention, *, spoke: bool) -> Mention:
        if mention.kind == AUTHOR:
            return mention
        if mention.role and mention.name not in self.roles:
            self.roles[mention.name] = mention.role
        mention = Mention(mention.name, mention.kind, self.roles.get(mention.name, mention.role), mention.pronoun)
        self.mentioned.append(mention)
        if spoke:
            self.speakers.append(mention)
        return mention

    def canonical(self, name: str) -> str:
        """A one-word name ("Zelensky") becomes the full name seen earlier ("Volodymyr Zelensky")."""
        if " " in name:
            return name
        for known in reversed(self.speakers + self.mentioned):
            parts = known.name.split()
            if len(parts) > 1 and known.kind == "person" and name in (parts[-1], parts[0]):
                return known.name
        return name

    def resolve_pronoun(self, pronoun: str) -> Mention | None:
        kinds = lexicon.table("pronouns.txt").get(pronoun.lower(), ())
        # The last speaker of a compatible kind: news keeps its current speaker until it names another.
        # "They" is plural before it is singular: a group or organisation first, then a person.
        tiers = [tuple(k for k in kinds if k != "person"), ("person",)] if len(kinds) > 1 else [kinds]
        for tier in tiers:
            for pool in (self.speakers, self.mentioned):
                for known in reversed(pool):
                    if known.kind in tier and known.kind in kinds:
                        return known
        return None

    def resolve_title(self, role_word: str) -> Mention | None:
        """ "the senator" -> the last person named with that role, else the last person who spoke."""
        for known in reversed(self.speakers + self.mentioned):
            if known.kind == "person" and role_word in known.role.lower().split():
                return known
        for known in reversed(self.speakers):
            if known.kind == "person":
                return known
        return None


def _common_case(words: list[Token]) -> str:
    """A group named in common words is written in lower case, so "Officials said" at a sentence's
    start and "officials said" later are one speaker; proper words keep their capital ("Russian")."""
    common = _lex("group_nouns.txt") | QUANTIFIERS | MODIFIERS
    return join([Token(t.text.lower(), t.start, t.end) if t.low in common else t for t in words])


def mention_from(tokens: list[Token], appositive: str, registry: Registry) -> Mention | None:
    """The speaker a noun phrase names, resolved against what the article said before."""
    words = [t for t in tokens if t.is_word]
    if not words:
        return None
    if len(words) == 1 and is_pronoun(words[0]):
        low = words[0].low
        if low in {"i", "we"}:
            return Mention(AUTHOR, "author", "", words[0].text)
        found = registry.resolve_pronoun(low)
        if found is None:  # nobody to stand for: keep the pronoun, written the same wherever it stands
            kinds = lexicon.table("pronouns.txt").get(low, ("person",))
            return Mention(low, kinds[0], "", words[0].text)
        return Mention(found.name, found.kind, found.role, words[0].text)
    role_tokens, name_tokens = clean(words)
    kind = kind_of(role_tokens + name_tokens)
    if not name_tokens:
        return None
    has_proper = any(t.is_cap and t.low not in DETERMINERS for t in name_tokens)
    if kind == "person" and not has_proper:
        # A title standing alone: "the senator", "a spokesman".
        role_word = next((t.low for t in reversed(name_tokens) if is_role_word(t)), None)
        if role_word is None:
            return None
        found = registry.resolve_title(role_word)
        if found is not None:
            return Mention(found.name, found.kind, found.role, join(words))
        return Mention(join(name_tokens), "person", appositive, "")
    if kind == "person":
        name = join(name_tokens)
    else:
        while len(words) > 1 and (words[0].low in DETERMINERS or words[0].low in QUANTIFIERS):
            words = words[1:]
        name = join(words)
        if kind == "group":
            name = _common_case(words)
    if kind == "person":
        name = registry.canonical(name)
    role = appositive or join(role_tokens)
    return Mention(name, kind, role)
