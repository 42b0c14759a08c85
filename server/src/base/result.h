#pragma once
// Expected outcomes as values (STYLE §6): Result<T> has std::expected's interface, so moving to
// C++23 is a rename. SD_TRY / SD_TRY_ASSIGN propagate errors (SerenityOS TRY).

#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "base/assert.h"

namespace sd {

enum class Code : uint8_t {
  kInvalidArgument,     // 400, with field errors
  kUnauthenticated,     // 401
  kPermissionDenied,    // 403
  kNotFound,            // 404 (also: out of data scope)
  kAlreadyExists,       // 409
  kAborted,             // 409: version conflict, reload and retry
  kFailedPrecondition,  // 422: wrong state, rule refused
  kResourceExhausted,   // 413 / 429: a limit was hit
  kUnavailable,         // 503
  kInternal,            // 500
};

const char* CodeName(Code code);

// Parameters interpolated into a message: {name} in the text is replaced by the value.
using Params = std::vector<std::pair<std::string, std::string>>;

struct FieldError {
  std::string field;  // JSON path of the offending field: "login", "lines[2].qty"
  std::string key;    // message key, e.g. "common.field.required"
  Params params;
};

struct Error {
  Code code = Code::kInternal;
  std::string key;  // stable message key: "auth.login.failed"
  Params params;
  std::vector<FieldError> fields;
  std::string detail;  // for kInternal: what broke, logged, never shown to users
};

Error MakeError(Code code, std::string key, Params params = {});

struct Unexpected {
  Error error;
};
inline Unexpected Fail(Code code, std::string key, Params params = {}) {
  return Unexpected{MakeError(code, std::move(key), std::move(params))};
}
inline Unexpected Fail(Error error) { return Unexpected{std::move(error)}; }

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit by design
  Result(Unexpected u) : v_(std::in_place_index<1>, std::move(u.error)) {}  // NOLINT
  Result(Error e) : v_(std::in_place_index<1>, std::move(e)) {}             // NOLINT

  bool has_value() const { return v_.index() == 0; }
  explicit operator bool() const { return has_value(); }
  T& value() & {
    SD_ASSERT(has_value(), "Result::value() on an error");
    return std::get<0>(v_);
  }
  const T& value() const& {
    SD_ASSERT(has_value(), "Result::value() on an error");
    return std::get<0>(v_);
  }
  T&& value() && {
    SD_ASSERT(has_value(), "Result::value() on an error");
    return std::get<0>(std::move(v_));
  }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const& {
    SD_ASSERT(!has_value(), "Result::error() on a value");
    return std::get<1>(v_);
  }
  Error&& error() && {
    SD_ASSERT(!has_value(), "Result::error() on a value");
    return std::get<1>(std::move(v_));
  }

 private:
  std::variant<T, Error> v_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Unexpected u) : error_(std::move(u.error)), ok_(false) {}  // NOLINT
  Result(Error e) : error_(std::move(e)), ok_(false) {}             // NOLINT
  bool has_value() const { return ok_; }
  explicit operator bool() const { return ok_; }
  void value() const { SD_ASSERT(ok_, "Result<void>::value() on an error"); }
  const Error& error() const& {
    SD_ASSERT(!ok_, "Result::error() on a value");
    return error_;
  }
  Error&& error() && {
    SD_ASSERT(!ok_, "Result::error() on a value");
    return std::move(error_);
  }

 private:
  Error error_;
  bool ok_ = true;
};

inline Result<void> Ok() { return {}; }

// kInvalidArgument "common.validation_failed" carrying `fields`: a 400 that names every
// offending field. For input that breaks field rules, never for programmer errors.
Error ValidationError(std::vector<FieldError> fields);
// ValidationError with the one field error {field, key, params}.
Error InvalidField(std::string field, std::string key, Params params = {});
// Ok when `fields` is empty, else ValidationError(fields): the end of a check that collects
// every field error before it reports.
Result<void> FieldsOk(std::vector<FieldError> fields);

}  // namespace sd

// Evaluates expr (a Result); on error returns the error from the enclosing function.
#define SD_TRY(expr) SD_TRY_IMPL(SD_CONCAT(sd_try_result_, __COUNTER__), expr)
#define SD_TRY_IMPL(tmp, expr)                                 \
  do {                                                         \
    auto tmp = (expr);                                         \
    if (!tmp) return ::sd::Unexpected{std::move(tmp).error()}; \
  } while (false)

#define SD_CONCAT_INNER(a, b) a##b
#define SD_CONCAT(a, b) SD_CONCAT_INNER(a, b)
// Declares `decl` from the value of expr (a Result<T>) or returns its error.
#define SD_TRY_ASSIGN(decl, expr) SD_TRY_ASSIGN_IMPL(SD_CONCAT(sd_try_, __COUNTER__), decl, expr)
#define SD_TRY_ASSIGN_IMPL(tmp, decl, expr)                  \
  auto tmp = (expr);                                         \
  if (!tmp) return ::sd::Unexpected{std::move(tmp).error()}; \
  decl = std::move(tmp).value()
