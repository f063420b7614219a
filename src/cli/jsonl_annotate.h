// `riposte annotate --jsonl`: one {"id","text"} object per input line, one riposte/1 document (plus "id") per output
// line, in input order, on any number of threads.
//
// The input is read in blocks of whole lines (batches); up to `jobs` threads annotate batches while the calling
// thread reads the next ones and writes finished batches in input order. At most a fixed window of batches is in
// flight, so memory stays flat however long the input is. Every line goes through the same function whatever the
// thread, so the output is byte-identical for every --jobs.
#pragma once
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>

#include "engine/annotator.h"

namespace riposte::cli {

struct JsonlOptions {
  int jobs = 1;                    // threads that annotate (1: everything on the calling thread)
  bool progress = false;           // progress lines on `err`
  double progress_every_s = 1.0;   // at most one progress line per this many seconds (0: after every batch)
  size_t batch_bytes = 64 * 1024;  // input read per batch (whole lines; a longer line makes a longer batch)
};

struct JsonlTally {
  size_t documents = 0;  // lines annotated
  size_t failed = 0;     // lines answered with {"id","error"}
  uint64_t bytes = 0;    // input bytes read
  bool read_error = false;
};

// Annotates the JSONL stream `src` (called `name` in messages; `size`: its length in bytes when known, for the
// percentage and ETA of --progress) onto `out`. Bad lines are reported on `err` and answered with an
// {"id","error"} line; the others are kept.
JsonlTally annotate_jsonl_stream(const Annotator& engine, std::istream& src, const std::string& name,
                                 std::optional<uint64_t> size, const JsonlOptions& options, std::ostream& out,
                                 std::ostream& err);

// The --jobs default: every core the machine reports (at least 1; 1 where threads are unavailable).
int default_jobs();

}  // namespace riposte::cli
