#include "crm/invariants.h"

#include <string>

#include "crm/credit.h"
#include "crm/invariant_store.h"
#include "crm/sample.h"
#include "crm/transfer.h"

namespace sd::crm {
namespace {

Result<void> Broken(std::string what) {
  Error e = MakeError(Code::kInternal, "doc.invariant");
  e.detail = std::move(what);
  return Fail(std::move(e));
}

}  // namespace

Result<void> CheckInvariants(db::Tx& tx) {
  SD_TRY_ASSIGN(int64_t doubled, store::CustomersWithTwoPendingTransfers(tx));
  if (doubled != 0)
    return Broken(std::to_string(doubled) + " customers with two pending transfers");
  SD_TRY_ASSIGN(int64_t off_rating, store::CustomersOffTheirRating(tx));
  if (off_rating != 0) {
    return Broken(std::to_string(off_rating) +
                  " customers whose rating is not their latest approved one");
  }
  SD_TRY_ASSIGN(int64_t unindexed, store::CustomersOffTheirSearchIndex(tx));
  if (unindexed != 0) {
    return Broken(std::to_string(unindexed) + " customers off their search index");
  }
  struct Waiting {
    std::string_view table;
    std::string_view doc_type;
    std::string_view state;
  };
  const Waiting kinds[] = {
      {"crm_credit_ratings", kCreditDocType, doc::NameOf(kCreditStates, CreditState::kProposed)},
      {"crm_transfers", kTransferDocType, doc::NameOf(kTransferStates, TransferState::kRequested)},
      {"crm_samples", kSampleDocType, doc::NameOf(kSampleStates, SampleState::kRequested)}};
  for (const Waiting& w : kinds) {
    SD_TRY_ASSIGN(int64_t off, store::StepsOutOfStep(tx, w.table, w.doc_type, w.state));
    if (off != 0) {
      return Broken(std::to_string(off) + " rows of " + std::string(w.table) +
                    " disagree with their approval steps");
    }
  }
  return {};
}

}  // namespace sd::crm
