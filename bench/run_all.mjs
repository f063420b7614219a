// Runs every benchmark in one process tree, one after the other (never in parallel: one thread each), shows
// their own output, then prints one table and writes the figures to build/bench-results.json.
//   node bench/run_all.mjs [--only throughput,seed,edit,scale,conll,polnear]
//   node bench/run_all.mjs --from build/bench-results.json     the table again from saved figures, running nothing
// Expects build/riposte, build/bench/riposte_bench and build-wasm/bench/riposte_bench.js (scripts/bench builds them).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const onlyArg = args.indexOf('--only');
const fromArg = args.indexOf('--from');
const only = new Set(fromArg >= 0 ? [] : onlyArg >= 0 ? args[onlyArg + 1].split(',') : ['throughput', 'seed', 'edit', 'scale', 'conll', 'polnear']);

const results = fromArg >= 0 ? JSON.parse(readFileSync(args[fromArg + 1], 'utf8')).results : [];
const loadBefore = fromArg >= 0 ? JSON.parse(readFileSync(args[fromArg + 1], 'utf8')).load_average
  : (await import('node:os')).loadavg().map((x) => x.toFixed(2)).join(' ');
const problems = [];
function run(label, cmd, cmdArgs) {
  console.log(`\n== ${label}: ${[cmd, ...cmdArgs].join(' ')}`);
  const r = spawnSync(cmd, cmdArgs, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NODE_PATH: '/usr/share/nodejs' } });
  for (const line of (r.stdout ?? '').split('\n')) {
    if (line.startsWith('RESULT ')) results.push(JSON.parse(line.slice(7)));
    else if (line) console.log(line);
  }
  if (r.stderr) process.stderr.write(r.stderr);
  if (r.status !== 0) problems.push(`${label} exited with ${r.status ?? r.signal}`);
}

const nativeBench = join(root, 'build', 'bench', 'riposte_bench');
const wasmBench = join(root, 'build-wasm', 'bench', 'riposte_bench.js');
const mode = only.has('throughput') && only.has('seed') ? 'all' : only.has('throughput') ? 'throughput' : 'seed';
if (only.has('throughput') || only.has('seed')) {
  if (existsSync(nativeBench)) run('engine, native', nativeBench, [mode]); else problems.push(`missing ${nativeBench}`);
  if (existsSync(wasmBench)) run('engine, WASM in Node', process.execPath, [wasmBench, mode]); else problems.push(`missing ${wasmBench}`);
}
if (only.has('edit')) {
  if (existsSync(nativeBench)) run('edits, native', nativeBench, ['edit']); else problems.push(`missing ${nativeBench}`);
  if (existsSync(wasmBench)) run('edits, WASM in Node', process.execPath, [wasmBench, 'edit']); else problems.push(`missing ${wasmBench}`);
}
if (only.has('scale')) run('corpus at scale: CLI --jobs, Dask LocalCluster', '/usr/bin/python3', [join(root, 'bench', 'cli_bench.py')]);
if (only.has('throughput') || only.has('scale')) run('wink-nlp peer', process.execPath, [join(root, 'bench', 'wink_bench.mjs')]);
if (only.has('conll')) run('CoNLL-2003', process.execPath, [join(root, 'bench', 'conll.mjs')]);
if (only.has('polnear')) run('PolNeAR', 'python3', [join(root, 'bench', 'polnear.py')]);

// --- table -------------------------------------------------------------------------------------------
const find = (bench, platform) => results.find((r) => r.bench === bench && (!platform || r.platform === platform));
const f2 = (x) => (x == null ? 'n/a' : x.toFixed(2));
const f3 = (x) => (x == null ? 'n/a' : x.toFixed(3));
const mb = (kb) => (kb == null || kb < 0 ? 'n/a' : `${(kb / 1024).toFixed(1)} MB`);
const rows = [];
const tn = find('throughput', 'native'), tw = find('throughput', 'wasm'), wk = find('throughput', 'wink');
const cpuRatio = (a, b) => (a.mb_per_cpu_s && b.mb_per_cpu_s ? ` (${f2(a.mb_per_cpu_s / b.mb_per_cpu_s)}x per CPU s)` : '');
const perCpu = (r) => (r.mb_per_cpu_s ? ` (${f2(r.mb_per_cpu_s)} per CPU s)` : '');
if (tn) rows.push(['Throughput, native (annotate)', `${f2(tn.mb_per_s)} MB/s${perCpu(tn)}`, '>= 20 MB/s (>= 15 with claims)'],
                  ['  with to_json', `${f2(tn.mb_per_s_with_json)} MB/s`, ''],
                  ['  peak RSS', mb(tn.peak_rss_kb), ''],
                  ['  corpus', `${(tn.bytes / 1e6).toFixed(2)} MB = ${tn.files} files x ${tn.repeats}`, '>= 10 MB']);
if (tw) rows.push(['Throughput, WASM in Node (annotate)', `${f2(tw.mb_per_s)} MB/s${perCpu(tw)}`, 'within 2x of native'],
                  ['  with to_json', `${f2(tw.mb_per_s_with_json)} MB/s`, ''],
                  ['  peak RSS (Node process) / WASM heap', `${mb(tw.peak_rss_kb)} / ${mb(tw.wasm_heap_kb)}`, '']);
if (tn && tw) rows.push(['  WASM / native', `${f2(tw.mb_per_s / tn.mb_per_s)}x${cpuRatio(tw, tn)}`, '>= 0.5x']);
if (wk) rows.push([`wink-nlp (readDoc+sentences+entities)`, `${f2(wk.mb_per_s)} MB/s${perCpu(wk)}`, ''],
                  ['  peak RSS (Node process)', mb(wk.peak_rss_kb), '']);
if (wk && tn) rows.push(['Ratio engine/wink, native', `${f2(tn.mb_per_s / wk.mb_per_s)}x${cpuRatio(tn, wk)}`, '']);
if (wk && tw) rows.push(['Ratio engine/wink, WASM', `${f2(tw.mb_per_s / wk.mb_per_s)}x${cpuRatio(tw, wk)}`, '']);
const scale = (mode, jobs) => results.find((r) => r.bench === 'scale' && r.mode === mode && (jobs == null || r.jobs === jobs));
const c1 = scale('cli', 1), cN = results.filter((r) => r.bench === 'scale' && r.mode === 'cli').at(-1), dk = scale('dask');
const perHour = (r) => `${Math.round(r.articles_per_hour).toLocaleString('en-US')} articles/hour`;
if (c1) rows.push(['CLI end to end, 1 core (annotate --jsonl --jobs 1)', `${f2(c1.mb_per_s)} MB/s${perCpu(c1)}, ${perHour(c1)}`, '>= 20 MB/s']);
if (cN && cN !== c1) rows.push([`CLI end to end, all ${cN.jobs} cores (--jobs ${cN.jobs})`, `${f2(cN.mb_per_s)} MB/s, ${perHour(cN)}`, ''],
                              [`  speedup --jobs ${cN.jobs} / --jobs 1`, `${f2(cN.mb_per_s / c1.mb_per_s)}x`, '']);
if (dk) rows.push([`Dask LocalCluster, ${dk.workers} workers (${dk.partitions} partitions)`, `${f2(dk.mb_per_s)} MB/s, ${perHour(dk)}`, '']);
if (c1) rows.push(['  CLI peak RSS, 10 MB stream (1 MB stream)', `${mb(c1.peak_rss_kb)} (${mb(c1.peak_rss_kb_1mb)}) --jobs 1; ${cN ? `${mb(cN.peak_rss_kb)} (${mb(cN.peak_rss_kb_1mb)}) --jobs ${cN.jobs}` : ''}`, 'flat']);
if (c1 && wk) rows.push(['Ratio CLI 1 core / wink', `${f2(c1.mb_per_s / wk.mb_per_s)}x${cpuRatio(c1, wk)}`, '>= 10x']);
const sw = find('seed', 'wasm'), sn = find('seed', 'native');
if (sw) rows.push(['Seed article, WASM in Node, median of ' + sw.runs, `${f3(sw.median_ms)} ms`, '< 2 ms'],
                  ['  with to_json', `${f3(sw.median_ms_with_json)} ms`, '']);
if (sn) rows.push(['Seed article, native, median of ' + sn.runs, `${f3(sn.median_ms)} ms`, '']);
const en = find('edit', 'native'), ew = find('edit', 'wasm');
if (ew) rows.push([`apply_edit, ${(ew.bytes / 1e6).toFixed(1)} MB document, WASM in Node (slowest kind)`, `${f3(ew.max_median_ms)} ms`, '< 50 ms']);
if (en) rows.push([`apply_edit, ${(en.bytes / 1e6).toFixed(1)} MB document, native (slowest kind)`, `${f3(en.max_median_ms)} ms`, '']);
const cn = find('conll2003');
if (cn) for (const [name, r] of [['engine', cn.engine], [`compromise ${cn.compromise.version}`, cn.compromise]])
  rows.push([`CoNLL-2003 testb, ${name} P / R / F1`, `${f3(r.precision)} / ${f3(r.recall)} / ${f3(r.f1)}`, '']);
const pn = find('polnear');
if (pn) rows.push(['PolNeAR test, cue recall / precision', `${f3(pn.cue_recall)} / ${f3(pn.cue_precision)}`, ''],
                  ['  source accuracy on matched cues', `${f3(pn.source_accuracy)} (named ${f3(pn.source_accuracy_named)}, pronoun ${f3(pn.source_accuracy_pronoun)})`, ''],
                  ['  source recall / precision', `${f3(pn.source_recall)} / ${f3(pn.source_precision)}`, ''],
                  ['  fields scored', pn.fields.join(', ') || 'none', '']);
const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), 6));
console.log(`\nload average before the run: ${loadBefore}; wall-clock MB/s suffer when other processes share the CPUs, MB per CPU second much less`);
console.log(`\n${'Figure'.padEnd(w[0])}  ${'Value'.padEnd(w[1])}  Target`);
console.log(`${'-'.repeat(w[0])}  ${'-'.repeat(w[1])}  ${'-'.repeat(w[2])}`);
for (const r of rows) console.log(`${r[0].padEnd(w[0])}  ${r[1].padEnd(w[1])}  ${r[2]}`);
mkdirSync(join(root, 'build'), { recursive: true });
if (fromArg < 0) {
  writeFileSync(join(root, 'build', 'bench-results.json'),
                JSON.stringify({ date: new Date().toISOString(), load_average: loadBefore, results }, null, 1) + '\n');
  console.log('\nfigures written to build/bench-results.json');
}
for (const p of problems) console.error(`bench: ${p}`);
process.exit(problems.length ? 1 : 0);
