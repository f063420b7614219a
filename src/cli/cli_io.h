// Input, output and messages shared by the `link` and `export` commands.
#pragma once
#include <iosfwd>
#include <string>

#include "engine/document/document.h"
#include "engine/result.h"

namespace riposte::cli {

// Reads a whole file, or standard input for "-".
Result<std::string> read_all(const std::string& path, std::istream& in);

// Prints "riposte: MESSAGE (see 'riposte --help')" and returns the usage exit code (2).
int usage(std::ostream& err, const std::string& message);
// Prints "riposte: MESSAGE" and returns the unreadable-input exit code (1).
int failure(std::ostream& err, const std::string& message);

// A riposte/1 JSON document (when the input's first visible character is '{') or plain text, which is
// annotated by the engine. Fails on unreadable input or an invalid JSON document; reports repaired
// UTF-8 on `err`.
Result<Document> read_document(const std::string& path, std::istream& in, std::ostream& err);

// Writes `data` to the file `path` (binary, replacing it).
bool write_file(const std::string& path, const std::string& data);

}  // namespace riposte::cli
