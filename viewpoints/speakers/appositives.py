"""Descriptions set off by commas, and whom they describe.

"Jane Doe, a lawyer, said", "A lawyer for the firm, Jane Doe, said", "Donna Rawlings, 59, of Ashton,
Md., who watched the ceremony, said" (a name, then appositives); and the antecedent a relative "who"
stands for ("McConnell, now the majority leader, who said", "relatives of the victims, who said").
`subjects.subject_left` reads a verb's subject through these.
"""

from __future__ import annotations

from .. import lexicon
from ..text.tokens import OPENING_MARKS, Token
from .names import CONNECTORS, DETERMINERS, QUANTIFIERS, is_document, is_given_name, is_pronoun, is_role_word, is_speaker_head, looks_plural, where_from
from .phrases import (
    MAX_APPOSITIVE,
    PREPOSITIONS,
    RELATIVES,
    backward_np,
    comma_before,
    forward_np,
    role_text,
)
from .subject_phrase import clause_start, subject_from_start

# "Democrats on Capitol Hill, who argued ...": after a place, "who" reaches back to the people.
LOCATIVE = frozenset({"in", "on", "at", "from"})
MAX_SEGMENTS = 4  # appositives in a row between a name and its verb
MAX_AFFILIATION = 6  # tokens of a party and state in parentheses after a name: "(D-N.Y.)"
FRAME_REACH = 4  # words after a verb within which a comma makes it a parenthetical frame: "said Tuesday,"
MAX_DESCRIPTION = 6  # lower-case words of an appositive between a name and "who": ", now the majority leader,"


def relative_antecedent(tokens: list[Token], j: int) -> list[Token]:
    """Whom "who" stands for in "..., Jane Doe, who said", "an engineer who warned", and "Democrats
    on Capitol Hill, who argued" (the people, not the place)."""
    k = j - 1
    if k >= 0 and tokens[k].text == ",":
        k -= 1
    if k >= 0 and tokens[k].low == "those" and k == j - 1:
        return [tokens[k]]  # "those who question it": "those" is the whole phrase
    np = (backward_np(tokens, k) if k >= 0 else []) or _described(tokens, k)
    of = k - len(np)
    b = of  # "McConnell, now the majority leader, who said": the name before the appositive
    while b >= 0 and tokens[b].is_word and tokens[b].text.islower() and of - b < MAX_DESCRIPTION:
        b -= 1
    if np and not np[-1].is_cap and b >= 1 and tokens[b].text == "," and tokens[b - 1].is_cap and not tokens[b - 1].quoted:
        named = backward_np(tokens, b - 1)
        if named and named[-1].is_cap:
            return named
    if np and of >= 1 and tokens[of].low == "of" and is_speaker_head(tokens[of - 1], plural_ok=True):
        return [tokens[of - 1]]  # "relatives of the victims, who said": the relatives
    if np and (np[-1].is_cap or is_speaker_head(np[-1], plural_ok=True)) and not _place_after_preposition(tokens, k - len(np)):
        return np
    at = k  # the phrase's start, then the preposition before it
    while at >= 0 and tokens[at].is_word and not tokens[at].quoted and tokens[at].low not in PREPOSITIONS | {"who", "that"}:
        at -= 1
    if at >= 1 and tokens[at].low in LOCATIVE:
        return backward_np(tokens, at - 1) or _described(tokens, at - 1) or np
    return np


def _place_after_preposition(tokens: list[Token], at: int) -> bool:
    """Is the word at `at` a locative preposition with a speaker before it ("Democrats on Capitol Hill")?"""
    if at < 1 or tokens[at].low not in LOCATIVE:
        return False
    before = tokens[at - 1]
    return before.is_word and (is_speaker_head(before, plural_ok=True) or before.is_cap)


def _described(tokens: list[Token], j: int) -> list[Token]:
    """A common noun phrase ending at j whose head can hold a view: "an engineer", "the announcer"."""
    if j < 0 or not is_speaker_head(tokens[j], plural_ok=True) or tokens[j].quoted:
        return []
    k = j - 1
    while k >= 0 and j - k <= 3 and tokens[k].is_word and tokens[k].text.islower() and tokens[k].low not in DETERMINERS | QUANTIFIERS:
        k -= 1
    if k >= 0 and (tokens[k].low in DETERMINERS or tokens[k].low in QUANTIFIERS):
        return tokens[k : j + 1]
    return [tokens[j]]


CLAUSE_OPENERS = frozenset({"i", "he", "she", "it", "we", "they", "there"})  # subjects that open a clause, never a noun phrase
FINITE = frozenset({"will", "would", "can", "could", "should", "may", "might", "must", "is", "are", "was", "were"})  # a clause's verb
# a clause between commas that one of these opens or holds is an aside ("Doe, when asked what is wrong,
# responded"); without one, a clause is no appositive
CLAUSE_LINKS = frozenset({"whom", "what", "when", "where", "how", "why", "whether", "if", "because", "as", "while", "although"})
PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "across", "throughout", "near", "outside", "inside"})
HAVE = frozenset({"has", "have", "had"})  # "Burma has been taking steps": a clause ("having lost" is a participle)


def _list_of_roles_tail(words: list[Token]) -> bool:
    """Is this the end of a list of roles ("treasurer and strategist" after "the fund's lawyer, "): lower-case
    role or person nouns joined by "and" or "or", with no determiner of its own?"""
    joined = [t for t in words if t.low in {"and", "or"}]
    nouns = [t for t in words if t.low not in {"and", "or"}]
    return bool(joined) and len(nouns) >= 2 and words[0] is nouns[0] and all(
        t.is_word and t.text.islower() and not looks_plural(t.low) and (is_role_word(t) or is_speaker_head(t)) for t in nouns
    )  # one person's roles; "the club's owner, players and coaches" are several parties


def appositive_subject(tokens: list[Token], j: int, begin: int) -> tuple[list[Token], str] | None:
    """ "NAME, APPOSITIVE, VERB", "NAME, AGE, APPOSITIVE, VERB", and "DESCRIPTION, NAME, VERB"
    ("A lawyer for the firm, Jane Doe, said": the name is the speaker, the description her role)."""
    k = comma_before(tokens, j, j)
    while k is not None and _state_after_city(tokens, k, j):
        before = comma_before(tokens, k, j)  # "Trump, speaking in Wilmington, N.C., warned": the state ends a place
        if before is None or tokens[before + 1].is_cap:
            break  # "Michael Brown of Washington, D.C., explained": the name is the subject
        k = before
    if k is not None and _list_of_roles_tail(tokens[k + 1 : j]):
        k = comma_before(tokens, k, j) or k  # "Dan Roe, the fund's lawyer, treasurer and strategist, has": one appositive
    if k is None:
        return None
    # "..., said Jane Doe, must": a frame, read elsewhere (not "told CNN", whose name is the one told)
    inverted = j + 2 < len(tokens) and tokens[j + 2].is_cap and tokens[j + 1].low not in {"told", "tells", "tell", "asked", "asks"}
    if k < begin and tokens[0].low.endswith("ing") and not inverted and not _titled_name(tokens[k + 1 : j]):
        # "Making her way around Chez Vachon, Clinton and her husband, thanked": the comma closes the
        # opening participle's clause, so what follows it is the subject (a titled name is read below;
        # after "When Ms. Doe, ..., said" the comma may be an appositive's, read as before)
        found = subject_from_start(tokens, k + 1, j)
        return (found[0], "") if found else None
    between = tokens[k + 1 : j]
    if not between:
        return None  # ", ," : nothing set off
    name_after_verb = tokens[j].text == "," and j + 2 < len(tokens) and tokens[j + 2].is_cap
    if name_after_verb and between[0].low in {"and", "but", "or", "yet"} and tokens[k + 2].low in CLAUSE_OPENERS:
        return None  # ", and it used force, said Doe": a clause, no appositive ("Doe, and her lawyer, said" is one)
    if name_after_verb and any(t.low in FINITE and t.text.islower() for t in between) and not any(t.low in RELATIVES for t in between):
        return None  # "Even as it moves to Ohio, the race will be tight, said Doe": a clause, no appositive
    opening, verb_at = forward_np(tokens, k + 1)
    if (
        tokens[k].text == ","
        and opening
        and not any(t.low in DETERMINERS for t in opening[1:])  # "the aide the president has trusted": two phrases
        and verb_at < j
        and tokens[verb_at].low in FINITE | HAVE
        and tokens[verb_at].text.islower()
        and not any(t.low in RELATIVES or t.low in CLAUSE_LINKS for t in between)
    ):
        # "For years, Burma has been taking steps, encouraged by ...": a clause, no appositive (a verb right
        # after the first phrase; "Ann Beck, the aide the president has trusted, said" is one)
        return None
    role = role_text(between)
    age = comma_before(tokens, k, j)
    if age is not None and all(t.text.isdigit() for t in tokens[age + 1 : k]):
        k = age
    inner = tokens[k + 1 : j]
    if inner and inner[-1].text == ")" and any(t.text == "(" for t in inner):
        inner = inner[: max(m for m, t in enumerate(inner) if t.text == "(")]  # "Del. Ann Price (D-Va.)": the party is no name
    while len(inner) > 1 and inner[0].text.islower() and inner[1].is_cap and inner[1].low in lexicon.words("honorifics.txt"):
        inner = inner[1:]  # "Doe's opponent, state Sen. Tom Roe, said": "state" describes the title
    if _titled_name(inner):
        before = backward_np(tokens, k - 1)
        if k < begin or (before and before[-1].is_cap and clause_start(tokens, begin, k) < k - len(before)):
            return inner, ""  # "after winning Ohio, Gov. Tom Roe (R-Ohio), said": the titled name is the subject
    if inner and inner[0].is_cap and not _titled_name(inner):
        inner = inner[: where_from(inner) or len(inner)]  # "One pastor, Tom Roe of Grace Church, said": the name
    if inner and all(t.is_cap or t.low in CONNECTORS for t in inner if t.is_word) and inner[0].is_cap:
        described = subject_from_start(tokens, clause_start(tokens, begin, k), k)
        head = described[0] if described else []
        head = head[: next((m for m, t in enumerate(head) if m > 0 and t.text.islower() and t.low.endswith("ing")), len(head))]
        # "One pastor supporting Mr. Cruz, Tom Roe, said": Roe; "France's National Front party leader,
        # Marine Le Pen, voiced": a role heads the description, whatever names modify it
        if head and (not any(t.is_cap for t in head[1:]) or (head[-1].text.islower() and is_role_word(head[-1]))):
            return inner, role_text(described[1])
    end = k - 1
    if end > 0 and tokens[end].text == ")":  # "Rep. Jane Doe (D-N.Y.), chair of the caucus, said"
        opening = next((m for m in range(end - 1, max(-1, end - MAX_AFFILIATION), -1) if tokens[m].text == "("), None)
        if opening is None:
            return None
        end = opening - 1
    np = backward_np(tokens, end)
    if not np:  # "Jane Doe, a nurse, who watched, said"; or a common noun phrase: "Other major unions, including the teachers, have endorsed"
        named = _name_before_appositives(tokens, k, begin)
        if named:
            return named
        found = subject_from_start(tokens, clause_start(tokens, begin, end + 1), end + 1)
        return (found[0], role) if found else None
    if np[0] is not tokens[(end + 1 - len(np))]:
        return None
    if end - len(np) > begin and tokens[end - len(np)].low in PREPOSITIONS:
        # "Sen. Tom Roe, facing a challenge in Iowa, a swing state, said": the place is inside a description
        named = _name_before_appositives(tokens, k, begin)
        if named and named[0][0].low not in PREPOSITIONS:
            return named
        # "Protesters in Ohio, who marched Tuesday, said": the phrase the place belongs to; none in
        # "Cruz lacks support from colleagues in Congress, whom he alienated, said Larry Sabato"
        preposition = end - len(np)
        if tokens[preposition].low in PLACE_PREPOSITIONS:  # not "a number of Democrats", "run by Jane Doe"
            found = subject_from_start(tokens, clause_start(tokens, begin, preposition), preposition)
            if found and is_document(found[0][-1]) and tokens[preposition].low == "from":
                return np, role  # "A memo from Jane Doe, who heads the agency, said": the memo's maker
            return (found[0], role) if found else None
    if end + 1 - len(np) > begin and tokens[end - len(np)].text == ",":
        return _name_before_appositives(tokens, k, begin) or (np, role)
    return np, role


def _titled_name(words: list[Token]) -> bool:
    """ "Gov. Tom Roe": a title, then a name, no one's possessive."""
    return len(words) > 1 and words[0].low in lexicon.words("honorifics.txt") and all(t.is_cap and t.text == t.bare for t in words if t.is_word)


def _state_after_city(tokens: list[Token], k: int, j: int) -> bool:
    """Is tokens[k+1:j] a US state after a city and its comma ("Wilmington, N.C.", "Columbus, Ohio")?"""
    words = " ".join(t.low for t in tokens[k + 1 : j] if t.is_word)  # "Mich." may end in a token of its own
    return k > 0 and tokens[k - 1].is_cap and words in lexicon.words("us_states.txt")


def _name_before_appositives(tokens: list[Token], k: int, begin: int) -> tuple[list[Token], str] | None:
    """ "Donna Rawlings, 59, of Ashton, Md., who watched the ceremony, said": a name opening the clause,
    then several appositives (age, home town, a relative clause) before the verb."""
    commas = [c for c in range(k, max(begin, k - MAX_APPOSITIVE * MAX_SEGMENTS) - 1, -1) if tokens[c].text == "," and not tokens[c].quoted]
    for c in commas[:MAX_SEGMENTS + 1]:
        np = backward_np(tokens, c - 1)
        if np and np[0] is tokens[begin]:
            after = min((m for m in commas if m > c), default=k)  # the comma closing the name's first appositive
            segment = tokens[c + 1 : after]
            return np, "" if all(t.text.isdigit() for t in segment if t.is_word) else role_text(segment)
    return None


def unclosed_appositive(tokens: list[Token], subject: list[Token], verb: int) -> tuple[list[Token], str] | None:
    """ "Jane Doe, a senator from Ohio said ...": a description opened by a comma after a person's name
    and never closed before the verb (the writer left out the second comma) is the name's role, and the
    name the subject. The name must open the sentence ("Unlike Jane Doe, a senator said ...", "The firm
    named a chief, Jane Doe, a spokeswoman said." are other people's words), and the verb neither closes
    the sentence nor opens a frame set in with a comma ("Jane Doe, the mayor said Tuesday, will not run")."""
    first = next((k for k, t in enumerate(tokens) if t is subject[0]), None)
    # "president of the firm"; not "senator Tom Roe", a title before a name
    described = subject[0].low in {"a", "an", "the"} or (
        subject[0].text.islower() and is_role_word(subject[0]) and not (len(subject) > 1 and subject[1].is_cap)
    )
    if first is None or first < 2 or not described or tokens[first - 1].text != ",":
        return None
    reach = tokens[verb + 1 : verb + 1 + FRAME_REACH]
    # a comma that opens a quotation ('stated, “It is ...”') sets in the words said, no frame
    # (but a quotation that goes on in lower case continues the sentence the frame splits: 'Jane Doe, the
    # mayor said, "is the best we have."')
    after = [
        t for m, t in enumerate(reach)
        if not t.quoted and not (t.text == "," and m + 2 < len(reach) and reach[m + 1].text in OPENING_MARKS and not reach[m + 2].text.islower())
    ]
    if not any(t.is_word for t in tokens[verb + 1 :]) or any(t.text == "," for t in after):
        # "..., Jane Doe, a spokeswoman said.", "Jane Doe, the mayor said Tuesday, will not run": a frame
        # closing the sentence or set in about Jane Doe, the describer's
        return None
    end = first - 2  # the name's last token, or the ")" closing its affiliation ("Jane Doe (D-NY),")
    if tokens[end].text == ")":
        end = next((k - 1 for k in range(end - 1, max(-1, end - MAX_AFFILIATION), -1) if tokens[k].text == "("), -1)
    name = backward_np(tokens, end) if end >= 0 else []
    words = [t for t in name if t.is_word]
    if len(words) < 2 or not all(t.is_cap for t in words) or any(is_pronoun(t) for t in words):
        return None
    if name[0] is not tokens[0]:
        return None  # the name opens the sentence: after a comma it may be a noun's ("named a chief, Jane Doe, ...")
    if not (is_given_name(words[0]) or words[0].low in lexicon.words("honorifics.txt")):
        return None
    return name, role_text(tokens[first:verb])
