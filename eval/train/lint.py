#!/usr/bin/env python3
"""Check annotation specs the way a careful second reader would, without annotating anything itself.

  python3 eval/train/lint.py eval/train/ID.spec.json...

For each spec: builds the gold file with ../shared/eval/tools/build_gold.py (writes ID.gold.json beside it),
then warns about
  - occurrences of an annotated surface string (or of any actor's name words) that no mention covers,
    e.g. the seventh "Labour" of an article where only six were listed;
  - capitalised words outside every mention (a name the annotator may have missed; many are fine: months,
    sentence starts, titles of works);
  - edges whose actors are unknown, or inside one party (the scorer drops them), or listed twice;
  - actors that have no mention at all.
It never proposes mentions or edges: the annotator decides. Exit status 1 only when the gold cannot be built.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "shared", "eval", "tools"))
import build_gold  # noqa: E402

COMMON = set("""a an the this that these those it its he she they we i you his her their our my your
in on at of for to from by with as and but or if when while after before since during under over
mr mrs ms dr sir lord lady mp mps prime minister president chancellor secretary leader chief
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december there here what who why how where which however also
one two three four five six seven eight nine ten first second last new so not no yes all some many more
most other such both each every any many much few""".split())

def covered(spans, s, e):
    return any(a < e and s < b for a, b in spans)

def lint(spec_path):
    try:
        gold = build_gold.build(spec_path)
    except SystemExit as e:
        print(f"{spec_path}: ERROR {e}")
        return False
    out = spec_path.replace(".spec.json", ".gold.json")
    json.dump(gold, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    spec = json.load(open(spec_path, encoding="utf-8"))
    text = open(os.path.join(os.path.dirname(spec_path), spec["text_file"]), encoding="utf-8").read()
    spans = [(m["start"], m["end"]) for m in gold["mentions"]]
    warnings = []
    surfaces = {m["text"] for m in gold["mentions"] if not m.get("optional") and m["text"][:1].isupper()}
    for surface in sorted(surfaces):
        for hit in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            if not covered(spans, hit.start(), hit.end()):
                line = text[max(0, hit.start() - 40):hit.end() + 40].replace("\n", " ")
                warnings.append(f"'{surface}' at {hit.start()} is not annotated: …{line}…")
    seen = {}
    for hit in re.finditer(r"\b[A-Z][\w'’\-]*", text):
        w = hit.group(0)
        if w.lower() in COMMON or covered(spans, hit.start(), hit.end()):
            continue
        seen[w] = seen.get(w, 0) + 1
    if seen:
        warnings.append("capitalised words outside mentions: " + ", ".join(f"{w}×{n}" if n > 1 else w for w, n in sorted(seen.items())))
    mentioned = {m["actor"] for m in gold["mentions"]}
    for aid in spec["actors"]:
        if aid not in mentioned:
            warnings.append(f"actor {aid} has no mention")
    party = {a: v["party"] for a, v in spec["actors"].items()}
    for key in ("accusation", "optional_accusation", "rebuttal", "optional_rebuttal"):
        pairs = [tuple(p) for p in spec.get(key, [])]
        for s, t in pairs:
            if party.get(s) == party.get(t):
                warnings.append(f"{key} {s} -> {t} is inside party {party.get(s)} (dropped by the scorer)")
        if len(set(pairs)) != len(pairs):
            warnings.append(f"{key} lists an edge twice")
    edges = {k: sorted({(e['source'], e['target']) for e in v if not e.get('optional')}) for k, v in gold["edges"].items()}
    print(f"{spec_path}: {len(gold['mentions'])} mentions, {len(spec['actors'])} actors; party edges {edges}")
    for w in warnings:
        print("  warning: " + w)
    return True

if __name__ == "__main__":
    ok = all([lint(p) for p in sys.argv[1:]])
    sys.exit(0 if ok else 1)
