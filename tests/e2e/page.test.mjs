// Issue 2, the page: loads the sample, Ctrl+V through the real clipboard path, invalid and empty
// input, device pixel ratio and resizing, and a 5 MB paste that must not freeze the tab.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ROOT, startBrowser, stopBrowser, openPage, state, waitForState, frames, shot, clickAt } from './helpers.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { if (env) await stopBrowser(env); });

const SAMPLE = fs.readFileSync(path.join(ROOT, 'web/sample-article.txt'), 'utf8');
const SECOND = 'Chile and Peru trade charges over fishing fleet\n\n' +
  'SANTIAGO — Chile’s foreign minister, Inés Fuentes, accused Peru on Monday of letting its fleet fish ' +
  'illegally in Chilean waters. “Lima has ignored every warning,” she said. Peru’s government denied the ' +
  'charge, calling it “groundless”. Ελλάδα and Україна were mentioned by no one — the €3 million fine stands.';

// Clicks an empty part of the article so the canvas has focus but no ImGui widget is under the mouse.
async function focusArticle(page) {
  await page.mouse.click(30, 400);
  await frames(page, 2);
}

test('the page loads the sample article, typeset, with a status line and no foreign requests', async () => {
  const { page, context, requests, errors } = await openPage(env);
  const s = await state(page);
  assert.equal(s.text.slice(0, 40), SAMPLE.slice(0, 40));
  assert.equal(s.articleLength, [...SAMPLE].length, 'code point length of the sample');
  assert.match(s.status, /^\d+ actors · \d+ claims · annotated in \d+\.\d ms · [\d,]+ characters/);
  assert.ok(s.status.startsWith(`${s.actors} actors · ${s.claims} claims`));
  assert.equal(s.empty, false);
  assert.ok(s.lines > 20, 'the article is word-wrapped into many lines: ' + s.lines);
  assert.deepEqual(s.missingGlyphs, [], 'curly quotes, dashes, accents, € and UI symbols all have glyphs');
  // The canvas fills the window.
  const canvas = await page.evaluate(() => ({ w: canvas.width, h: canvas.height, cw: innerWidth, ch: innerHeight }));
  assert.equal(canvas.w, canvas.cw);
  assert.ok(Math.abs(canvas.h - canvas.ch) <= 1);
  // The accessible mirror lists the same actors and claims.
  const a11y = await page.evaluate(() => ({
    actors: document.querySelectorAll('#a11y-actors [role=listitem]').length,
    claims: document.querySelectorAll('#a11y-claims [role=listitem]').length,
    status: document.getElementById('a11y-status').textContent,
  }));
  assert.equal(a11y.actors, Math.min(s.actors, 500));
  assert.equal(a11y.claims, Math.min(s.claims, 500));
  assert.equal(a11y.status, s.status);
  const origin = new URL(env.url).origin;
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin)), [], 'no request leaves the page\'s own origin');
  assert.deepEqual(errors, []);
  await shot(page, 'page-sample');
  await context.close();
});

test('the page shows what the CLI finds in the sample (same engine, same counts)', async (t) => {
  const cli = path.join(ROOT, 'build/riposte');
  assert.ok(fs.existsSync(cli), 'build/riposte exists (scripts/test builds it before the browser tests)');
  const doc = JSON.parse(execFileSync(cli, ['annotate', path.join(ROOT, 'web/sample-article.txt')], { encoding: 'utf8' }));
  const { page, context } = await openPage(env);
  const s = await state(page);
  assert.equal(s.actors, doc.actors.length);
  assert.equal(s.claims, doc.claims.length);
  assert.equal(s.mentions, doc.mentions.length);
  assert.equal(s.articleLength, [...doc.text].length);
  await context.close();
});

test('Ctrl+V with the real clipboard replaces the article, re-annotates it, and Ctrl+Z undoes it', async () => {
  const { page, context } = await openPage(env);
  await page.evaluate((t) => navigator.clipboard.writeText(t), SECOND);
  await focusArticle(page);
  await page.keyboard.press('Control+V');
  const s = await waitForState(page, (x) => x.source === 'paste' && !x.busy);
  assert.equal(s.text, SECOND);
  assert.equal(s.articleLength, [...SECOND].length);
  assert.equal(s.undoDepth, 1);
  assert.match(s.status, /annotated in/);
  assert.deepEqual(s.missingGlyphs, [], 'Greek, Cyrillic, accents and € render');
  await frames(page, 3);
  await shot(page, 'page-pasted');
  await page.keyboard.press('Control+Z');
  const u = await waitForState(page, (x) => x.source === 'undo');
  assert.equal(u.text.slice(0, 40), SAMPLE.slice(0, 40));
  assert.equal(u.undoDepth, 0);
  await context.close();
});

test('the "Paste article" button reads the clipboard', async () => {
  const { page, context } = await openPage(env);
  await page.evaluate((t) => navigator.clipboard.writeText(t), SECOND);
  const b = (await state(page)).ui.paste;
  assert.ok(b, 'the toolbar has a Paste article button');
  await clickAt(page, b.x + b.w / 2, b.y + b.h / 2);
  const s = await waitForState(page, (x) => x.source === 'paste' && !x.busy);
  assert.equal(s.text, SECOND);
  await context.close();
});

test('without clipboard permission, "Paste article" offers a text box instead', async () => {
  const { page, context } = await openPage(env, { clipboard: false });
  const b = (await state(page)).ui.paste;
  await clickAt(page, b.x + b.w / 2, b.y + b.h / 2);
  await page.waitForSelector('#paste-dialog[open]');
  await page.fill('#paste-text', SECOND);
  await page.click('#paste-form button[type=submit]');
  const s = await waitForState(page, (x) => x.source === 'paste' && !x.busy);
  assert.equal(s.text, SECOND);
  await context.close();
});

test('invalid UTF-8 from a file is repaired like TextDecoder does, and reported', async () => {
  const { page, context } = await openPage(env);
  // "Caf\xE9" (Latin-1), a lone continuation byte, a truncated 3-byte sequence, an overlong NUL.
  const bytes = Buffer.concat([Buffer.from('Café in Paris: '), Buffer.from([0x43, 0x61, 0x66, 0xE9, 0x20, 0x80, 0x20, 0xE2, 0x82, 0x20, 0xC0, 0x80]),
    Buffer.from(' — France’s minister said.')]);
  await page.setInputFiles('#file-input', { name: 'broken.txt', mimeType: 'text/plain', buffer: bytes });
  const s = await waitForState(page, (x) => x.source === 'file' && !x.busy);
  const expected = await page.evaluate((b) => new TextDecoder().decode(new Uint8Array(b)), [...bytes]);
  assert.equal(s.text, expected, 'the page repairs exactly as the browser\'s decoder');
  assert.equal(s.articleLength, [...expected].length);
  const replacements = [...expected].filter((c) => c === '\uFFFD').length;
  assert.equal(s.repaired, replacements);
  assert.match(s.status, new RegExp(`repaired ${replacements} invalid sequences`));
  await frames(page, 3);
  await shot(page, 'page-invalid-utf8');
  // Lone UTF-16 surrogates in pasted text are repaired and reported too.
  await page.evaluate(() => window.riposte.loadText('Bad \uD800 surrogate and \uDC00 another.', 'paste'));
  const l = await waitForState(page, (x) => x.source === 'paste' && !x.busy);
  assert.equal(l.repaired, 2);
  assert.equal(l.text, 'Bad \uFFFD surrogate and \uFFFD another.');
  await context.close();
});

test('empty and whitespace-only pastes show a friendly empty state', async () => {
  const { page, context } = await openPage(env);
  for (const blank of ['   \n\t \r\n  ', '']) {
    await page.evaluate((t) => navigator.clipboard.writeText(t), blank);
    await focusArticle(page);
    const before = (await state(page)).undoDepth;
    await page.keyboard.press('Control+V');
    await waitForState(page, (x) => x.undoDepth === before + 1 && !x.busy);
    await frames(page, 2);
    const s = await state(page);
    assert.equal(s.empty, true);
    assert.equal(s.actors, 0);
    assert.match(s.status, /Empty article/);
    assert.ok(s.ui['empty-sample'], 'the empty state offers the sample');
  }
  await frames(page, 3);
  await shot(page, 'page-empty');
  const b = (await state(page)).ui['empty-sample'];
  await clickAt(page, b.x + b.w / 2, b.y + b.h / 2);
  const s = await waitForState(page, (x) => x.source === 'sample' && !x.busy && !x.empty);
  assert.equal(s.text.slice(0, 40), SAMPLE.slice(0, 40));
  await context.close();
});

test('the canvas is sized in device pixels (devicePixelRatio 2) and follows window resizes', async () => {
  const { page, context } = await openPage(env, { dpr: 2, viewport: { width: 900, height: 700 } });
  await frames(page, 3);
  let c = await page.evaluate(() => ({ w: canvas.width, h: canvas.height, cw: canvas.clientWidth, ch: canvas.clientHeight }));
  assert.equal(c.w, 2 * c.cw);
  assert.ok(Math.abs(c.h - 2 * c.ch) <= 1);
  const s = await state(page);
  assert.equal(s.dpr, 2);
  await shot(page, 'page-dpr2');
  await page.setViewportSize({ width: 700, height: 500 });
  await frames(page, 4);
  c = await page.evaluate(() => ({ w: canvas.width, h: canvas.height }));
  assert.equal(c.w, 1400);
  assert.ok(Math.abs(c.h - 1000) <= 1);
  await context.close();
});

test('a 5 MB paste neither crashes nor blocks the main thread for a second', async () => {
  const { page, context } = await openPage(env);
  // Build the text in the page (from the sample, with paragraph breaks) and put it on the clipboard.
  const length = await page.evaluate(async (sample) => {
    let big = '';
    while (big.length < 5 * 1024 * 1024) big += sample + '\n\n';
    await navigator.clipboard.writeText(big);
    return big.length;
  }, SAMPLE);
  assert.ok(length >= 5 * 1024 * 1024);
  await page.evaluate(() => {
    window.__longtasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longtasks.push(e.duration); })
      .observe({ type: 'longtask' });
  });
  await focusArticle(page);
  const f0 = (await state(page)).frame;
  const t0 = Date.now();
  await page.keyboard.press('Control+V');
  const s = await waitForState(page, (x) => x.source === 'paste' && !x.busy && x.layoutComplete, 120000);
  const elapsed = Date.now() - t0;
  await frames(page, 5);
  assert.ok(s.articleBytes >= 5 * 1024 * 1024, 'the whole paste arrived: ' + s.articleBytes);
  assert.equal(s.articleLength, [...await page.evaluate(() => navigator.clipboard.readText())].length);
  const tasks = await page.evaluate(() => window.__longtasks);
  const longest = Math.max(0, ...tasks);
  console.log(`# 5 MB paste: annotated in ${s.annotateMs.toFixed(0)} ms (worker), ready after ${elapsed} ms, ` +
              `${tasks.length} long tasks, longest ${longest.toFixed(0)} ms, ${s.frame - f0} frames meanwhile, ` +
              `${s.actors} actors, ${s.claims} claims`);
  assert.ok(longest < 1000, `longest main-thread task ${longest} ms`);
  assert.ok(s.frame - f0 > 5, 'the page kept drawing frames while the engine worked');
  // Scrolling to the end works on the big article.
  await page.keyboard.press('End');
  const e = await waitForState(page, (x) => x.scroll > 0.9 * x.scrollMax);
  assert.ok(e.scroll > 0.9 * e.scrollMax && e.scrollMax > 10000, `scrolled to the end: ${e.scroll} of ${e.scrollMax}`);
  await shot(page, 'page-5mb');
  await context.close();
});
