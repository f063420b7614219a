// Issue 12.2 and 12.5, what a user hits on a slow or busy day: a paste before the page is ready is kept (and no C
// export runs before main has set up), the engine worker comes back after an error, a newer paste cancels a long
// annotation, Open takes .json files, and the whole page downloads in at most 1.5 MB (gzip -9), the engine's data
// once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { SITE, ROOT, startBrowser, stopBrowser, openPage, state, waitForState, frames, paste } from './helpers.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { if (env) await stopBrowser(env); });

const SAMPLE = fs.readFileSync(path.join(ROOT, 'web/sample-article.txt'), 'utf8');
const SECOND = 'Chile and Peru trade charges over fishing fleet\n\n' +
  'SANTIAGO — Chile’s foreign minister, Inés Fuentes, accused Peru on Monday of letting its fleet fish ' +
  'illegally in Chilean waters. Peru’s government denied the charge, calling it “groundless”.';

test('a paste while the page is still loading is kept and shown; nothing calls into C++ before main is ready', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, screen: { width: 1920, height: 1200 } });
  await context.addInitScript(() => localStorage.setItem('riposte.helpSeen', '1'));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  // Hold the page's module back a second and a half: the glue is up, main is not.
  let released;
  const gate = new Promise((r) => { released = r; });
  await page.route('**/riposte.wasm', async (route) => { await gate; await route.continue(); });
  await page.goto(env.url);
  await page.waitForFunction(() => window.riposte && window.riposte.isReady);
  assert.equal(await page.evaluate(() => window.riposte.isReady()), false, 'main is not ready yet');
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, SECOND);
  await page.waitForTimeout(1500);
  released();
  await page.evaluate(() => window.riposte.ready());
  const s = await waitForState(page, (x) => x.source === 'paste' && !x.busy && x.layoutComplete);
  assert.equal(s.text, SECOND, 'the early paste is the article');
  assert.equal(s.undoDepth, 0, 'the sample was not loaded over it (nor under it)');
  await frames(page, 10);
  assert.equal((await state(page)).text, SECOND, 'and nothing replaced it afterwards');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the engine worker is replaced after an error, and the next article is annotated', async () => {
  const { page, context } = await openPage(env);
  const starts = await page.evaluate(() => window.riposte.glue.workerStarts);
  await page.evaluate(() => window.riposte.breakEngine());
  const s = await waitForState(page, (x) => x.error !== '' && !x.busy);
  assert.match(s.error, /The engine stopped on this text/);
  assert.equal(s.text.slice(0, 40), SAMPLE.slice(0, 40), 'the article was not replaced');
  assert.equal(await page.evaluate(() => window.riposte.glue.workerStarts), starts + 1);
  const p = await paste(page, SECOND);
  assert.equal(p.text, SECOND);
  assert.equal(p.error, '');
  await context.close();
});

test('the engine worker frees each article\'s input and result: its heap in use does not grow with articles', async () => {
  const { page, context } = await openPage(env);
  const inUse = () => page.evaluate(() => window.riposte.glue.workerHeapInUse);
  await paste(page, SECOND);
  const small = await inUse();
  assert.ok(small > 0, 'the worker reports its heap in use');
  let big = '';
  while (big.length < 400 * 1024) big += SAMPLE + '\n\n';
  const after = [];
  for (let i = 0; i < 3; ++i) {
    await paste(page, big + `\n\n(${i})`);  // a new text each time: the page does not skip it as unchanged
    after.push(await inUse());
  }
  console.log(`# worker heap in use: ${small} bytes after a short article, ${after.join(', ')} after 400 KB ones`);
  // Neither the 400 KB input nor its result (larger still) stays: what remains is the engine's own state.
  for (const x of after) assert.ok(x - small < 100 * 1024, `heap in use ${x} bytes, ${x - small} more than after a short article`);
  assert.ok(after[2] - after[0] < 16 * 1024, `no growth from article to article: ${after.join(', ')}`);
  await context.close();
});

test('a newer paste cancels a long annotation still running; the long one never replaces it', async () => {
  const { page, context } = await openPage(env);
  const starts = await page.evaluate(() => window.riposte.glue.workerStarts);
  await page.evaluate((sample) => {
    let big = '';
    while (big.length < 3 * 1024 * 1024) big += sample + '\n\n';
    window.riposte.loadText(big, 'paste');
  }, SAMPLE);
  await page.waitForTimeout(150);
  await page.evaluate((t) => window.riposte.loadText(t, 'paste'), SECOND);
  const s = await waitForState(page, (x) => x.source === 'paste' && !x.busy && x.text === SECOND, 60000);
  assert.equal(await page.evaluate(() => window.riposte.glue.cancelled), 1, 'the long annotation was cancelled');
  assert.equal(await page.evaluate(() => window.riposte.glue.workerStarts), starts + 1, 'by replacing its worker');
  assert.equal(s.undoDepth, 1);
  await page.waitForTimeout(3000);  // longer than the big annotation would take here
  const later = await state(page);
  assert.equal(later.text, SECOND, 'the big article never arrived');
  assert.equal(later.undoDepth, 1);
  await context.close();
});

test('Open file… takes .riposte.json and .json documents as well as text', async () => {
  const { page, context } = await openPage(env);
  const accept = await page.getAttribute('#file-input', 'accept');
  for (const ext of ['.txt', '.json', '.riposte.json']) assert.ok(accept.split(',').includes(ext), accept);
  const exported = await page.evaluate(async () => {
    window.riposte.exportAs('json');
    for (let i = 0; i < 100 && !window.riposte.download('.riposte.json'); ++i) await new Promise((r) => setTimeout(r, 50));
    return window.riposte.download('.riposte.json').text;
  });
  await paste(page, SECOND);
  await page.setInputFiles('#file-input', { name: 'saved.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  const s = await waitForState(page, (x) => x.source === 'import');
  assert.equal(s.text.slice(0, 40), SAMPLE.slice(0, 40));
  await context.close();
});

test('everything the page downloads is at most 1.5 MB with gzip -9, and the engine\'s data ships once', async () => {
  const { page, context, requests } = await openPage(env);
  await frames(page, 3);
  const origin = new URL(env.url).origin;
  const files = [...new Set(requests.filter((u) => u.startsWith(origin)).map((u) => new URL(u).pathname.slice(1) || 'index.html'))];
  for (const f of ['index.html', 'riposte-glue.js', 'riposte.js', 'riposte.wasm', 'riposte.data', 'engine-worker.js',
                   'riposte-engine.js', 'riposte-engine.wasm'])
    assert.ok(files.includes(f), `${f} is loaded (${files.join(', ')})`);
  let total = 0;
  const sizes = [];
  for (const f of files) {
    const gz = execFileSync('gzip', ['-9c', path.join(SITE, f)], { maxBuffer: 1 << 28 }).length;
    sizes.push(`${f} ${gz}`);
    total += gz;
  }
  console.log(`# payload (gzip -9): ${sizes.join(', ')}; total ${total} bytes`);
  assert.ok(total <= 1.5e6, `total ${total} bytes`);
  // The gazetteer and word lists are the worker's, not the page module's.
  const main = fs.readFileSync(path.join(SITE, 'riposte.wasm'));
  const worker = fs.readFileSync(path.join(SITE, 'riposte-engine.wasm'));
  for (const word of ['Ouagadougou', 'Kazakhstan']) {
    assert.ok(worker.includes(word), `${word} in the engine`);
    assert.ok(!main.includes(word), `${word} not in the page module`);
  }
  // Served compressed.
  const res = await page.evaluate(async () => (await fetch('riposte.wasm')).headers.get('content-encoding'));
  assert.ok(['br', 'gzip'].includes(res), 'content-encoding ' + res);
  await context.close();
});
