#pragma once
// What must hold of the sales tables after every committed step (STYLE §5, DESIGN §3): the
// scenario runner calls it after each step, beside doc::, crm:: and catalog::CheckInvariants.

#include "base/result.h"
#include "db/database.h"

namespace sd::sales {

// Checks: every quotation's stored totals are the sums of its stored lines; every quotation
// number is the one doc issued to that quotation (so each issued number is used exactly once).
// Any Tx. Errors: kInternal "doc.invariant" with the broken rule in detail; db errors.
Result<void> CheckInvariants(db::Tx& tx);

}  // namespace sd::sales
