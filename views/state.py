"""The view a link carries, and the one place that names query-parameter and session keys.

A view is (article, by, groups, target). ``parse`` reads it from query parameters and says, in plain
words, what it had to change; ``to_query`` writes every part of it back explicitly, so a shared link
does not change meaning if a default changes later. Three pages add their own state to the link the
same way, each read and written on that page only and left out of the link where it is at its default:
the Data page's filters (``parse_filters``, ``filters_to_query``), the Landscape page's choices
(``parse_choices``, ``choices_to_query``) and the Compare page's statement lists narrowed to a stance
(``parse_picks``, ``picks_to_query``); the Voices page's voices and part of the corpus are in
``views.state_voices``. Pure functions: no Streamlit here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from viewpoints.compare import BY_OPTIONS, MAX_GROUPS, MIN_GROUPS

# Query parameters (the URL format, documented in the README).
P_ARTICLE = "article"
P_BY = "by"
P_GROUP = "group"
P_TARGET = "target"
# The Data page's filters (read and written on that page only). An empty filter lets everything through,
# so it is left out of the link; `section`, `speaker` and `stance` repeat, once per chosen value.
P_SECTION = "section"
P_SPEAKER = "speaker"
P_STANCE = "stance"
P_CONTAINS = "contains"
FILTER_PARAMS = (P_SECTION, P_SPEAKER, P_STANCE, P_CONTAINS)
# The Landscape page's choices (read and written on that page only): the author's narration shown or not
# (`narration=off` hides it; on, the default, is left out), and the speaker and aspect whose statements
# are listed (`speaker`, `aspect`: one each; none, the default, is left out).
P_NARRATION = "narration"
P_ASPECT = "aspect"
P_TARGETS = "targets"  # the voices x targets matrix's targets, repeated
MAX_MATRIX_TARGETS = 5
NARRATION_ON, NARRATION_OFF = "on", "off"
CHOICE_PARAMS = (P_NARRATION, P_SPEAKER, P_ASPECT, P_TARGETS)
# The Compare page's statement lists narrowed to one stance (read and written on that page only):
# `statements=<group>:<stance>`, repeated, once per narrowed group; a group showing every stance is left out.
P_STATEMENTS = "statements"
PICK = ":"

# Session-state keys of the widgets that hold the view.
K_ARTICLE = "w_article"
K_BY = "w_by"
K_GROUPS = "w_groups"
K_TARGET = "w_target"
K_SUGGESTED = "w_suggested_target"  # the suggested targets under "Stance toward": a pick fills K_TARGET
K_NOTICES = "notices"
K_LOADED_QUERY = "loaded_query"
K_PENDING = "pending_article"  # an article just brought in, opened on the next run
K_AUTHENTICATED = "authenticated"  # the team password was given in this session
K_OTHER_ARTICLE = "w_other_article"  # "Add a group from another article": its article, group and button
K_OTHER_GROUP = "w_other_group"
K_ARTICLE_SEARCH = "w_article_search"  # the sidebar's article search (what the picker offers)
K_OTHER_SEARCH = "w_other_search"  # the same for "Add a group from another article"
K_OTHER_ADD = "w_other_add"
K_DATA = "data"  # the Data page's key prefix: its filter widgets are `filter_key(K_DATA, param)`
K_FILTERS_READ = "data_filters_read"  # the filters a link asked for, with its notices
K_LANDSCAPE = "landscape"  # the Landscape page's key prefix: its choice widgets are `filter_key(K_LANDSCAPE, param)`
K_CHOICES_READ = "landscape_choices_read"  # the choices a link asked for, with its notices
K_COMPARE = "compare"  # the Compare page's key prefix: group i's stance pills are `pick_key(K_COMPARE, i)`
K_PICKS_READ = "compare_picks_read"  # the statement lists a link narrowed, with its notices

MAX_TARGET_CHARS = 120
# A group from another article is written "<article>::<group>" (a group of the view's own article is
# its bare name), so a comparison can put the same speaker from two articles side by side.
FROM_ARTICLE = "::"


def qualify(article: str, group: str) -> str:
    return f"{article}{FROM_ARTICLE}{group}"


def split_group(name: str, article: str) -> tuple[str, str]:
    """(article, group) of a group name: qualified names carry their article, bare ones are the view's."""
    if FROM_ARTICLE in name:
        other, group = name.split(FROM_ARTICLE, 1)
        return other, group
    return article, name


@dataclass(frozen=True)
class View:
    article: str
    by: str
    groups: tuple[str, ...]
    target: str  # "" means the article's main issue
    notices: tuple[str, ...] = field(default=(), compare=False)


def filter_key(prefix: str, param: str) -> str:
    """Session-state key of a page's widget for the parameter `param`, under the page's key prefix."""
    return f"{prefix}_{param}"


def pick_key(prefix: str, index: int) -> str:
    """Session-state key of the Compare page's stance pills under its `index`-th group (0-based)."""
    return f"{prefix}_{index}_filter"


@dataclass(frozen=True)
class Filters:
    """The Data page's filters; an empty one lets every statement through."""

    sections: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    stances: tuple[str, ...] = ()
    contains: str = ""  # plain text the statement contains, not case-sensitive
    notices: tuple[str, ...] = field(default=(), compare=False)


def _first(values: Sequence[str] | str | None) -> str | None:
    if values is None:
        return None
    if isinstance(values, str):
        return values
    return values[0] if values else None


def parse(
    params: Mapping[str, Sequence[str] | str],
    *,
    articles: Sequence[str],
    default_article: str,
    groups_for: Callable[[str, str], Sequence[str]],
    default_groups_for: Callable[[str, str], Sequence[str]],
) -> View:
    """The view a URL asks for; unknown or malformed parts fall back to defaults, with a notice each.

    `params` maps a parameter to its values (repeated `group` parameters give several).
    `groups_for(article, by)` lists the groups that exist; `default_groups_for` picks the defaults.
    """
    notices: list[str] = []
    article = _first(params.get(P_ARTICLE)) or default_article
    if article not in articles:
        notices.append(f"No article called “{article}” here, so the default article is shown.")
        article = default_article

    by = _first(params.get(P_BY)) or BY_OPTIONS[0]
    if by not in BY_OPTIONS:
        notices.append(f"“by={by}” is not a way to compare (use {', '.join(BY_OPTIONS)}); comparing by {BY_OPTIONS[0]}.")
        by = BY_OPTIONS[0]

    target = (_first(params.get(P_TARGET)) or "").strip()
    if len(target) > MAX_TARGET_CHARS:
        notices.append(f"The target was longer than {MAX_TARGET_CHARS} characters and was cut.")
        target = target[:MAX_TARGET_CHARS]

    raw = params.get(P_GROUP) or []
    wanted = [raw] if isinstance(raw, str) else list(raw)
    available = list(groups_for(article, by))
    chosen: list[str] = []
    for name in wanted:
        source, group = split_group(name, article)
        if source == article:
            name = group
        if source != article and source not in articles:
            notices.append(f"No article called “{source}” here, so its group “{group}” was left out.")
        elif group not in (available if source == article else groups_for(source, by)):
            where = "this article" if source == article else f"article “{source}”"
            notices.append(f"No {by} called “{group}” in {where}; it was left out.")
        elif name not in chosen:
            chosen.append(name)
    if len(chosen) > MAX_GROUPS:
        notices.append(f"At most {MAX_GROUPS} groups fit side by side; the first {MAX_GROUPS} are shown.")
        chosen = chosen[:MAX_GROUPS]
    if len(chosen) < MIN_GROUPS:
        if wanted:
            notices.append(f"A comparison needs at least {MIN_GROUPS} groups; defaults were added.")
        for name in default_groups_for(article, by):
            if len(chosen) >= MIN_GROUPS:
                break
            if name not in chosen:
                chosen.append(name)
    return View(article, by, tuple(chosen), target, tuple(notices))


def to_query(view: View) -> dict[str, str | list[str]]:
    """Every part of the view, written out: the link means the same thing whatever the defaults."""
    query: dict[str, str | list[str]] = {P_ARTICLE: view.article, P_BY: view.by, P_GROUP: list(view.groups)}
    if view.target:
        query[P_TARGET] = view.target
    return query


def _all(values: Sequence[str] | str | None) -> list[str]:
    if values is None:
        return []
    return [values] if isinstance(values, str) else list(values)


def parse_filters(
    params: Mapping[str, Sequence[str] | str | None],
    *,
    sections: Sequence[str],
    speakers: Sequence[str],
    stances: Sequence[str],
) -> Filters:
    """The Data page's filters a URL asks for; a value the article does not have is left out, with a notice.

    `sections`, `speakers` and `stances` are the values that exist (the filters' options).
    """
    notices: list[str] = []

    def chosen(param: str, available: Sequence[str]) -> tuple[str, ...]:
        kept: list[str] = []
        for value in _all(params.get(param)):
            if not value or value in kept:
                continue
            if value in available:
                kept.append(value)
            elif param == P_STANCE:
                notices.append(f"“stance={value}” is not a stance (use {', '.join(available)}); that filter value was left out.")
            else:
                notices.append(f"No {param} called “{value}” in this article; that filter value was left out.")
        return tuple(kept)

    return Filters(
        sections=chosen(P_SECTION, sections),
        speakers=chosen(P_SPEAKER, speakers),
        stances=chosen(P_STANCE, stances),
        contains=(_first(params.get(P_CONTAINS)) or "").strip(),
        notices=tuple(notices),
    )


def filter_values(filters: Filters) -> dict[str, list[str] | str]:
    """Each filter by its parameter: lists for the multi-valued ones, the text for `contains`."""
    return {
        P_SECTION: list(filters.sections),
        P_SPEAKER: list(filters.speakers),
        P_STANCE: list(filters.stances),
        P_CONTAINS: filters.contains,
    }


def filters_to_query(filters: Filters) -> dict[str, str | list[str]]:
    """The filters that narrow something, for the link (an empty filter is left out: it means everything)."""
    return {param: value for param, value in filter_values(filters).items() if value}


@dataclass(frozen=True)
class Choices:
    """The Landscape page's choices: the author's narration shown or not, and the speaker and aspect
    whose statements are listed (None: any)."""

    narration: bool = True
    speaker: str | None = None
    aspect: str | None = None
    targets: tuple[str, ...] = ()  # the voices x targets matrix's targets; () = the suggested ones
    notices: tuple[str, ...] = field(default=(), compare=False)


def parse_choices(
    params: Mapping[str, Sequence[str] | str | None],
    *,
    has_author: bool,
    options_for: Callable[[bool], Mapping[str, Sequence[str]]],
) -> Choices:
    """The Landscape page's choices a URL asks for; a value the page does not offer is left out, with a notice.

    `has_author`: the article has narration of its own to hide. `options_for(narration)` gives the
    speakers and aspects the speaker × aspect matrix offers (keys `speakers`, `aspects`) with the
    author's narration shown or hidden.
    """
    notices: list[str] = []
    narration = True
    asked = _first(params.get(P_NARRATION))
    if asked and asked not in (NARRATION_ON, NARRATION_OFF):
        notices.append(f"“{P_NARRATION}={asked}” is neither {NARRATION_ON} nor {NARRATION_OFF}; the author's narration is shown.")
    elif asked == NARRATION_OFF and not has_author:
        notices.append(f"This article has no narration of its author's own to hide; “{P_NARRATION}={NARRATION_OFF}” was left out.")
    elif asked == NARRATION_OFF:
        narration = False
    options = options_for(narration)

    def chosen(param: str, available: Sequence[str]) -> str | None:
        value = _first(params.get(param))
        if not value:
            return None
        if value not in available:
            notices.append(f"No {param} called “{value}” in the speaker × aspect matrix; that choice was left out.")
            return None
        return value

    targets: list[str] = []
    for value in _all(params.get(P_TARGETS)):
        value = " ".join(value.split())
        if len(value) > MAX_TARGET_CHARS:
            notices.append(f"A target of the voices × targets matrix was longer than {MAX_TARGET_CHARS} characters and was cut.")
            value = value[:MAX_TARGET_CHARS]
        if value and value not in targets:
            targets.append(value)
    if len(targets) > MAX_MATRIX_TARGETS:
        notices.append(f"The voices × targets matrix shows at most {MAX_MATRIX_TARGETS} targets; the first {MAX_MATRIX_TARGETS} were kept.")
        targets = targets[:MAX_MATRIX_TARGETS]
    speaker, aspect = chosen(P_SPEAKER, options["speakers"]), chosen(P_ASPECT, options["aspects"])
    return Choices(narration, speaker, aspect, tuple(targets), tuple(notices))


def choices_to_query(choices: Choices) -> dict[str, str | list[str]]:
    """The choices that differ from the page's defaults, for the link."""
    query: dict[str, str | list[str]] = {}
    if not choices.narration:
        query[P_NARRATION] = NARRATION_OFF
    if choices.speaker is not None:
        query[P_SPEAKER] = choices.speaker
    if choices.aspect is not None:
        query[P_ASPECT] = choices.aspect
    if choices.targets:
        query[P_TARGETS] = list(choices.targets)
    return query


@dataclass(frozen=True)
class Picks:
    """The Compare page's statement lists narrowed to one stance: (group, stance), in the groups' order."""

    chosen: tuple[tuple[str, str], ...] = ()
    notices: tuple[str, ...] = field(default=(), compare=False)


def parse_picks(params: Mapping[str, Sequence[str] | str | None], *, options: Mapping[str, Sequence[str]]) -> Picks:
    """The statement lists a URL narrows (`<group>:<stance>`); a pick the comparison does not offer is
    left out, with a notice.

    `options` maps each compared group, in order, to the stances its statements have.
    """
    notices: list[str] = []
    wanted: dict[str, str] = {}
    for value in _all(params.get(P_STATEMENTS)):
        group, sep, stance = value.rpartition(PICK)  # a stance has no colon; a group name may
        if not sep or group not in options:
            notices.append(f"“{P_STATEMENTS}={value}” names no compared group (write <group>{PICK}<stance>); it was left out.")
        elif stance not in options[group]:
            notices.append(f"Group “{group}” has no statements with stance “{stance}”; its list shows every stance.")
        elif wanted.setdefault(group, stance) != stance:
            notices.append(f"Group “{group}” can list one stance at a time; “{wanted[group]}” is shown.")
    return Picks(tuple((g, wanted[g]) for g in options if g in wanted), tuple(notices))


def picks_to_query(picks: Picks) -> dict[str, str | list[str]]:
    """The narrowed statement lists, for the link (a list showing every stance is left out)."""
    return {P_STATEMENTS: [f"{group}{PICK}{stance}" for group, stance in picks.chosen]} if picks.chosen else {}
