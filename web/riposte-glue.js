// The page's JavaScript side: Emscripten's Module, the engine worker, the clipboard (GLFW's is a
// no-op under Emscripten), files, the accessible DOM mirror of actors and claims, and window.riposte
// for tests. Article text reaches wasm only through _malloc + HEAPU8, never ccall 'string'.
'use strict';
(function () {
  const canvas = document.getElementById('canvas');
  const $ = (id) => document.getElementById(id);
  let worker = null;
  let nextId = 1;
  let latestId = 0;
  let readyResolve;
  const readyPromise = new Promise((r) => { readyResolve = r; });

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
  function startWorker() {
    worker = new Worker('engine-worker.js');
    worker.onmessage = onWorkerMessage;
    worker.onerror = (e) => {
      e.preventDefault();
      fail('The engine stopped on this text (' + (e.message || 'error') + '); the article was not replaced.');
      worker.terminate();
      startWorker();
    };
  }
  function fail(message) {
    if (Module._riposte_annotation_failed) withString(message, (p) => Module._riposte_annotation_failed(p));
  }
  function sendBytes(bytes, source, loneSurrogates) {
    const id = nextId++;
    latestId = id;
    if (Module._riposte_set_busy) Module._riposte_set_busy(bytes.length);
    worker.postMessage({ id, bytes, source, loneSurrogates }, [bytes.buffer]);
    return id;
  }
  function onWorkerMessage(e) {
    const m = e.data;
    if (m.id !== latestId) return;        // an older article, superseded by a newer paste
    if (m.error) { fail('The engine failed on this text: ' + m.error); return; }
    const t0 = performance.now();
    withBytes(m.blob, (ptr, len) => withString(m.source || 'paste', (src) =>
      Module._riposte_receive_document(ptr, len, m.ms, m.loneSurrogates || 0, src)));
    glue.lastReceiveMs = performance.now() - t0;
  }

  // Pasted text goes to the worker as a string: encoding 5 MB to UTF-8 (and counting lone UTF-16
  // surrogates, which TextEncoder replaces with U+FFFD) happens there, off the main thread.
  function loadText(text, source) {
    const id = nextId++;
    latestId = id;
    if (Module._riposte_set_busy) Module._riposte_set_busy(text.length);
    worker.postMessage({ id, text, source: source || 'paste' });
    return id;
  }
  function loadBytes(bytes, source) {
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
  glue.documentChanged = updateAccessibleMirror;
  glue.statusChanged = (text) => { $('a11y-status').textContent = text; };
  glue.ready = () => {
    $('loading').hidden = true;
    readyResolve();
  };
  glue.fatal = (message) => {
    $('loading').hidden = false;
    $('loading').textContent = message;
  };

  // --- clipboard: Ctrl+V anywhere ----------------------------------------------------------------
  document.addEventListener('paste', (e) => {
    if (!Module._riposte_wants_text_input) return;
    const t0 = performance.now();
    const text = (e.clipboardData || window.clipboardData).getData('text/plain');
    if (e.target && (e.target.tagName === 'TEXTAREA' || e.target.tagName === 'INPUT')) return;  // the paste dialog
    if (Module._riposte_wants_text_input()) {
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

  // --- files: the button and drag and drop (raw bytes: the engine repairs invalid UTF-8) ---------
  $('file-input').addEventListener('change', async (e) => {
    const file = e.target.files && e.target.files[0];
    if (file) loadBytes(new Uint8Array(await file.arrayBuffer()), 'file');
    e.target.value = '';
  });
  document.addEventListener('dragover', (e) => e.preventDefault());
  document.addEventListener('drop', async (e) => {
    e.preventDefault();
    const file = e.dataTransfer.files && e.dataTransfer.files[0];
    if (file) loadBytes(new Uint8Array(await file.arrayBuffer()), 'file');
    else if (e.dataTransfer.getData('text/plain')) loadText(e.dataTransfer.getData('text/plain'), 'paste');
  });

  // --- the accessible mirror: the canvas is invisible to screen readers and to find-in-page -----
  function updateAccessibleMirror() {
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
    undo: () => Module._riposte_undo(),
    selectClaim: (i) => Module._riposte_select_claim(i),
    frameStats: () => readJson(Module._riposte_frame_stats()),
    showHelp: (on) => Module._riposte_set_help(on ? 1 : 0),
    glue,
  };

  startWorker();
})();
