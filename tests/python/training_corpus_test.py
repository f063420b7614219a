"""The training corpus (eval/train): what issue 13 asks of it, checked on every run."""
import csv, glob, json, os, sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
TRAIN = os.path.join(ROOT, "eval", "train")
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))
sys.path.insert(0, os.path.join(SHARED, "eval", "tools"))
import build_gold  # noqa: E402


def pool():
    path = os.path.join(SHARED, "eval", "train-pool.txt")
    return {l.strip() for l in open(path) if l.strip() and not l.startswith("#")}


def specs(folder=TRAIN):
    return sorted(glob.glob(os.path.join(folder, "*.spec.json")))


def test_at_least_250_articles_all_listed_in_articles_tsv():
    ids = {os.path.basename(p)[: -len(".spec.json")] for p in specs()}
    listed = {r["id"] for r in csv.DictReader(open(os.path.join(TRAIN, "articles.tsv")), delimiter="\t")}
    assert len(ids) >= 250, f"only {len(ids)} annotated articles"
    assert ids == listed, f"annotated but not listed: {sorted(ids - listed)[:5]}; listed but not annotated: {sorted(listed - ids)[:5]}"


def test_every_text_is_in_the_train_pool():
    allowed = pool()
    for p in specs() + specs(os.path.join(TRAIN, "second")):
        spec = json.load(open(p, encoding="utf-8"))
        rel = os.path.relpath(os.path.realpath(os.path.join(os.path.dirname(p), spec["text_file"])), SHARED)
        assert rel in allowed, f"{p}: {rel} is not in ../shared/eval/train-pool.txt (reserved for evaluation)"


def test_every_gold_file_is_what_its_spec_builds():
    for p in specs() + specs(os.path.join(TRAIN, "second")):
        built = build_gold.build(p)
        committed = json.load(open(p.replace(".spec.json", ".gold.json"), encoding="utf-8"))
        assert built == committed, f"{p}: the gold file is stale (run eval/train/lint.py on it)"


def test_parties_and_edges_are_consistent():
    for p in specs():
        spec = json.load(open(p, encoding="utf-8"))
        actors = spec["actors"]
        for key in ("accusation", "rebuttal", "optional_accusation", "optional_rebuttal"):
            for s, t in spec.get(key, []):
                assert s in actors and t in actors, f"{p}: {key} names an unknown actor"


def test_at_least_40_articles_annotated_twice_independently():
    second = [os.path.basename(p) for p in specs(os.path.join(TRAIN, "second"))]
    assert len(second) >= 40, f"only {len(second)} second annotations"
    for name in second:
        assert os.path.exists(os.path.join(TRAIN, name)), f"second/{name} has no first annotation"


def test_the_corpus_weights_disputes_but_keeps_articles_without_them():
    disputed = [bool(s.get("accusation") or s.get("rebuttal")) for s in (json.load(open(p, encoding="utf-8")) for p in specs())]
    with_edges, without = sum(disputed), len(disputed) - sum(disputed)
    assert with_edges > 2 * without > 0, f"{with_edges} articles with disputes, {without} without"
