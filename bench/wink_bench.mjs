// The throughput peer: wink-nlp 2.4.0 + wink-eng-lite-web-model 1.8.1 (pinned in package.json) over the
// same BBC texts as riposte_bench, in the same order and repetition (whole passes to >= --min-mb MB),
// one thread, one warm-up pass, then the median of --passes (3) timed passes of readDoc + sentences + entities
// per document.
// Prints a human line and "RESULT {json}" (collected by bench/run_all.mjs). See bench/README.md.
//   node bench/wink_bench.mjs [--corpus DIR] [--min-mb N] [--passes P]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt; };
const corpus = opt('--corpus', join(here, '..', '..', 'shared', 'corpora', 'bbc'));
const minMb = Number(opt('--min-mb', '10'));

// Same rule as load_bbc() in riposte_bench.cpp: every DIR/*/*.txt, sorted by path in byte order.
const paths = [];
for (const cat of readdirSync(corpus)) {
  const d = join(corpus, cat);
  if (!statSync(d).isDirectory()) continue;
  for (const f of readdirSync(d)) if (f.endsWith('.txt')) paths.push(join(d, f));
}
paths.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
const texts = paths.map((p) => { const b = readFileSync(p); return { text: b.toString('utf8'), bytes: b.length }; });
const corpusBytes = texts.reduce((s, t) => s + t.bytes, 0);
if (!corpusBytes) { console.error(`wink_bench: no *.txt files under ${corpus}/*/`); process.exit(1); }
const repeats = Math.ceil((minMb * 1e6) / corpusBytes);

const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const winkVersion = require('wink-nlp/package.json').version;
const modelVersion = require('wink-eng-lite-web-model/package.json').version;
const nlp = winkNLP(model);

function pass() {
  let docs = 0, bytes = 0, sentences = 0, entities = 0;
  for (let r = 0; r < repeats; r++) {
    for (const t of texts) {
      const doc = nlp.readDoc(t.text);
      sentences += doc.sentences().out().length;
      entities += doc.entities().out().length;
      docs++; bytes += t.bytes;
    }
  }
  return { docs, bytes, sentences, entities };
}

pass();  // warm-up (JIT, model tables)
// Same as riposte_bench: the median of --passes timed passes (the machine is shared).
const passes = Math.max(1, Number(opt('--passes', '3')));
const times = [], cpuTimes = [];
let r;
for (let p = 0; p < passes; p++) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  r = pass();
  times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  const c = process.cpuUsage(c0);
  cpuTimes.push((c.user + c.system) / 1e6);  // includes V8's GC threads, which is what the work costs
}
const medianOf = (v) => { const s = [...v].sort((a, b) => a - b), n = s.length; return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };
const cpuSeconds = medianOf(cpuTimes);
const sorted = [...times].sort((a, b) => a - b);
const seconds = passes % 2 ? sorted[(passes - 1) / 2] : (sorted[passes / 2 - 1] + sorted[passes / 2]) / 2;
const peakRssKb = process.resourceUsage().maxRSS;  // kB, whole Node process
const mbps = r.bytes / 1e6 / seconds;
console.log(`wink-nlp ${winkVersion} (${modelVersion}) throughput: ${r.docs} documents, ${(r.bytes / 1e6).toFixed(2)} MB ` +
            `(${texts.length} files x ${repeats}), median of ${passes} passes ${seconds.toFixed(3)} s -> ${mbps.toFixed(2)} MB/s ` +
            `(best ${(r.bytes / 1e6 / sorted[0]).toFixed(2)}; per CPU second ${(r.bytes / 1e6 / cpuSeconds).toFixed(2)})`);
console.log(`  peak RSS ${(peakRssKb / 1024).toFixed(1)} MB (whole Node process); found ${r.sentences} sentences, ${r.entities} entities`);
console.log('RESULT ' + JSON.stringify({
  bench: 'throughput', platform: 'wink', engine: `wink-nlp ${winkVersion} + wink-eng-lite-web-model ${modelVersion}`,
  files: texts.length, repeats, docs: r.docs, bytes: r.bytes, passes, seconds, mb_per_s: mbps,
  mb_per_s_best: r.bytes / 1e6 / sorted[0], mb_per_cpu_s: r.bytes / 1e6 / cpuSeconds, peak_rss_kb: peakRssKb,
  sentences: r.sentences, entities: r.entities,
}));
