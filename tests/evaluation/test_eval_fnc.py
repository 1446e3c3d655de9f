import pytest

from viewpoints.evaluation import fnc


@pytest.mark.parametrize(
    ("statements", "target", "label"),
    [
        # only statements sharing >= 2 headline content words count: the -0.9 is about something else
        (
            [("The bridge plan works well.", 0.6), ("Weather was cold and grim.", -0.9)],
            "Bridge plan approved",
            "supportive",
        ),
        (
            [("The bridge plan fails.", -0.3), ("Critics say the bridge plan is doomed.", -0.3)],
            "Bridge plan approved",
            "skeptical",
        ),
        # scores cancel out, or stay within the threshold: neutral
        ([("The bridge plan works.", 0.6), ("The bridge plan fails.", -0.6)], "Bridge plan approved", "neutral"),
        ([("The bridge plan works.", 0.5)], "Bridge plan approved", "neutral"),
        # no statement relevant: every statement counts
        ([("Nothing here matches.", -0.3), ("Nor here at all.", -0.3)], "Bridge plan approved", "skeptical"),
        # a one-word headline needs only that word
        ([("Bridges everywhere.", 0.0), ("The bridge is lovely.", 0.7)], "Bridge", "supportive"),
        ([], "Bridge plan approved", "neutral"),
    ],
)
def test_aggregate_rule(statements, target, label):
    assert fnc.aggregate(statements, target)[0] == label


def test_content_words_drop_stopwords_short_words_and_numbers():
    assert fnc.content_words("The 2 new bridges of the U.S. will open in June") == {"new", "bridges", "open", "june"}


def test_with_too_few_topics_the_figure_is_the_engines_own_answer_and_not_judged(eval_folder):
    import viewpoints

    entry = fnc.evaluate_fnc(eval_folder, viewpoints.analyze)
    assert entry["n"]["claim_pairs"] == 4 and entry["n"]["cross_validated"] is False  # one topic only
    assert entry["metrics"]["macro_f1"] == entry["metrics"]["macro_f1_shipped_model"]
    assert entry["goals"] == {}  # a model fitted on FNC-1 itself is not judged against the goal


# ten claims, three articles each: one that restates it, one that refutes it, one that reports it
CLAIMS = [
    ("Mayor closes the city centre to cars", "the mayor", "closed the city centre to cars"),
    ("Singer cancels world tour", "the singer", "cancelled the world tour"),
    ("Bank raises interest rates", "the bank", "raised interest rates"),
    ("Hospital opens a new cancer ward", "the hospital", "opened a new cancer ward"),
    ("School closes for winter", "the school", "closed for the winter"),
    ("City approves new stadium", "the city", "approved the new stadium"),
    ("Company recalls toy cars", "the company", "recalled its toy cars"),
    ("Airline drops pet fees", "the airline", "dropped its pet fees"),
    ("Museum returns stolen statue", "the museum", "returned the stolen statue"),
    ("Zoo welcomes twin panda cubs", "the zoo", "welcomed twin panda cubs"),
]


def _folder(tmp_path):
    import pandas as pd

    bodies, stances = [], []
    for number, (headline, who, did) in enumerate(CLAIMS):
        texts = {
            "agree": f"On Monday {who} {did}. Officials confirmed that {who} {did}.",
            "disagree": f"Reports that {who} {did} are a hoax. The story is fake and was debunked.",
            "discuss": f"Some reports claim {who} may have {did}. It is not clear whether that is true.",
        }
        for offset, (label, text) in enumerate(texts.items()):
            body = str(number * 3 + offset)
            bodies.append({"Body ID": body, "articleBody": text})
            stances.append({"Headline": headline, "Body ID": body, "Stance": label})
    folder = tmp_path / "fnc1"
    folder.mkdir()
    pd.DataFrame(bodies).to_csv(folder / fnc.BODIES_FILE, index=False)
    pd.DataFrame(stances).to_csv(folder / fnc.STANCES_FILE, index=False)
    return tmp_path


def test_enough_topics_give_the_cross_validated_figure_and_its_spread(tmp_path):
    import numpy as np

    import viewpoints
    from viewpoints.evaluation import train_claim_stance as T
    from viewpoints.evaluation.metrics import macro_f1
    from viewpoints.stance import claim_model as M

    data = _folder(tmp_path)
    entry = fnc.evaluate_fnc(data, viewpoints.analyze)
    n, metrics = entry["n"], entry["metrics"]
    assert n["pairs"] == 30 and n["claim_pairs"] == 30 and n["topics"] == 10 and n["cross_validated"] is True
    assert entry["goals"]["macro_f1"] == {"op": ">=", "value": 0.5}
    # the figure is the out-of-fold answer, the same the training script's cross-validation gives
    pairs, bodies = fnc.load_pairs(data / "fnc1")
    X = np.array([T.claim_inputs(viewpoints.analyze(bodies[b], target=h)) for b, h, _ in pairs])
    y = np.array([M.LABELS.index(label) for _, _, label in pairs])
    held_out, _ = T.cross_validated(X, y, T.topics(pairs))
    assert metrics["macro_f1"] == macro_f1([label for *_, label in pairs], [M.LABELS[k] for k in held_out], M.LABELS)
    assert metrics["claims_macro_f1_fold_min"] <= metrics["macro_f1"] <= metrics["claims_macro_f1_fold_max"]
    assert "macro_f1_shipped_model" in metrics and "macro_f1_rules" in metrics
