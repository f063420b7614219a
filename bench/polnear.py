#!/usr/bin/env python3
"""PolNeAR attribution benchmark: does the engine find who said it, for each gold cue?

  python3 bench/polnear.py [--cli build/riposte] [--split test] [--errors N]

Gold: PolNeAR v1.0.0 (../shared/corpora/polnear), the test split, one annotation file per text (the first by
name). Every Attribution relation (E-line) gives a cue, maybe a source, and content; offsets are code points.
Predictions: the engine CLI run with --jsonl over the texts. Attribution records are read from, in order,
`statements[]` or `attributions[]` (reported speech: cue `start`/`end`, `source` actor id, optional source span
`source_span: [s, e]` or `source_start`/`source_end`); only a JSON without either is scored on `claims[]` (cue
`start`/`end`, `source`): a claim's cue may be a word of conduct ("hacking") that is no attribution. Missing fields are tolerated. The matching rule is in bench/README.md (PolNeAR section):
  cue      a gold cue is found when a predicted cue overlaps one of its fragments (one-to-one, largest overlap first);
  source   for a found cue with a gold source: a named source is right when the predicted source span overlaps it
           or any mention of the predicted source actor overlaps it; a pronoun source (he, she, who, ...) is right
           when the predicted actor is mentioned within the PRONOUN_WINDOW characters before the pronoun (the
           referent is not annotated, so this is an approximation, reported separately).
Ends with "RESULT {json}".
"""
# [SECTION] Reading PolNeAR
# [SECTION] Engine predictions
# [SECTION] Scoring
# [SECTION] main
import argparse, collections, glob, json, os, subprocess, sys, time

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
PRONOUNS = {'he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me', 'his', 'its', 'their',
            'our', 'my', 'your', 'who', 'whom', 'whose', 'which', 'that', 'this', 'these', 'those', 'one'}
PRONOUN_WINDOW = 300  # characters before a pronoun source in which its referent must be mentioned


# [SECTION] Reading PolNeAR
def read_ann(path):
    """Returns the attributions of one brat file: [{cue: [(s, e)], source: [(s, e)] or None, source_text}]."""
    spans, rels = {}, []
    with open(path, encoding='utf-8') as f:
        for line in f:
            parts = line.rstrip('\n').split('\t')
            if line.startswith('T') and len(parts) >= 3:
                label, _, ranges = parts[1].partition(' ')
                frags = [tuple(map(int, r.split())) for r in ranges.split(';') if r.strip()]
                spans[parts[0]] = (label, frags, parts[2])
            elif line.startswith('E') and len(parts) >= 2:
                rels.append(dict(arg.split(':', 1) for arg in parts[1].split() if ':' in arg))
    out = []
    for r in rels:
        cue = spans.get(r.get('Cue'))
        if not cue:
            continue
        src = spans.get(r.get('Source'))
        out.append({'cue': cue[1], 'cue_text': cue[2], 'source': src[1] if src else None,
                    'source_text': src[2] if src else None})
    return out


def read_split(split):
    base = os.path.join(ROOT, '..', 'shared', 'corpora', 'polnear', 'data', split)
    docs = []
    for txt in sorted(glob.glob(os.path.join(base, 'text', '*.txt'))):
        name = os.path.basename(txt)[:-4]
        anns = sorted(glob.glob(os.path.join(base, 'attributions', name + '_*.ann')))
        if not anns:
            continue
        with open(txt, encoding='utf-8') as f:
            text = f.read()
        docs.append({'name': name, 'text': text, 'ann': os.path.basename(anns[0]), 'gold': read_ann(anns[0])})
    return docs


# [SECTION] Engine predictions
def pair(v):
    return (v[0], v[1]) if isinstance(v, list) and len(v) == 2 and all(isinstance(x, int) for x in v) else None


def predictions(out):
    """Attribution records of one engine document, each {cue, source, source_span}, plus the fields seen."""
    mentions = collections.defaultdict(list)
    for m in out.get('mentions') or []:
        if isinstance(m, dict) and isinstance(m.get('start'), int) and isinstance(m.get('end'), int):
            mentions[m.get('actor')].append((m['start'], m['end']))
    preds, seen_fields = [], set()
    # Claims stand in for attributions only when the engine reports none: an accusation's cue may be a word of
    # conduct ("the hacking"), which PolNeAR does not annotate as attribution.
    reports = any(isinstance(out.get(f), list) for f in ('statements', 'attributions'))
    for field in ('statements', 'attributions') if reports else ('claims',):
        items = out.get(field)
        if not isinstance(items, list):
            continue
        seen_fields.add(field)
        for it in items:
            if not isinstance(it, dict):
                continue
            cue = pair(it.get('cue')) or (
                (it['start'], it['end']) if isinstance(it.get('start'), int) and isinstance(it.get('end'), int) else None)
            if not cue or cue[1] <= cue[0]:
                continue
            if field == 'claims' and any(p['cue'][0] < cue[1] and cue[0] < p['cue'][1] for p in preds):
                continue  # the same cue already came as a statement
            span = pair(it.get('source_span'))
            if not span and isinstance(it.get('source_start'), int) and isinstance(it.get('source_end'), int):
                span = (it['source_start'], it['source_end'])
            preds.append({'cue': cue, 'source': it.get('source'), 'source_span': span, 'from': field})
    return preds, mentions, seen_fields


def run_engine(cli, docs):
    if not os.path.exists(cli):
        sys.exit(f'polnear: engine CLI not found at {cli} (build it: scripts/build native)')
    data = ''.join(json.dumps({'id': i, 'text': d['text']}) + '\n' for i, d in enumerate(docs))
    t0 = time.perf_counter()
    r = subprocess.run([cli, 'annotate', '--jsonl', '-'], input=data.encode(), capture_output=True)
    secs = time.perf_counter() - t0
    if r.returncode != 0:
        sys.exit(f'polnear: engine CLI exited with {r.returncode}: {r.stderr.decode(errors="replace")}')
    outs = [None] * len(docs)
    for line in r.stdout.decode().splitlines():
        if line.strip():
            j = json.loads(line)
            if isinstance(j.get('id'), int) and 0 <= j['id'] < len(docs):
                outs[j['id']] = j
    return outs, secs


# [SECTION] Scoring
def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def frag_overlap(frags, span):
    return sum(overlap(f, span) for f in frags)


def is_pronoun(text):
    words = [w.strip('.,"\'’“”').lower() for w in text.split()]
    return all(w in PRONOUNS for w in words if w)


def score(docs, outs, show_errors):
    c = collections.Counter()
    fields, errors = set(), []
    for d, out in zip(docs, outs):
        preds, mentions, seen = predictions(out or {})
        fields |= seen
        c['pred'] += len(preds)
        c['pred_with_source'] += sum(1 for p in preds if p['source'] is not None)
        gold = d['gold']
        c['gold'] += len(gold)
        c['gold_with_source'] += sum(1 for g in gold if g['source'])
        # One-to-one pairing of gold and predicted cues, largest overlap first.
        cand = sorted(((frag_overlap(g['cue'], p['cue']), gi, pi) for gi, g in enumerate(gold)
                       for pi, p in enumerate(preds) if frag_overlap(g['cue'], p['cue']) > 0), reverse=True)
        g2p, used = {}, set()
        for _, gi, pi in cand:
            if gi not in g2p and pi not in used:
                g2p[gi] = pi
                used.add(pi)
        c['cue_tp'] += len(g2p)
        text = d['text']
        for gi, g in enumerate(gold):
            pi = g2p.get(gi)
            if pi is None:
                if len(errors) < show_errors:
                    errors.append(f'missed cue {g["cue_text"]!r} ({g["source_text"]!r}) in {d["name"]}')
                continue
            if not g['source']:
                continue
            p = preds[pi]
            pron = is_pronoun(g['source_text'])
            kind = 'pronoun' if pron else 'named'
            c[f'matched_{kind}'] += 1
            if p['source'] is None and not p['source_span']:
                continue
            actor_spans = mentions.get(p['source'], []) if p['source'] is not None else []
            if pron:
                start = min(f[0] for f in g['source'])
                right = any(start - PRONOUN_WINDOW <= m[0] < start for m in actor_spans)
            else:
                right = ((p['source_span'] is not None and frag_overlap(g['source'], p['source_span']) > 0)
                         or any(frag_overlap(g['source'], m) > 0 for m in actor_spans))
            if right:
                c[f'source_right_{kind}'] += 1
            elif len(errors) < show_errors:
                names = [text[m[0]:m[1]] for m in actor_spans[:3]]
                errors.append(f'wrong source for cue {g["cue_text"]!r}: gold {g["source_text"]!r}, engine actor '
                              f'{p["source"]!r} {names} in {d["name"]}')
    return c, fields, errors


def ratio(a, b):
    return a / b if b else 0.0


# [SECTION] main
def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--cli', default=os.path.join(ROOT, 'build', 'riposte'))
    ap.add_argument('--split', default='test')
    ap.add_argument('--errors', type=int, default=0, help='print the first N misses')
    a = ap.parse_args()
    docs = read_split(a.split)
    if not docs:
        sys.exit('polnear: no texts found')
    outs, secs = run_engine(a.cli, docs)
    c, fields, errors = score(docs, outs, a.errors)
    cue_p, cue_r = ratio(c['cue_tp'], c['pred']), ratio(c['cue_tp'], c['gold'])
    cue_f = ratio(2 * cue_p * cue_r, cue_p + cue_r)
    matched = c['matched_named'] + c['matched_pronoun']
    right = c['source_right_named'] + c['source_right_pronoun']
    res = {
        'bench': 'polnear', 'split': a.split, 'texts': len(docs), 'gold_cues': c['gold'],
        'gold_cues_with_source': c['gold_with_source'], 'predicted': c['pred'],
        'cue_precision': cue_p, 'cue_recall': cue_r, 'cue_f1': cue_f,
        'source_accuracy': ratio(right, matched), 'matched_with_source': matched,
        'source_accuracy_named': ratio(c['source_right_named'], c['matched_named']), 'matched_named': c['matched_named'],
        'source_accuracy_pronoun': ratio(c['source_right_pronoun'], c['matched_pronoun']),
        'matched_pronoun': c['matched_pronoun'],
        'source_recall': ratio(right, c['gold_with_source']),
        'source_precision': ratio(right, c['pred_with_source']),
        'fields': sorted(fields),
    }
    print(f"PolNeAR {a.split}: {len(docs)} texts (first annotation file each), {c['gold']} gold cues "
          f"({c['gold_with_source']} with a source); engine gave {c['pred']} attribution records "
          f"from {', '.join(sorted(fields)) or 'no attribution field'} in {secs:.2f} s")
    if 'statements' not in fields and 'attributions' not in fields:
        print('  note: the engine JSON has no statements[]/attributions[]; scoring claims[] cues and sources only')
    print(f"  cues:    recall {cue_r:.3f} ({c['cue_tp']}/{c['gold']}), precision {cue_p:.3f}, F1 {cue_f:.3f}")
    print(f"  sources: accuracy on matched cues {res['source_accuracy']:.3f} ({right}/{matched}); "
          f"named {res['source_accuracy_named']:.3f} ({c['source_right_named']}/{c['matched_named']}), "
          f"pronoun (approx.) {res['source_accuracy_pronoun']:.3f} ({c['source_right_pronoun']}/{c['matched_pronoun']})")
    print(f"  sources end to end: recall {res['source_recall']:.3f} (of gold cues with a source), "
          f"precision {res['source_precision']:.3f} (of engine records with a source)")
    for e in errors:
        print('   ', e)
    print('RESULT ' + json.dumps(res))


if __name__ == '__main__':
    main()
