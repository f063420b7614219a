#!/usr/bin/env python3
"""Choose the training articles from ../shared/eval/train-pool.txt (reproducible: fixed seed).

The corpus is weighted towards articles with disputes (accusations and rebuttals are what the model must
learn) but keeps articles picked at random from each section, with or without disputes, so that precision
is learned too. The dispute score only counts words of conflict and denial in the text; it never looks at
the engine's output. Exact and near duplicates (same headline or same text) are taken once. Texts longer
than 1,100 words are left out so that every article can be annotated whole in one sitting.

Writes eval/train/articles.tsv: id, text path (relative to shared/), section, pick (dispute|random),
dispute score, words, batch, twice (1 = also annotated independently a second time).
Usage: python3 eval/train/select.py [SHARED_DIR]
"""
import hashlib, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "..", "shared")
SEED = 13
# (section, articles chosen by dispute score, articles chosen at random)
PLAN = [("bbc/politics", 64, 16), ("bbc/business", 38, 12), ("bbc/tech", 18, 7),
        ("bbc/entertainment", 14, 6), ("bbc/sport", 18, 7), ("polnear", 56, 14)]
BATCHES, TWICE = 10, 45
DISPUTE = re.compile(r"\b(accus\w*|alleg\w*|den(y|ies|ied|ial)\w*|reject\w*|dismiss\w*|critici\w*|critic|critics|"
                     r"condemn\w*|blam\w*|attack\w*|hit out|slam\w*|row|sue[sd]?|suing|lawsuit|charg\w*|rebuff\w*|"
                     r"refut\w*|baseless|unfounded|nonsense|rubbish|complain\w*|protest\w*|fraud\w*|l(ie|ies|ying|iar)|"
                     r"hypocri\w*|smear\w*|insist\w*|wrong\w*|disput\w*|fault\w*|scandal\w*)\b", re.I)

def section(path):
    return "polnear" if "/polnear/" in path else "/".join(path.split("/")[1:3])

def article_id(path):
    if "/polnear/" in path:
        split, name = path.split("/")[3], os.path.basename(path)[:-4]
        return f"polnear-{split}-{name}"
    sec, num = path.split("/")[2], os.path.basename(path)[:-4]
    return f"bbc-{sec}-{num}"

def main():
    pool = [l.strip() for l in open(os.path.join(SHARED, "eval", "train-pool.txt")) if l.strip() and not l.startswith("#")]
    seen, by_section = set(), {}
    for path in pool:
        text = open(os.path.join(SHARED, path), encoding="utf-8").read()
        words = len(text.split())
        keys = {hashlib.sha1(text.encode()).hexdigest(), text.split("\n", 1)[0].strip().lower()}
        if words > 1100 or keys & seen:
            continue
        seen |= keys
        score = len(DISPUTE.findall(text)) * 1000 // max(words, 1)  # conflict words per 1,000 words
        by_section.setdefault(section(path), []).append((path, score, words))
    rng = random.Random(SEED)
    chosen = []
    for sec, n_dispute, n_random in PLAN:
        items = sorted(by_section[sec], key=lambda x: (-x[1], x[0]))
        top = items[: n_dispute * 3]                      # the most disputed third, sampled so no one story dominates
        picks = rng.sample(top, n_dispute)
        rest = [x for x in items if x not in picks]
        chosen += [(p, sec, "dispute", s, w) for p, s, w in picks]
        chosen += [(p, sec, "random", s, w) for p, s, w in rng.sample(rest, n_random)]
    rng.shuffle(chosen)
    # Batches mix every section; the doubly annotated sample takes the first articles of each batch in turn.
    rows = []
    for i, (path, sec, pick, score, words) in enumerate(chosen):
        rows.append([article_id(path), path, sec, pick, score, words, i % BATCHES + 1, int(i < TWICE)])
    with open(os.path.join(HERE, "articles.tsv"), "w") as out:
        out.write("id\ttext\tsection\tpick\tdispute_score\twords\tbatch\ttwice\n")
        for r in sorted(rows, key=lambda r: (r[6], r[0])):
            out.write("\t".join(map(str, r)) + "\n")
    print(f"wrote {len(rows)} articles in {BATCHES} batches, {TWICE} to be annotated twice")

if __name__ == "__main__":
    main()
