#pragma once
// Document numbers (STYLE §3, Tryton's strict sequence): "BJ-2026-000123" = the type's prefix,
// the company year, six digits counting from 1 per (type, year) without gaps. The number is
// taken in the transaction that takes a document out of draft: abandoned drafts and rolled-back
// transactions burn none.

#include <cstdint>
#include <string>
#include <string_view>

#include "base/result.h"
#include "db/database.h"

namespace sd::doc {

// A numbered document type: its stable name ("quotation") and its prefix ("BJ", 1–4 capital
// letters).
struct NumberSeries {
  std::string_view doc_type;
  std::string_view prefix;
};

inline constexpr int64_t kNumberSeqMax = 999'999;  // six digits per type and year

// "BJ-2026-000123". Pure; SD_ASSERTs a valid prefix, year 2000..9999 and seq 1..kNumberSeqMax.
std::string FormatNumber(std::string_view prefix, int64_t year, int64_t seq);

// The company year (Asia/Shanghai) of an instant: the year numbers count in. Pure.
int64_t CompanyYear(int64_t at_us);

// Whether prefix is 1–4 capital ASCII letters. Pure.
bool ValidPrefix(std::string_view prefix);

struct IssuedNumber {
  std::string number;  // "BJ-2026-000123"
  int64_t year = 0;
  int64_t seq = 0;
};

// Takes the next number of the series for the year of at_us and records it against doc_id.
// Needs the write Tx that takes the document out of draft (the counter row stays locked until
// it ends). Errors: kResourceExhausted "doc.number.exhausted" {type, year} (past 999999),
// kAlreadyExists "db.unique_violation" (the document already holds a number), db errors.
Result<IssuedNumber> TakeNumber(db::Tx& tx, const NumberSeries& series, int64_t doc_id,
                                int64_t at_us);

}  // namespace sd::doc
