"""The claim model: reproducible from the corpus, and its cross-validated figures above their floors."""
import os, re, subprocess, tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
TRAIN = os.path.join(ROOT, "scripts", "train-claim-model")
# Floors: the figures of the plain (first-split) report when the model was last trained (6 Dec 2026, sixth session:
# accusations 0.434, rebuttals 0.331; over five splits 0.436 and 0.331, bench/README.md), less a margin for the
# split's noise.
# They are regression lines, not the goals (accusations 0.65, rebuttals 0.55), which the closing note reports
# against.
CV_FLOOR = {"accusations": 0.41, "rebuttals": 0.28}


def test_the_committed_model_is_what_the_corpus_gives():
    out = subprocess.run([TRAIN, "--check"], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]


def test_cross_validation_stays_above_its_floors_and_is_what_the_engine_does():
    out = subprocess.run([TRAIN, "--cv-only", "--engine-check"], capture_output=True, text=True, check=True).stdout
    print(out.strip().splitlines()[-6:])
    for kind, floor in CV_FLOOR.items():
        lines = re.findall(rf"{kind}\s+P [0-9.]+\s+R [0-9.]+\s+F1 ([0-9.]+)\s+(\(tp .*\))", out)
        assert len(lines) == 2, f"want the trainer's {kind} line and the end-to-end one in:\n{out}"
        assert float(lines[0][0]) >= floor, f"cross-validated {kind} F1 {lines[0][0]} < {floor}"
        # The folds' models run through `riposte annotate` and scored by score.py must give what the trainer reports,
        # within 0.01: a larger gap is an engine step (a rule deciding alone, silent groups) that the CV figures do
        # not show. (They are not always equal: the party-dispute step decides who is a party's member with the
        # model at run time but with the rules in the training dump; 6 Dec 2026, split 1: accusations 0.427 by the
        # trainer, 0.431 end to end, from intra-party disputes.)
        assert abs(float(lines[1][0]) - float(lines[0][0])) <= 0.01, f"{kind}: trainer {lines[0]}, end to end {lines[1]}"


test_cross_validation_stays_above_its_floors_and_is_what_the_engine_does.slow = True  # run.py starts it first


def test_the_model_file_is_small():
    size = os.path.getsize(os.path.join(ROOT, "data", "claim_model.tsv"))
    assert 0 < size <= 500 * 1024, f"data/claim_model.tsv is {size} bytes"


def _trainer():
    from importlib.machinery import SourceFileLoader
    import importlib.util
    loader = SourceFileLoader("train_claim_model", TRAIN)
    module = importlib.util.module_from_spec(importlib.util.spec_from_loader(loader.name, loader))
    loader.exec_module(module)
    return module


def test_repeated_cross_validation_uses_different_splits_of_the_whole_corpus():
    t = _trainer()
    ids = [f"doc-{i:03d}" for i in range(40)]
    splits = [t.split_folds(ids, 5, t.SEED + 100 * r) for r in range(3)]
    for folds in splits:
        assert sorted(i for f in folds for i in f) == ids, "a split must hold every document once"
        assert len(folds) == 5 and all(len(f) == 8 for f in folds)
    assert splits[0] != splits[1] and splits[1] != splits[2], "the repeats must not reuse one split"
    assert splits[0] == t.split_folds(ids, 5), "the first repeat is the plain report's split"


def test_edge_f1_counts_party_edges_as_the_report_does():
    t = _trainer()
    gold = {"edges": {"accusation": [{"source": "A", "target": "B"}, {"source": "C", "target": "B"},
                                     {"source": "D", "target": "B", "optional": True}]}}
    ex = [t.Example("d", [], 1, ("A", "B")), t.Example("d", [], 1, ("A", "B")), t.Example("d", [], 0, ("B", "A")),
          t.Example("d", [], None, ("D", "B")), t.Example("d", [], 1, ("C", "B"))]
    accepted = [True, True, True, True, False]  # A->B twice (one edge), B->A wrong, D->B optional, C->B missed
    result = {"accusation": (ex, [0.0] * len(ex), accepted)}
    assert abs(t.edge_f1(result, {"d": gold}, "accusation") - 2 * 1 / (2 * 1 + 1 + 1)) < 1e-9


def test_thresholds_are_chosen_on_every_inner_split_together():
    t = _trainer()
    gold = {"d": {"edges": {"accusation": [{"source": "A", "target": "B"}]}}}
    ex = [t.Example("d", [], 1, ("A", "B")), t.Example("d", [], 0, ("C", "B")),
          t.Example("d", [], 0, ("D", "B"), ruled=True)]
    first, second = [0.62, 0.3, 0.2], [0.48, 0.3, 0.2]
    # One split alone: every model threshold in (0.30, 0.62] is perfect, and the best F1's highest is 0.60. Both
    # together: only (0.30, 0.48] finds the edge in both, so 0.45. The rule match (D -> B, wrong) is kept out by the
    # lowest rule threshold above its 0.2.
    assert t.best_thresholds(ex, [first], gold, "accusation", ["d"]) == (0.6, 0.25)
    assert t.best_thresholds(ex, [first, second], gold, "accusation", ["d"]) == (0.45, 0.25)


def test_candidates_of_a_weak_origin_alone_are_never_accepted():
    """A candidate only co-occurrence proposes (for accusations, also only a clause) is never accepted by the
    trainer's accepts(); with another origin beside it, it is. The model file it writes names the same origins for
    the engine (`never_alone` lines, ClaimModel::decides_alone; the doctest "is never accepted alone" checks the
    engine's side), and the committed model carries them."""
    t = _trainer()
    doc = {"document": {"mentions": [], "actors": []},
           "candidates": [{"kind": kind, "source": "a1", "target": "a2", "start": 0, "features": ["bias"], "rules": rules}
                          for kind in t.KINDS for rules in (["cooccurrence"], ["clause"], ["statement", "cooccurrence"])]}
    gold = {"id": "d", "mentions": [], "actors": {}, "edges": {}}
    for kind in t.KINDS:
        got = [t.accepts(e, 1.0, (0.5, 0.5)) for e in t.examples([gold], {"d": doc}, kind)]
        assert got == [False, kind == "rebuttal", True], (kind, got)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "model.tsv")
        t.write_model(path, {k: {"bias": 0.0} for k in t.KINDS}, {k: (0.5, 0.5) for k in t.KINDS}, 1,
                      {k: 1 for k in t.KINDS})
        written = [l for l in open(path, encoding="utf-8") if l.startswith("never_alone")]
    assert written == ["never_alone\taccusation\tcooccurrence|clause\n", "never_alone\trebuttal\tcooccurrence\n"]
    committed = [l for l in open(os.path.join(ROOT, "data", "claim_model.tsv"), encoding="utf-8")
                 if l.startswith("never_alone")]
    assert committed == written
