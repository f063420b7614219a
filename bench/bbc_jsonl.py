#!/usr/bin/env python3
"""Writes the BBC corpus as JSONL ({"id", "text"} per line) for the CLI, --jobs and Dask benchmarks.

Files: every ../shared/corpora/bbc/*/*.txt sorted by path in byte order (the order riposte_bench and wink_bench
use), repeated in whole passes until at least --min-mb megabytes (10^6 bytes) of text; ids are
"<pass>/<category>/<file>" so repeated articles stay distinct. Made at run time under build/ (the corpus is never
copied into the repository).

  bench/bbc_jsonl.py [--corpus DIR] [--min-mb 10] [--limit N] [--shards K] OUT
With --shards K, OUT is a folder that receives K files part-000.jsonl ... (documents dealt round-robin in runs of
equal size, so a glob over them in name order gives back the same documents).
"""
import argparse, json, os, sys

def articles(corpus):
    paths = []
    for cat in sorted(os.listdir(corpus)):
        d = os.path.join(corpus, cat)
        if os.path.isdir(d):
            paths += [os.path.join(d, f) for f in os.listdir(d) if f.endswith(".txt")]
    paths.sort(key=lambda p: p.encode())
    for p in paths:
        with open(p, "rb") as f:
            yield os.path.relpath(p, corpus), f.read().decode("utf-8", errors="replace")

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.path.join(here, "..", "..", "shared", "corpora", "bbc"))
    ap.add_argument("--min-mb", type=float, default=10)
    ap.add_argument("--limit", type=int, default=0, help="at most N documents")
    ap.add_argument("--shards", type=int, default=0)
    ap.add_argument("out")
    a = ap.parse_args()
    docs = list(articles(a.corpus))
    if not docs:
        sys.exit(f"bbc_jsonl: no *.txt under {a.corpus}/*/")
    total = sum(len(t.encode()) for _, t in docs)
    passes = max(1, -(-int(a.min_mb * 1e6) // total))
    lines = [json.dumps({"id": f"{p}/{rel}", "text": t}, ensure_ascii=False) + "\n"
             for p in range(passes) for rel, t in docs]
    if a.limit:
        lines = lines[: a.limit]
    if a.shards:
        os.makedirs(a.out, exist_ok=True)
        per = -(-len(lines) // a.shards)
        for k in range(a.shards):
            with open(os.path.join(a.out, f"part-{k:03d}.jsonl"), "w", encoding="utf-8") as f:
                f.writelines(lines[k * per:(k + 1) * per])
    else:
        with open(a.out, "w", encoding="utf-8") as f:
            f.writelines(lines)
    print(f"bbc_jsonl: {len(lines)} documents, {sum(len(l.encode()) for l in lines) / 1e6:.2f} MB of JSONL "
          f"({len(docs)} files x {passes}) -> {a.out}", file=sys.stderr)

if __name__ == "__main__":
    main()
