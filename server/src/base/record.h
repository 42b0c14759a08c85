#pragma once
// The steps every use case takes with the one record it loads (STYLE §3): a record that is not
// there (or out of the caller's data scope) reads as NotFound, a stale version as Aborted, and
// a record the same transaction has just written must load. Each takes a store's
// Result<std::optional<T>> as returned, so a db error passes through unchanged.

#include <cstdint>
#include <optional>
#include <utility>

#include "base/result.h"

namespace sd {

// The record. Errors: kNotFound "common.not_found" when absent; the load's own error.
template <typename T>
Result<T> Found(Result<std::optional<T>> loaded) {
  SD_TRY_ASSIGN(std::optional<T> record, std::move(loaded));
  if (!record) return Fail(Code::kNotFound, "common.not_found");
  return std::move(*record);
}

// The record about to be changed, checked in STYLE §3 order. T has an int64_t `version`.
// Errors: kNotFound "common.not_found" when absent, then kAborted "common.version_conflict"
// when its version is not `version` (the caller read an older one); the load's own error.
template <typename T>
Result<T> FoundAtVersion(Result<std::optional<T>> loaded, int64_t version) {
  SD_TRY_ASSIGN(T record, Found(std::move(loaded)));
  if (record.version != version) return Fail(Code::kAborted, "common.version_conflict");
  return record;
}

// A record this transaction has just inserted or updated; SD_ASSERTs that it is there (a
// missing one is a bug, not a user error). Errors: only the load's own.
template <typename T>
Result<T> JustWritten(Result<std::optional<T>> loaded) {
  SD_TRY_ASSIGN(std::optional<T> record, std::move(loaded));
  SD_ASSERT(record.has_value(), "a record written in this transaction must load");
  return std::move(*record);
}

}  // namespace sd
