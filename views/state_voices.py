"""The Voices page's part of the link: the chosen voices and the part of the corpus they are read in.

``voice=<name>`` repeats, once per chosen voice (1 to 4; one shows that voice across its articles,
2 to 4 side by side; any spelling of a voice opens it, and the link is written with the one it is shown by); ``source=<text>`` keeps the articles whose source contains it (any case);
``from=YYYY-MM-DD`` and ``to=YYYY-MM-DD`` keep the articles dated in that range (published date, else
the day added), inclusive; ``issue=<text>`` keeps the articles whose main issue (the target their stance
is judged against) contains it (any case). Each is left out of the link while empty. Read and written on that page only,
like the other pages' own state (``views.state``). Pure functions: no Streamlit here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

P_VOICE = "voice"
P_SOURCE = "source"
P_FROM = "from"
P_TO = "to"
P_ISSUE = "issue"  # not "target": that is the shared view's, in every page's link
VOICE_PARAMS = (P_VOICE, P_SOURCE, P_FROM, P_TO, P_ISSUE)
MAX_VOICES = 4
MAX_SOURCE_CHARS = 120
K_VOICES = "voices"  # the page's key prefix: its widgets are `views.state.filter_key(K_VOICES, param)`
K_VOICES_READ = "voices_choices_read"  # the choices a link asked for, with its notices


@dataclass(frozen=True)
class VoiceChoices:
    voices: tuple[str, ...] = ()
    source: str = ""
    since: str = ""  # YYYY-MM-DD
    until: str = ""
    issue: str = ""
    notices: tuple[str, ...] = field(default=(), compare=False)


def _all(values: Sequence[str] | str | None) -> list[str]:
    if values is None:
        return []
    return [values] if isinstance(values, str) else list(values)


def _date(value: str, param: str, notices: list[str]) -> str:
    if not value:
        return ""
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        notices.append(f"“{param}={value}” is not a date (write YYYY-MM-DD); that end of the range was left open.")
        return ""


def parse_voice_choices(params: Mapping[str, Sequence[str] | str | None], *, voice_named: Callable[[str], str | None]) -> VoiceChoices:
    """The choices a URL asks for; a voice the corpus does not have, a malformed date or a fifth voice
    is left out, with a notice. `voice_named(name)` gives the corpus's voice a written name is, as the
    page shows it (another spelling of it opens it: "Donald J. Trump" is Donald Trump), or None."""
    notices: list[str] = []
    voices: list[str] = []
    for name in _all(params.get(P_VOICE)):
        if not name:
            continue
        found = voice_named(name)
        if found in voices:
            continue
        if len(voices) == MAX_VOICES:
            notices.append(f"At most {MAX_VOICES} voices fit side by side; the first {MAX_VOICES} are shown.")
            break
        if found is not None:
            voices.append(found)
        else:
            notices.append(f"No voice called “{name}” in the corpus; it was left out.")
    source = _text(params, P_SOURCE, "source", notices)
    issue = _text(params, P_ISSUE, "issue", notices)
    since = _date((_all(params.get(P_FROM)) or [""])[0], P_FROM, notices)
    until = _date((_all(params.get(P_TO)) or [""])[0], P_TO, notices)
    if since and until and since > until:
        notices.append(f"The range ends ({until}) before it starts ({since}); the two dates were swapped.")
        since, until = until, since
    return VoiceChoices(tuple(voices), source, since, until, issue, tuple(notices))


def _text(params: Mapping[str, Sequence[str] | str | None], param: str, what: str, notices: list[str]) -> str:
    text = " ".join(" ".join(_all(params.get(param))[:1]).split())
    if len(text) > MAX_SOURCE_CHARS:
        notices.append(f"The {what} was longer than {MAX_SOURCE_CHARS} characters and was cut.")
        text = text[:MAX_SOURCE_CHARS]
    return text


def voice_choices_to_query(choices: VoiceChoices) -> dict[str, str | list[str]]:
    """The choices for the link; empty ones are left out."""
    query: dict[str, str | list[str]] = {}
    if choices.voices:
        query[P_VOICE] = list(choices.voices)
    for param, value in ((P_SOURCE, choices.source), (P_FROM, choices.since), (P_TO, choices.until), (P_ISSUE, choices.issue)):
        if value:
            query[param] = value
    return query
