#pragma once
// SQL for crm_credit_ratings. Only credit_store.cc touches the table. Any Tx for reads, a
// write Tx for writes; db errors unchanged.

#include <cstdint>
#include <optional>
#include <vector>

#include "base/result.h"
#include "crm/credit.h"
#include "db/database.h"

namespace sd::crm::store {

struct CreditFilter {
  std::optional<int64_t> customer_id;
  std::optional<std::string> state;
};
// Newest first (at most 500).
Result<std::vector<CreditRatingRecord>> QueryCreditRatings(db::Tx& tx, const CreditFilter& f);
Result<std::optional<CreditRatingRecord>> LoadCreditRating(db::Tx& tx, int64_t id);
// Inserts a proposal (state proposed); returns its id.
Result<int64_t> InsertCreditRating(db::Tx& tx, const CreditRatingRecord& r);
// Sets state, decider and note if the row is still proposed at expected_version; false if not.
Result<bool> DecideCreditRating(db::Tx& tx, int64_t id, int64_t expected_version,
                                std::string_view state, int64_t user_id,
                                const std::string& user_name, const std::string& note,
                                int64_t now_us);

}  // namespace sd::crm::store
