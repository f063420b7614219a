// The page's JavaScript side: Emscripten's Module, the engine worker, the clipboard (GLFW's is a
// no-op under Emscripten), files, touch, the accessible DOM mirror of actors and claims, and window.riposte
// for tests. Article text reaches wasm only through _malloc + HEAPU8, never ccall 'string'.
// No C export is called before main has set up the page's state: until then (main calls glue.ready()) what
// arrives (a paste, the worker's answer, a dropped file) waits in a queue and runs in order at ready.
'use strict';
(function () {
  const canvas = document.getElementById('canvas');
  const $ = (id) => document.getElementById(id);
  let worker = null;
  let nextId = 1;
  let latestId = 0;
  let inFlight = null;         // the article the worker is annotating: { id, size, since }
  let mainReady = false;
  let earlyArticle = false;    // the user gave an article before main was ready: it wins over the sample
  const waiting = [];          // calls into C++ made before main was ready
  let readyResolve;
  const readyPromise = new Promise((r) => { readyResolve = r; });
  const whenReady = (fn) => { if (mainReady) fn(); else waiting.push(fn); };

  const glue = {};
  window.Module = {
    canvas,
    riposteGlue: glue,
    print: (t) => console.log(t),
    printErr: (t) => console.warn(t),
  };

  // --- wasm heap helpers -----------------------------------------------------------------------
  function withBytes(bytes, fn) {
    const ptr = Module._malloc(Math.max(1, bytes.length));
    Module.HEAPU8.set(bytes, ptr);
    try { return fn(ptr, bytes.length); } finally { Module._free(ptr); }
  }
  function withString(s, fn) { return withBytes(new TextEncoder().encode(s + '\0'), (p) => fn(p)); }
  function readJson(ptr) { return JSON.parse(Module.UTF8ToString(ptr)); }

  // --- the engine worker -----------------------------------------------------------------------
  // After any error the worker is replaced (its wasm may be left in a broken state); a newer article replaces a
  // worker still busy with a long one (its answer would be thrown away anyway).
  glue.workerStarts = 0;
  function startWorker() {
    if (worker) worker.terminate();
    const early = glue.workerStarts === 0 && window.riposteEngineWorker;  // started by index.html's <head>
    worker = early || new Worker('engine-worker.js');
    glue.workerStarts++;
    inFlight = null;
    worker.onmessage = onWorkerMessage;
    worker.onmessageerror = () => restartAfterError('its answer could not be read');
    worker.onerror = (e) => {
      e.preventDefault();
      restartAfterError(e.message || 'error');
    };
  }
  function restartAfterError(what) {
    fail('The engine stopped on this text (' + what + '); the article was not replaced.');
    startWorker();
  }
  function fail(message) {
    whenReady(() => withString(message, (p) => Module._riposte_annotation_failed(p)));
  }
  // A long annotation still running (a big paste, or one started a while ago) is cancelled by a newer one.
  const CANCEL_AFTER_MS = 100, CANCEL_ABOVE_BYTES = 200000;
  function post(message, size, transfer) {
    if (inFlight && (inFlight.size > CANCEL_ABOVE_BYTES || performance.now() - inFlight.since > CANCEL_AFTER_MS)) {
      glue.cancelled = (glue.cancelled || 0) + 1;
      startWorker();
    }
    latestId = message.id;
    inFlight = { id: message.id, size, since: performance.now() };
    whenReady(() => Module._riposte_set_busy(size));
    worker.postMessage(message, transfer || []);
    return message.id;
  }
  function sendBytes(bytes, source, loneSurrogates) {
    return post({ id: nextId++, bytes, source, loneSurrogates }, bytes.length, [bytes.buffer]);
  }
  function onWorkerMessage(e) {
    const m = e.data;
    if (inFlight && inFlight.id === m.id) inFlight = null;
    if (m.heapInUse) glue.workerHeapInUse = m.heapInUse;  // for tests: the worker frees each article's buffers
    if (m.id !== latestId) return;        // an older article, superseded by a newer paste
    if (m.error) { restartAfterError(m.error); return; }
    if (m.source === 'sample' && autosaveLookup) { heldSample = m; return; }  // an autosaved article may win
    deliver(m);
  }
  function deliver(m) {
    whenReady(() => {
      const t0 = performance.now();
      withBytes(m.blob, (ptr, len) => withString(m.source || 'paste', (src) =>
        Module._riposte_receive_document(ptr, len, m.ms, m.loneSurrogates || 0, src)));
      glue.lastReceiveMs = performance.now() - t0;
    });
  }

  // Pasted text goes to the worker as a string: encoding 5 MB to UTF-8 (and counting lone UTF-16
  // surrogates, which TextEncoder replaces with U+FFFD) happens there, off the main thread.
  function loadText(text, source) {
    if (!mainReady) earlyArticle = true;
    return post({ id: nextId++, text, source: source || 'paste' }, text.length);
  }
  function loadBytes(bytes, source) {
    if (!mainReady) earlyArticle = true;
    return sendBytes(new Uint8Array(bytes), source || 'file', 0);  // copied: the caller keeps its buffer
  }

  // --- called from C++ -------------------------------------------------------------------------
  glue.annotate = (ptr, len, source) => sendBytes(Module.HEAPU8.slice(ptr, ptr + len), source, 0);
  glue.requestPaste = () => {
    if (navigator.clipboard && navigator.clipboard.readText) {
      navigator.clipboard.readText().then((t) => loadText(t, 'paste'), showPasteDialog);
    } else {
      showPasteDialog();
    }
  };
  glue.openFile = () => $('file-input').click();
  glue.writeClipboard = (t) => {
    try { navigator.clipboard.writeText(t).catch(() => {}); } catch (e) { /* no clipboard access */ }
  };
  glue.documentChanged = () => { updateAccessibleMirror(); scheduleAutosave(); };
  // A share link: to the clipboard (unless too long: the UI then offers the JSON download instead).
  glue.shareLink = (url, tooLong) => {
    glue.lastShareLink = url;
    if (tooLong) return;
    const refused = () => withBytes(new TextEncoder().encode(url), (p, n) => Module._riposte_share_copy_failed(p, n));
    try { navigator.clipboard.writeText(url).catch(refused); } catch (e) { refused(); }
  };
  // Files for the user (exports): a Blob download. The last ones are kept for tests.
  glue.downloads = [];
  glue.download = (name, mime, ptr, len) => saveBytes(name, mime, Module.HEAPU8.slice(ptr, ptr + len));
  // PNG of the view: called right after a frame is rendered, while the drawing buffer still holds it
  // (toBlob copies the canvas synchronously; the encoding finishes later).
  glue.capturePng = (name) => {
    canvas.toBlob((blob) => {
      if (!blob) { fail('The browser could not make a picture of the view.'); return; }
      blob.arrayBuffer().then((buf) => saveBytes(name, 'image/png', new Uint8Array(buf)));
    }, 'image/png');
  };
  function saveBytes(name, mime, bytes) {
    glue.downloads.push({ name, mime, bytes });
    if (glue.downloads.length > 8) glue.downloads.shift();
    const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
    const a = Object.assign(document.createElement('a'), { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }
  // First article: one the user gave before main was ready, else a share link in the address, else the
  // autosaved article, else the sample. The sample is annotated while IndexedDB is asked for an autosave (opening
  // it takes a few hundred ms on a cold start): its answer is held until the lookup says whether it is wanted.
  let autosaveLookup = false, heldSample = null;
  function start() {
    if (earlyArticle) return;
    if (location.hash.startsWith('#r1.') && openLink(location.hash)) return;
    autosaveLookup = true;
    Module._riposte_load_sample();
    restoreAutosave().then((restored) => {
      autosaveLookup = false;
      const sample = heldSample;
      heldSample = null;
      if (restored) {
        if (inFlight && latestId === inFlight.id) latestId = 0;  // the sample's answer, still to come, is dropped
      } else if (sample && sample.id === latestId) {
        deliver(sample);
      }
    });
  }
  glue.statusChanged = (text) => { $('a11y-status').textContent = text; };
  // main has set up the page's state: what waited runs now, in order.
  glue.ready = () => {
    mainReady = true;
    for (const fn of waiting.splice(0)) fn();
    start();
    $('loading').hidden = true;
    readyResolve();
  };
  glue.fatal = (message) => {
    $('loading').hidden = false;
    $('loading').textContent = message;
  };

  // --- share links and imported documents: shown as they are, never re-annotated ----------------
  function openLink(link) {
    if (!mainReady) return false;
    return withBytes(new TextEncoder().encode(link), (p, n) => Module._riposte_open_link(p, n)) === 1;
  }
  window.addEventListener('hashchange', () => {
    if (location.hash.startsWith('#r1.')) whenReady(() => openLink(location.hash));
  });
  // A file whose first non-blank character is '{' is a riposte/1 document (Export → Riposte JSON);
  // anything else is an article to annotate.
  function looksLikeJson(bytes) {
    for (let i = 0; i < bytes.length && i < 4096; ++i) {
      const c = bytes[i];
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xef || c === 0xbb || c === 0xbf) continue;
      return c === 0x7b;
    }
    return false;
  }
  function openFileBytes(bytes) {
    if (looksLikeJson(bytes)) {
      if (!mainReady) earlyArticle = true;
      let opened = false;
      whenReady(() => { opened = withBytes(bytes, (p, n) => Module._riposte_import_json(p, n)) === 1; });
      return mainReady ? opened : true;
    }
    loadBytes(bytes, 'file');
    return true;
  }

  // --- autosave: the current article and its annotation in IndexedDB (DECISIONS.md), restored on
  // the next visit. Stored in engine/formats/document_codec.h form: no re-annotation, no JSON parse.
  const DB_NAME = 'riposte', DB_STORE = 'autosave', DB_KEY = 'current';
  let dbPromise = null;
  function openDb() {
    if (!dbPromise) {
      dbPromise = new Promise((resolve, reject) => {
        if (!window.indexedDB) { reject(new Error('no IndexedDB')); return; }
        const req = indexedDB.open(DB_NAME, 1);
        req.onupgradeneeded = () => req.result.createObjectStore(DB_STORE);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    }
    return dbPromise;
  }
  function dbRequest(mode, fn) {
    return openDb().then((db) => new Promise((resolve, reject) => {
      const tx = db.transaction(DB_STORE, mode);
      const req = fn(tx.objectStore(DB_STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    }));
  }
  let autosaveTimer = 0;
  glue.savedGeneration = 0;
  function saveNow() {
    clearTimeout(autosaveTimer);
    autosaveTimer = 0;
    if (!mainReady) return;
    const generation = Module._riposte_document_generation();
    if (generation === glue.savedGeneration) return;
    const ptr = Module._riposte_encode_document();
    const bytes = Module.HEAPU8.slice(ptr, ptr + Module._riposte_encoded_size());
    dbRequest('readwrite', (store) => store.put({ bytes, saved: Date.now() }, DB_KEY))
      .then(() => { glue.savedGeneration = generation; })
      .catch((e) => console.warn('riposte: autosave failed: ' + e));
  }
  function scheduleAutosave() {
    clearTimeout(autosaveTimer);
    autosaveTimer = setTimeout(saveNow, 200);
  }
  // Leaving the page (or hiding the tab, after which it may be discarded) saves at once.
  window.addEventListener('pagehide', () => { if (autosaveTimer) saveNow(); });
  document.addEventListener('visibilitychange', () => { if (document.hidden && autosaveTimer) saveNow(); });
  openDb().catch(() => {});  // opened while the wasm loads: the lookup at start is then quick
  function restoreAutosave() {
    return dbRequest('readonly', (store) => store.get(DB_KEY)).then((saved) => {
      if (!saved || !saved.bytes || Module._riposte_document_generation() > 0) return false;
      return withBytes(saved.bytes, (p, n) => withString('restore', (src) => Module._riposte_receive_document(p, n, 0, 0, src))) === 1;
    }).catch(() => false);
  }

  // --- clipboard: Ctrl+V anywhere (also while the page is still loading: the paste is queued) -------
  document.addEventListener('paste', (e) => {
    const t0 = performance.now();
    const text = (e.clipboardData || window.clipboardData).getData('text/plain');
    if (e.target && (e.target.tagName === 'TEXTAREA' || e.target.tagName === 'INPUT')) return;  // the paste dialog
    if (mainReady && Module._riposte_wants_text_input()) {
      // An ImGui text field has focus: give it the text; ImGui handles Ctrl+V on its next frame.
      withBytes(new TextEncoder().encode(text), (p, n) => Module._riposte_set_clipboard(p, n));
      return;
    }
    e.preventDefault();
    loadText(text, 'paste');
    glue.lastPasteMs = performance.now() - t0;
  });
  // Ctrl +/−/0 zoom the article, not the browser page.
  window.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && ['+', '=', '-', '0', '_'].includes(e.key)) e.preventDefault();
  }, { capture: true });

  // Fallback when the Clipboard API is refused: a plain text area the user pastes into.
  function showPasteDialog() {
    const dialog = $('paste-dialog');
    $('paste-text').value = '';
    dialog.showModal();
    $('paste-text').focus();
  }
  $('paste-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const text = $('paste-text').value;
    $('paste-dialog').close();
    loadText(text, 'paste');
    canvas.focus();
  });
  $('paste-cancel').addEventListener('click', () => $('paste-dialog').close());

  // "Edit text…": the article's text in a text area; the corrected text is annotated again and the
  // person's edits are replayed where their text did not change (engine/document/reannotation.h).
  glue.editText = (ptr, len) => {
    $('edit-text').value = new TextDecoder().decode(Module.HEAPU8.subarray(ptr, ptr + len));
    $('edit-dialog').showModal();
    $('edit-text').focus();
  };
  $('edit-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const text = $('edit-text').value;
    $('edit-dialog').close();
    loadText(text, 'edit');
    canvas.focus();
  });
  $('edit-cancel').addEventListener('click', () => $('edit-dialog').close());

  // --- files: the button and drag and drop (raw bytes: the engine repairs invalid UTF-8) ---------
  $('file-input').addEventListener('change', async (e) => {
    const file = e.target.files && e.target.files[0];
    if (file) openFileBytes(new Uint8Array(await file.arrayBuffer()));
    e.target.value = '';
  });
  document.addEventListener('dragover', (e) => e.preventDefault());
  document.addEventListener('drop', async (e) => {
    e.preventDefault();
    const file = e.dataTransfer.files && e.dataTransfer.files[0];
    if (file) openFileBytes(new Uint8Array(await file.arrayBuffer()));
    else if (e.dataTransfer.getData('text/plain')) loadText(e.dataTransfer.getData('text/plain'), 'paste');
  });

  // --- touch: fingers go to the UI (ui/touch_input.h), not to GLFW's mouse emulation -----------------
  // Registered on window in the capture phase, so they run before GLFW's listeners on the canvas and stop the
  // event there; preventDefault keeps the browser from scrolling, zooming or sending emulated mouse events.
  const TOUCH_KINDS = { touchstart: 0, touchmove: 1, touchend: 2, touchcancel: 3 };
  function onTouch(e) {
    if (e.target !== canvas) return;  // the dialogs keep their own touch behaviour
    e.preventDefault();
    e.stopPropagation();
    if (!mainReady) return;
    const rect = canvas.getBoundingClientRect();
    const sx = canvas.width / rect.width, sy = canvas.height / rect.height;
    for (const t of e.changedTouches)
      Module._riposte_touch(TOUCH_KINDS[e.type], t.identifier, (t.clientX - rect.left) * sx, (t.clientY - rect.top) * sy, e.timeStamp);
  }
  for (const type of Object.keys(TOUCH_KINDS)) window.addEventListener(type, onTouch, { capture: true, passive: false });
  // A real mouse moving over the canvas takes the pointer back from the fingers.
  canvas.addEventListener('mousemove', (e) => {
    if (mainReady && !(e.sourceCapabilities && e.sourceCapabilities.firesTouchEvents)) Module._riposte_pointer_is_mouse();
  }, { capture: true });

  // --- the accessible mirror: the canvas is invisible to screen readers and to find-in-page -----
  function updateAccessibleMirror() {
    if (!mainReady) return;
    const a = readJson(Module._riposte_accessible_json());
    const actors = $('a11y-actors');
    const claims = $('a11y-claims');
    actors.replaceChildren(...a.actors.map((x) => {
      const li = document.createElement('li');
      li.setAttribute('role', 'listitem');
      li.textContent = `${x.name} (${x.kind}, side: ${x.side}, ${x.mentions} mentions)`;
      return li;
    }));
    claims.replaceChildren(...a.claims.map((c) => {
      const li = document.createElement('li');
      li.setAttribute('role', 'listitem');
      li.textContent = `${c.kind}: ${c.source} → ${c.target}, “${c.cue}”` + (c.rebuts ? ` (answers ${c.rebuts})` : '') +
        (c.quote ? `: ${c.quote}` : '');
      return li;
    }));
    if (a.moreActors) actors.append(Object.assign(document.createElement('li'), { textContent: `and ${a.moreActors} more actors` }));
    if (a.moreClaims) claims.append(Object.assign(document.createElement('li'), { textContent: `and ${a.moreClaims} more claims` }));
  }

  // --- for tests and the console ----------------------------------------------------------------
  window.riposte = {
    ready: () => readyPromise,
    state: () => readJson(Module._riposte_state_json()),
    accessible: () => readJson(Module._riposte_accessible_json()),
    loadText,
    loadBytes,
    undo: () => mainReady && Module._riposte_undo(),
    redo: () => mainReady && Module._riposte_redo(),
    isReady: () => mainReady,
    // Sends the engine worker a message it cannot handle (no text): the page must recover (tests).
    breakEngine: () => post({ id: nextId++, source: 'paste' }, 0),
    // Screen rectangle (CSS pixels) of the n-th occurrence of `text` in the article, or null (tests).
    locate: (text, n) => withString(text, (p) => readJson(Module._riposte_locate_text(p, n || 0))),
    selectClaim: (i) => Module._riposte_select_claim(i),
    frameStats: () => readJson(Module._riposte_frame_stats()),
    showHelp: (on) => Module._riposte_set_help(on ? 1 : 0),
    share: () => Module._riposte_share(),
    exportAs: (format) => withString(format, (p) => Module._riposte_export(p)),
    openLink,
    openFileBytes,
    // The text of the last downloaded file with this name ending (tests).
    download: (suffix) => {
      const d = [...glue.downloads].reverse().find((x) => x.name.endsWith(suffix));
      return d ? { name: d.name, mime: d.mime, size: d.bytes.length, text: new TextDecoder().decode(d.bytes),
                   head: Array.from(d.bytes.slice(0, 32)) } : null;
    },
    glue,
  };

  startWorker();
})();
