"""The view a link carries, and the one place that names query-parameter and session keys.

A view is (article, by, groups, target). ``parse`` reads it from query parameters and says, in plain
words, what it had to change; ``to_query`` writes every part of it back explicitly, so a shared link
does not change meaning if a default changes later. Pure functions: no Streamlit here.
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

# Session-state keys of the widgets that hold the view.
K_ARTICLE = "w_article"
K_BY = "w_by"
K_GROUPS = "w_groups"
K_TARGET = "w_target"
K_NOTICES = "notices"
K_LOADED_QUERY = "loaded_query"

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
