#include "db/guarded_tx.h"

#include <exception>

#include "db/callback_scope.h"
#include "db/errors.h"

namespace sd::db {

Result<void> GuardedTx::Check() const {
  if (!failure_) return Ok();
  return InternalError("statement after a failed statement (" + failure_->key + ": " +
                       failure_->detail + ")");
}

void GuardedTx::Note(const Error& e) {
  if (!failure_) failure_ = e;
}

Result<Rows> GuardedTx::QueryV(std::string_view sql, const Value* params, size_t n) {
  SD_TRY(Check());
  Rows rows;
  Result<int64_t> r = Run(sql, params, n, &rows);
  if (!r) {
    Note(r.error());
    return std::move(r).error();
  }
  return rows;
}

Result<int64_t> GuardedTx::ExecV(std::string_view sql, const Value* params, size_t n) {
  SD_TRY(Check());
  Result<int64_t> r = Run(sql, params, n, nullptr);
  if (!r) Note(r.error());
  return r;
}

Result<void> GuardedTx::ExecScript(std::string_view sql) {
  SD_TRY(Check());
  Result<void> r = RunScript(sql);
  if (!r) Note(r.error());
  return r;
}

Result<void> RunCallback(const TxFn& fn, GuardedTx& tx) {
  CallbackScope scope;
  Result<void> r;
  try {
    r = fn(tx);
  } catch (const std::exception& e) {  // a library threw inside the callback
    return InternalError(std::string("exception in database callback: ") + e.what());
  }
  if (r && tx.failure()) {
    return InternalError("callback returned Ok after a failed statement (" + tx.failure()->key +
                         ": " + tx.failure()->detail + ")");
  }
  return r;
}

}  // namespace sd::db
