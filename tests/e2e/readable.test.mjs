// Issue 12.3 and 12.4: arcs and lists that stay readable (one arc per rebuttal cue, fanning out; one Claims row per
// cue and speaker; Stance with full names and a legend; the Graph grouped by side with a legend), and Export →
// annotated HTML, checked in Chromium: self-contained, readable without script, printable, and every document
// value shown as text (a document carrying <script>, </style> and javascript: runs nothing).
// The articles are imported riposte/1 documents, so what is checked does not move with the engine's rules.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser, stopBrowser, openPage, state, waitForState, frames, shot, clickUi } from './helpers.mjs';
import { decodePng } from './png.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { if (env) await stopBrowser(env); });

// A riposte/1 document from text, actors (name, kind, surfaces, side) and claims (kind, source, targets, cue word,
// the accusation cue it answers). Offsets are code points (all of these texts are in the BMP: UTF-16 indices).
function documentJson(text, actors, claims) {
  const ids = new Map(actors.map((a, i) => [a.name, 'a' + (i + 1)]));
  const doc = { schema: 'riposte/1', text, actors: [], mentions: [], claims: [], stance: [] };
  const palette = ['#d55e00', '#0072b2', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#f0e442', '#999999', '#8a5a00'];
  actors.forEach((a, i) => {
    doc.actors.push({ id: ids.get(a.name), name: a.name, kind: a.kind || 'state', affiliation: a.side ? ids.get(a.side) : null,
                      color: palette[i % palette.length], explanation: [] });
    for (const s of a.surfaces || [a.name])
      for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + s.length))
        doc.mentions.push({ start: at, end: at + s.length, actor: ids.get(a.name) });
  });
  doc.mentions.sort((x, y) => x.start - y.start);
  const stance = new Map();  // "from to" -> claim ids (the engine's stance, simplified: the mean score)
  let n = 0;
  const cueIds = new Map();
  for (const c of claims) {
    const start = text.indexOf(c.cue);
    for (const target of c.targets) {
      const id = 'c' + ++n;
      if (!cueIds.has(c.cue)) cueIds.set(c.cue, []);
      cueIds.get(c.cue).push(id);
      const answered = c.answers ? cueIds.get(c.answers[0])[c.answers[1] || 0] : null;
      doc.claims.push({ id, kind: c.kind, source: ids.get(c.source), target: ids.get(target), rebuts: answered,
                        start, end: start + c.cue.length, content: [start, start + c.cue.length],
                        score: c.kind === 'support' ? 0.5 : -0.6, code: '', plover: '' });
      const key = ids.get(c.source) + ' ' + ids.get(target);
      stance.set(key, [...(stance.get(key) || []), id]);
    }
  }
  for (const [key, claimIds] of stance) {
    const [from, to] = key.split(' ');
    doc.stance.push({ from, to, score: -0.6, claims: claimIds });
  }
  return JSON.stringify(doc);
}

const SIX = documentJson(
  'China and NATO trade charges\n\n' +
  'BEIJING — Zhao Lijian accused NATO, the United States, Britain, Canada, Australia and Japan of meddling in the ' +
  'region on Monday. China also blamed Japan for the tension.\n\n' +
  'NATO rejected the claims as baseless. In Washington, Price denied both charges and said the United States would ' +
  'not be lectured by the 10 Chinese embassies and missions in European capitals.',
  [{ name: 'China' }, { name: 'Zhao Lijian', kind: 'person', side: 'China' }, { name: 'NATO', kind: 'organisation' },
   { name: 'United States', surfaces: ['United States', 'Washington'] }, { name: 'Britain' }, { name: 'Canada' },
   { name: 'Australia' }, { name: 'Japan' }, { name: 'Price', kind: 'person', side: 'United States' },
   { name: '10 Chinese embassies and missions in European capitals', kind: 'group', side: 'China' }],
  [{ kind: 'accusation', source: 'Zhao Lijian', targets: ['NATO', 'United States', 'Britain', 'Canada', 'Australia', 'Japan'], cue: 'accused' },
   { kind: 'accusation', source: 'China', targets: ['Japan'], cue: 'blamed' },
   // NATO's one denial, one record per party accused: one arc, one row.
   ...[0, 1, 2, 3, 4, 5].map((i) => ({ kind: 'rebuttal', source: 'NATO', targets: ['Zhao Lijian'], cue: 'rejected', answers: ['accused', i] })),
   { kind: 'rebuttal', source: 'Price', targets: ['Zhao Lijian'], cue: 'denied', answers: ['accused', 1] },
   { kind: 'rebuttal', source: 'Price', targets: ['China'], cue: 'denied', answers: ['blamed', 0] },
   { kind: 'accusation', source: 'United States', targets: ['10 Chinese embassies and missions in European capitals'], cue: 'lectured' }]);

async function importDocument(page, json, name = 'article.riposte.json') {
  await page.setInputFiles('#file-input', { name, mimeType: 'application/json', buffer: Buffer.from(json) });
  return waitForState(page, (x) => x.source === 'import' && x.layoutComplete && x.visibleMentions.length > 0);
}

test('one arc per rebuttal cue, fanning out to the accusations it answers (not one per claim record)', async () => {
  const { page, context, errors } = await openPage(env);
  const s = await importDocument(page, SIX);
  assert.equal(s.claims, 16);
  const fans = Object.fromEntries(s.fans.map((f) => [f.cue, f]));
  assert.deepEqual(Object.keys(fans).sort(), ['denied', 'rejected']);
  assert.deepEqual([fans.rejected.rebuttals, fans.rejected.accusations, fans.rejected.branches], [6, 1, 1]);
  assert.deepEqual([fans.denied.rebuttals, fans.denied.accusations, fans.denied.branches], [2, 2, 2]);
  await frames(page, 2);
  await shot(page, 'readable-arcs');
  // Pixels: the rebuttal blue (drawn light, unfocused) runs down the right margin, between the lines it joins.
  const png = decodePng(await page.screenshot());
  const margin = Math.max(...s.visibleMentions.map((m) => m.x + m.w)) + 10;
  const rows = new Set();
  for (let y = 100; y < 260; ++y)
    for (let x = Math.round(margin); x < margin + 120; ++x) {
      const [r, , b] = png.pixel(x, y);
      if (b - r > 25) rows.add(y);
    }
  assert.ok(rows.size > 25, `rows with arc pixels in the margin: ${rows.size}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('claims sharing a cue and a source are one row: "Zhao Lijian → NATO, United States, +4"', async () => {
  const { page, context } = await openPage(env);
  await importDocument(page, SIX);
  await clickUi(page, 'tab-claims');
  const s = await waitForState(page, (x) => x.tab === 1 && x.ui['claim-c1']);
  assert.equal(s.claimRows, 5);
  const labels = s.rows.map((r) => r.label);
  assert.deepEqual(labels, ['Zhao Lijian → NATO, United States, +4', 'China → Japan', 'NATO → Zhao Lijian',
                            'Price → Zhao Lijian, China', 'United States → 10 Chinese embassies and missions in European capitals']);
  assert.deepEqual(s.rows.map((r) => r.claims), [6, 1, 6, 2, 1]);
  assert.equal(s.ui['claim-c2'], undefined, 'c2..c6 are in c1\'s row');
  await shot(page, 'readable-claims');
  await clickUi(page, 'claim-c8');
  await waitForState(page, (x) => x.selectedClaim === 'c8');
  await context.close();
});

test('Stance: full names (a long one wraps onto more lines) under a hostile-to-friendly legend', async () => {
  const { page, context } = await openPage(env);
  await importDocument(page, SIX);
  await clickUi(page, 'tab-stance');
  const s = await waitForState(page, (x) => x.tab === 2 && x.ui['stance-legend']);
  const rows = Object.keys(s.ui).filter((k) => k.startsWith('stance-row-'));
  assert.ok(rows.length >= 4);
  const long = s.ui['stance-row-a10'];
  const short = s.ui['stance-row-a3'];
  assert.ok(long && short, 'rows for the embassies and NATO');
  assert.ok(long.h > short.h * 1.5, `the long name wraps: ${long.h} vs ${short.h}`);
  await frames(page, 2);
  await shot(page, 'readable-stance');
  // The legend's ends on the pixels: red (hostile) on the left, green (friendly) on the right.
  const png = decodePng(await page.screenshot());
  const l = s.ui['stance-legend'];
  const y = Math.round(l.y + l.h * 0.4);
  let red = 0, green = 0;
  for (let x = Math.round(l.x); x < l.x + l.w; ++x) {
    const [r, g, b] = png.pixel(x, y);
    if (r > 150 && g < 90 && b < 90) ++red;
    if (g > 100 && r < 90 && b < 120) ++green;
  }
  assert.ok(red > 5 && green > 5, `legend colours: ${red} red, ${green} green`);
  await context.close();
});

test('Graph: a legend, and actors grouped by side (nearer their side than the others)', async () => {
  const { page, context } = await openPage(env);
  await importDocument(page, SIX);
  await clickUi(page, 'tab-graph');
  await frames(page, 40);
  const s = await waitForState(page, (x) => x.tab === 3 && x.ui['graph-legend'] && x.ui['node-a2']);
  const c = (id) => [s.ui['node-' + id].x + s.ui['node-' + id].w / 2, s.ui['node-' + id].y + s.ui['node-' + id].h / 2];
  const d = (a, b) => Math.hypot(c(a)[0] - c(b)[0], c(a)[1] - c(b)[1]);
  assert.ok(d('a2', 'a1') < d('a2', 'a3'), 'Zhao Lijian sits with China, away from NATO');
  assert.ok(d('a9', 'a4') < d('a9', 'a1'), 'Price sits with the United States, away from China');
  await shot(page, 'readable-graph');
  await context.close();
});

// Names, text and provenance that try every way out of HTML text.
const HOSTILE = documentJson(
  '<script>window.__pwned = 1; alert(1)</script> said </style><b>bold</b> and <img src=x onerror="window.__pwned=2">\n\n' +
  'Mallory accused Eve of javascript:alert(3) tricks. Eve denied it.',
  [{ name: '<script>window.__pwned=4</script>', kind: 'person', surfaces: ['Eve'] },
   { name: 'Mallory" onmouseover="window.__pwned=5', kind: 'person', surfaces: ['Mallory'] }],
  [{ kind: 'accusation', source: 'Mallory" onmouseover="window.__pwned=5', targets: ['<script>window.__pwned=4</script>'], cue: 'accused' },
   { kind: 'rebuttal', source: '<script>window.__pwned=4</script>', targets: ['Mallory" onmouseover="window.__pwned=5'], cue: 'denied', answers: ['accused', 0] }]);

test('Export → annotated HTML: self-contained, readable without script, and a hostile document runs nothing', async () => {
  const { page, context } = await openPage(env);
  const json = JSON.parse(HOSTILE);
  json.provenance = { title: '</title><script>window.__pwned=6</script>', url: 'javascript:window.__pwned=7' };
  await importDocument(page, JSON.stringify(json));
  await page.evaluate(() => window.riposte.exportAs('html'));
  await page.waitForFunction(() => window.riposte.download('.html'));
  const file = await page.evaluate(() => window.riposte.download('.html'));
  assert.equal(file.name, 'article.html');
  assert.equal(file.mime, 'text/html;charset=utf-8');

  const reader = await env.browser.newContext({ viewport: { width: 900, height: 1000 } });
  const view = await reader.newPage();
  const dialogs = [], requests = [];
  view.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  view.on('request', (r) => requests.push(r.url()));
  await view.setContent(file.text, { waitUntil: 'load' });
  await view.mouse.move(200, 300);
  await view.waitForTimeout(300);
  const seen = await view.evaluate(() => ({
    pwned: window.__pwned,
    scripts: document.scripts.length,
    handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n.startsWith('on')),
    jsLinks: [...document.querySelectorAll('[href]')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href'))).length,
    imgs: document.images.length,
    text: document.body.innerText,
    title: document.title,
    marks: document.querySelectorAll('mark.cue').length,
    mentions: [...document.querySelectorAll('span.m')].map((e) => e.getAttribute('style')),
    backLink: document.querySelector('sup.fn a[href^="#cue-"]') !== null,
    headings: [...document.querySelectorAll('h1, h2')].map((h) => h.tagName + ' ' + h.textContent.trim()),
  }));
  assert.deepEqual(dialogs, [], 'no alert');
  assert.equal(seen.pwned, undefined, 'no script ran');
  assert.equal(seen.scripts, 0);
  assert.deepEqual(seen.handlers, []);
  assert.equal(seen.jsLinks, 0);
  assert.equal(seen.imgs, 0);
  assert.deepEqual(requests.filter((u) => !u.startsWith('data:') && u !== 'about:blank'), [], 'no request leaves the file');
  for (const t of ['<script>window.__pwned = 1; alert(1)</script>', '</style><b>bold</b>', 'onerror="window.__pwned=2"',
                   'javascript:alert(3)', '<script>window.__pwned=4</script>', 'Mallory" onmouseover="window.__pwned=5',
                   'javascript:window.__pwned=7'])
    assert.ok(seen.text.includes(t), 'shown as text: ' + t);
  assert.ok(seen.title.startsWith('</title><script>window.__pwned=6</script>'), seen.title);
  assert.equal(seen.marks, 2, 'the two cues are marked');
  assert.ok(seen.mentions.length >= 3 && seen.mentions.every((st) => /^background:#[0-9a-f]{6}38;border-bottom:2px solid #[0-9a-f]{6}$/.test(st)),
            'mentions keep their colours inline (pasteable into a CMS)');
  assert.ok(seen.backLink, 'the rebuttal links back to the accusation it answers');
  assert.ok(seen.headings.includes('H2 Claims') && seen.headings.includes('H2 Actors, by side'), seen.headings.join(' | '));
  await view.screenshot({ path: 'build-wasm/e2e-shots/export-html-hostile.png', fullPage: true });
  // Printable: in print media the marks keep their colours.
  await view.emulateMedia({ media: 'print' });
  const printed = await view.evaluate(() => getComputedStyle(document.querySelector('span.m')).printColorAdjust);
  assert.equal(printed, 'exact');
  const pdf = await view.pdf();
  assert.ok(pdf.length > 5000 && pdf.subarray(0, 4).toString() === '%PDF');
  await reader.close();
  await context.close();
});

test('Export → annotated HTML of a real article: marks, footnote numbers and lists a screen reader can use', async () => {
  const { page, context } = await openPage(env);
  await importDocument(page, SIX);
  await page.evaluate(() => window.riposte.exportAs('html'));
  await page.waitForFunction(() => window.riposte.download('.html'));
  const html = (await page.evaluate(() => window.riposte.download('.html'))).text;
  const reader = await env.browser.newContext({ viewport: { width: 900, height: 1200 }, javaScriptEnabled: false });
  const view = await reader.newPage();
  await view.setContent(html, { waitUntil: 'load' });
  // What a screen reader gets: the accessibility tree, as Playwright prints it.
  const tree = await view.locator('body').ariaSnapshot();
  assert.match(tree, /heading "China and NATO trade charges" \[level=1\]/, 'the headline is the page\'s heading');
  assert.match(tree, /heading "Claims" \[level=2\]/);
  assert.match(tree, /heading "Actors, by side" \[level=2\]/);
  assert.match(tree, /link "accusation 1, by Zhao Lijian"/, 'footnote links say what they lead to');
  assert.match(tree, /link "answers the accusation 1"/);
  assert.match(tree, /img "Claims between sides/, 'the diagram has a title');
  assert.equal(await view.locator('ol.claims > li').count(), 5, 'one list item per row');
  await view.screenshot({ path: 'build-wasm/e2e-shots/export-html.png', fullPage: true });
  await reader.close();
  await context.close();
});
