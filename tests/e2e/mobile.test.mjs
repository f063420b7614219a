// Issue 12.1, phones and tablets: at 390×844 (DPR 2, touch) and 820×1180 the toolbar folds into a menu, the panels
// are a bottom sheet over a strip of tabs, every target is at least 44 CSS pixels, no word is split, and fingers
// work as on any phone (tap, long press, drag with momentum, pinch). Layout assertions read window.riposte.state();
// colour assertions read the screenshot's pixels (device pixels: CSS × 2).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser, stopBrowser, openPage, state, waitForState, frames, shot, touch, centreOf } from './helpers.mjs';
import { decodePng, hexToRgb, colourDistance } from './png.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { if (env) await stopBrowser(env); });

const PHONE = { viewport: { width: 390, height: 844 }, dpr: 2, touch: true };
const TABLET = { viewport: { width: 820, height: 1180 }, dpr: 2, touch: true };

const tap = (page, [x, y]) => touch(page, [[{ x, y, id: 1 }], []]);
// Taps what the UI drew under `name` once it has been on screen for a few frames (a popup is laid out, hidden,
// on its first frame; a person never taps that fast).
async function tapUi(page, name) {
  await waitForState(page, (x) => x.ui[name]);
  await frames(page, 3);
  await tap(page, centreOf((await state(page)).ui[name]));
}

// Every rectangle the UI recorded under these names, at least a fingertip in both directions.
function assertTargets(s, names) {
  for (const n of names) {
    const r = s.ui[n];
    assert.ok(r, `${n} is drawn`);
    assert.ok(r.h >= 44 && r.w >= 44, `${n} is ${r.w.toFixed(0)}×${r.h.toFixed(0)} CSS px`);
  }
}

// The underline of a visible mention, at DPR 2, has its actor's colour.
function underlineMatches(png, m, dpr = 2) {
  const px = png.pixel(Math.round((m.x + m.w / 2) * dpr), Math.round((m.y + m.h) * dpr - 3));
  return colourDistance(px, hexToRgb(m.color)) < 40;
}

test('phone 390×844: the toolbar folds into ☰, the article takes the width, the tabs sit at the foot, no word is split', async () => {
  const { page, context, errors } = await openPage(env, PHONE);
  const s = await state(page);
  assert.equal(s.screen.layout, 'sheet');
  assert.equal(s.screen.sheet, 'closed');
  assert.equal(s.screen.touch, true);
  assertTargets(s, ['paste', 'toolbar-menu', 'tab-article', 'tab-actors', 'tab-claims', 'tab-stance', 'tab-graph']);
  assert.equal(s.ui.theme, undefined, 'the theme button is in the menu');
  for (const [name, r] of Object.entries(s.ui)) assert.ok(r.x >= 0 && r.x + r.w <= 390.5, `${name} fits the screen`);
  // The tab strip is at the foot, within thumb reach; the article spans the width above it.
  assert.ok(s.ui['tab-claims'].y > 844 - 120, 'tabs at the bottom: ' + s.ui['tab-claims'].y);
  const xs = s.visibleMentions.map((m) => m.x + m.w);
  assert.ok(Math.max(...xs) > 250, 'the text uses the width');
  // Words are never split: the headline's "cyberattack" included (it broke as "cyberattac / k" before).
  assert.equal(s.breaks.midWord, 0);
  assert.ok(s.breaks.lines > 40);
  const word = await page.evaluate(() => window.riposte.locate('cyberattack', 0));
  const whole = await page.evaluate(() => window.riposte.locate('cyberattack on', 0));
  assert.ok(word && whole && Math.abs(word.y - whole.y) < 1, 'cyberattack is on one line');
  // Colours on the pixels: mentions underlined in their actor's colour.
  const png = decodePng(await page.screenshot());
  assert.equal(png.width, 780, 'screenshot in device pixels');
  const checked = s.visibleMentions.filter((m) => m.y > 120 && m.y + m.h < 700).slice(0, 8);
  assert.ok(checked.length >= 4);
  for (const m of checked) assert.ok(underlineMatches(png, m), `"${m.text}" is underlined in ${m.color}`);
  assert.deepEqual(s.missingGlyphs, []);
  await shot(page, 'phone-article');
  assert.deepEqual(errors, []);
  await context.close();
});

test('phone: ☰ opens the other actions as finger-sized rows; Export reaches every format', async () => {
  const { page, context } = await openPage(env, PHONE);
  await tapUi(page, 'toolbar-menu');
  let s = await waitForState(page, (x) => x.popup && x.ui.theme);
  // Exports are rows of the menu itself (no submenu to aim at with a finger).
  assertTargets(s, ['open', 'sample', 'edit-text', 'redo', 'zoom-in', 'zoom-out', 'arcs', 'theme', 'help',
                    'export-json', 'export-html', 'export-csv']);
  await frames(page, 2);
  await shot(page, 'phone-menu');
  await tapUi(page, 'export-html');
  await page.waitForFunction(() => window.riposte.download('.html'));
  const file = await page.evaluate(() => window.riposte.download('.html'));
  assert.equal(file.name, 'article.html');
  assert.match(file.text, /^<!doctype html>/);
  await context.close();
});

test('phone: a tab opens the bottom sheet half way; rows are fingertips; a row shows its claim in the article', async () => {
  const { page, context } = await openPage(env, PHONE);
  await tapUi(page, 'tab-claims');
  let s = await waitForState(page, (x) => x.screen.sheet === 'half' && Object.keys(x.ui).some((k) => k.startsWith('claim-')));
  assert.equal(s.tab, 1);
  // The rows on screen: above the tab strip.
  const rows = Object.keys(s.ui).filter((k) => k.startsWith('claim-') && s.ui[k].y + s.ui[k].h <= s.ui['tab-article'].y);
  assert.ok(rows.length >= 3);
  assert.ok(rows.length <= s.claimRows, 'one row per cue and speaker');
  assertTargets(s, [...rows.slice(0, 3), 'sheet-expand', 'sheet-close']);
  // The sheet covers the lower half, over the tabs; the article shows above it.
  assert.ok(s.ui['sheet-close'].y > 300 && s.ui['sheet-close'].y < 560, 'sheet top ' + s.ui['sheet-close'].y);
  await frames(page, 3);
  await shot(page, 'phone-claims-sheet');
  // Pixels: the tab strip's active tab is the sheet's panel; the selected row's claim is highlighted in the article.
  const row = rows[rows.length - 1];
  await tapUi(page, row);
  const id = row.slice('claim-'.length);
  s = await waitForState(page, (x) => x.selectedClaim === id && x.visibleCues.some((c) => c.claim === id));
  const cue = s.visibleCues.find((c) => c.claim === id);
  assert.ok(cue.y > 60 && cue.y + cue.h < s.ui['sheet-close'].y, 'the claim is in view above the sheet: ' + cue.y);
  // Full height and back; Article closes it.
  await tapUi(page, 'sheet-expand');
  s = await waitForState(page, (x) => x.screen.sheet === 'full');
  await tapUi(page, 'tab-article');
  await waitForState(page, (x) => x.screen.sheet === 'closed');
  await context.close();
});

test('phone: tap a name for its tooltip and actor; long-press for its menu; drag scrolls and flings; pinch zooms', async () => {
  const { page, context, errors } = await openPage(env, PHONE);
  let s = await state(page);
  const m = s.visibleMentions.find((v) => v.y > 200 && v.y < 600);
  await tap(page, centreOf(m));
  s = await waitForState(page, (x) => x.selectedActor === m.actor && x.tooltip !== '');
  assert.ok(s.tooltip.startsWith(m.name + '\n'), s.tooltip);
  assert.equal(s.screen.taps, 1);
  await frames(page, 2);
  await shot(page, 'phone-tap-tooltip');
  // Long press: the mention's menu, items a fingertip tall.
  await touch(page, [[{ x: m.x + m.w / 2, y: m.y + m.h / 2, id: 1 }], 700, []]);
  s = await waitForState(page, (x) => x.ui['menu-remove-mention']);
  assert.equal(s.screen.longPresses, 1);
  assertTargets(s, ['menu-remove-mention']);
  await shot(page, 'phone-long-press-menu');
  await tap(page, [20, 125]);  // on the status line, outside the menu: it closes
  await waitForState(page, (x) => !x.popup);
  // A drag scrolls by what the finger moved; released fast, the text keeps going and stops by itself.
  const before = (await state(page)).scroll;
  const steps = [[{ x: 200, y: 700, id: 1 }]];
  for (let i = 1; i <= 8; ++i) steps.push([{ x: 200, y: 700 - i * 40, id: 1 }]);
  steps.push([]);
  await touch(page, steps, { gap: 25 });
  const afterDrag = (await state(page)).scroll;
  assert.ok(afterDrag - before > 150, `scrolled ${afterDrag - before} px`);
  await frames(page, 20);
  s = await waitForState(page, (x) => x.scroll > afterDrag);
  assert.equal(s.selectedActor, m.actor, 'the drag clicked nothing');
  // Pinch: two fingers apart, the text grows (and is laid out again without splitting words).
  const z0 = s.zoom;
  await touch(page, [[{ x: 150, y: 500, id: 1 }], [{ x: 150, y: 500, id: 1 }, { x: 240, y: 500, id: 2 }],
                     [{ x: 120, y: 500, id: 1 }, { x: 270, y: 500, id: 2 }], [{ x: 100, y: 500, id: 1 }, { x: 290, y: 500, id: 2 }], []]);
  s = await waitForState(page, (x) => x.zoom > z0 * 1.5 && x.layoutComplete);
  assert.equal(s.screen.pinches, 1);
  assert.equal(s.breaks.midWord, 0);
  await shot(page, 'phone-pinched');
  assert.deepEqual(errors, []);
  await context.close();
});

test('tablet 820×1180: the sheet layout with the main actions in the bar; Stance in the sheet as finger-sized pairs', async () => {
  const { page, context, errors } = await openPage(env, TABLET);
  let s = await state(page);
  assert.equal(s.screen.layout, 'sheet');
  assertTargets(s, ['paste', 'undo', 'share', 'export', 'tab-stance']);
  for (const [name, r] of Object.entries(s.ui)) assert.ok(r.x + r.w <= 820.5, `${name} fits the screen`);
  assert.equal(s.breaks.midWord, 0);
  const png = decodePng(await page.screenshot());
  for (const m of s.visibleMentions.slice(0, 6)) assert.ok(underlineMatches(png, m), `"${m.text}" underline`);
  await shot(page, 'tablet-article');
  await tapUi(page, 'tab-stance');
  s = await waitForState(page, (x) => x.tab === 2 && Object.keys(x.ui).some((k) => k.startsWith('stance-a')));
  // The pairs on screen, top down (the list scrolls inside the sheet: rows below the tab strip are clipped).
  const pairs = Object.keys(s.ui).filter((k) => /^stance-a\d+-a\d+$/.test(k) && s.ui[k].y + s.ui[k].h <= s.ui['tab-article'].y)
    .sort((a, b) => s.ui[a].y - s.ui[b].y);
  assert.ok(pairs.length > 0);
  assertTargets(s, pairs.slice(0, 4));
  await shot(page, 'tablet-stance-sheet');
  await tapUi(page, pairs[0]);
  s = await waitForState(page, (x) => Object.keys(x.ui).some((k) => k.startsWith('evidence-')));
  assert.deepEqual(errors, []);
  await context.close();
});

test('desktop 1440×900: the column layout with every action in the bar and the panels beside the article', async () => {
  const { page, context } = await openPage(env, { viewport: { width: 1440, height: 900 } });
  const s = await state(page);
  assert.equal(s.screen.layout, 'columns');
  assert.equal(s.screen.touch, false);
  for (const n of ['paste', 'open', 'sample', 'edit-text', 'undo', 'redo', 'share', 'export', 'arcs', 'theme', 'help', 'tab-claims'])
    assert.ok(s.ui[n], n);
  assert.equal(s.ui['toolbar-menu'], undefined);
  assert.equal(s.breaks.midWord, 0);
  await shot(page, 'desktop-1440');
  await context.close();
});
