// Engine benchmarks (not tests): throughput over the BBC corpus and the seed-article latency.
// The same source builds natively (build/bench/riposte_bench) and for Node (build-wasm/bench/riposte_bench.js,
// NODERAWFS so it reads the corpus from disk). Definitions: bench/README.md and DECISIONS.md "Benchmark definitions".
//
//   riposte_bench throughput [--corpus DIR] [--min-mb N] [--passes P]
//       BBC *.txt files repeated to >= N MB (default 10); one warm-up pass, then the median of P timed passes (3)
//   riposte_bench seed [--file F] [--runs N]                median of N warm runs (default 100)
//   riposte_bench                                            both
//   riposte_bench edit [--corpus DIR] [--runs N]             apply_edit on one 5 MB document (the BBC files joined):
//       the median of N runs (default 5) per edit kind, each on a fresh copy (copying is not timed)
// Each measurement ends with one line "RESULT {json}" that bench/run_all.mjs collects into the table.
//
// [SECTION] Corpus loading
// [SECTION] Memory
// [SECTION] Throughput
// [SECTION] Seed latency
// [SECTION] Edit latency
// [SECTION] main
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "engine/annotator.h"
#include "engine/document/document_edit.h"
#include "engine/formats/json_writer.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

#ifndef RIPOSTE_SHARED_DIR
#define RIPOSTE_SHARED_DIR "../shared"
#endif

namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

#ifdef __EMSCRIPTEN__
constexpr const char* kPlatform = "wasm";
#else
constexpr const char* kPlatform = "native";
#endif

// [SECTION] Corpus loading
bool read_file(const std::string& path, std::string& out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return false;
  out.assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
  return !f.bad();
}

// Every DIR/*/*.txt, sorted by path (byte order) so the native, WASM and wink runs see the same sequence.
std::vector<std::string> load_bbc(const std::string& dir) {
  std::vector<std::string> paths;
  std::error_code ec;
  for (fs::directory_iterator cat(dir, ec), end; !ec && cat != end; cat.increment(ec)) {
    if (!cat->is_directory(ec)) continue;
    for (fs::directory_iterator f(cat->path(), ec); !ec && f != end; f.increment(ec))
      if (f->path().extension() == ".txt") paths.push_back(f->path().string());
    ec.clear();
  }
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> texts;
  texts.reserve(paths.size());
  for (const auto& p : paths) {
    std::string t;
    if (read_file(p, t)) texts.push_back(std::move(t));
  }
  return texts;
}

// [SECTION] Memory
// Peak resident set size in kB from /proc/self/status (VmHWM). Under Node with NODERAWFS this reads the
// Node process's own status file, so the WASM figure is the whole Node process, like wink's.
long peak_rss_kb() {
  std::ifstream f("/proc/self/status");
  std::string line;
  while (std::getline(f, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::strtol(line.c_str() + 6, nullptr, 10);
  return -1;
}

long wasm_heap_kb() {
#ifdef __EMSCRIPTEN__
  return static_cast<long>(__builtin_wasm_memory_size(0) * 64);  // 64 KiB pages; linear memory never shrinks
#else
  return -1;
#endif
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// CPU seconds used by this process. The machine is shared, so wall time also counts other processes' turns;
// CPU time does not (caches are still shared). Under Node, the process's CPU time (process.cpuUsage()).
double cpu_seconds() {
#ifdef __EMSCRIPTEN__
  return EM_ASM_DOUBLE({
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  });
#else
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
#endif
}

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

// Sums what the engine found so the optimiser cannot drop the work, and so runs can be compared.
struct Tally {
  size_t docs = 0, bytes = 0, tokens = 0, sentences = 0, mentions = 0, actors = 0, claims = 0;
  void add(const riposte::Document& d, size_t input_bytes) {
    ++docs, bytes += input_bytes, tokens += d.tokens.size(), sentences += d.sentences.size();
    mentions += d.mentions.size(), actors += d.actors.size(), claims += d.claims.size();
  }
};

// [SECTION] Throughput
int run_throughput(const std::string& corpus, double min_mb, int passes) {
  const auto texts = load_bbc(corpus);
  size_t corpus_bytes = 0;
  for (const auto& t : texts) corpus_bytes += t.size();
  if (texts.empty() || corpus_bytes == 0) {
    std::fprintf(stderr, "riposte_bench: no *.txt files under %s/*/\n", corpus.c_str());
    return 1;
  }
  // Whole passes over the corpus until at least min_mb megabytes (10^6 bytes) have been annotated.
  const size_t target = static_cast<size_t>(min_mb * 1e6);
  const size_t repeats = (target + corpus_bytes - 1) / corpus_bytes;
  const riposte::Annotator engine;
  auto pass = [&](bool with_json, Tally& tally, size_t& json_bytes) {
    for (size_t r = 0; r < repeats; ++r)
      for (const auto& t : texts) {
        riposte::Document d = engine.annotate(t);
        if (with_json) json_bytes += riposte::to_json_string(d).size();
        tally.add(d, t.size());
      }
  };
  size_t json_bytes = 0;
  Tally warm, timed, timed_json;
  pass(false, warm, json_bytes);  // warm-up: caches, allocator, lazily built tables
  // The machine is shared, so one pass is noisy: time `passes` passes and report the median one.
  std::vector<double> pass_secs, pass_cpu;
  for (int p = 0; p < passes; ++p) {
    timed = Tally{};
    const double c0 = cpu_seconds();
    const auto t0 = Clock::now();
    pass(false, timed, json_bytes);
    pass_secs.push_back(seconds_since(t0));
    pass_cpu.push_back(cpu_seconds() - c0);
  }
  const double secs = median(pass_secs);
  const double cpu = median(pass_cpu);
  const double best = *std::min_element(pass_secs.begin(), pass_secs.end());
  const long rss_kb = peak_rss_kb();
  const auto t0 = Clock::now();
  pass(true, timed_json, json_bytes);
  const double secs_json = seconds_since(t0);
  const double mb = timed.bytes / 1e6;
  std::printf(
      "%s throughput: %zu documents, %.2f MB (%zu files x %zu), median of %d passes %.3f s -> %.2f MB/s "
      "(best %.2f; per CPU second %.2f); with to_json %.2f MB/s\n",
      kPlatform, timed.docs, mb, texts.size(), repeats, passes, secs, mb / secs, mb / best, mb / cpu, mb / secs_json);
  std::printf("  peak RSS %.1f MB%s; found %zu tokens, %zu sentences, %zu mentions, %zu actors, %zu claims\n",
              rss_kb / 1024.0, kPlatform[0] == 'w' ? " (whole Node process)" : "", timed.tokens, timed.sentences,
              timed.mentions, timed.actors, timed.claims);
  std::printf(
      "RESULT {\"bench\":\"throughput\",\"platform\":\"%s\",\"engine\":\"%s\",\"files\":%zu,\"repeats\":%zu,"
      "\"docs\":%zu,\"bytes\":%zu,\"passes\":%d,\"seconds\":%.6f,\"mb_per_s\":%.4f,\"mb_per_s_best\":%.4f,\"mb_per_cpu_"
      "s\":%.4f,\"mb_per_s_with_json\":%.4f,"
      "\"peak_rss_kb\":%ld,\"wasm_heap_kb\":%ld,\"tokens\":%zu,\"sentences\":%zu,\"mentions\":%zu,"
      "\"actors\":%zu,\"claims\":%zu}\n",
      kPlatform, std::string(riposte::kEngineVersion).c_str(), texts.size(), repeats, timed.docs, timed.bytes, passes,
      secs, mb / secs, mb / best, mb / cpu, mb / secs_json, rss_kb, wasm_heap_kb(), timed.tokens, timed.sentences,
      timed.mentions, timed.actors, timed.claims);
  return 0;
}

// [SECTION] Seed latency
int run_seed(const std::string& path, int runs) {
  std::string text;
  if (!read_file(path, text) || text.empty()) {
    std::fprintf(stderr, "riposte_bench: cannot read %s\n", path.c_str());
    return 1;
  }
  if (runs < 1) runs = 1;
  const riposte::Annotator engine;
  size_t sink = 0;
  for (int i = 0; i < 10; ++i) sink += engine.annotate(text).mentions.size();  // warm
  std::vector<double> annotate_ms, json_ms;
  for (int i = 0; i < runs; ++i) {
    auto t0 = Clock::now();
    riposte::Document d = engine.annotate(text);
    const double a = seconds_since(t0) * 1e3;
    sink += riposte::to_json_string(d).size();
    annotate_ms.push_back(a);
    json_ms.push_back(seconds_since(t0) * 1e3);
  }
  std::vector<double> sorted = annotate_ms;
  std::sort(sorted.begin(), sorted.end());
  const double p90 = sorted[std::min(sorted.size() - 1, static_cast<size_t>(0.9 * sorted.size()))];
  std::printf(
      "%s seed article (%zu bytes): median %.3f ms over %d warm runs (min %.3f, p90 %.3f); "
      "with to_json %.3f ms [sink %zu]\n",
      kPlatform, text.size(), median(annotate_ms), runs, sorted.front(), p90, median(json_ms), sink);
  std::printf(
      "RESULT {\"bench\":\"seed\",\"platform\":\"%s\",\"bytes\":%zu,\"runs\":%d,\"median_ms\":%.4f,"
      "\"min_ms\":%.4f,\"p90_ms\":%.4f,\"median_ms_with_json\":%.4f}\n",
      kPlatform, text.size(), runs, median(annotate_ms), sorted.front(), p90, median(json_ms));
  return 0;
}

// [SECTION] Edit latency
// Every edit is one person's click on the page: it must stay interactive (< 50 ms) on the largest article the page
// takes (5 MB), where an edit is linear in mentions, actors and claims.
int run_edit(const std::string& corpus, int runs) {
  const std::vector<std::string> texts = load_bbc(corpus);
  if (texts.empty()) {
    std::fprintf(stderr, "riposte_bench: no *.txt under %s\n", corpus.c_str());
    return 1;
  }
  std::string text;
  for (size_t i = 0; text.size() < 5000000; i = (i + 1) % texts.size()) text += texts[i] + "\n\n";
  const riposte::Annotator engine;
  auto t0 = Clock::now();
  const riposte::Document doc = engine.annotate(text);
  const double annotate_s = seconds_since(t0);
  if (doc.actors.size() < 3 || doc.claims.size() < 2 || doc.mentions.size() < 10) {
    std::fprintf(stderr, "riposte_bench: the joined corpus gave too few actors or claims to edit\n");
    return 1;
  }
  // The two actors with the most mentions (the heaviest merge), and spans from the middle of the text.
  std::vector<size_t> count(doc.actors.size(), 0);
  for (const auto& m : doc.mentions) ++count[m.actor];
  std::vector<int> order(doc.actors.size());
  for (size_t a = 0; a < order.size(); ++a) order[a] = static_cast<int>(a);
  std::sort(order.begin(), order.end(), [&](int a, int b) { return count[a] > count[b]; });
  const std::string& big = doc.actors[order[0]].name;
  const std::string& second = doc.actors[order[1]].name;
  const riposte::Mention& mid = doc.mentions[doc.mentions.size() / 2];
  const riposte::Token& word = doc.tokens[doc.tokens.size() / 2];
  std::vector<riposte::Span> some;
  for (const auto& m : doc.mentions)
    if (m.actor == order[0] && some.size() < 50) some.push_back(m.span);
  namespace edit = riposte::edit;
  const std::pair<const char*, riposte::Edit> edits[] = {
      {"add_mention (new actor)", edit::AddMention{word.span, "Benchmark person", riposte::ActorKind::Person}},
      {"add_mention (existing)", edit::AddMention{word.span, big, riposte::ActorKind::Person}},
      {"remove_mention", edit::RemoveMention{mid.span}},
      {"rename_actor", edit::RenameActor{big, "Benchmark renamed"}},
      {"merge_actors (largest two)", edit::MergeActors{second, big}},
      {"split_actor (50 mentions)", edit::SplitActor{big, "Benchmark split", riposte::ActorKind::Group, some}},
      {"set_affiliation", edit::SetAffiliation{second, big}},
      {"set_claim_kind", edit::SetClaimKind{riposte::claim_ref(doc, static_cast<int>(doc.claims.size() / 2)),
                                            riposte::ClaimKind::Support}},
      {"add_claim", edit::AddClaim{riposte::ClaimKind::Accusation, big, second, word.span, {}, std::nullopt}},
      {"delete_claim", edit::DeleteClaim{riposte::claim_ref(doc, 0)}},
  };
  std::printf(
      "%s edit latency: one document of %.2f MB (%zu mentions, %zu actors, %zu claims; annotated in %.2f s), "
      "median of %d runs per edit\n",
      kPlatform, doc.text.size() / 1e6, doc.mentions.size(), doc.actors.size(), doc.claims.size(), annotate_s, runs);
  double worst = 0;
  std::string kinds;
  for (const auto& [name, e] : edits) {
    std::vector<double> ms;
    bool ok = true;
    for (int r = 0; r < runs; ++r) {
      riposte::Document copy = doc;
      t0 = Clock::now();
      const riposte::EditOutcome outcome = riposte::apply_edit(copy, e);
      ms.push_back(seconds_since(t0) * 1e3);
      ok = ok && outcome.ok;
      if (!outcome.ok) std::fprintf(stderr, "riposte_bench: %s refused: %s\n", name, outcome.error.c_str());
    }
    const double med = median(ms);
    worst = std::max(worst, med);
    std::printf("  %-28s %8.3f ms%s\n", name, med, ok ? "" : " (refused)");
    char entry[96];
    std::snprintf(entry, sizeof entry, "%s\"%s\":%.4f", kinds.empty() ? "" : ",", name, med);
    kinds += entry;
  }
  std::printf(
      "RESULT {\"bench\":\"edit\",\"platform\":\"%s\",\"bytes\":%zu,\"mentions\":%zu,\"actors\":%zu,"
      "\"claims\":%zu,\"runs\":%d,\"max_median_ms\":%.4f,\"median_ms\":{%s}}\n",
      kPlatform, doc.text.size(), doc.mentions.size(), doc.actors.size(), doc.claims.size(), runs, worst,
      kinds.c_str());
  return 0;
}

}  // namespace

// [SECTION] main
int main(int argc, char** argv) {
  std::string mode = "all";
  std::string corpus = RIPOSTE_SHARED_DIR "/corpora/bbc";
  std::string seed = RIPOSTE_SHARED_DIR "/eval/dev/efe-china-us-cyber.txt";
  double min_mb = 10;
  int runs = -1;  // per mode: 100 seed runs, 5 edit runs
  int passes = 3;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const bool has_value = i + 1 < argc;
    if (a == "throughput" || a == "seed" || a == "all" || a == "edit")
      mode = a;
    else if (a == "--corpus" && has_value)
      corpus = argv[++i];
    else if (a == "--min-mb" && has_value)
      min_mb = std::atof(argv[++i]);
    else if (a == "--file" && has_value)
      seed = argv[++i];
    else if (a == "--runs" && has_value)
      runs = std::atoi(argv[++i]);
    else if (a == "--passes" && has_value)
      passes = std::atoi(argv[++i]);
    else {
      std::fprintf(stderr,
                   "usage: riposte_bench [throughput|seed|all|edit] [--corpus DIR] [--min-mb N] [--file F] [--runs N] "
                   "[--passes N]\n");
      return 2;
    }
  }
  if (mode == "edit") return run_edit(corpus, runs < 1 ? 5 : runs);
  int rc = 0;
  if (mode != "seed") rc |= run_throughput(corpus, min_mb, std::max(1, passes));
  if (mode != "throughput") rc |= run_seed(seed, runs < 1 ? 100 : runs);
  return rc;
}
