// Runs the engine (riposte-engine.wasm, engine only) off the main thread; buffers are freed in a finally, and
// after an error the page starts a new worker (web/riposte-glue.js). Messages in:
// {id, bytes: Uint8Array or text: string, source, loneSurrogates, json}; out: {id, blob: Uint8Array, ms, heapInUse, ...}
// or {id, error}. heapInUse: the worker's malloc'd bytes once the article's buffers are freed (tests: no leak).
'use strict';
let ready = false;
const queue = [];
var Module = {
  onRuntimeInitialized() {
    Module._riposte_worker_warm_up();   // compile the lexicons before the first article arrives
    ready = true;
    for (const msg of queue.splice(0)) handle(msg);
  },
  print: (t) => console.log('[engine] ' + t),
  printErr: (t) => console.warn('[engine] ' + t),
};
importScripts('riposte-engine.js');

// Lone UTF-16 surrogates cannot be encoded: TextEncoder replaces each with U+FFFD; count them so the page
// reports the repair like the engine's UTF-8 repair.
function countLoneSurrogates(text) {
  if (typeof text.isWellFormed === 'function' && text.isWellFormed()) return 0;
  const m = text.match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g);
  return m ? m.length : 0;
}

function handle(msg) {
  const { id, source, json } = msg;
  let { bytes, loneSurrogates } = msg;
  try {
    if (typeof msg.text === 'string') {
      loneSurrogates = countLoneSurrogates(msg.text);
      bytes = new TextEncoder().encode(msg.text);
    }
    const ptr = Module._malloc(Math.max(1, bytes.length));
    let blob, ms;
    try {
      Module.HEAPU8.set(bytes, ptr);
      const t0 = performance.now();
      const n = Module._riposte_worker_annotate(ptr, bytes.length, json ? 1 : 0);
      ms = performance.now() - t0;
      const at = Module._riposte_worker_result();
      blob = Module.HEAPU8.slice(at, at + n);
    } finally {
      // Also when the engine threw: the input and the last result are freed (if the wasm aborted, these throw
      // too, and the page replaces the worker anyway).
      try {
        Module._free(ptr);
        Module._riposte_worker_release();
      } catch (e) { /* the original error is the one to report */ }
    }
    postMessage({ id, blob, ms, source, loneSurrogates, json: !!json,
                 heapInUse: Module._riposte_worker_heap_in_use() }, [blob.buffer]);
  } catch (err) {
    // The page replaces this worker after any error (its wasm state may be broken).
    postMessage({ id, error: String(err && err.message || err) });
  }
}

onmessage = (e) => { if (ready) handle(e.data); else queue.push(e.data); };
