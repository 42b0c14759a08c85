#include "db/errors.h"

#include <utility>

namespace sd::db {
namespace {

Error WithDetail(Error e, std::string detail) {
  e.detail = std::move(detail);
  return e;
}

}  // namespace

Error UnavailableError(std::string detail) {
  return WithDetail(MakeError(Code::kUnavailable, "db.unavailable"), std::move(detail));
}

Error InternalError(std::string detail) {
  return WithDetail(MakeError(Code::kInternal, "db.error"), std::move(detail));
}

Error UniqueViolation(std::string target, std::string detail) {
  return WithDetail(
      MakeError(Code::kAlreadyExists, "db.unique_violation", {{"target", std::move(target)}}),
      std::move(detail));
}

Error ConstraintViolation(std::string target, std::string detail) {
  return WithDetail(MakeError(Code::kFailedPrecondition, "db.constraint_violation",
                              {{"target", std::move(target)}}),
                    std::move(detail));
}

Error ConflictError(std::string detail) {
  return WithDetail(MakeError(Code::kAborted, "db.conflict"), std::move(detail));
}

Error UniqueViolationAs(Error e, std::string key, Params params) {
  if (e.code != Code::kAlreadyExists) return e;
  return MakeError(Code::kAlreadyExists, std::move(key), std::move(params));
}

}  // namespace sd::db
