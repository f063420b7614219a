// [SECTION] Scanner: a strict reader of one JSON object, unsure of anything unusual
// [SECTION] parse_input_line: the scanner, else nlohmann::json
#include "cli/jsonl_line.h"

#include <charconv>
#include <nlohmann/json.hpp>

#include "engine/formats/json_writer.h"
#include "engine/text/utf8.h"

namespace riposte::cli {
namespace {

// [SECTION] Scanner: a strict reader of one JSON object, unsure of anything unusual
// Reads `{"key": value, ...}` and keeps "text" and "id". It answers only when the line is certainly valid JSON and
// certainly written back the way nlohmann would write it: plain keys (no escapes), "text" a string, "id" a string or
// a small integer, neither repeated. Anything else (other numbers as ids, escaped keys, deep nesting, invalid
// UTF-8, errors of any kind) makes it unsure, and nlohmann::json decides.
class Scanner {
 public:
  explicit Scanner(std::string_view s) : s_(s) {}

  bool object(InputLine& out) {
    bool have_text = false, have_id = false;
    space();
    if (!take('{')) return false;
    space();
    if (take('}')) return false;  // no "text": let the reference say so
    for (;;) {
      std::string_view key;
      if (!plain_key(key)) return false;
      space();
      if (!take(':')) return false;
      space();
      if (key == "text") {
        if (have_text || peek() != '"') return false;
        out.text.clear();
        if (!string(&out.text)) return false;
        have_text = true;
      } else if (key == "id") {
        if (have_id || !id(out.id_json)) return false;
        have_id = true;
      } else if (!skip_value(0)) {
        return false;
      }
      space();
      if (take(',')) {
        space();
        continue;
      }
      if (!take('}')) return false;
      break;
    }
    space();
    if (i_ != s_.size() || !have_text) return false;
    if (!have_id) out.id_json.clear();  // the caller writes the line number
    return true;
  }

 private:
  char peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }
  bool take(char c) {
    if (peek() != c) return false;
    ++i_;
    return true;
  }
  void space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }

  // A key of printable ASCII without escapes (every key riposte's users write).
  bool plain_key(std::string_view& key) {
    if (!take('"')) return false;
    const size_t from = i_;
    while (i_ < s_.size()) {
      const auto b = static_cast<unsigned char>(s_[i_]);
      if (b == '"') {
        key = s_.substr(from, i_ - from);
        ++i_;
        return true;
      }
      if (b < 0x20 || b >= 0x80 || b == '\\') return false;
      ++i_;
    }
    return false;
  }

  // A JSON string at i_ (the opening quote), decoded into *out when out is not null. Refuses what nlohmann
  // refuses (control characters, bad escapes, lone surrogates, invalid UTF-8).
  bool string(std::string* out) {
    if (!take('"')) return false;
    size_t run = i_;
    while ((i_ = json_plain_run(s_, i_)) < s_.size()) {
      const auto b = static_cast<unsigned char>(s_[i_]);
      if (b >= 0x80) {
        const size_t len = well_formed_utf8_length(s_, i_);
        if (len == 0) return false;
        i_ += len;
        continue;
      }
      if (out) out->append(s_.data() + run, i_ - run);
      if (b == '"') {
        ++i_;
        return true;
      }
      if (b < 0x20) return false;
      if (!escape(out)) return false;  // at the backslash
      run = i_;
    }
    return false;
  }

  bool escape(std::string* out) {
    ++i_;  // the backslash
    const char e = peek();
    ++i_;
    char c;
    switch (e) {
      case '"':
        c = '"';
        break;
      case '\\':
        c = '\\';
        break;
      case '/':
        c = '/';
        break;
      case 'b':
        c = '\b';
        break;
      case 'f':
        c = '\f';
        break;
      case 'n':
        c = '\n';
        break;
      case 'r':
        c = '\r';
        break;
      case 't':
        c = '\t';
        break;
      case 'u': {
        char32_t cp;
        if (!hex4(cp)) return false;
        if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a low surrogate first
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          char32_t low;
          if (!(take('\\') && take('u') && hex4(low)) || low < 0xDC00 || low > 0xDFFF) return false;
          cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        if (out) append_utf8(*out, cp);
        return true;
      }
      default:
        return false;
    }
    if (out) *out += c;
    return true;
  }

  bool hex4(char32_t& cp) {
    if (i_ + 4 > s_.size()) return false;
    cp = 0;
    for (int k = 0; k < 4; ++k) {
      const char h = s_[i_++];
      int v;
      if (h >= '0' && h <= '9')
        v = h - '0';
      else if (h >= 'a' && h <= 'f')
        v = h - 'a' + 10;
      else if (h >= 'A' && h <= 'F')
        v = h - 'A' + 10;
      else
        return false;
      cp = (cp << 4) | static_cast<char32_t>(v);
    }
    return true;
  }

  // "id": a string (written back with nlohmann's escaping) or an integer nlohmann writes back unchanged.
  bool id(std::string& id_json) {
    id_json.clear();
    if (peek() == '"') {
      std::string value;
      if (!string(&value)) return false;
      append_json_string(id_json, value);
      return true;
    }
    const size_t from = i_;
    take('-');
    if (peek() == '0') {
      ++i_;
      if (i_ - from == 2) return false;  // "-0" is written back as 0
    } else {
      size_t digits = 0;
      while (peek() >= '0' && peek() <= '9') ++i_, ++digits;
      if (digits == 0 || digits > 18) return false;  // larger: nlohmann's unsigned and float rules decide
    }
    const char next = peek();
    if (next == '.' || next == 'e' || next == 'E' || (next >= '0' && next <= '9')) return false;
    id_json.assign(s_.substr(from, i_ - from));
    return true;
  }

  // Any other member's value, checked but not kept.
  bool skip_value(int depth) {
    if (depth > 32) return false;
    switch (peek()) {
      case '"':
        return string(nullptr);
      case '{':
        return skip_container('{', '}', depth, true);
      case '[':
        return skip_container('[', ']', depth, false);
      case 't':
        return word("true");
      case 'f':
        return word("false");
      case 'n':
        return word("null");
      default:
        return number();
    }
  }
  bool skip_container(char open, char close, int depth, bool keyed) {
    take(open);
    space();
    if (take(close)) return true;
    for (;;) {
      if (keyed) {
        std::string_view key;
        if (!plain_key(key)) return false;
        space();
        if (!take(':')) return false;
        space();
      }
      if (!skip_value(depth + 1)) return false;
      space();
      if (take(',')) {
        space();
        continue;
      }
      return take(close);
    }
  }
  bool word(std::string_view w) {
    if (s_.substr(i_, w.size()) != w) return false;
    i_ += w.size();
    return true;
  }
  bool number() {  // the JSON number grammar
    take('-');
    if (take('0')) {
    } else if (peek() >= '1' && peek() <= '9') {
      while (peek() >= '0' && peek() <= '9') ++i_;
    } else {
      return false;
    }
    if (take('.')) {
      if (!(peek() >= '0' && peek() <= '9')) return false;
      while (peek() >= '0' && peek() <= '9') ++i_;
    }
    if (peek() == 'e' || peek() == 'E') {
      ++i_;
      if (peek() == '+' || peek() == '-') ++i_;
      if (!(peek() >= '0' && peek() <= '9')) return false;
      while (peek() >= '0' && peek() <= '9') ++i_;
    }
    return true;
  }

  std::string_view s_;
  size_t i_ = 0;
};

void line_number_id(size_t line_no, std::string& id_json) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, line_no);
  id_json.assign(buf, r.ptr);
}

}  // namespace

// [SECTION] parse_input_line: the scanner, else nlohmann::json
void parse_input_line_reference(std::string_view line, size_t line_no, InputLine& out) {
  out.text.clear();
  out.problem.clear();
  line_number_id(line_no, out.id_json);
  const auto j = nlohmann::json::parse(line, nullptr, false);
  if (j.is_discarded()) {
    out.problem = "not valid JSON";
    return;
  }
  if (!j.is_object()) {
    out.problem = "not a JSON object";
    return;
  }
  if (const auto it = j.find("id"); it != j.end())
    out.id_json = it->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  const auto text = j.find("text");
  if (text == j.end() || !text->is_string()) {
    out.problem = "no string field \"text\"";
    return;
  }
  out.text = text->get_ref<const std::string&>();
}

void parse_input_line(std::string_view line, size_t line_no, InputLine& out) {
  out.problem.clear();
  if (Scanner(line).object(out)) {
    if (out.id_json.empty()) line_number_id(line_no, out.id_json);
    return;
  }
  parse_input_line_reference(line, line_no, out);
}

}  // namespace riposte::cli
