#!/usr/bin/env python3
"""Sentence-level agreement between two independent evidence annotations of the same articles.

  python3 eval/train/evidence/agreement.py FOLDER_A FOLDER_B [--specs DIR] [-v] [--markdown]
  python3 eval/train/evidence/agreement.py --sentences ID [--specs DIR]   (print one article's sentence split)

For every article with an ID.evidence.json in both folders (run check.py on each folder first), and every edge
(kind, source, target) the two files share, each quote is mapped to the sentence(s) of the article text it overlaps
(its first occurrence in the text), so an edge's evidence becomes a set of sentence numbers per annotator.
Reported, with A as the reference and B as the prediction:
  - sentence-level precision, recall and F1 of B against A, micro-averaged over edges (a sentence cited for two
    edges counts once per edge), for all edges and per kind;
  - the edges where one annotator has evidence and the other none (and edges listed in only one file);
  - cue agreement: of the sentences both cite for the same edge, those where a cue of A and a cue of B overlap in the
    text (same word(s) at the same place).

Sentence split (a simple rule, see split_sentences): every line of the file is a paragraph (a BBC file's first
line is its headline, one sentence); inside a line a sentence ends at . ! or ? (with any closing quotes or brackets
after it) followed by white space, unless the word ending in "." is a known abbreviation (Mr. Sen. Gov. ...) or
initials (J. U.S. D.C.), or the next word starts with a lower-case letter.
"""
import argparse, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from check import load_article  # noqa: E402

KINDS = ("accusation", "rebuttal")
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "sen", "gov", "rep", "reps", "gen", "col", "lt", "sgt", "capt", "prof",
    "rev", "hon", "no", "nos", "vs", "v", "inc", "corp", "co", "ltd", "jan", "feb", "aug", "sept", "oct", "nov",
    "dec", "calif", "nev", "vt", "ky", "ariz", "fla", "ill", "mass", "mich", "minn", "tenn", "wis", "conn", "penn",
}
# A candidate end: . ! or ? (a run), then closing quotes/brackets, then white space.
END = re.compile(r"[.!?]+(?:[\"'\u2019\u201d)\]]|'')*(?=\s)")
INITIALS = re.compile(r"^(?:[A-Za-z]\.)+$")


def is_abbreviation(line, dot):
    """True if the '.' at line[dot] ends an abbreviation or initials rather than a sentence."""
    start = dot
    while start > 0 and not line[start - 1].isspace() and line[start - 1] not in "(\"'\u201c\u2018":
        start -= 1
    word = line[start: dot + 1]
    return INITIALS.match(word) is not None or word[:-1].lower() in ABBREVIATIONS


def line_sentences(line):
    """Sentence spans [(start, end)] inside one line, untrimmed."""
    spans, begin = [], 0
    for m in END.finditer(line):
        rest = line[m.end():].lstrip()
        if not rest or rest[0].islower():
            continue  # the line's end closes the sentence anyway / "?" he said
        if line[m.start()] == "." and m.end() - m.start() == 1 and is_abbreviation(line, m.start()):
            continue
        spans.append((begin, m.end()))
        begin = m.end()
    spans.append((begin, len(line)))
    return spans


def split_sentences(text):
    """Sentence spans [(start, end)] in code points of text, in order, trimmed of white space."""
    spans, offset = [], 0
    for line in text.split("\n"):
        for s, e in line_sentences(line):
            while s < e and line[s].isspace():
                s += 1
            while e > s and line[e - 1].isspace():
                e -= 1
            if e > s:
                spans.append((offset + s, offset + e))
        offset += len(line) + 1
    return spans


def quote_sentences(text, sentences, quote):
    """Sentence numbers a quote overlaps (first occurrence), and its start offset (-1 if absent)."""
    start = text.find(quote)
    if start < 0:
        return set(), -1
    s, e = start, start + len(quote)
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return {i for i, (a, b) in enumerate(sentences) if a < e and b > s}, start


def edge_evidence(edge, text, sentences):
    """(set of sentence numbers, list of cue spans (start, end)) of one edge."""
    cited, cues = set(), []
    for item in edge.get("evidence", []):
        found, start = quote_sentences(text, sentences, item["quote"])
        cited |= found
        if start >= 0 and item["cue"] in item["quote"]:
            c = start + item["quote"].find(item["cue"])
            cues.append((c, c + len(item["cue"])))
    return cited, cues


def sentence_of(sentences, pos):
    for i, (a, b) in enumerate(sentences):
        if a <= pos < b:
            return i
    return None


def load(folder):
    out = {}
    for path in glob.glob(os.path.join(folder, "*.evidence.json")):
        doc = json.load(open(path, encoding="utf-8"))
        out[doc["id"]] = {(e["kind"], e["source"], e["target"]): e for e in doc["edges"]}
    return out


def prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def compare(a_docs, b_docs, spec_dir, verbose):
    tally = {k: {"gold": 0, "pred": 0, "tp": 0} for k in KINDS + ("all",)}
    one_sided, only_listed, cue = [], [], {"shared": 0, "agree": 0}
    edges_compared = 0
    common = sorted(set(a_docs) & set(b_docs))
    for ident in common:
        spec, text = load_article(ident, spec_dir)
        sentences = split_sentences(text)
        a_edges, b_edges = a_docs[ident], b_docs[ident]
        for key in sorted(set(a_edges) ^ set(b_edges)):
            only_listed.append(f"{ident}: {key[0]} {key[1]}>{key[2]} listed only by {'A' if key in a_edges else 'B'}")
        for key in [k for k in a_edges if k in b_edges]:
            edges_compared += 1
            sa, ca = edge_evidence(a_edges[key], text, sentences)
            sb, cb = edge_evidence(b_edges[key], text, sentences)
            for k in (key[0], "all"):
                tally[k]["gold"] += len(sa)
                tally[k]["pred"] += len(sb)
                tally[k]["tp"] += len(sa & sb)
            if bool(sa) != bool(sb):
                one_sided.append(f"{ident}: {key[0]} {key[1]}>{key[2]}: evidence only from {'A' if sa else 'B'}")
            for i in sa & sb:
                cue["shared"] += 1
                a_in = [c for c in ca if sentence_of(sentences, c[0]) == i]
                b_in = [c for c in cb if sentence_of(sentences, c[0]) == i]
                cue["agree"] += any(x[0] < y[1] and y[0] < x[1] for x in a_in for y in b_in)
            if verbose and sa != sb:
                print(f"{ident}: {key[0]} {key[1]}>{key[2]}: both {sorted(sa & sb)}")
                for who, only in (("A", sa - sb), ("B", sb - sa)):
                    for i in sorted(only):
                        s, e = sentences[i]
                        print(f"    only {who} [{i}] {text[s:e][:110]}")
    return common, edges_compared, tally, one_sided, only_listed, cue


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", metavar="FOLDER")
    ap.add_argument("--specs", default=os.path.dirname(HERE), help="folder of ID.spec.json (default: eval/train)")
    ap.add_argument("--sentences", metavar="ID", help="print the sentence split of one article and stop")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every edge where the sentences differ")
    ap.add_argument("--markdown", action="store_true", help="also print the figures as a Markdown table row")
    args = ap.parse_args()
    if args.sentences:
        _, text = load_article(args.sentences, args.specs)
        for i, (s, e) in enumerate(split_sentences(text)):
            print(f"[{i}] {text[s:e]}")
        return
    if len(args.folders) != 2:
        ap.error("give FOLDER_A and FOLDER_B (or --sentences ID)")
    a_docs, b_docs = load(args.folders[0]), load(args.folders[1])
    common, n_edges, tally, one_sided, only_listed, cue = compare(a_docs, b_docs, args.specs, args.verbose)
    if not common:
        sys.exit("no article has an evidence file in both folders")
    print(f"{len(common)} articles in both folders (A only: {len(set(a_docs) - set(b_docs))}, "
          f"B only: {len(set(b_docs) - set(a_docs))}); {n_edges} edges compared")
    print("sentence split: lines, then . ! ? + closing quotes + space, not after abbreviations/initials "
          "or before a lower-case word")
    print(f"{'kind':<11} {'A sents':>7} {'B sents':>7} {'both':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for k in KINDS + ("all",):
        t = tally[k]
        p, r, f = prf(t["tp"], t["pred"], t["gold"])
        print(f"{k:<11} {t['gold']:>7} {t['pred']:>7} {t['tp']:>5} {p:>6.3f} {r:>6.3f} {f:>6.3f}")
    rate = cue["agree"] / cue["shared"] if cue["shared"] else 0.0
    print(f"cue agreement: {cue['agree']} of {cue['shared']} sentences both cite for the same edge ({rate:.3f})")
    print(f"edges with evidence from one annotator only: {len(one_sided)}")
    for line in one_sided + only_listed:
        print("  " + line)
    if args.markdown:
        row = [prf(tally[k]["tp"], tally[k]["pred"], tally[k]["gold"]) for k in KINDS + ("all",)]
        cells = " | ".join(f"{p:.2f} / {r:.2f} / {f:.2f}" for p, r, f in row)
        print(f"| {len(common)} | {n_edges} | {cells} | {rate:.2f} | {len(one_sided)} |")


if __name__ == "__main__":
    main()
