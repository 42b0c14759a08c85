#pragma once
// Notices of a decided transfer (客户移交), left in the inbox of the people it concerns: the
// requester learns the decision, and on approval the new owner learns of the customer received
// and the former owner (when not the requester) of the customer lost. Nobody is told of their
// own decision.

#include "auth/actor.h"
#include "base/result.h"
#include "crm/transfer.h"
#include "db/database.h"

namespace sd::crm {

// Adds the notices for transfer t, decided (approved or rejected) by actor. Needs a write Tx;
// errors: those of the stores.
Result<void> NotifyTransferDecided(db::Tx& tx, const auth::Actor& actor, const Transfer& t);

}  // namespace sd::crm
