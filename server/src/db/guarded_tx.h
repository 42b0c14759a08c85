#pragma once
// The part of a Tx both backends share: after a statement fails, the transaction is spoiled.
//
// PostgreSQL aborts a transaction at its first failed statement; SQLite would carry on. So that
// both behave alike (and tests on SQLite catch what would break on PostgreSQL), a GuardedTx
// refuses every statement after a failed one, and a callback that returns Ok after a failure is
// turned into kInternal and rolled back.

#include <optional>
#include <string_view>

#include "db/database.h"

namespace sd::db {

class GuardedTx : public Tx {
 public:
  Result<void> ExecScript(std::string_view sql) final;

  // The first error a statement of this transaction returned, if any.
  const std::optional<Error>& failure() const { return failure_; }

 protected:
  // Runs one statement, appending its rows to *rows when rows is not null; returns the number
  // of rows changed.
  virtual Result<int64_t> Run(std::string_view sql, const Value* params, size_t n, Rows* rows) = 0;
  virtual Result<void> RunScript(std::string_view sql) = 0;

 private:
  Result<Rows> QueryV(std::string_view sql, const Value* params, size_t n) final;
  Result<int64_t> ExecV(std::string_view sql, const Value* params, size_t n) final;
  Result<void> Check() const;
  void Note(const Error& e);

  std::optional<Error> failure_;
};

// Runs fn on tx as a Read or Write callback: marks the thread (CallbackScope), turns an
// exception into kInternal, and refuses Ok from a callback one of whose statements failed.
Result<void> RunCallback(const TxFn& fn, GuardedTx& tx);

}  // namespace sd::db
