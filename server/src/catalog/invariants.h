#pragma once
// What must hold of the catalog tables after every committed step (STYLE §5, DESIGN §3): the
// scenario runner calls it after each step, beside doc:: and crm::CheckInvariants.

#include "base/result.h"
#include "db/database.h"

namespace sd::catalog {

// Checks: every product's product line exists; every secondary unit converts by a positive
// factor and differs from its product's base unit; no two active price lists with the same key
// (kind, level, region, season) overlap in validity; no customer price ends before it starts.
// Any Tx. Errors: kInternal "doc.invariant"
// with the broken rule in detail; db errors.
Result<void> CheckInvariants(db::Tx& tx);

}  // namespace sd::catalog
