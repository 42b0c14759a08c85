#pragma once
// SQL for doc_number_counters and doc_numbers. Only number_store.cc touches them. Write Tx for
// writes, any Tx for reads; db errors unchanged.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "db/database.h"
#include "doc/number.h"

namespace sd::doc::store {

// Steps the (doc_type, year) counter and returns its new value (1 for the first). On
// PostgreSQL the upsert locks the counter row until the transaction ends, so a concurrent
// taker waits and then sees the committed value; on SQLite the single writer orders takers.
Result<int64_t> NextSeq(db::Tx& tx, std::string_view doc_type, int64_t year);

// Records an issued number. Errors: kAlreadyExists "db.unique_violation" (number or document
// already recorded).
Result<void> InsertIssued(db::Tx& tx, std::string_view doc_type, const IssuedNumber& n,
                          int64_t doc_id, int64_t at_us);

// For generators that run alone (a benchmark's million documents), not for the application's
// path, which takes numbers one at a time with NextSeq: the counter's last value (0 when
// there is none), many issued numbers recorded in few statements, and the counter raised to
// last_seq (never lowered).
Result<int64_t> LastSeq(db::Tx& tx, std::string_view doc_type, int64_t year);
struct IssuedRow {
  IssuedNumber n;
  int64_t doc_id = 0;
  int64_t at_us = 0;
};
Result<void> InsertIssuedMany(db::Tx& tx, std::string_view doc_type,
                              std::span<const IssuedRow> rows);
Result<void> RaiseCounter(db::Tx& tx, std::string_view doc_type, int64_t year, int64_t last_seq);

// One (type, year) series as the invariant check sees it.
struct SeriesCheck {
  std::string doc_type;
  int64_t year = 0;
  int64_t last_seq = 0;  // the counter (0 when there is none)
  int64_t issued = 0;    // numbers recorded
  int64_t max_seq = 0;   // the highest recorded
};
// Every series found in either table.
Result<std::vector<SeriesCheck>> CheckSeries(db::Tx& tx);

}  // namespace sd::doc::store
