// A value or a one-line error message: how the engine answers untrusted input (imports, share links)
// without exceptions, which must never cross into JavaScript.
#pragma once
#include <optional>
#include <string>
#include <utility>

namespace riposte {

template <class T>
class Result {
 public:
  static Result success(T value) {
    Result r;
    r.value_.emplace(std::move(value));
    return r;
  }
  static Result failure(std::string message) {
    Result r;
    r.error_ = message.empty() ? std::string("unknown error") : std::move(message);
    return r;
  }

  bool ok() const { return value_.has_value(); }
  explicit operator bool() const { return ok(); }
  // Precondition: ok().
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  // Empty when ok().
  const std::string& error() const { return error_; }

 private:
  Result() = default;
  std::optional<T> value_;
  std::string error_;
};

}  // namespace riposte
