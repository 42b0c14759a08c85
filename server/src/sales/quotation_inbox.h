#pragma once
// The inbox with quotations: crm's inbox (crm/inbox.h) and the below-floor approval steps the
// person may decide. sales sits above crm, so it composes both; the inbox route calls this.

#include <string>

#include "auth/actor.h"
#include "crm/inbox.h"
#include "db/database.h"

namespace sd::sales {

inline constexpr std::string_view kInboxQuotationToApprove = "quotation_to_approve";

// crm::LoadInbox plus one item per quotation whose step the actor may decide (link
// "quotation"). Any Tx.
Result<crm::Inbox> LoadInbox(db::Tx& tx, const auth::Actor& actor, const std::string& today);

}  // namespace sd::sales
