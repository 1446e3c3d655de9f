"""The view a link carries, and the one place that names query-parameter and session keys.

A view is (article, by, groups, target). ``parse`` reads it from query parameters and says, in plain
words, what it had to change; ``to_query`` writes every part of it back explicitly, so a shared link
does not change meaning if a default changes later. The Compare, Landscape and Data pages add their own
state to the link under the names below, read and written by ``views.state_pages``; the Voices page's
voices and part of the corpus are in ``views.state_voices``. Pure functions: no Streamlit here.
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


def first_value(values: Sequence[str] | str | None) -> str | None:
    if values is None:
        return None
    if isinstance(values, str):
        return values
    return values[0] if values else None


def all_values(values: Sequence[str] | str | None) -> list[str]:
    if values is None:
        return []
    return [values] if isinstance(values, str) else list(values)


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
    article = first_value(params.get(P_ARTICLE)) or default_article
    if article not in articles:
        notices.append(f"No article called “{article}” here, so the default article is shown.")
        article = default_article

    by = first_value(params.get(P_BY)) or BY_OPTIONS[0]
    if by not in BY_OPTIONS:
        notices.append(f"“by={by}” is not a way to compare (use {', '.join(BY_OPTIONS)}); comparing by {BY_OPTIONS[0]}.")
        by = BY_OPTIONS[0]

    target = (first_value(params.get(P_TARGET)) or "").strip()
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
