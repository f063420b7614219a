// Shared set-up for the browser end-to-end tests: serve build-wasm/site, launch Debian's Chromium
// headless with SwiftShader WebGL2, open the page and wait until the engine has annotated something.
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/static-server.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SITE = path.join(ROOT, 'build-wasm/site');
export const SHOTS = path.join(ROOT, 'build-wasm/e2e-shots');

// site: another build of the page to serve (benchmarks compare two builds in one run).
export async function startBrowser(site = SITE) {
  if (!fs.existsSync(path.join(site, 'riposte.wasm'))) throw new Error(`no page build in ${site}: run scripts/build wasm`);
  fs.mkdirSync(SHOTS, { recursive: true });
  const { server, url } = await serve(site, 0);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return { server, url, browser };
}

export async function stopBrowser({ server, browser }) {
  await browser.close();
  await new Promise((r) => server.close(r));
}

// Opens the page. helpSeen: pretend the "how to read this" overlay was already dismissed.
// url: another address on the page's server (a share link), else the page itself.
// touch: a phone or tablet (isMobile, hasTouch): fingers through touch() below.
export async function openPage(env, { helpSeen = true, viewport = { width: 1280, height: 800 }, dpr = 1, clipboard = true, url = null,
                                      touch = false } = {}) {
  const context = await env.browser.newContext({
    viewport, deviceScaleFactor: dpr, isMobile: touch, hasTouch: touch,
    screen: { width: viewport.width + 640, height: viewport.height + 400 },  // never equal: see sync_canvas_size
  });
  if (clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.url).origin });
  if (helpSeen) await context.addInitScript(() => localStorage.setItem('riposte.helpSeen', '1'));
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url || env.url);
  await page.waitForFunction(() => window.riposte && window.Module && Module.calledRun, null, { timeout: 60000 });
  await page.evaluate(() => window.riposte.ready());
  await waitForState(page, (s) => !s.busy && s.articleLength > 0 && s.layoutComplete);
  return { context, page, requests, errors };
}

export async function state(page) {
  return page.evaluate(() => window.riposte.state());
}

// Polls window.riposte.state() until pred(state) holds; returns that state.
export async function waitForState(page, pred, timeout = 30000) {
  const t0 = Date.now();
  let s;
  for (;;) {
    s = await state(page);
    if (pred(s)) return s;
    if (Date.now() - t0 > timeout) throw new Error('timed out waiting for page state: ' + JSON.stringify(s).slice(0, 600));
    await page.waitForTimeout(50);
  }
}

// Waits until n more frames have been drawn (the view reflects input only after a frame).
export async function frames(page, n = 3) {
  const f0 = (await state(page)).frame;
  await waitForState(page, (s) => s.frame >= f0 + n);
}

export async function shot(page, name) {
  const file = path.join(SHOTS, name + '.png');
  await page.screenshot({ path: file });
  return file;
}

// Moves the mouse there, lets ImGui see the hover for a couple of frames, then clicks: like a person,
// and needed by widgets that act on press (tabs) since ImGui decides hovering from the previous frame.
export async function clickAt(page, x, y) {
  await page.mouse.move(x, y);
  await frames(page, 2);
  await page.mouse.down();
  await frames(page, 2);
  await page.mouse.up();
  await frames(page, 2);
}

// Replaces the article as a paste would (through the engine worker) and waits until it is shown.
export async function paste(page, text) {
  const before = (await state(page)).frame;
  await page.evaluate((t) => window.riposte.loadText(t, 'paste'), text);
  return waitForState(page, (s) => s.source === 'paste' && !s.busy && s.layoutComplete && s.frame > before);
}

// Clicks a button or menu item the UI recorded under `name` this frame (state().ui).
export async function clickUi(page, name) {
  const s = await waitForState(page, (x) => x.ui[name]);
  const r = s.ui[name];
  await clickAt(page, r.x + r.w / 2, r.y + r.h / 2);
}

// Fingers on the page (CSS pixels) through the DevTools protocol, as a touch screen sends them: each step is a
// list of touch points ({x, y, id}), or a number of milliseconds to hold still; an empty list lifts every finger.
// Steps are `gap` ms apart in real time, as fingers move (a long press is told from a tap by time, not frames).
export async function touch(page, steps, { gap = 30 } = {}) {
  const cdp = await page.context().newCDPSession(page);
  let down = [];
  for (const points of steps) {
    if (typeof points === 'number') {  // a pause (ms): the fingers stay where they are
      await new Promise((r) => setTimeout(r, points));
      continue;
    }
    // The protocol compares with the previous event: a new point is pressed, a missing one released.
    const type = points.length > down.length ? 'touchStart' : points.length < down.length ? 'touchEnd' : 'touchMove';
    await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
    down = points;
    await new Promise((r) => setTimeout(r, gap));
  }
  await cdp.detach();
  await frames(page, 2);
}

export const centreOf = (r) => [r.x + r.w / 2, r.y + r.h / 2];
