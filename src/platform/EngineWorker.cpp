// The engine alone, compiled to its own wasm and run in a Web Worker (web/engine-worker.js), so that
// annotating a large paste never blocks the page's main thread. It returns the annotated document in
// the compact binary form of engine/document_codec.h, or as riposte/1 JSON on request.
#include <emscripten/emscripten.h>
#include <malloc.h>

#include <string>

#include "engine/annotator.h"
#include "engine/formats/document_codec.h"
#include "engine/formats/json_writer.h"

namespace {

struct WorkerState {
  riposte::Annotator annotator;
  std::string result;
};
WorkerState* g_worker = nullptr;  // created on first use: the lexicons compile once per worker

WorkerState& worker() {
  if (!g_worker) g_worker = new WorkerState();
  return *g_worker;
}

}  // namespace

extern "C" {

// Annotates len bytes at input (any bytes: invalid UTF-8 is repaired) and returns the size of the
// result, which riposte_worker_result() points at until the next call. as_json: riposte/1 JSON
// instead of the binary form.
EMSCRIPTEN_KEEPALIVE uint32_t riposte_worker_annotate(const char* input, uint32_t len, int as_json) {
  WorkerState& w = worker();
  const riposte::Document doc = w.annotator.annotate(std::string_view(input, len));
  w.result = as_json ? riposte::to_json_string(doc) : riposte::encode_document(doc);
  return static_cast<uint32_t>(w.result.size());
}

EMSCRIPTEN_KEEPALIVE const char* riposte_worker_result() { return worker().result.data(); }

// Frees the last result once the page has copied it out (a 5 MB article's would otherwise stay until the next).
EMSCRIPTEN_KEEPALIVE void riposte_worker_release() {
  if (g_worker) std::string().swap(g_worker->result);
}

EMSCRIPTEN_KEEPALIVE void riposte_worker_warm_up() { worker(); }

// Bytes of the worker's heap in use (malloc'd, not freed): after an article, what the engine keeps between
// articles (lexicons, model), whatever the article's size; tests check that input and result were freed.
EMSCRIPTEN_KEEPALIVE uint32_t riposte_worker_heap_in_use() { return static_cast<uint32_t>(mallinfo().uordblks); }
}
