// Load time of the page on loopback, as issue 12 defines it: from navigation to the first frame painted with
// the annotated sample article (the engine worker has answered, the article is laid out and drawn), median of N
// cold loads (a fresh browser context each: empty cache, no autosave), in headless Chromium (SwiftShader WebGL2).
// Also what the page downloads: each file's size on the wire (compressed as served) and `gzip -9` of the file.
// Several sites can be compared in one run (loads alternate between them, so machine noise hits both alike):
//   node bench/load_time.mjs [--runs N] [--site LABEL=DIR[:plain]]...
// ":plain" serves that site without compression (as scripts/static-server.mjs did before it compressed).
// Default: --site page=build-wasm/site. Ends with one line: RESULT {json}
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { ROOT } from '../tests/e2e/helpers.mjs';
import { serve } from '../scripts/static-server.mjs';

const argv = process.argv.slice(2);
const RUNS = Number(argv[argv.indexOf('--runs') + 1]) || 10;
const siteArgs = argv.flatMap((a, i) => (argv[i - 1] === '--site' ? [a] : []));
const sites = (siteArgs.length ? siteArgs : ['page=build-wasm/site']).map((spec) => {
  const [label, rest] = spec.split('=');
  const [dir, mode] = rest.split(':');
  return { label, dir: path.resolve(ROOT, dir), compression: mode !== 'plain' };
});

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

// Marks performance.now() at the first animation frame after one that drew the annotated article.
const PAINT_PROBE = () => {
  localStorage.setItem('riposte.helpSeen', '1');
  window.__painted = 0;
  let ready = false;
  const poll = () => {
    if (!ready && window.riposte && window.riposte.ready) window.riposte.ready().then(() => { ready = true; });
    if (ready) {
      const s = window.riposte.state();
      if (s.actors > 0 && s.layoutComplete && s.visibleMentions.length > 0) {
        requestAnimationFrame(() => { window.__painted = performance.now(); });
        return;
      }
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
};

async function loadOnce(browser, site) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, screen: { width: 1920, height: 1200 } });
  await context.addInitScript(PAINT_PROBE);
  const page = await context.newPage();
  const wire = new Map();
  page.on('requestfinished', async (r) => {
    const sizes = await r.sizes().catch(() => null);
    if (sizes) wire.set(new URL(r.url()).pathname.slice(1) || 'index.html', sizes.responseBodySize);
  });
  await page.goto(site.url);
  await page.waitForFunction(() => window.__painted > 0, null, { timeout: 60000, polling: 20 });
  const ms = await page.evaluate(() => window.__painted);
  await context.close();
  return { ms, wire };
}

function gzipSizes(dir, names) {
  const out = {};
  for (const n of names) {
    const file = path.join(dir, n);
    if (fs.existsSync(file)) out[n] = { bytes: fs.statSync(file).size, gzip9: execFileSync('gzip', ['-9c', file], { maxBuffer: 1 << 28 }).length };
  }
  return out;
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const site of sites) {
    const { server, url } = await serve(site.dir, 0, '127.0.0.1', { compression: site.compression });
    Object.assign(site, { server, url, times: [], wire: null });
  }
  for (let run = 0; run < RUNS; ++run) {
    for (const site of sites) {
      const { ms, wire } = await loadOnce(browser, site);
      site.times.push(ms);
      site.wire = wire;
    }
  }
  const results = sites.map((site) => {
    const files = [...site.wire.keys()].sort();
    const gz = gzipSizes(site.dir, files);
    const total = (f) => files.reduce((sum, n) => sum + (f(n) || 0), 0);
    const row = {
      label: site.label, runs: RUNS, compression: site.compression,
      painted_median_ms: Math.round(median(site.times)), painted_ms: site.times.map(Math.round),
      files: Object.fromEntries(files.map((n) => [n, { wire: site.wire.get(n), ...gz[n] }])),
      total_wire: total((n) => site.wire.get(n)), total_gzip9: total((n) => gz[n] && gz[n].gzip9),
    };
    console.log(`${site.label}: loaded, annotated and painted in ${row.painted_median_ms} ms (median of ${RUNS}: ${row.painted_ms.join(' ')})`);
    for (const n of files) {
      const f = row.files[n];
      console.log(`  ${n.padEnd(24)} ${String(f.bytes ?? '').padStart(9)} B  gzip -9 ${String(f.gzip9 ?? '').padStart(8)} B  on the wire ${String(f.wire).padStart(8)} B`);
    }
    console.log(`  ${'total'.padEnd(24)} ${''.padStart(9)}    gzip -9 ${String(row.total_gzip9).padStart(8)} B  on the wire ${String(row.total_wire).padStart(8)} B`);
    return row;
  });
  const load = fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log('RESULT ' + JSON.stringify({ bench: 'load_time', loadavg: load, sites: results }));
} finally {
  for (const site of sites) if (site.server) await new Promise((r) => site.server.close(r));
  await browser.close();
}
