#pragma once
// The inbox (待办) with the price change requests the person may decide: crm's inbox (which
// cannot see catalog, a module to its right) plus items of kind "price_change_to_approve"
// linking "price_request". Any Tx.

#include <string>
#include <string_view>

#include "auth/actor.h"
#include "crm/inbox.h"
#include "db/database.h"

namespace sd::catalog {

inline constexpr std::string_view kInboxPriceChangeToApprove = "price_change_to_approve";

// crm::LoadInbox, then the requests of PriceRequestsToDecide (never the actor's own), ordered
// and counted together. Errors: those of the reads.
Result<crm::Inbox> LoadInboxWithPrices(db::Tx& tx, const auth::Actor& actor,
                                       const std::string& today);

}  // namespace sd::catalog
