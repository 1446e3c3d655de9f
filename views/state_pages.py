"""The Compare, Landscape and Data pages' own parts of the link: read with notices, written back.

Each is read and written on its own page only and left out of the link where it is at its default: the
Data page's filters (``parse_filters``, ``filters_to_query``), the Landscape page's choices
(``parse_choices``, ``choices_to_query``) and the Compare page's statement lists narrowed to a stance
(``parse_picks``, ``picks_to_query``). The parameters' names are in ``views.state``, beside the shared
view's; the Voices page's part is in ``views.state_voices``. Pure functions: no Streamlit here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from .state import (
    MAX_MATRIX_TARGETS,
    MAX_TARGET_CHARS,
    NARRATION_OFF,
    NARRATION_ON,
    P_ASPECT,
    P_CONTAINS,
    P_NARRATION,
    P_SECTION,
    P_SPEAKER,
    P_STANCE,
    P_STATEMENTS,
    P_TARGETS,
    PICK,
    all_values,
    first_value,
)


@dataclass(frozen=True)
class Filters:
    """The Data page's filters; an empty one lets every statement through."""

    sections: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    stances: tuple[str, ...] = ()
    contains: str = ""  # plain text the statement contains, not case-sensitive
    notices: tuple[str, ...] = field(default=(), compare=False)


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
        for value in all_values(params.get(param)):
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
        contains=(first_value(params.get(P_CONTAINS)) or "").strip(),
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
    asked = first_value(params.get(P_NARRATION))
    if asked and asked not in (NARRATION_ON, NARRATION_OFF):
        notices.append(f"“{P_NARRATION}={asked}” is neither {NARRATION_ON} nor {NARRATION_OFF}; the author's narration is shown.")
    elif asked == NARRATION_OFF and not has_author:
        notices.append(f"This article has no narration of its author's own to hide; “{P_NARRATION}={NARRATION_OFF}” was left out.")
    elif asked == NARRATION_OFF:
        narration = False
    options = options_for(narration)

    def chosen(param: str, available: Sequence[str]) -> str | None:
        value = first_value(params.get(param))
        if not value:
            return None
        if value not in available:
            notices.append(f"No {param} called “{value}” in the speaker × aspect matrix; that choice was left out.")
            return None
        return value

    targets: list[str] = []
    for value in all_values(params.get(P_TARGETS)):
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
    for value in all_values(params.get(P_STATEMENTS)):
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
