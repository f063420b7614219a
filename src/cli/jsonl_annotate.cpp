// [SECTION] Batches: whole lines in, output lines and messages out
// [SECTION] Reading batches
// [SECTION] Workers: threads that annotate batches
// [SECTION] Progress on standard error
// [SECTION] The stream: read, annotate (here or on the workers), write in order
#include "cli/jsonl_annotate.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <exception>
#include <istream>
#include <memory>
#include <mutex>
#include <ostream>
#include <string_view>
#include <thread>
#include <vector>

#include "cli/jsonl_line.h"
#include "engine/formats/json_writer.h"

namespace riposte::cli {
namespace {

// [SECTION] Batches: whole lines in, output lines and messages out
struct Batch {
  std::string input;      // whole lines, each ending in '\n' (the stream's last line may lack it)
  size_t first_line = 1;  // the line number of the first line
  std::string output;     // one output line per non-blank input line
  std::string messages;   // what goes to standard error, in order
  size_t documents = 0, failed = 0;
  bool done = false;
  std::exception_ptr exception;  // an annotation that threw (out of memory): rethrown by the writer
};

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos; }

void error_line(Batch& b, const std::string& name, size_t line_no, const InputLine& line) {
  ++b.failed;
  b.messages += "riposte: " + name + ":" + std::to_string(line_no) + ": " + line.problem + "; skipped\n";
  b.output += "{\"error\":";  // nlohmann's key order: "error" < "id"
  append_json_string(b.output, line.problem);
  b.output += ",\"id\":";
  b.output += line.id_json;
  b.output += "}\n";
}

// Annotates every line of a batch: the one function every thread runs, so --jobs never changes a byte.
void annotate_batch(const Annotator& engine, const std::string& name, Batch& b) {
  InputLine line;
  size_t line_no = b.first_line;
  std::string_view rest = b.input;
  b.output.reserve(b.input.size() * 3);
  while (!rest.empty()) {
    const size_t nl = rest.find('\n');
    const std::string_view text = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    const size_t no = line_no++;
    if (blank(text)) continue;
    parse_input_line(text, no, line);
    if (!line.problem.empty()) {
      error_line(b, name, no, line);
      continue;
    }
    const Document doc = engine.annotate(line.text);
    append_json(b.output, doc, std::string_view(line.id_json));
    b.output += '\n';
    ++b.documents;
  }
}

// [SECTION] Reading batches
// Blocks of about `target` bytes cut after a newline; a line longer than that makes a longer batch.
class BatchReader {
 public:
  BatchReader(std::istream& src, size_t target) : src_(src), target_(std::max<size_t>(target, 1)) {}

  bool next(Batch& b) {
    std::string data = std::move(carry_);
    carry_.clear();
    size_t scanned = 0, last_newline = std::string::npos;
    for (;;) {
      const size_t nl = data.rfind('\n');
      if (nl != std::string::npos && nl >= scanned) last_newline = nl;
      scanned = data.size();
      if (eof_ || (data.size() >= target_ && last_newline != std::string::npos)) break;
      const size_t old = data.size(), want = std::max(target_, old / 2);
      data.resize(old + want);
      src_.read(data.data() + old, static_cast<std::streamsize>(want));
      const size_t got = static_cast<size_t>(src_.gcount());
      data.resize(old + got);
      bytes_ += got;
      if (got < want) eof_ = true;
    }
    if (data.empty()) return false;
    const size_t cut = eof_ ? data.size() : last_newline + 1;
    carry_.assign(data, cut, std::string::npos);
    data.resize(cut);
    b.first_line = next_line_;
    next_line_ += static_cast<size_t>(std::count(data.begin(), data.end(), '\n'));
    b.input = std::move(data);
    return true;
  }

  uint64_t bytes_read() const { return bytes_; }

 private:
  std::istream& src_;
  size_t target_;
  std::string carry_;  // the start of a line whose end is not read yet
  size_t next_line_ = 1;
  uint64_t bytes_ = 0;
  bool eof_ = false;
};

// [SECTION] Workers: threads that annotate batches
class Workers {
 public:
  Workers(const Annotator& engine, const std::string& name, int count) : engine_(engine), name_(name) {
    for (int i = 0; i < count; ++i) threads_.emplace_back([this] { loop(); });
  }
  ~Workers() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stopping_ = true;
    }
    work_ready_.notify_all();
    for (std::thread& t : threads_) t.join();
  }
  Workers(const Workers&) = delete;
  Workers& operator=(const Workers&) = delete;

  void submit(Batch* b) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      queue_.push_back(b);
    }
    work_ready_.notify_one();
  }
  void wait(const Batch& b) {
    std::unique_lock<std::mutex> lock(mutex_);
    batch_done_.wait(lock, [&] { return b.done; });
  }
  bool done(const Batch& b) {
    std::lock_guard<std::mutex> lock(mutex_);
    return b.done;
  }

 private:
  void loop() {
    for (;;) {
      Batch* b;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        work_ready_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
        if (queue_.empty()) return;
        b = queue_.front();
        queue_.pop_front();
      }
      try {
        annotate_batch(engine_, name_, *b);
      } catch (...) {
        b->exception = std::current_exception();
      }
      {
        std::lock_guard<std::mutex> lock(mutex_);
        b->done = true;
      }
      batch_done_.notify_all();
    }
  }

  const Annotator& engine_;
  const std::string& name_;
  std::vector<std::thread> threads_;
  std::mutex mutex_;
  std::condition_variable work_ready_, batch_done_;
  std::deque<Batch*> queue_;
  bool stopping_ = false;
};

// [SECTION] Progress on standard error
// "riposte: corpus.jsonl: 1200 documents, 412 documents/s, 23.1%, ETA 0:42" at most once per interval (stdin:
// no percentage or ETA), then "riposte: corpus.jsonl: done: 4450 documents, 0 errors in 6.2 s, 716 documents/s,
// 1.66 MB/s".
class Progress {
 public:
  Progress(const JsonlOptions& options, const std::string& name, std::optional<uint64_t> size, std::ostream& err)
      : on_(options.progress), every_s_(options.progress_every_s), name_(name), size_(size), err_(err) {}

  void update(const JsonlTally& t, uint64_t bytes_written) {
    if (!on_) return;
    const double now = seconds();
    if (now - last_ < every_s_) return;
    last_ = now;
    const size_t docs = t.documents + t.failed;
    char line[160];
    int n = std::snprintf(line, sizeof line, "riposte: %s: %zu documents, %.0f documents/s", name_.c_str(), docs,
                          now > 0 ? docs / now : 0.0);
    if (size_ && *size_ > 0 && n > 0 && n < static_cast<int>(sizeof line)) {
      const double done = std::min(1.0, static_cast<double>(bytes_written) / static_cast<double>(*size_));
      const double eta = done > 0 ? now * (1 - done) / done : 0;
      std::snprintf(line + n, sizeof line - n, ", %.1f%%, ETA %s", done * 100, clock_text(eta).c_str());
    }
    err_ << line << '\n' << std::flush;
  }

  void finish(const JsonlTally& t) {
    if (!on_) return;
    const double s = std::max(seconds(), 1e-9);
    const size_t docs = t.documents + t.failed;
    char line[200];
    std::snprintf(line, sizeof line,
                  "riposte: %s: done: %zu documents, %zu errors in %.1f s, %.0f documents/s, %.2f MB/s", name_.c_str(),
                  docs, t.failed, s, docs / s, t.bytes / 1e6 / s);
    err_ << line << '\n' << std::flush;
  }

 private:
  double seconds() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0_).count(); }
  static std::string clock_text(double s) {  // "0:42", "12:05", "1:02:09"
    const long total = static_cast<long>(s + 0.5);
    char buf[32];
    if (total >= 3600)
      std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
    else
      std::snprintf(buf, sizeof buf, "%ld:%02ld", total / 60, total % 60);
    return buf;
  }

  bool on_;
  double every_s_;
  const std::string& name_;
  std::optional<uint64_t> size_;
  std::ostream& err_;
  std::chrono::steady_clock::time_point t0_ = std::chrono::steady_clock::now();
  double last_ = 0;
};

}  // namespace

// [SECTION] The stream: read, annotate (here or on the workers), write in order
int default_jobs() {
#ifdef __EMSCRIPTEN__
  return 1;  // the WebAssembly build has no threads
#else
  return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
#endif
}

JsonlTally annotate_jsonl_stream(const Annotator& engine, std::istream& src, const std::string& name,
                                 std::optional<uint64_t> size, const JsonlOptions& options, std::ostream& out,
                                 std::ostream& err) {
  JsonlTally tally;
  Progress progress(options, name, size, err);
  BatchReader reader(src, options.batch_bytes);
  uint64_t bytes_written = 0;
  const auto write = [&](Batch& b) {
    if (b.exception) std::rethrow_exception(b.exception);
    out.write(b.output.data(), static_cast<std::streamsize>(b.output.size()));
    err << b.messages;
    tally.documents += b.documents;
    tally.failed += b.failed;
    bytes_written += b.input.size();
    progress.update(tally, bytes_written);
  };
  int jobs = std::max(1, options.jobs);
#ifdef __EMSCRIPTEN__
  jobs = 1;
#endif
  if (jobs == 1) {
    for (Batch b; reader.next(b); b = Batch{}) {
      annotate_batch(engine, name, b);
      write(b);
    }
  } else {
    // A window of batches in flight, written in input order as they finish: bounded memory, ordered output.
    const size_t window = static_cast<size_t>(jobs) * 4;
    std::deque<std::unique_ptr<Batch>> in_flight;
    Workers workers(engine, name, jobs);
    const auto write_front = [&] {
      workers.wait(*in_flight.front());
      write(*in_flight.front());
      in_flight.pop_front();
    };
    for (;;) {
      auto b = std::make_unique<Batch>();
      if (!reader.next(*b)) break;
      while (in_flight.size() >= window) write_front();
      workers.submit(b.get());
      in_flight.push_back(std::move(b));
      while (!in_flight.empty() && workers.done(*in_flight.front())) write_front();
    }
    while (!in_flight.empty()) write_front();
  }
  out.flush();
  tally.bytes = reader.bytes_read();
  tally.read_error = src.bad();
  progress.finish(tally);
  return tally;
}

}  // namespace riposte::cli
