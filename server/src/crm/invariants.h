#pragma once
// What must hold of the crm tables after every committed step (STYLE §5, DESIGN §3): the
// scenario runner calls it after each step, beside doc::CheckInvariants.

#include "base/result.h"
#include "db/database.h"

namespace sd::crm {

// Checks: each customer's rating is its latest approved credit rating's, none without one; no
// customer has two transfers waiting; every credit rating, transfer and sample waiting for a
// decision has exactly one pending approval step, and no decided one still has one (the document
// and its doc approval step agree). Any Tx. Errors: kInternal "doc.invariant" with the broken rule
// in detail; db errors.
Result<void> CheckInvariants(db::Tx& tx);

}  // namespace sd::crm
