#pragma once
// SQL for doc_approvals. Only approval_store.cc touches the table. Any Tx for reads, a write Tx
// for writes; db errors unchanged.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "db/database.h"
#include "doc/approval.h"

namespace sd::doc::store {

// Inserts a pending step; returns its id. Errors: kAlreadyExists "db.unique_violation" (the
// document already has a pending step).
Result<int64_t> InsertStep(db::Tx& tx, const ApprovalStep& s);
Result<std::optional<ApprovalStep>> LoadStep(db::Tx& tx, int64_t id);
// The document's steps, oldest first.
Result<std::vector<ApprovalStep>> StepsOf(db::Tx& tx, std::string_view doc_type, int64_t doc_id);
// Pending steps, oldest first (at most 1000); doc_type filters when not empty.
Result<std::vector<ApprovalStep>> PendingSteps(db::Tx& tx, std::string_view doc_type);
// Writes the decision if the step is still pending at expected_version; false if not.
Result<bool> WriteDecision(db::Tx& tx, const ApprovalStep& decided, int64_t expected_version);
// Steps decided by their maker (account or staff member): 0 unless a rule was bypassed.
Result<int64_t> CountSelfDecided(db::Tx& tx);

}  // namespace sd::doc::store
