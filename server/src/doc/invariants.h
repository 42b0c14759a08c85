#pragma once
// What must hold of the doc tables after every committed step (STYLE §5, DESIGN §3): the
// scenario runner and the DB tests call it after each step.

#include "base/result.h"
#include "db/database.h"

namespace sd::doc {

// Checks: per (type, year) the issued numbers are exactly 1..last_seq, once each (no gap, no
// duplicate); no approval step was decided by its maker; a decided step names its decider.
// Any Tx. Errors: kInternal "doc.invariant" with the broken rule in detail; db errors.
Result<void> CheckInvariants(db::Tx& tx);

}  // namespace sd::doc
