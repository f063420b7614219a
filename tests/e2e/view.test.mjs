// Issue 5, the annotated view: mention colours drawn, hover tooltips, actor toggles, claims list
// scrolling the article, keyboard, theme, the first-visit overlay. Assertions use the state the page
// exposes (window.riposte.state()) and, where colour matters, the screenshot's pixels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser, stopBrowser, openPage, state, waitForState, frames, shot, clickAt } from './helpers.mjs';
import { decodePng, hexToRgb, colourDistance } from './png.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { if (env) await stopBrowser(env); });

const centre = (r) => [r.x + r.w / 2, r.y + r.h / 2];

// The colour of the mention's underline, read from a screenshot (viewport CSS pixels, dpr 1).
async function underlinePixel(page, m) {
  const png = decodePng(await page.screenshot());
  return png.pixel(Math.round(m.x + m.w / 2), Math.round(m.y + m.h - 1.5));
}

test('every mention is drawn in its actor\'s colour (checked on the pixels)', async () => {
  const { page, context } = await openPage(env);
  const s = await state(page);
  assert.ok(s.actors > 0 && s.visibleMentions.length > 0, 'the engine finds actors in the sample');
  let checked = 0;
  const png = decodePng(await page.screenshot());
  for (const m of s.visibleMentions.slice(0, 12)) {
    const px = png.pixel(Math.round(m.x + m.w / 2), Math.round(m.y + m.h - 1.5));
    assert.ok(colourDistance(px, hexToRgb(m.color)) < 40, `"${m.text}" underline ${px} vs ${m.name}'s ${m.color}`);
    checked++;
  }
  assert.ok(checked >= 5);
  await shot(page, 'view-colours');
  await context.close();
});

test('hovering a mention lights up its actor and explains it in a tooltip', async () => {
  const { page, context } = await openPage(env);
  const s = await state(page);
  const m = s.visibleMentions.find((x) => x.y > 150) || s.visibleMentions[0];
  await page.mouse.move(...centre(m));
  const h = await waitForState(page, (x) => x.hoveredActor !== '');
  assert.equal(h.hoveredActor, m.actor);
  assert.ok(h.tooltip.startsWith(m.name + '\n'), h.tooltip);
  assert.match(h.tooltip, /\n(state|government|organisation|party|company|media|person|group|place)\n/);
  assert.match(h.tooltip, /Mentions: \d+/);
  await frames(page, 2);
  await shot(page, 'view-hover-tooltip');
  await page.mouse.move(5, 795);
  await waitForState(page, (x) => x.hoveredActor === '' && x.tooltip === '');
  await context.close();
});

test('unticking an actor in the Actors panel hides its colour in the article', async () => {
  const { page, context } = await openPage(env);
  const s = await state(page);
  const m = s.visibleMentions[0];
  assert.ok(colourDistance(await underlinePixel(page, m), hexToRgb(m.color)) < 40);
  const box = s.ui['actor-' + m.actor];
  assert.ok(box, 'the Actors panel lists ' + m.actor);
  await clickAt(page, ...centre(box));
  const t = await waitForState(page, (x) => x.hiddenActors === 1);
  assert.equal(t.hiddenActors, 1);
  await page.mouse.move(5, 795);
  await frames(page, 3);
  assert.ok(colourDistance(await underlinePixel(page, m), hexToRgb(m.color)) > 60, 'the underline is gone');
  await shot(page, 'view-actor-hidden');
  await clickAt(page, ...centre(box));
  await waitForState(page, (x) => x.hiddenActors === 0);
  await context.close();
});

test('clicking a claim in the Claims list selects it and scrolls the article to it', async (t) => {
  const { page, context } = await openPage(env, { viewport: { width: 1280, height: 600 } });
  let s = await state(page);
  assert.ok(s.claims > 0, 'the engine finds claims in the sample');
  await clickAt(page, ...centre(s.ui['tab-claims']));
  s = await waitForState(page, (x) => x.tab === 1 && Object.keys(x.ui).some((k) => k.startsWith('claim-')));
  const rows = Object.keys(s.ui).filter((k) => k.startsWith('claim-'));
  const last = rows[rows.length - 1];
  await clickAt(page, ...centre(s.ui[last]));
  const id = last.slice('claim-'.length);
  s = await waitForState(page, (x) => x.selectedClaim === id && x.visibleCues.some((c) => c.claim === id));
  const cue = s.visibleCues.find((c) => c.claim === id);
  assert.ok(cue.y > 40 && cue.y < 560, 'the claim\'s cue is on screen: ' + cue.y);
  await shot(page, 'view-claim-selected');
  // Tab steps to the next claim, Esc clears the selection.
  await page.keyboard.press('Tab');
  s = await waitForState(page, (x) => x.selectedClaim !== id);
  assert.notEqual(s.selectedClaim, '');
  await page.keyboard.press('Escape');
  await waitForState(page, (x) => x.selectedClaim === '');
  await context.close();
});

test('keyboard: arrows scroll, Ctrl +/−/0 zoom the article', async () => {
  const { page, context } = await openPage(env);
  await page.mouse.click(30, 400);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const s = await waitForState(page, (x) => x.scroll > 0);
  assert.ok(s.scroll > 0);
  await page.keyboard.press('Control+Equal');
  let z = await waitForState(page, (x) => x.zoom > 1.05);
  const linesAtZoom = (await waitForState(page, (x) => x.layoutComplete)).lines;
  assert.ok(linesAtZoom > s.lines, `larger type wraps into more lines (${linesAtZoom} > ${s.lines})`);
  await shot(page, 'view-zoomed');
  await page.keyboard.press('Control+Minus');
  await page.keyboard.press('Control+Minus');
  z = await waitForState(page, (x) => x.zoom < 0.95);
  await page.keyboard.press('Control+0');
  z = await waitForState(page, (x) => x.zoom === 1);
  assert.equal(z.zoom, 1);
  await context.close();
});

test('the theme button switches to a dark theme', async () => {
  const { page, context } = await openPage(env);
  const before = decodePng(await page.screenshot()).pixel(20, 500);
  await clickAt(page, ...centre((await state(page)).ui.theme));
  await waitForState(page, (x) => x.dark);
  await frames(page, 3);
  const png = decodePng(await page.screenshot());
  const after = png.pixel(20, 500);
  assert.ok(before[0] > 200 && after[0] < 60, `background ${before} -> ${after}`);
  await shot(page, 'view-dark');
  await context.close();
});

test('a first visit shows "how to read this" once', async () => {
  const { page, context } = await openPage(env, { helpSeen: false });
  let s = await state(page);
  assert.equal(s.showHelp, true);
  await frames(page, 2);
  s = await state(page);
  await shot(page, 'view-help-overlay');
  await clickAt(page, ...centre(s.ui['got-it']));
  await waitForState(page, (x) => !x.showHelp);
  await frames(page, 2);
  await page.reload();
  await page.waitForFunction(() => window.riposte && window.Module && Module.calledRun);
  await page.evaluate(() => window.riposte.ready());
  s = await state(page);
  assert.equal(s.showHelp, false, 'the overlay is not shown again');
  await context.close();
});

test('accusation → rebuttal arcs are drawn over the article and can be switched off', async (t) => {
  const { page, context } = await openPage(env);
  let s = await state(page);
  assert.ok(s.visibleCues.some((c) => c.kind === 'rebuttal'), 'a rebuttal cue is in view');
  assert.ok(s.arcs > 0, 'arcs drawn: ' + s.arcs);
  await shot(page, 'view-arcs');
  await clickAt(page, ...centre(s.ui.arcs));
  s = await waitForState(page, (x) => !x.showArcs);
  await frames(page, 2);
  assert.equal((await state(page)).arcs, 0);
  await context.close();
});

test('a Stance cell opens its evidence, and picking a claim there selects it in the article', async (t) => {
  const { page, context } = await openPage(env);
  let s = await state(page);
  assert.ok(s.stance > 0, 'the engine finds stance in the sample');
  await clickAt(page, ...centre(s.ui['tab-stance']));
  s = await waitForState(page, (x) => x.tab === 2 && Object.keys(x.ui).some((k) => k.startsWith('stance-')));
  const cell = Object.keys(s.ui).find((k) => k.startsWith('stance-'));
  await clickAt(page, ...centre(s.ui[cell]));
  s = await waitForState(page, (x) => Object.keys(x.ui).some((k) => k.startsWith('evidence-')));
  await shot(page, 'view-stance-evidence');
  const ev = Object.keys(s.ui).find((k) => k.startsWith('evidence-'));
  await clickAt(page, ...centre(s.ui[ev]));
  const id = ev.slice('evidence-'.length);
  await waitForState(page, (x) => x.selectedClaim === id && x.visibleCues.some((c) => c.claim === id));
  await context.close();
});

test('the Graph panel shows actors as nodes that can be picked and dragged', async (t) => {
  const { page, context } = await openPage(env);
  let s = await state(page);
  assert.ok(s.claims > 0, 'the engine finds claims in the sample (the graph needs them)');
  await clickAt(page, ...centre(s.ui['tab-graph']));
  await frames(page, 30);  // let the layout settle
  s = await waitForState(page, (x) => x.tab === 3 && Object.keys(x.ui).some((k) => k.startsWith('node-')));
  const key = Object.keys(s.ui).find((k) => k.startsWith('node-'));
  const [x, y] = centre(s.ui[key]);
  await page.mouse.move(x, y);
  await frames(page, 2);
  await page.mouse.down();
  await frames(page, 2);
  await page.mouse.move(x + 40, y + 50, { steps: 5 });
  await frames(page, 2);
  await page.mouse.up();
  await frames(page, 2);
  s = await state(page);
  const [nx, ny] = centre(s.ui[key]);
  assert.ok(Math.hypot(nx - x, ny - y) > 20, `node moved from ${x},${y} to ${nx},${ny}`);
  assert.equal(s.selectedActor, key.slice('node-'.length));
  await shot(page, 'view-graph');
  await context.close();
});
