#pragma once
// The counting queries behind crm::CheckInvariants. Any Tx; db errors unchanged.

#include <cstdint>
#include <string_view>

#include "base/result.h"
#include "db/database.h"

namespace sd::crm::store {

// Customers with more than one requested transfer.
Result<int64_t> CustomersWithTwoPendingTransfers(db::Tx& tx);

// Customers whose rating differs from their latest approved credit rating's (none when never
// approved). Limit and days are not compared: the archive form edits them too.
Result<int64_t> CustomersOffTheirRating(db::Tx& tx);

// SQLite: customers whose search index entry (crm_customer_index_docs, 40_040) is missing or
// differs from their row, entries without a customer, and changes still pending (none after a
// commit). 0 on PostgreSQL, whose indexes are on the rows themselves.
Result<int64_t> CustomersOffTheirSearchIndex(db::Tx& tx);

// Documents of table (crm_credit_ratings | crm_transfers | crm_samples, doc_type its approval
// steps' type) whose state and pending step disagree: waiting (waiting_state) without exactly
// one pending step, or decided with one.
Result<int64_t> StepsOutOfStep(db::Tx& tx, std::string_view table, std::string_view doc_type,
                               std::string_view waiting_state);

}  // namespace sd::crm::store
