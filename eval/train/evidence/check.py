#!/usr/bin/env python3
"""Validate statement-level evidence files against their specs.

  python3 eval/train/evidence/check.py [FOLDER] [--specs DIR]

FOLDER (default: this script's folder) holds ID.evidence.json files; each is checked against DIR/ID.spec.json
(default DIR: the folder above this script, eval/train/) and the article text the spec's `text_file` names:
  - the file is JSON with exactly the keys `id` (= the file name's ID) and `edges`;
  - `edges` lists every required edge of the spec (`accusation`, then `rebuttal`) exactly once, in the spec's order,
    and nothing else (optional edges are not listed);
  - each edge has `kind` (accusation|rebuttal, the spec list it comes from), `source` and `target` (actor IDs of the
    spec), `evidence` (a list) and optionally `note` (a string); an edge with no evidence must say why in `note`;
  - each evidence item is {"quote", "cue"}: `quote` an exact substring of the text, `cue` an exact substring of
    `quote`, neither empty; the same quote is not listed twice for one edge.
Errors are one line each ("ID: edge SOURCE>TARGET: what is wrong"); any error makes the exit status 1. Warnings (a
quote longer than about 40 words, a quote that occurs more than once in the text, so that tools take its first
occurrence) do not fail. The last line gives the counts.
"""
import argparse, glob, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ("accusation", "rebuttal")
EDGE_KEYS = {"kind", "source", "target", "evidence", "note"}
MAX_WORDS = 40  # "at most about 40 words": over this is a warning, not an error


def load_article(ident, spec_dir):
    """The spec and the article text of one article (raises OSError/ValueError on a missing or bad spec)."""
    spec_path = os.path.join(spec_dir, ident + ".spec.json")
    spec = json.load(open(spec_path, encoding="utf-8"))
    text = open(os.path.join(spec_dir, spec["text_file"]), encoding="utf-8").read()
    return spec, text


def required_edges(spec):
    return [(kind, s, t) for kind in KINDS for s, t in spec.get(kind, [])]


def check_evidence_item(item, text, where, errors, warnings):
    if not isinstance(item, dict) or set(item) != {"quote", "cue"}:
        errors.append(f"{where}: evidence item must be an object with exactly 'quote' and 'cue': {item!r}")
        return
    quote, cue = item["quote"], item["cue"]
    if not isinstance(quote, str) or not quote.strip():
        errors.append(f"{where}: empty or non-string quote")
        return
    if not isinstance(cue, str) or not cue.strip():
        errors.append(f"{where}: empty or non-string cue in quote {quote[:60]!r}")
        return
    first = text.find(quote)
    if first < 0:
        errors.append(f"{where}: quote is not an exact substring of the text: {quote[:80]!r}")
    elif text.find(quote, first + 1) >= 0:
        warnings.append(f"{where}: quote occurs more than once in the text (first occurrence used): {quote[:60]!r}")
    if cue not in quote:
        errors.append(f"{where}: cue {cue!r} is not inside its quote {quote[:60]!r}")
    if len(quote.split()) > MAX_WORDS:
        warnings.append(f"{where}: quote has {len(quote.split())} words (about {MAX_WORDS} at most): {quote[:60]!r}")


def check_edge(edge, spec, text, where, errors, warnings):
    if not isinstance(edge, dict):
        errors.append(f"{where}: edge must be an object")
        return
    unknown = set(edge) - EDGE_KEYS
    if unknown:
        errors.append(f"{where}: unknown keys {sorted(unknown)}")
    for key in ("source", "target"):
        if edge.get(key) not in spec["actors"]:
            errors.append(f"{where}: {key} {edge.get(key)!r} is not an actor of the spec")
    if edge.get("kind") not in KINDS:
        errors.append(f"{where}: kind {edge.get('kind')!r} is not accusation or rebuttal")
    if "note" in edge and not isinstance(edge["note"], str):
        errors.append(f"{where}: note must be a string")
    evidence = edge.get("evidence")
    if not isinstance(evidence, list):
        errors.append(f"{where}: evidence must be a list")
        return
    if not evidence and not str(edge.get("note", "")).strip():
        errors.append(f"{where}: no evidence and no note saying why")
    quotes = [item.get("quote") for item in evidence if isinstance(item, dict)]
    for q in {q for q in quotes if quotes.count(q) > 1}:
        errors.append(f"{where}: quote listed twice: {str(q)[:60]!r}")
    for item in evidence:
        check_evidence_item(item, text, where, errors, warnings)


def check_file(path, spec_dir, errors, warnings, counts):
    ident = os.path.basename(path)[: -len(".evidence.json")]
    try:
        doc = json.load(open(path, encoding="utf-8"))
    except (OSError, ValueError) as e:
        errors.append(f"{ident}: cannot read JSON: {e}")
        return
    try:
        spec, text = load_article(ident, spec_dir)
    except (OSError, ValueError, KeyError) as e:
        errors.append(f"{ident}: cannot read its spec or text in {spec_dir}: {e}")
        return
    if not isinstance(doc, dict) or set(doc) != {"id", "edges"}:
        errors.append(f"{ident}: top level must be an object with exactly 'id' and 'edges'")
        return
    if doc["id"] != ident:
        errors.append(f"{ident}: id {doc['id']!r} does not match the file name")
    edges = doc["edges"] if isinstance(doc["edges"], list) else []
    listed = [(e.get("kind"), e.get("source"), e.get("target")) for e in edges if isinstance(e, dict)]
    required = required_edges(spec)
    optional = {(k, s, t) for k in KINDS for s, t in spec.get("optional_" + k, [])}
    for key in required:
        n = listed.count(key)
        if n != 1:
            errors.append(f"{ident}: required {key[0]} {key[1]}>{key[2]} listed {n} times (must be once)")
    for key in listed:
        if key not in required:
            other = ({"accusation": "rebuttal", "rebuttal": "accusation"}.get(key[0]), key[1], key[2])
            why = "an optional edge (do not list it)" if key in optional else \
                f"of the wrong kind (the spec has it as a required {other[0]})" if other in required else \
                "not a required edge of the spec"
            errors.append(f"{ident}: {key[0]} {key[1]}>{key[2]} is {why}")
    if [k for k in listed if k in required] != [k for k in required if k in listed]:
        errors.append(f"{ident}: edges are not in the spec's order (accusation list, then rebuttal list)")
    for edge in edges:
        where = f"{ident}: {edge.get('kind', '?')} {edge.get('source', '?')}>{edge.get('target', '?')}" \
            if isinstance(edge, dict) else ident
        check_edge(edge, spec, text, where, errors, warnings)
        if isinstance(edge, dict) and isinstance(edge.get("evidence"), list):
            counts["edges"] += 1
            counts["with evidence"] += bool(edge["evidence"])
            counts["quotes"] += len(edge["evidence"])
    counts["articles"] += 1


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default=HERE)
    ap.add_argument("--specs", default=os.path.dirname(HERE), help="folder of ID.spec.json (default: eval/train)")
    args = ap.parse_args()
    paths = sorted(glob.glob(os.path.join(args.folder, "*.evidence.json")))
    errors, warnings = [], []
    counts = {"articles": 0, "edges": 0, "with evidence": 0, "quotes": 0}
    if not paths:
        errors.append(f"no *.evidence.json in {args.folder}")
    for path in paths:
        check_file(path, args.specs, errors, warnings, counts)
    for w in warnings:
        print("warning: " + w)
    for e in errors:
        print("error: " + e)
    print(f"{counts['articles']} articles, {counts['edges']} edges, {counts['with evidence']} with evidence, "
          f"{counts['edges'] - counts['with evidence']} without, {counts['quotes']} quotes; "
          f"{len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
