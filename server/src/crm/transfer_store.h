#pragma once
// SQL for crm_transfers. Only transfer_store.cc touches the table. Any Tx for reads, a write Tx
// for writes; db errors unchanged.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "crm/transfer.h"
#include "db/database.h"

namespace sd::crm::store {

struct TransferFilter {
  std::optional<int64_t> customer_id;
  std::optional<std::string> state;
};
// Newest first (at most 500).
Result<std::vector<Transfer>> QueryTransfers(db::Tx& tx, const TransferFilter& f);
Result<std::optional<Transfer>> LoadTransfer(db::Tx& tx, int64_t id);
// Inserts t as it is (state requested, or approved with the decider filled); returns its id.
Result<int64_t> InsertTransfer(db::Tx& tx, const Transfer& t);
// Decides a requested transfer at expected_version; false if it is no longer so.
Result<bool> DecideTransfer(db::Tx& tx, int64_t id, int64_t expected_version,
                            std::string_view state, int64_t user_id, const std::string& user_name,
                            const std::string& note, int64_t now_us);

}  // namespace sd::crm::store
