// Issue 6 on the page: Share (a link that carries the article and its annotation), opening such a
// link (exactly what it carries, never re-annotated; damaged links refused), the Export menu, importing
// a .riposte.json through Open file…, and the IndexedDB autosave restored on reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ROOT, startBrowser, stopBrowser, openPage, state, waitForState, frames, shot, clickAt, paste, clickUi } from './helpers.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { if (env) await stopBrowser(env); });

const ARTICLE = 'Chile and Peru trade charges over fishing fleet\n\n' +
  'SANTIAGO — Chile’s foreign minister, Inés Fuentes, accused Peru on Monday of letting its fleet fish ' +
  'illegally in Chilean waters. “Lima has ignored every warning,” she said. Peru’s government denied the ' +
  'charge, calling it “groundless”. Ελλάδα and Україна were mentioned by no one — the €3 million fine stands.';

// The riposte/1 JSON the page downloads for Export → Riposte JSON, minus the export's own date.
async function exportedJson(page) {
  const n = await page.evaluate(() => window.riposte.glue.downloads.length);
  await page.evaluate(() => window.riposte.exportAs('json'));
  await page.waitForFunction((k) => window.riposte.glue.downloads.length > k, n);
  const file = await page.evaluate(() => window.riposte.download('.riposte.json'));
  assert.equal(file.name, 'article.riposte.json');
  return file.text;
}
function withoutExportDate(text) {
  const j = JSON.parse(text);
  if (j.provenance) delete j.provenance.exported;
  return j;
}

test('Share copies a link that opens the identical annotated article in a fresh browser', async () => {
  const a = await openPage(env);
  await paste(a.page, ARTICLE);
  await clickUi(a.page, 'share');
  const s = await waitForState(a.page, (x) => x.share.shown);
  assert.equal(s.share.tooLong, false);
  assert.equal(s.share.error, '');
  const link = await a.page.evaluate(() => navigator.clipboard.readText());
  const base = await a.page.evaluate(() => location.origin + location.pathname);
  assert.ok(link.startsWith(base + '#r1.'), link.slice(0, 80));
  assert.equal(link.length, s.share.length);
  await shot(a.page, 'share-copied');
  const original = await exportedJson(a.page);

  const b = await openPage(env, { url: link });
  const t = await state(b.page);
  assert.equal(t.source, 'link');
  assert.equal(t.text, ARTICLE);
  assert.equal(t.linkError, '');
  assert.deepEqual([t.actors, t.claims, t.mentions, t.stance], [s.actors, s.claims, s.mentions, s.stance]);
  assert.deepEqual(withoutExportDate(await exportedJson(b.page)), withoutExportDate(original),
                   'the link carries text and annotation exactly');
  assert.deepEqual(b.errors, []);
  await a.context.close();
  await b.context.close();
});

test('a damaged or truncated share link is refused with a message; the article stays', async () => {
  const { page, context } = await openPage(env);
  await paste(page, ARTICLE);
  await page.evaluate(() => window.riposte.share());
  await waitForState(page, (x) => x.share.shown);
  const link = await page.evaluate(() => window.riposte.glue.lastShareLink);
  const at = link.indexOf('#r1.') + 20;
  const flipped = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
  const truncated = link.slice(0, link.length - 10);
  for (const bad of [flipped, truncated, link.replace('#r1.', '#r9.')]) {
    assert.equal(await page.evaluate((l) => window.riposte.openLink(l), bad), false);
    const s = await state(page);
    assert.match(s.linkError, /cannot be opened/);
    assert.match(s.status, /cannot be opened/);
    assert.equal(s.text, ARTICLE, 'the article was not replaced');
    assert.equal(s.source, 'paste');
  }
  // The good link still opens (and clears the message).
  assert.equal(await page.evaluate((l) => window.riposte.openLink(l), link), true);
  assert.equal((await state(page)).linkError, '');
  await context.close();

  // A fresh page opened on a damaged link shows its usual article and the message.
  const b = await openPage(env, { url: flipped });
  const t = await state(b.page);
  assert.match(t.linkError, /cannot be opened/);
  assert.equal(t.source, 'sample');
  await shot(b.page, 'share-damaged-link');
  await b.context.close();
});

test('when the browser refuses the clipboard, the link is shown to copy by hand', async () => {
  const { page, context } = await openPage(env);
  await page.evaluate(() => { navigator.clipboard.writeText = () => Promise.reject(new Error('denied')); });
  await clickUi(page, 'share');
  const s = await waitForState(page, (x) => x.share.copyFailed && x.ui['share-url']);
  assert.equal(s.share.tooLong, false);
  assert.match(s.status, /actors/);
  await shot(page, 'share-copy-refused');
  await context.close();
});

test('a link too long to share offers the .riposte.json download instead', async () => {
  const { page, context } = await openPage(env);
  // Text that does not compress well: pseudo-random words.
  let seed = 7;
  const rnd = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296;
  const words = [];
  for (let i = 0; i < 9000; ++i) {
    let w = '';
    const n = 3 + Math.floor(rnd() * 7);
    for (let k = 0; k < n; ++k) w += String.fromCharCode(97 + Math.floor(rnd() * 26));
    words.push(w);
  }
  await paste(page, words.join(' '));
  await clickUi(page, 'share');
  const s = await waitForState(page, (x) => x.share.shown && x.ui['share-download']);
  assert.equal(s.share.tooLong, true);
  assert.ok(s.share.length > 16000);
  await shot(page, 'share-too-long');
  await clickUi(page, 'share-download');
  await page.waitForFunction(() => window.riposte.glue.downloads.length > 0);
  const file = await page.evaluate(() => window.riposte.download('.riposte.json'));
  assert.equal(JSON.parse(file.text).text, words.join(' '));
  await context.close();
});

test('Export menu: four formats as downloads; the JSON is the CLI\'s view and re-imports identically', async (t) => {
  const { page, context, errors } = await openPage(env);
  await paste(page, ARTICLE);
  await clickUi(page, 'export');
  await clickUi(page, 'export-brat');
  await page.waitForFunction(() => window.riposte.glue.downloads.length >= 3);
  const names = await page.evaluate(() => window.riposte.glue.downloads.map((d) => d.name));
  assert.deepEqual(names.sort(), ['annotation.conf', 'article.ann', 'article.txt']);
  assert.equal((await page.evaluate(() => window.riposte.download('article.txt'))).text, ARTICLE);
  for (const [format, suffix] of [['webanno', '.jsonld'], ['csv', '.csv']]) {
    await page.evaluate((f) => window.riposte.exportAs(f), format);
    await page.waitForFunction((x) => window.riposte.download(x), suffix);
  }
  const webanno = JSON.parse((await page.evaluate(() => window.riposte.download('.jsonld'))).text);
  assert.ok(JSON.stringify(webanno).includes('TextQuoteSelector'));
  assert.match((await page.evaluate(() => window.riposte.download('.csv'))).text, /accusation/);

  const json = await exportedJson(page);
  const cli = path.join(ROOT, 'build/riposte');
  assert.ok(fs.existsSync(cli), 'build/riposte exists (scripts/test builds it before the browser tests)');
  const file = path.join(os.tmpdir(), `riposte-e2e-${process.pid}.riposte.json`);
  fs.writeFileSync(file, json);
  const viaCli = execFileSync(cli, ['export', '--format', 'json', file], { encoding: 'utf8' });
  fs.unlinkSync(file);
  assert.deepEqual(withoutExportDate(viaCli), withoutExportDate(json), 'the CLI reads and writes the same document');

  // Import through the real Open file… input: shown as exported, not re-annotated.
  await paste(page, 'Nothing to see here.');
  await page.setInputFiles('#file-input', { name: 'article.riposte.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  const s = await waitForState(page, (x) => x.source === 'import');
  assert.equal(s.text, ARTICLE);
  assert.deepEqual(withoutExportDate(await exportedJson(page)), withoutExportDate(json));
  assert.deepEqual(errors, []);
  await context.close();
});

test('an invalid .riposte.json file gives a clear error and keeps the article', async () => {
  const { page, context } = await openPage(env);
  for (const bad of ['{"schema":"riposte/1","text":"abc","actors":[{"id":7}]}', '{ not json', '{"schema":"other/9"}']) {
    await paste(page, ARTICLE);  // clears the previous error
    await page.setInputFiles('#file-input', { name: 'bad.riposte.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    const s = await waitForState(page, (x) => x.error !== '');
    assert.match(s.error, /not a Riposte document/);
    assert.equal(s.text, ARTICLE);
    assert.equal(s.source, 'paste');
  }
  await shot(page, 'import-invalid');
  await context.close();
});

test('autosave: the pasted article comes back after a reload (IndexedDB)', async () => {
  const { page, context } = await openPage(env);
  const s = await paste(page, ARTICLE);
  await page.waitForFunction(() => window.riposte.glue.savedGeneration > 0 &&
    window.riposte.glue.savedGeneration === Module._riposte_document_generation(), null, { timeout: 10000 });
  await page.reload();
  await page.waitForFunction(() => window.riposte && window.Module && Module.calledRun, null, { timeout: 60000 });
  const r = await waitForState(page, (x) => !x.busy && x.articleLength > 0 && x.layoutComplete);
  assert.equal(r.source, 'restore');
  assert.equal(r.text, ARTICLE);
  assert.deepEqual([r.actors, r.claims, r.mentions], [s.actors, s.claims, s.mentions]);
  await context.close();
});
