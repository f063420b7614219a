// `riposte cue-features [--gate WORDS] [--model FILE] FILE|-`: the cue detector's training data. Reads {"id","text"}
// lines and writes, per line, {"id", "tokens": [{"start", "end", "token", "sentence", "features", "word", "before",
// "quoted", "separators", "stage1", "p"}, ...]}: every candidate cue word (those of the model's gate, or with --gate,
// the words listed one per line in WORDS) with its stage-1 feature names, what stage 2 needs (cue_detector.h) and
// the model's probabilities (the embedded model, or the weights file FILE). scripts/train-attribution-model reads
// them. Offsets are code points.
#pragma once
#include <iosfwd>
#include <string>
#include <vector>

namespace riposte::cli {

int cue_features_command(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace riposte::cli
