#include "doc/number.h"

#include <cstdio>

#include "base/assert.h"
#include "base/clock.h"
#include "doc/number_store.h"

namespace sd::doc {

bool ValidPrefix(std::string_view prefix) {
  if (prefix.empty() || prefix.size() > 4) return false;
  for (char c : prefix) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

std::string FormatNumber(std::string_view prefix, int64_t year, int64_t seq) {
  SD_ASSERT(ValidPrefix(prefix), "a number series prefix is a constant of 1-4 capital letters");
  SD_ASSERT(year >= 2000 && year <= 9999, "the company year has four digits");
  SD_ASSERT(seq >= 1 && seq <= kNumberSeqMax, "TakeNumber refuses a seq past six digits");
  char digits[32];
  std::snprintf(digits, sizeof digits, "-%04lld-%06lld", static_cast<long long>(year),
                static_cast<long long>(seq));
  return std::string(prefix) + digits;
}

int64_t CompanyYear(int64_t at_us) {
  const std::string day = CompanyDay(at_us);  // "YYYY-MM-DD"
  return std::stoll(day.substr(0, 4));
}

Result<IssuedNumber> TakeNumber(db::Tx& tx, const NumberSeries& series, int64_t doc_id,
                                int64_t at_us) {
  const int64_t year = CompanyYear(at_us);
  SD_TRY_ASSIGN(int64_t seq, store::NextSeq(tx, series.doc_type, year));
  if (seq > kNumberSeqMax) {
    // Returning the error rolls the transaction back, and with it the counter's step.
    return Fail(Code::kResourceExhausted, "doc.number.exhausted",
                {{"type", std::string(series.doc_type)}, {"year", std::to_string(year)}});
  }
  IssuedNumber n{FormatNumber(series.prefix, year, seq), year, seq};
  SD_TRY(store::InsertIssued(tx, series.doc_type, n, doc_id, at_us));
  return n;
}

}  // namespace sd::doc
