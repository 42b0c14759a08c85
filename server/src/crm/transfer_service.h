#pragma once
// Transfer use cases. Audited on the customer: "customer transfer" (before/after owner) when a
// transfer is done, "customer transfer_request" and "customer transfer_reject" otherwise.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "crm/transfer.h"
#include "db/database.h"

namespace sd::crm {

// Transfers a customer in the actor's scope to to_staff_id. With customer.transfer_approve
// the transfer is done at once (row approved, owner changed); otherwise the actor must hold
// customer.transfer and own the customer, and the row waits for approval (requested).
// Errors: kNotFound, kPermissionDenied "auth.permission_denied", kInvalidArgument
// ("to_staff_id" crm.transfer.staff_inactive; reason too long), kFailedPrecondition
// "crm.customer.in_pool", "crm.transfer.not_owner", "crm.transfer.same_owner",
// "crm.transfer.pending" (a request already waits).
Result<Transfer> TransferCustomer(db::Tx& tx, const auth::Actor& actor, int64_t customer_id,
                                  int64_t to_staff_id, const std::string& reason);

// Transfers of customers in the actor's scope, newest first; state filters.
Result<std::vector<Transfer>> ListTransfers(db::Tx& tx, const auth::Actor& actor,
                                            const std::optional<std::string>& state,
                                            std::optional<int64_t> customer_id);

// Requested transfers waiting for the actor's decision (doc approval steps the actor may
// decide, never their own request) of customers in the actor's scope, newest first.
Result<std::vector<Transfer>> TransfersToDecide(db::Tx& tx, const auth::Actor& actor);

// Approves (owner changes to the receiver) or rejects a requested transfer; the route checks
// customer.transfer_approve. Errors: kNotFound, kAborted "common.version_conflict",
// kFailedPrecondition "crm.transfer.not_requested", "crm.transfer.owner_changed" (the owner
// is no longer the one the request was made from), "crm.transfer.staff_inactive",
// "crm.transfer.self_approval" (the actor requested it: maker-checker).
Result<Transfer> DecideTransfer(db::Tx& tx, const auth::Actor& actor, int64_t id, bool approve,
                                int64_t version, const std::string& note);

}  // namespace sd::crm
