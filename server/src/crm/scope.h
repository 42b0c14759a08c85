#pragma once
// Data scope of the customer archive (DESIGN §4): one rule for lists, search, get, exports and
// reports. Everything hanging off a customer (contacts, varieties, credit, follow-ups, samples,
// transfers, leads converted to it) is visible exactly when the customer is.
//
// own: the actor's staff member ∪ the reps the actor supports (org assignments of kind support:
// staff_id = actor, subject = rep); department: every staff member of the actor's department
// subtree ∪ the above; all: everything. Customers whose support_staff_id is the actor's staff
// member are visible too. Pool customers (no owner) are outside every scope but all (the pool
// endpoint lists them with basic fields only).

#include <cstdint>
#include <optional>
#include <vector>

#include "auth/actor.h"
#include "base/result.h"
#include "crm/customer.h"
#include "db/database.h"

namespace sd::crm {

struct CustomerScope {
  bool all = false;                // actor scope all (finance, admin, auditor)
  std::vector<int64_t> owner_ids;  // sorted: staff whose customers the actor sees (if !all)
  std::optional<int64_t> self_staff_id;
};

// The actor's scope, read in tx (any Tx). Errors: those of the db.
Result<CustomerScope> ScopeOf(db::Tx& tx, const auth::Actor& actor);

// Whether a customer with this owner and support staff is in scope. Pure.
bool Sees(const CustomerScope& s, std::optional<int64_t> owner_staff_id,
          std::optional<int64_t> support_staff_id);

// The customer if visible, else kNotFound "common.not_found" (out of scope reads as not found:
// 404 consistently, never 403, so existence does not leak). Any Tx.
Result<CustomerHead> RequireVisibleCustomer(db::Tx& tx, const CustomerScope& s, int64_t id);

}  // namespace sd::crm
