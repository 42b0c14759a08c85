#include "base/result.h"

#include <cstdio>
#include <cstdlib>

namespace sd {

const char* CodeName(Code code) {
  switch (code) {
    case Code::kInvalidArgument:
      return "invalid_argument";
    case Code::kUnauthenticated:
      return "unauthenticated";
    case Code::kPermissionDenied:
      return "permission_denied";
    case Code::kNotFound:
      return "not_found";
    case Code::kAlreadyExists:
      return "already_exists";
    case Code::kAborted:
      return "aborted";
    case Code::kFailedPrecondition:
      return "failed_precondition";
    case Code::kResourceExhausted:
      return "resource_exhausted";
    case Code::kUnavailable:
      return "unavailable";
    case Code::kInternal:
      return "internal";
  }
  return "internal";
}

Error MakeError(Code code, std::string key, Params params) {
  Error e;
  e.code = code;
  e.key = std::move(key);
  e.params = std::move(params);
  return e;
}

Error ValidationError(std::vector<FieldError> fields) {
  Error e = MakeError(Code::kInvalidArgument, "common.validation_failed");
  e.fields = std::move(fields);
  return e;
}

Error InvalidField(std::string field, std::string key, Params params) {
  std::vector<FieldError> fields;
  fields.push_back({std::move(field), std::move(key), std::move(params)});
  return ValidationError(std::move(fields));
}

Result<void> FieldsOk(std::vector<FieldError> fields) {
  if (fields.empty()) return Ok();
  return ValidationError(std::move(fields));
}

namespace detail {
void AssertFail(const char* expr, const char* why, const char* file, int line) {
  std::fprintf(stderr, "assertion failed at %s:%d: %s (%s)\n", file, line, expr, why);
  std::abort();
}
}  // namespace detail

}  // namespace sd
