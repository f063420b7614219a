#!/usr/bin/env python3
"""Choose the training articles from ../shared/eval/train-pool.txt (reproducible: fixed seed).

The corpus is weighted towards articles with disputes (accusations and rebuttals are what the model must
learn) but keeps articles picked at random from each section, with or without disputes, so that precision
is learned too. The dispute score only counts words of conflict and denial in the text; it never looks at
the engine's output. Exact and near duplicates (same headline or same text) are taken once. Texts longer
than 1,100 words are left out so that every article can be annotated whole in one sitting.

Round 3 (ninth session) is weighted towards denials instead: the learning curve (bench/README.md, "What limits the
model") showed rebuttals, 154 required edges in rounds 1 and 2, still gaining from more articles while accusations
had stopped. It picks by a count of denial and rejection words (pick "denial", the score column holding that count per
1,000 words), only texts of at most 800 words, in batches of 6, the first of each batch annotated twice.

Round 4 (eleventh session) is weighted towards accusation-and-denial pairs: round 3's count of denial words found
denials of no accusation (the rejection of an offer, "insisted" in praise). It takes texts of at most 900 words with a
sentence that has a rebuttal word and an accusation word, or a rebuttal word after a sentence with an accusation word
("denied the allegations"; "X accused Y. Y denied it") (pick "pair", the score column holding the number of such
sentences), 42 of them in batches of 6, the first of each batch annotated twice.

Writes eval/train/articles.tsv: id, text path (relative to shared/), section, pick (dispute|random|denial|pair),
dispute score (for pick "denial" the denial score, for "pair" the answered-accusation sentences), words, batch,
twice (1 = also annotated independently a second time).
Usage: python3 eval/train/choose_articles.py [SHARED_DIR]
"""
import hashlib, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "..", "shared")
SEED = 13
# Rounds of (section, articles chosen by dispute score, articles chosen at random). Round 2 was added once round 1
# was annotated (more data for the model, more PolNeAR for US politics); it draws from what round 1 left.
ROUNDS = [
    [("bbc/politics", 64, 16), ("bbc/business", 38, 12), ("bbc/tech", 18, 7),
     ("bbc/entertainment", 14, 6), ("bbc/sport", 18, 7), ("polnear", 56, 14)],
    [("bbc/politics", 24, 6), ("bbc/business", 20, 5), ("bbc/tech", 9, 3),
     ("bbc/entertainment", 7, 3), ("bbc/sport", 9, 3), ("polnear", 36, 10)],
]
BATCHES, TWICE = 10, 45  # per round of 270; round 2 has 5 batches of 27 and no second annotation
# Round 3: (section, articles chosen by denial score), batches of 6, the first article of each batch annotated twice.
DENIAL_ROUND = [("bbc/politics", 10), ("bbc/business", 6), ("bbc/tech", 3), ("bbc/entertainment", 3),
                ("bbc/sport", 4), ("polnear", 10)]
DENIAL_BATCH, DENIAL_MAX_WORDS = 6, 800
DENIAL = re.compile(r"\b(den(y|ies|ied|ial|ials)|reject\w*|dismiss\w*|refut\w*|rebuff\w*|rebut\w*|baseless|unfounded|"
                    r"untrue|nonsense|rubbish|false|insist\w*|not guilty|innocen\w*|deni\w*|contest\w*|disput\w*)\b", re.I)
DISPUTE = re.compile(r"\b(accus\w*|alleg\w*|den(y|ies|ied|ial)\w*|reject\w*|dismiss\w*|critici\w*|critic|critics|"
                     r"condemn\w*|blam\w*|attack\w*|hit out|slam\w*|row|sue[sd]?|suing|lawsuit|charg\w*|rebuff\w*|"
                     r"refut\w*|baseless|unfounded|nonsense|rubbish|complain\w*|protest\w*|fraud\w*|l(ie|ies|ying|iar)|"
                     r"hypocri\w*|smear\w*|insist\w*|wrong\w*|disput\w*|fault\w*|scandal\w*)\b", re.I)

# Round 4: sentences where a rebuttal word answers an accusation word in the same or the previous sentence.
PAIR_ARTICLES, PAIR_BATCH, PAIR_MAX_WORDS = 42, 6, 900
REBUTTAL_WORD = re.compile(r"\b(den(y|ies|ied|ying|ial|ials)|reject\w*|dismiss\w*|refut\w*|rebut\w*|rebuff\w*|contest\w*|"
                           r"disput\w*|insist\w*)\b", re.I)
ACCUSATION_WORD = re.compile(r"\b(allegation|accusation|charge|claim|criticism|suggestion|complaint)s?\b|"
                             r"\b(accus|alleg|blam|critici[sz]|condemn)\w*", re.I)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")

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
    seen, by_section, denial, pairs = set(), {}, {}, {}
    for path in pool:
        text = open(os.path.join(SHARED, path), encoding="utf-8").read()
        words = len(text.split())
        keys = {hashlib.sha1(text.encode()).hexdigest(), text.split("\n", 1)[0].strip().lower()}
        if words > 1100 or keys & seen:
            continue
        seen |= keys
        score = len(DISPUTE.findall(text)) * 1000 // max(words, 1)  # conflict words per 1,000 words
        by_section.setdefault(section(path), []).append((path, score, words))
        denial[path] = len(DENIAL.findall(text)) * 1000 // max(words, 1)
        pairs[path] = answered_accusations(text)
    rng = random.Random(SEED)
    rows, taken = [], set()
    for number, plan in enumerate(ROUNDS, 1):
        chosen = []
        for sec, n_dispute, n_random in plan:
            items = sorted((x for x in by_section[sec] if x[0] not in taken), key=lambda x: (-x[1], x[0]))
            top = items[: n_dispute * 3]                  # the most disputed third, sampled so no one story dominates
            picks = rng.sample(top, n_dispute)
            rest = [x for x in items if x not in picks]
            chosen += [(p, sec, "dispute", s, w) for p, s, w in picks]
            chosen += [(p, sec, "random", s, w) for p, s, w in rng.sample(rest, n_random)]
        rng.shuffle(chosen)
        taken |= {c[0] for c in chosen}
        # Batches mix every section; round 1's doubly annotated sample takes the first articles of each batch in turn.
        first_batch = 1 + BATCHES * (number - 1)
        batches = BATCHES if number == 1 else (len(chosen) + 26) // 27
        for i, (path, sec, pick, score, words) in enumerate(chosen):
            rows.append([article_id(path), path, sec, pick, score, words, first_batch + i % batches,
                         int(number == 1 and i < TWICE)])
    rows += denial_round(by_section, denial, taken, rng, max(r[6] for r in rows) + 1)
    rows += pair_round(by_section, pairs, {r[1] for r in rows}, rng, max(r[6] for r in rows) + 1)
    with open(os.path.join(HERE, "articles.tsv"), "w") as out:
        out.write("id\ttext\tsection\tpick\tdispute_score\twords\tbatch\ttwice\n")
        for r in sorted(rows, key=lambda r: (r[6], r[0])):
            out.write("\t".join(map(str, r)) + "\n")
    print(f"wrote {len(rows)} articles in {max(r[6] for r in rows)} batches, {sum(r[7] for r in rows)} to be annotated twice")

def denial_round(by_section, denial, taken, rng, first_batch):
    """Round 3's rows: per section, a sample of the third of the untaken short texts with the most denial words."""
    chosen = []
    for sec, n in DENIAL_ROUND:
        items = sorted((x for x in by_section[sec] if x[0] not in taken and x[2] <= DENIAL_MAX_WORDS),
                       key=lambda x: (-denial[x[0]], x[0]))
        chosen += [(p, sec, w) for p, _, w in rng.sample(items[: n * 3], n)]
    rng.shuffle(chosen)
    batches = len(chosen) // DENIAL_BATCH
    return [[article_id(p), p, sec, "denial", denial[p], w, first_batch + i % batches, int(i < batches)]
            for i, (p, sec, w) in enumerate(chosen)]

def answered_accusations(text):
    """Sentences with a rebuttal word and an accusation word in it or in the sentence before."""
    sentences = SENTENCE_END.split(text)
    return sum(1 for i, s in enumerate(sentences) if REBUTTAL_WORD.search(s) and
               (ACCUSATION_WORD.search(s) or (i and ACCUSATION_WORD.search(sentences[i - 1]))))

def pair_round(by_section, pairs, taken, rng, first_batch):
    """Round 4's rows: a sample of the untaken texts of at most PAIR_MAX_WORDS words with an answered accusation."""
    items = sorted(((p, sec, w) for sec, xs in by_section.items() for p, _, w in xs
                    if p not in taken and w <= PAIR_MAX_WORDS and pairs[p]), key=lambda x: x[0])
    chosen = rng.sample(items, min(PAIR_ARTICLES, len(items)))
    batches = len(chosen) // PAIR_BATCH
    return [[article_id(p), p, sec, "pair", pairs[p], w, first_batch + i % batches, int(i < batches)]
            for i, (p, sec, w) in enumerate(chosen)]


if __name__ == "__main__":
    main()
