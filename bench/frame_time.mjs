// Frame time of the page in headless Chromium (SwiftShader WebGL2), as DECISIONS.md defines it:
// requestAnimationFrame intervals (median, 95th percentile) and the CPU time of a frame (its ImGui/UI part
// and its rendering part, measured inside the wasm frame function), while scrolling
//   1. a 50,000-word article made by concatenating BBC politics articles (read at run time from
//      ../shared/corpora/bbc/politics, sorted by name, whole articles until 50,000 words), all arcs on;
//   2. the seed (sample) article.
// Scrolling: a wheel event every frame over the article, bouncing between top and bottom.
// Reading the figures: "UI" is our C++ per frame (layout lookups, highlight/arc batches, panels); "GL submit" is
// ImGui's OpenGL backend plus our two shader draws, and under SwiftShader it is dominated by waiting for the
// software rasteriser in the GPU process (it is as large for the 400-word seed as for 50,000 words), so the
// rAF interval there measures SwiftShader's fill rate on a shared CPU, not the page's work.
// Usage: node bench/frame_time.mjs [--frames N] [--words W] [--width W --height H] [--dpr D] [--site DIR]
//        (needs build-wasm/site: scripts/build wasm; --site measures another build, e.g. an older one for A/B)
// Ends with one line: RESULT {json}
import fs from 'node:fs';
import path from 'node:path';
import { startBrowser, stopBrowser, openPage, waitForState, frames, ROOT } from '../tests/e2e/helpers.mjs';

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? Number(process.argv[i + 1]) : dflt; };
const FRAMES = arg('--frames', 300);
const WORDS = arg('--words', 50000);
const WIDTH = arg('--width', 1280), HEIGHT = arg('--height', 800);  // a smaller canvas shows what fill rate costs
const DPR = arg('--dpr', 1);
const SITE_DIR = process.argv.includes('--site') ? path.resolve(process.argv[process.argv.indexOf('--site') + 1]) : undefined;
const BBC = path.resolve(ROOT, '../shared/corpora/bbc/politics');

function bbcArticle(words) {
  const files = fs.readdirSync(BBC).filter((f) => f.endsWith('.txt')).sort();
  const parts = [];
  let count = 0;
  for (const f of files) {
    if (count >= words) break;
    const text = fs.readFileSync(path.join(BBC, f), 'utf8').trim();
    parts.push(text);
    count += text.split(/\s+/).length;
  }
  return { text: parts.join('\n\n'), words: count, articles: parts.length };
}

const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };
const round = (x) => Math.round(x * 100) / 100;

async function measure(page, label) {
  await page.mouse.move(Math.min(300, WIDTH / 4), HEIGHT / 2);   // over the article: the wheel scrolls it
  await frames(page, 5);
  const result = await page.evaluate(async (n) => {
    const canvas = document.getElementById('canvas');
    window.riposte.frameStats();      // reset
    const intervals = [];
    let last = 0, dir = 1;
    await new Promise((done) => {
      const tick = (t) => {
        if (last) intervals.push(t - last);
        last = t;
        const s = window.riposte.state();
        if (s.scroll >= s.scrollMax - 1) dir = -1;
        if (s.scroll <= 0) dir = 1;
        canvas.dispatchEvent(new WheelEvent('wheel', { deltaY: 240 * dir, deltaMode: 0, bubbles: true, clientX: 100, clientY: 100 }));
        if (intervals.length < n) requestAnimationFrame(tick); else done();
      };
      requestAnimationFrame(tick);
    });
    const s = window.riposte.state();
    return { intervals, cpu: window.riposte.frameStats(), arcs: s.arcs, highlights: s.highlights, scrollMax: s.scrollMax };
  }, FRAMES);
  const { intervals, cpu } = result;
  const row = {
    label,
    frames: intervals.length,
    raf_median_ms: round(quantile(intervals, 0.5)), raf_p95_ms: round(quantile(intervals, 0.95)),
    cpu_median_ms: round(quantile(cpu.total, 0.5)), cpu_p95_ms: round(quantile(cpu.total, 0.95)),
    ui_median_ms: round(quantile(cpu.ui, 0.5)), render_median_ms: round(quantile(cpu.render, 0.5)),
    arcs_last_frame: result.arcs, highlights_last_frame: result.highlights, scroll_height_px: Math.round(result.scrollMax),
  };
  console.log(`${label}: rAF median ${row.raf_median_ms} ms, p95 ${row.raf_p95_ms} ms; frame CPU median ${row.cpu_median_ms} ms ` +
              `(UI ${row.ui_median_ms}, GL submit ${row.render_median_ms}), p95 ${row.cpu_p95_ms} ms`);
  return row;
}

const env = await startBrowser(SITE_DIR);
try {
  const big = bbcArticle(WORDS);
  console.log(`article: ${big.articles} BBC politics articles, ${big.words} words, ${(Buffer.byteLength(big.text) / 1e3).toFixed(0)} kB`);
  const { page, context } = await openPage(env, { viewport: { width: WIDTH, height: HEIGHT }, dpr: DPR });
  const seed = await measure(page, 'seed article');
  await page.evaluate((t) => window.riposte.loadText(t, 'paste'), big.text);
  const s = await waitForState(page, (x) => x.source === 'paste' && !x.busy && x.layoutComplete, 120000);
  console.log(`annotated: ${s.actors} actors, ${s.claims} claims, ${s.mentions} mentions in ${s.annotateMs.toFixed(0)} ms (worker)`);
  const large = await measure(page, `${big.words}-word BBC article, arcs on`);
  await context.close();
  const load = fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log('RESULT ' + JSON.stringify({ bench: 'frame_time', renderer: 'headless Chromium, SwiftShader WebGL2', viewport: `${WIDTH}x${HEIGHT} dpr ${DPR}`, site: SITE_DIR || 'build-wasm/site',
    loadavg: load, words: big.words, actors: s.actors, claims: s.claims, mentions: s.mentions, seed, large }));
} finally {
  await stopBrowser(env);
}
