#!/usr/bin/env python3
"""Agreement between two independent annotations of the same articles (ANNOTATING.md, "Agreement").

  python3 eval/train/agreement.py [--first DIR] [--second DIR] [--round N] [-v]

The second annotation (second/ID.spec.json) is turned into the scorer's prediction format — every mention it lists,
each actor affiliated to a node for its party, and one claim per required actor-level edge — and scored with
../shared/eval/tools/score.py --pred against the first annotation's gold (ID.gold.json). The figures are the ceiling
that a model trained on this corpus is compared with. `--round N` keeps the articles of one round of articles.tsv, by
batch (round 1: batches 1-10, 2: 11-15, 3: 16-21, 4: 22-28).
"""
import argparse, csv, glob, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = os.path.join(HERE, "..", "..", "..", "shared", "eval", "tools", "score.py")
sys.path.insert(0, os.path.dirname(SCORE))
import build_gold  # noqa: E402


def prediction(spec_path):
    gold = build_gold.build(spec_path)
    actors = [{"id": a, "name": v["name"], "affiliation": "party:" + v["party"]} for a, v in gold["actors"].items()]
    actors += [{"id": "party:" + p, "name": p, "affiliation": None} for p in sorted({v["party"] for v in gold["actors"].values()})]
    spec = json.load(open(spec_path, encoding="utf-8"))
    claims = []
    for kind in ("accusation", "rebuttal"):
        for s, t in spec.get(kind, []):
            claims.append({"id": f"c{len(claims) + 1}", "kind": kind, "source": s, "target": t, "rebuts": None})
    return {"actors": actors, "mentions": [{"start": m["start"], "end": m["end"], "actor": m["actor"]} for m in gold["mentions"]],
            "claims": claims}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--first", default=HERE)
    ap.add_argument("--second", default=os.path.join(HERE, "second"))
    ap.add_argument("--round", type=int, choices=(1, 2, 3, 4), help="only the articles of this round")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    seconds = sorted(glob.glob(os.path.join(args.second, "*.spec.json")))
    if args.round:
        batches = {1: range(1, 11), 2: range(11, 16), 3: range(16, 22), 4: range(22, 29)}[args.round]
        rows = csv.DictReader(open(os.path.join(HERE, "articles.tsv"), encoding="utf-8"), delimiter="\t")
        keep = {r["id"] for r in rows if int(r["batch"]) in batches}
        seconds = [s for s in seconds if os.path.basename(s)[: -len(".spec.json")] in keep]
    if not seconds:
        sys.exit(f"agreement: no second annotation in {args.second}" + (f" for round {args.round}" if args.round else ""))
    with tempfile.TemporaryDirectory() as tmp:
        golds = []
        for sp in seconds:
            ident = os.path.basename(sp)[: -len(".spec.json")]
            first = os.path.join(args.first, ident + ".gold.json")
            if not os.path.exists(first):
                sys.exit(f"{ident}: no first annotation at {first}")
            json.dump(prediction(sp), open(os.path.join(tmp, ident + ".json"), "w"))
            golds.append(first)
        print(f"{len(golds)} articles annotated twice independently (second annotation scored against the first)")
        cmd = [sys.executable, SCORE, "--pred", tmp] + (["-v"] if args.verbose else []) + golds
        sys.exit(subprocess.call(cmd))


if __name__ == "__main__":
    main()
