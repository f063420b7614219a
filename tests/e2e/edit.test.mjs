// Issue 6, editing on the page, driven with the mouse and keyboard as a person would: select words →
// a mention of a new actor; right-click a name → remove / rename / merge; right-click a claim → change its
// kind / delete it; drag from a name to another → a new claim; Ctrl+Z / Ctrl+Shift+Z; edits survive
// Share → a fresh browser, and a reload (autosave); Export → PNG of the view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser, stopBrowser, openPage, state, waitForState, frames, shot, clickAt, paste, clickUi } from './helpers.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { if (env) await stopBrowser(env); });

const ARTICLE = 'Norway and Iceland clash over herring quota\n\n' +
  'OSLO — Norway’s fisheries minister, Kari Holm, accused Iceland on Tuesday of overfishing in shared waters. ' +
  '“Reykjavik has broken the deal,” she said. Iceland’s government rejected the charge, calling it “baseless”. ' +
  'Local trawlermen said the quarrel hurts everyone in the harbour towns.';

// Hovers a menu entry (ImGui opens submenus on hover) until its items appear.
async function hoverUi(page, name, until) {
  const s = await waitForState(page, (x) => x.ui[name]);
  const r = s.ui[name];
  await page.mouse.move(r.x + r.w / 2, r.y + r.h / 2);
  await waitForState(page, (x) => x.ui[until]);
}

// After an edit the view forgets what it drew until the next frame: wait for the edit and a drawn frame.
function waitEdits(page, n, more = () => true) {
  return waitForState(page, (x) => x.edits === n && x.visibleMentions.length > 0 && more(x));
}

async function locate(page, text, n = 0) {
  const r = await page.evaluate(([t, k]) => window.riposte.locate(t, k), [text, n]);
  assert.ok(r && r.visible, `"${text}" is on screen`);
  return r;
}

// A left-button drag in small steps, a frame or two apart (ImGui samples the mouse once per frame).
async function drag(page, x0, y0, x1, y1) {
  await page.mouse.move(x0, y0);
  await frames(page, 2);
  await page.mouse.down();
  await frames(page, 2);
  for (let i = 1; i <= 6; ++i) {
    await page.mouse.move(x0 + ((x1 - x0) * i) / 6, y0 + ((y1 - y0) * i) / 6);
    await frames(page, 1);
  }
  await frames(page, 1);
  await page.mouse.up();
  await frames(page, 2);
}

async function rightClick(page, x, y) {
  await page.mouse.move(x, y);
  await frames(page, 2);
  await page.mouse.down({ button: 'right' });
  await frames(page, 1);
  await page.mouse.up({ button: 'right' });
  await frames(page, 2);
}

async function exportedJson(page) {
  const n = await page.evaluate(() => window.riposte.glue.downloads.length);
  await page.evaluate(() => window.riposte.exportAs('json'));
  await page.waitForFunction((k) => window.riposte.glue.downloads.length > k, n);
  const j = JSON.parse((await page.evaluate(() => window.riposte.download('.riposte.json'))).text);
  delete j.provenance.exported;  // the export's own date
  return j;
}

// Selects "trawlermen" with a mouse drag and makes it a mention of a new group actor.
async function markTrawlermen(page) {
  const before = await state(page);
  const r = await locate(page, 'trawlermen');
  await drag(page, r.x + 2, r.y + r.h / 2, r.x + r.w - 2, r.y + r.h / 2);
  const s = await waitForState(page, (x) => x.popup && x.selection === 'trawlermen');
  assert.equal(s.selection, 'trawlermen', 'the drag selected the whole word');
  await hoverUi(page, 'menu-new-actor', 'new-actor-group');
  await clickUi(page, 'new-actor-group');
  return waitEdits(page, before.edits + 1, (x) => !x.popup);
}

test('select words → a new actor; Ctrl+Z and Ctrl+Shift+Z undo and redo it', async () => {
  const { page, context, errors } = await openPage(env);
  const s0 = await paste(page, ARTICLE);
  assert.equal(s0.edits, 0);
  const s1 = await markTrawlermen(page);
  assert.equal(s1.actors, s0.actors + 1);
  assert.equal(s1.mentions, s0.mentions + 1);
  assert.deepEqual(s1.human, { actors: 1, mentions: 1, claims: 0 });
  assert.match(s1.undoLabel, /trawlermen/);
  await frames(page, 2);
  await shot(page, 'edit-new-actor');
  const m = (await state(page)).visibleMentions.find((v) => v.text === 'trawlermen');
  assert.ok(m, 'the new mention is drawn');
  assert.equal(m.name, 'trawlermen');
  await page.mouse.move(m.x + m.w / 2, m.y + m.h / 2);
  const hovered = await waitForState(page, (x) => x.tooltip !== '');
  assert.match(hovered.tooltip, /marked by you/);

  await page.keyboard.press('Control+z');
  const u = await waitEdits(page, 0);
  assert.deepEqual([u.actors, u.mentions, u.redoDepth], [s0.actors, s0.mentions, 1]);
  assert.equal(u.text, ARTICLE, 'undoing an edit keeps the article');
  await page.keyboard.press('Control+Shift+z');
  const r = await waitEdits(page, 1);
  assert.deepEqual([r.actors, r.mentions, r.redoDepth], [s1.actors, s1.mentions, 0]);
  await page.keyboard.press('Control+z');
  await waitEdits(page, 0);
  await page.keyboard.press('Control+y');
  await waitEdits(page, 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('right-click a name: remove the mention, rename and merge its actor', async () => {
  const { page, context, errors } = await openPage(env);
  const s0 = await paste(page, ARTICLE);
  // Remove: the mention of Reykjavik (a capital standing for its state).
  const reyk = s0.visibleMentions.find((v) => v.text === 'Reykjavik');
  assert.ok(reyk, 'the engine found Reykjavik');
  await rightClick(page, reyk.x + reyk.w / 2, reyk.y + reyk.h / 2);
  await clickUi(page, 'menu-remove-mention');
  const s1 = await waitEdits(page, 1);
  assert.equal(s1.mentions, s0.mentions - 1);
  assert.ok(!s1.visibleMentions.some((v) => v.text === 'Reykjavik'));

  // Rename: Kari Holm's actor, through the menu's text field and Enter.
  const holm = s1.visibleMentions.find((v) => v.text === 'Kari Holm');
  assert.ok(holm, 'the engine found Kari Holm');
  await rightClick(page, holm.x + holm.w / 2, holm.y + holm.h / 2);
  await hoverUi(page, 'menu-rename', 'rename-field');
  await frames(page, 2);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Kari Holm (minister)');
  await frames(page, 2);
  await page.keyboard.press('Enter');
  const s2 = await waitEdits(page, 2);
  assert.equal(s2.visibleMentions.find((v) => v.text === 'Kari Holm').name, 'Kari Holm (minister)');
  assert.match(s2.undoLabel, /Kari Holm \(minister\)/);

  // Merge: the new "trawlermen" actor into the actor of "Iceland".
  const s3 = await markTrawlermen(page);
  const trawl = s3.visibleMentions.find((v) => v.text === 'trawlermen');
  const iceland = s3.visibleMentions.find((v) => v.text === 'Iceland');
  await rightClick(page, trawl.x + trawl.w / 2, trawl.y + trawl.h / 2);
  await hoverUi(page, 'menu-merge', 'merge-' + iceland.actor);
  await clickUi(page, 'merge-' + iceland.actor);
  const s4 = await waitEdits(page, 4);
  assert.equal(s4.actors, s3.actors - 1);
  assert.equal(s4.visibleMentions.find((v) => v.text === 'trawlermen').actor, iceland.actor);
  await shot(page, 'edit-merged');
  assert.deepEqual(errors, []);
  await context.close();
});

test('right-click a claim: change its kind, then delete it; drag between names draws a new claim', async () => {
  const { page, context, errors } = await openPage(env);
  const s0 = await paste(page, ARTICLE);
  const cue = s0.visibleCues.find((c) => c.kind === 'accusation');
  assert.ok(cue, 'the engine found the accusation');
  await rightClick(page, cue.x + cue.w / 2, cue.y + cue.h / 2);
  await hoverUi(page, 'menu-claim-kind', 'claim-kind-support');
  await clickUi(page, 'claim-kind-support');
  const s1 = await waitEdits(page, 1);
  assert.equal(s1.visibleCues.find((c) => c.claim === cue.claim).kind, 'support');
  assert.equal(s1.human.claims, 1);

  await rightClick(page, cue.x + cue.w / 2, cue.y + cue.h / 2);
  await clickUi(page, 'menu-delete-claim');
  const s2 = await waitEdits(page, 2);
  assert.equal(s2.claims, s0.claims - 1);

  // Draw: from the "Iceland" of "Iceland’s government" (the last one) to "Kari Holm".
  const from = s2.visibleMentions.filter((v) => v.text === 'Iceland').pop();
  const to = s2.visibleMentions.find((v) => v.text === 'Kari Holm');
  assert.ok(from && to, 'both names are on screen');
  assert.notEqual(from.actor, to.actor);
  await drag(page, from.x + from.w / 2, from.y + from.h / 2, to.x + to.w / 2, to.y + to.h / 2);
  await waitForState(page, (x) => x.ui['new-claim-accusation']);
  await shot(page, 'edit-draw-claim');
  await clickUi(page, 'new-claim-accusation');
  const s3 = await waitEdits(page, 3);
  assert.equal(s3.claims, s2.claims + 1);
  assert.equal(s3.human.claims, 1);
  const exported = await exportedJson(page);
  const drawn = exported.claims.find((c) => c.human);
  assert.equal(drawn.kind, 'accusation');
  assert.equal(exported.actors.find((a) => a.id === drawn.source).name, from.name);
  assert.equal(exported.actors.find((a) => a.id === drawn.target).name, to.name);
  assert.ok(exported.stance.some((e) => e.claims.includes(drawn.id)), 'stance follows the new claim');
  // The new claim is selected: Delete removes it, Ctrl+Z brings it back.
  assert.equal(s3.selectedClaim, drawn.id);
  await page.keyboard.press('Delete');
  await waitEdits(page, 4, (x) => x.claims === s2.claims);
  await page.keyboard.press('Control+z');
  await waitEdits(page, 3, (x) => x.claims === s3.claims);
  assert.deepEqual(errors, []);
  await context.close();
});

test('edits travel: Share → a fresh browser shows the same edited document; a reload loses nothing', async () => {
  const a = await openPage(env);
  await paste(a.page, ARTICLE);
  await markTrawlermen(a.page);
  const s = await state(a.page);
  const reyk = s.visibleMentions.find((v) => v.text === 'Reykjavik');
  await rightClick(a.page, reyk.x + reyk.w / 2, reyk.y + reyk.h / 2);
  await clickUi(a.page, 'menu-remove-mention');
  await waitEdits(a.page, 2);
  const edited = await exportedJson(a.page);
  assert.equal(edited.edits.length, 2);
  assert.deepEqual(edited.edits.map((e) => e.op), ['add_mention', 'remove_mention']);

  await clickUi(a.page, 'share');
  await waitForState(a.page, (x) => x.share.shown);
  const link = await a.page.evaluate(() => navigator.clipboard.readText());
  const b = await openPage(env, { url: link });
  assert.deepEqual(await exportedJson(b.page), edited, 'the link carries the edits and human marks exactly');
  await b.context.close();

  // Reload: the autosave (IndexedDB) brings back the edited document, quotes and date of annotation included.
  await a.page.waitForFunction(() => window.riposte.glue.savedGeneration === window.Module._riposte_document_generation());
  await a.page.reload();
  await a.page.waitForFunction(() => window.riposte && window.Module && Module.calledRun);
  await waitForState(a.page, (x) => x.source === 'restore' && x.layoutComplete);
  assert.deepEqual(await exportedJson(a.page), edited, 'nothing lost on reload');
  await a.context.close();
});

test('Edit text…: the corrected text is annotated again and edits on unchanged text are kept', async () => {
  const { page, context, errors } = await openPage(env);
  await paste(page, ARTICLE);
  await markTrawlermen(page);
  const s = await state(page);
  const reyk = s.visibleMentions.find((v) => v.text === 'Reykjavik');
  await rightClick(page, reyk.x + reyk.w / 2, reyk.y + reyk.h / 2);
  await clickUi(page, 'menu-remove-mention');
  await waitEdits(page, 2);

  await clickUi(page, 'edit-text');
  await page.waitForSelector('#edit-dialog[open]');
  assert.equal(await page.inputValue('#edit-text'), ARTICLE);
  // One correction touches the removed mention's words, none touches "trawlermen".
  const corrected = ARTICLE.replace('“Reykjavik has', '“Reykjavík has').replace('on Tuesday', 'on Wednesday');
  await page.fill('#edit-text', corrected);
  await page.click('#edit-apply');
  const t = await waitForState(page, (x) => x.source === 'edit' && !x.busy && x.layoutComplete && x.visibleMentions.length > 0);
  assert.equal(t.text, corrected);
  assert.equal(t.edits, 1, 'the edit on unchanged text was replayed');
  assert.match(t.notice, /kept 1 of your edits, 1 no longer apply/);
  assert.match(t.status, /kept 1 of your edits/);
  const trawl = t.visibleMentions.find((v) => v.text === 'trawlermen');
  assert.ok(trawl && trawl.name === 'trawlermen', 'the human mention survived re-annotation');
  assert.ok(t.visibleMentions.some((v) => v.text === 'Reykjavík'), 'the changed words were annotated afresh');
  await shot(page, 'edit-text-reannotated');
  // The correction is one undoable step.
  await page.keyboard.press('Control+z');
  const u = await waitForState(page, (x) => x.text === ARTICLE);
  assert.equal(u.edits, 2);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Export → picture of the view: a PNG of the canvas as shown', async () => {
  const { page, context } = await openPage(env);
  await paste(page, ARTICLE);
  await clickUi(page, 'export');
  await clickUi(page, 'export-png');
  await page.waitForFunction(() => window.riposte.download('.png'), null, { timeout: 20000 });
  const file = await page.evaluate(() => window.riposte.download('.png'));
  assert.equal(file.name, 'article-view.png');
  assert.equal(file.mime, 'image/png');
  assert.deepEqual(file.head.slice(0, 8), [137, 80, 78, 71, 13, 10, 26, 10], 'PNG signature');
  const width = (file.head[16] << 24) | (file.head[17] << 16) | (file.head[18] << 8) | file.head[19];
  const height = (file.head[20] << 24) | (file.head[21] << 16) | (file.head[22] << 8) | file.head[23];
  assert.deepEqual([width, height], [1280, 800], 'the whole canvas, in device pixels');
  assert.ok(file.size > 20000, 'a picture with text in it, not a blank canvas');
  await context.close();
});
