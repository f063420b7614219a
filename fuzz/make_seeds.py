#!/usr/bin/env python3
"""Writes the fuzz seeds that come from the dev set (scripts/fuzz runs it; never writes into the repository):
  make_seeds.py DEV_DIR SEEDS_DIR
  text/   every dev article (the texts the gold files name, plus DEV_DIR/*.txt)
  jsonl/  the same articles as {"id", "text"} lines (the CLI's --jsonl input)
  json/   riposte/1 documents built from the gold annotations: actors (affiliated to their party), mentions,
          and accusation/rebuttal claims (cue: the source's first mention) -- dense, valid import inputs.
"""
import glob, json, os, sys


def gold_document(gold, text):
    actors = gold.get('actors', {})

    def affiliation(key, v):
        # One level only: a party that is itself affiliated could make a cycle in hand-written gold.
        party = v.get('party')
        if party in (None, key) or party not in actors or actors[party].get('party', party) != party:
            return None
        return party

    mentions = sorted((m for m in gold.get('mentions', []) if m.get('actor') in actors), key=lambda m: m['start'])
    first = {}
    for m in mentions:
        first.setdefault(m['actor'], (m['start'], m['end']))
    doc = {'schema': 'riposte/1', 'engine': 'gold', 'text': text,
           'actors': [{'id': k, 'name': v.get('name', k), 'kind': 'group', 'affiliation': affiliation(k, v),
                       'color': '#808080', 'explanation': []} for k, v in actors.items()],
           'mentions': [{'start': m['start'], 'end': m['end'], 'actor': m['actor']} for m in mentions],
           'claims': [], 'stance': []}
    for kind, code, plover in (('accusation', '112', 'ACCUSE'), ('rebuttal', '125', 'REJECT')):
        for e in gold.get('edges', {}).get(kind, []):
            if e.get('source') in first and e.get('target') in actors:
                s, t = first[e['source']]
                doc['claims'].append({'id': f'c{len(doc["claims"]) + 1}', 'kind': kind, 'source': e['source'],
                                      'target': e['target'], 'rebuts': None, 'start': s, 'end': t,
                                      'content': [s, t], 'score': -0.5, 'code': code, 'plover': plover})
    return doc


def main():
    dev, seeds = sys.argv[1], sys.argv[2]
    for sub in ('text', 'jsonl', 'json'):
        os.makedirs(os.path.join(seeds, sub), exist_ok=True)
    texts = {}
    for gold_path in sorted(glob.glob(os.path.join(dev, '*.gold.json'))):
        with open(gold_path, encoding='utf-8') as f:
            gold = json.load(f)
        path = os.path.normpath(os.path.join(dev, gold.get('text_file', '')))
        if os.path.isfile(path):
            texts[path] = gold
    for p in glob.glob(os.path.join(dev, '*.txt')):
        texts.setdefault(os.path.normpath(p), None)
    for i, (p, gold) in enumerate(sorted(texts.items())):
        with open(p, 'rb') as f:
            data = f.read()
        text = data.decode('utf-8', 'replace')
        with open(os.path.join(seeds, 'text', f'dev{i:02d}.txt'), 'wb') as f:
            f.write(data)
        with open(os.path.join(seeds, 'jsonl', f'dev{i:02d}.jsonl'), 'w', encoding='utf-8') as f:
            f.write(json.dumps({'id': os.path.basename(p), 'text': text}) + '\n')
        if gold:
            with open(os.path.join(seeds, 'json', f'gold{i:02d}.json'), 'w', encoding='utf-8') as f:
                json.dump(gold_document(gold, text), f, ensure_ascii=False)


if __name__ == '__main__':
    main()
