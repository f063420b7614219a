// CoNLL-2003 actor-mention benchmark: the engine against compromise on the same text, in the same run.
//   node bench/conll.mjs [--cli build/riposte] [--file ../shared/corpora/conll2003/eng.testb] [--errors N] [--dump N]
// Gold: the PER, ORG and LOC entities of eng.testb (IOB1). Each document (-DOCSTART-) is detokenised into one
// text, one CoNLL sentence per line, keeping a token -> character map. Scoring is exact span match and
// type-agnostic; a prediction that overlaps a MISC entity is ignored (neither right nor wrong). The matching
// rule is written down in bench/README.md. Ends with "RESULT {json}".
//
// [SECTION] Reading CoNLL and detokenising
// [SECTION] Systems (engine CLI --jsonl, compromise)
// [SECTION] Scoring
// [SECTION] main
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt; };
const cli = opt('--cli', join(root, 'build', 'riposte'));
const conllFile = opt('--file', join(root, '..', 'shared', 'corpora', 'conll2003', 'eng.testb'));
const showErrors = Number(opt('--errors', '0'));
const dump = Number(opt('--dump', '0'));  // print the first N detokenised documents

// [SECTION] Reading CoNLL and detokenising
// Tokens that attach to the previous token (no space before) and tokens after which no space follows.
const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '%', "'s", "'S", "n't", "N'T", "'re",
  "'ve", "'d", "'ll", "'m", '...']);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$']);

function readConll(path) {
  const docs = [];
  let doc = null, sent = [];
  const endSentence = () => { if (sent.length) { if (!doc) docs.push(doc = { sentences: [] }); doc.sentences.push(sent); } sent = []; };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.trim().split(' ');
    if (!line.trim()) { endSentence(); continue; }
    if (cols[0] === '-DOCSTART-') { endSentence(); docs.push(doc = { sentences: [] }); continue; }
    sent.push({ word: cols[0], tag: cols[cols.length - 1] });
  }
  endSentence();
  return docs.filter((d) => d.sentences.length);
}

// Builds the document text and, for every token, its [start, end) in UTF-16 units (= code points: CoNLL is ASCII).
function detokenise(doc) {
  let text = '';
  const entities = [];  // {start, end, type}
  let quoteOpen = false;  // straight quotes alternate open/close across the document's sentences
  for (const sent of doc.sentences) {
    if (text) text += '\n';
    let glue = true;
    let current = null;
    sent.forEach((tok, i) => {
      const w = tok.word;
      let before = !glue;
      if (NO_SPACE_BEFORE.has(w)) before = false;
      if (w === '"') { if (quoteOpen) before = false; }
      if (i > 0 && before) text += ' ';
      const start = text.length;
      text += w;
      tok.start = start; tok.end = text.length;
      glue = NO_SPACE_AFTER.has(w) || (w === '"' && !quoteOpen);
      if (w === '"') quoteOpen = !quoteOpen;
      // IOB1: I-X continues an entity of type X; B-X (or a change of type) starts a new one.
      const [prefix, type] = tok.tag === 'O' ? ['O', null] : tok.tag.split('-');
      if (!type) { current = null; return; }
      if (current && current.type === type && prefix === 'I') { current.end = tok.end; return; }
      current = { start, end: tok.end, type };
      entities.push(current);
    });
  }
  return { text, entities };
}

// [SECTION] Systems (engine CLI --jsonl, compromise)
// Code point offsets (the riposte/1 contract) to UTF-16 indices of the same JavaScript string.
function codepointToUtf16(text) {
  const map = [];
  let i = 0;
  for (const ch of text) { map.push(i); i += ch.length; }
  map.push(i);
  return (cp) => map[Math.max(0, Math.min(cp, map.length - 1))];
}

function runEngine(texts) {
  if (!existsSync(cli)) throw new Error(`engine CLI not found at ${cli} (build it: scripts/build native)`);
  const input = texts.map((text, id) => JSON.stringify({ id, text })).join('\n') + '\n';
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cli, ['annotate', '--jsonl', '-'], { input, maxBuffer: 1 << 30, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`engine CLI exited with ${r.status}: ${r.stderr}`);
  const spans = texts.map(() => []);
  for (const line of r.stdout.split('\n')) {
    if (!line.trim()) continue;
    const out = JSON.parse(line);
    if (typeof out.id !== 'number' || !spans[out.id]) continue;
    const toUtf16 = codepointToUtf16(texts[out.id]);
    for (const m of out.mentions ?? []) {
      if (Number.isInteger(m?.start) && Number.isInteger(m?.end)) spans[out.id].push([toUtf16(m.start), toUtf16(m.end)]);
    }
  }
  return { spans, seconds };
}

function runCompromise(texts) {
  const nlp = require('compromise');
  const t0 = process.hrtime.bigint();
  const spans = texts.map((text) => {
    const doc = nlp(text);
    const out = [];
    for (const view of [doc.people(), doc.places(), doc.organizations()]) {
      for (const match of view.out('offset')) {
        // The match offset includes trailing punctuation ("Brussels."); the terms' offsets do not.
        const terms = match.terms ?? [];
        if (!terms.length) continue;
        const first = terms[0].offset, last = terms[terms.length - 1].offset;
        out.push([first.start, last.start + last.length]);
      }
    }
    return out;
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { spans, seconds, version: nlp.version };
}

// [SECTION] Scoring
// A prediction is trimmed of surrounding spaces and quotes/brackets and of a final possessive ('s, ', ’s):
// CoNLL tokenises "Japan 's" so the gold span never includes it. Duplicates count once.
const TRIM = new Set([' ', '\n', '\t', '"', "'", '“', '”', '‘', '’', '(', ')', '[', ']', ',', ';', ':', '!', '?']);
function normalise(text, [s, e]) {
  for (;;) {
    while (s < e && TRIM.has(text[s])) s++;
    while (e > s && TRIM.has(text[e - 1])) e--;
    const tail = text.slice(Math.max(s, e - 2), e);
    if (e - s > 2 && (tail === "'s" || tail === '’s')) { e -= 2; continue; }
    return [s, e];
  }
}

function score(docs, predictions) {
  const c = { tp: 0, fp: 0, fn: 0, ignored: 0, byType: {} };
  const errors = [];
  docs.forEach(({ text, entities }, d) => {
    const gold = new Map();
    for (const g of entities) if (g.type !== 'MISC') gold.set(`${g.start}:${g.end}`, g.type);
    const misc = entities.filter((g) => g.type === 'MISC');
    const seen = new Set();
    for (const raw of predictions[d]) {
      const [s, e] = normalise(text, raw);
      const key = `${s}:${e}`;
      if (e <= s || seen.has(key)) continue;
      seen.add(key);
      if (gold.has(key)) { c.tp++; continue; }
      if (misc.some((m) => s < m.end && m.start < e)) { c.ignored++; continue; }
      c.fp++;
      if (errors.length < showErrors) errors.push(`FP  ${JSON.stringify(text.slice(s, e))}`);
    }
    for (const [key, type] of gold) {
      const t = (c.byType[type] ??= { gold: 0, found: 0 });
      t.gold++;
      if (seen.has(key)) t.found++;
      else {
        c.fn++;
        if (errors.length < showErrors) {
          const [s, e] = key.split(':').map(Number);
          errors.push(`FN  ${type} ${JSON.stringify(text.slice(s, e))}`);
        }
      }
    }
  });
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { ...c, precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0, errors };
}

// [SECTION] main
const docs = readConll(conllFile).map(detokenise);
for (const d of docs.slice(0, dump)) console.log(`--- document\n${d.text}\n`);
const texts = docs.map((d) => d.text);
const gold = docs.reduce((n, d) => n + d.entities.filter((e) => e.type !== 'MISC').length, 0);
const engine = runEngine(texts);
const comp = runCompromise(texts);
const results = { engine: score(docs, engine.spans), compromise: score(docs, comp.spans) };
const fmt = (x) => x.toFixed(3);
console.log(`CoNLL-2003 eng.testb: ${docs.length} documents, ${gold} PER/ORG/LOC entities (exact span, type-agnostic, MISC-overlapping predictions ignored)`);
for (const [name, r] of Object.entries(results)) {
  const per = Object.entries(r.byType).map(([t, v]) => `${t} recall ${fmt(v.found / v.gold)}`).join(', ');
  console.log(`  ${name.padEnd(10)} P ${fmt(r.precision)}  R ${fmt(r.recall)}  F1 ${fmt(r.f1)}  ` +
              `(tp ${r.tp}, fp ${r.fp}, fn ${r.fn}, ignored ${r.ignored}; ${per})`);
  for (const e of r.errors) console.log(`    ${e}`);
}
console.log(`  time: engine CLI ${engine.seconds.toFixed(2)} s (process included), compromise ${comp.version} ${comp.seconds.toFixed(2)} s`);
const pick = (r) => ({ precision: r.precision, recall: r.recall, f1: r.f1, tp: r.tp, fp: r.fp, fn: r.fn, ignored: r.ignored });
console.log('RESULT ' + JSON.stringify({ bench: 'conll2003', docs: docs.length, gold, engine: pick(results.engine),
  compromise: { ...pick(results.compromise), version: comp.version } }));
