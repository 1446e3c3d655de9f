"""The seed article against its hand-written gold: every statement's section, speaker, role, kind, stance.

The table below is the project's own seed gold (``seed_statements.jsonl``), copied here so that a fresh
clone can run it; when the shared gold folder is present, a second test checks the copy still matches.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import NamedTuple

import pytest

from viewpoints import schema as S


class Gold(NamedTuple):
    section: str
    speaker: str
    speaker_role: str
    kind: str  # the attribution
    stance: str
    text: str


ZELENSKY_ROLE = "Ukrainian President"
KACZMARSKI_ROLE = "lecturer in Security Studies at the University of Glasgow"
JORDASH_ROLE = "President of Global Rights Compliance"
DMYTRO_ROLE = "co-founder of the volunteer group Druzi Space in Donbas"

GOLD = [
    Gold('Lead', 'Volodymyr Zelensky', ZELENSKY_ROLE, 'reported', 'supportive',
         "Ahead of Donald Trump’s second state visit to the UK, Ukrainian President Volodymyr Zelensky urged Trump to take a “clear position” on providing Ukraine with security guarantees."),
    Gold('Lead', 'Volodymyr Zelensky', ZELENSKY_ROLE, 'reported', 'supportive',
         "Zelensky stressed that any effective agreement must be backed not only by the United States but also by European partners."),
    Gold('Lead', 'author', "", 'narration', 'neutral',
         "This debate comes at a tense time."),
    Gold('Lead', 'author', "", 'narration', 'neutral',
         "Russia has intensified attacks on Ukraine, carried out drone incursions into NATO members Poland and Romania, and continued joint drills with Belarus."),
    Gold('Lead', 'author', "", 'narration', 'skeptical',
         "While the Kremlin has put peace talks “on pause,” questions remain over whether credible security guarantees can realistically move forward."),
    Gold('Expert views', 'Marcin Kaczmarski', KACZMARSKI_ROLE, 'reported', 'skeptical',
         "Dr. Marcin Kaczmarski, a lecturer in Security Studies at the University of Glasgow, believes Europe’s leverage is limited."),
    Gold('Expert views', 'Marcin Kaczmarski', KACZMARSKI_ROLE, 'reported', 'skeptical',
         "According to him, leaders like UK Prime Minister Keir Starmer can only attempt to persuade Trump that supporting Ukraine’s security is in Washington’s best interests."),
    Gold('Expert views', 'Marcin Kaczmarski', KACZMARSKI_ROLE, 'reported', 'skeptical',
         "However, he cautions that recent Russian provocations, such as drone attacks on Poland and Romania, have not shifted U.S. policy."),
    Gold('Expert views', 'Marcin Kaczmarski', KACZMARSKI_ROLE, 'reported', 'neutral',
         "Kaczmarski also outlined two potential risks of Russian engagement with the UK."),
    Gold('Expert views', 'Marcin Kaczmarski', KACZMARSKI_ROLE, 'continuation', 'neutral',
         "First, routine airspace violations and increased patrols in the North Sea could escalate accidentally."),
    Gold('Expert views', 'Marcin Kaczmarski', KACZMARSKI_ROLE, 'continuation', 'neutral',
         "Second, if British troops were deployed to western Ukraine, Moscow would likely avoid direct confrontation but instead operate in the “grey zone” using drones or other deniable attacks."),
    Gold('Expert views', 'Marcin Kaczmarski', KACZMARSKI_ROLE, 'reported', 'skeptical',
         "In his view, Russia’s goal would be to test NATO’s credibility and weaken the value of any security guarantees."),
    Gold('Expert views', 'Marcin Kaczmarski', KACZMARSKI_ROLE, 'reported', 'supportive',
         "He also noted that meaningful guarantees would not necessarily require large troop deployments."),
    Gold('Expert views', 'Marcin Kaczmarski', KACZMARSKI_ROLE, 'continuation', 'supportive',
         "A U.S. air force presence in Poland or Ukraine, for example, could serve as powerful political signalling that any Russian escalation would be treated as an attack on NATO."),
    Gold('Beyond military pledges', 'Wayne Jordash', JORDASH_ROLE, 'reported', 'supportive',
         "Wayne Jordash KC, President of Global Rights Compliance, stressed that guarantees should not only focus on troops but also on long-term deterrence."),
    Gold('Beyond military pledges', 'Wayne Jordash', JORDASH_ROLE, 'continuation', 'supportive',
         "This would include sustained weapons supply, real-time intelligence sharing, and coordinated preparations for possible future Russian aggression."),
    Gold('Ukrainian skepticism', 'author', "", 'narration', 'skeptical',
         "Still, many Ukrainians remain doubtful."),
    Gold('Ukrainian skepticism', 'Dmytro', DMYTRO_ROLE, 'reported', 'skeptical',
         "Dmytro, co-founder of the volunteer group Druzi Space in Donbas, expressed frustration, calling the discussions “empty talk.”"),
    Gold('Ukrainian skepticism', 'Dmytro', DMYTRO_ROLE, 'reported', 'skeptical',
         "He argued that Western leaders lack the courage to take decisive steps, saying that only firm commitments backed by real action could bring an end to the war."),
    Gold('Takeaway', 'author', "", 'narration', 'neutral',
         "The debate over Ukraine’s security guarantees reveals deep divisions."),
    Gold('Takeaway', 'author', "", 'narration', 'skeptical',
         "While experts agree U.S. backing is essential, doubts persist about whether Washington is ready to commit."),
    Gold('Takeaway', 'author', "", 'narration', 'skeptical',
         "For Ukrainians on the frontlines, promises without action remain difficult to trust."),
]

# gold field -> statements column
FIELDS = {
    "section": S.SECTION,
    "speaker": S.SPEAKER,
    "speaker_role": S.SPEAKER_ROLE,
    "kind": S.ATTRIBUTION,
    "stance": S.STANCE,
    "text": S.TEXT,
}
SHARED_GOLD = Path(os.environ.get("VIEWPOINTS_SHARED_GOLD", "/work/shared/gold")) / "seed_statements.jsonl"


def test_one_statement_per_gold_sentence(seed_frame):
    assert len(seed_frame) == len(GOLD) == 22, seed_frame[S.TEXT].tolist()


@pytest.mark.parametrize("field", list(FIELDS))
def test_seed_matches_its_gold(seed_frame, field):
    column = FIELDS[field]
    got = seed_frame[column].tolist()
    expected = [getattr(g, field) for g in GOLD]
    right = sum(a == b for a, b in zip(got, expected))
    wrong = [f"#{i}: got {a!r}, gold {b!r}" for i, (a, b) in enumerate(zip(got, expected)) if a != b]
    assert right == len(GOLD) == len(got), f"{field}: {right}/{len(GOLD)} right\n" + "\n".join(wrong)


def test_seed_headings_and_boilerplate(seed_frame):
    assert [t for _s, _e, t in seed_frame.attrs["headings"]] == [
        "Expert views",
        "Beyond military pledges",
        "Ukrainian skepticism",
        "Takeaway",
    ]
    assert [t for _s, _e, t in seed_frame.attrs["boilerplate"]] == ["Comments", "Post a Comment"]
    assert seed_frame.attrs["target"] == "security guarantees"


@pytest.mark.skipif(not SHARED_GOLD.is_file(), reason="the shared gold folder is not here")
def test_in_test_gold_equals_the_shared_file():
    shared = [json.loads(line) for line in SHARED_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert [row["index"] for row in shared] == list(range(len(shared)))
    assert [Gold(**{f: row[f] for f in Gold._fields}) for row in shared] == GOLD
