// Runs the engine (riposte-engine.wasm, engine only) off the main thread. Messages in:
// {id, bytes: Uint8Array or text: string, source, loneSurrogates, json}; out: {id, blob: Uint8Array, ms, ...} or {id, error}.
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
    Module.HEAPU8.set(bytes, ptr);
    const t0 = performance.now();
    const n = Module._riposte_worker_annotate(ptr, bytes.length, json ? 1 : 0);
    const ms = performance.now() - t0;
    Module._free(ptr);
    const at = Module._riposte_worker_result();
    const blob = Module.HEAPU8.slice(at, at + n);
    postMessage({ id, blob, ms, source, loneSurrogates, json: !!json }, [blob.buffer]);
  } catch (err) {
    postMessage({ id, error: String(err && err.message || err) });
  }
}

onmessage = (e) => { if (ready) handle(e.data); else queue.push(e.data); };
