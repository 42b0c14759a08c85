#include "doc/invariants.h"

#include <string>

#include "doc/approval_store.h"
#include "doc/number_store.h"

namespace sd::doc {
namespace {

Result<void> Broken(std::string what) {
  Error e = MakeError(Code::kInternal, "doc.invariant");
  e.detail = std::move(what);
  return Fail(std::move(e));
}

Result<void> CheckNumbers(db::Tx& tx) {
  SD_TRY_ASSIGN(std::vector<store::SeriesCheck> series, store::CheckSeries(tx));
  for (const store::SeriesCheck& s : series) {
    // The primary key (type, year, seq) makes numbers distinct; count == max == counter leaves
    // no room for a gap.
    if (s.issued != s.last_seq || s.max_seq != s.last_seq) {
      return Broken("numbers of " + s.doc_type + " " + std::to_string(s.year) + ": counter " +
                    std::to_string(s.last_seq) + ", issued " + std::to_string(s.issued) +
                    ", highest " + std::to_string(s.max_seq));
    }
  }
  return {};
}

}  // namespace

Result<void> CheckInvariants(db::Tx& tx) {
  SD_TRY(CheckNumbers(tx));
  SD_TRY_ASSIGN(int64_t self_decided, store::CountSelfDecided(tx));
  if (self_decided != 0) {
    return Broken(std::to_string(self_decided) + " approval steps decided by their maker");
  }
  return {};
}

}  // namespace sd::doc
