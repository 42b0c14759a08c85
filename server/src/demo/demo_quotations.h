#pragma once
// The demo company's quotations (报价单), made through the sales services as the reps would:
// 张明's quotations to his customers in every state, priced against the demo's price policy
// (draft, ready to send, sent, accepted, declined, cancelled, and one below the floor waiting for
// his manager; one sent with three days' validity that the hourly job expires), and 许诺's dollar
// quotation, FOB Shanghai, from an inquiry, at the rate finance set.

#include "audit/audit.h"
#include "db/database.h"

namespace sd::demo {

// Needs the accounts, customers, inquiries and products of the demo. Errors: those of the
// services; kFailedPrecondition "demo.not_loaded" when the demo's own records are missing.
Result<void> LoadQuotations(db::Tx& tx, const audit::Context& ctx);

}  // namespace sd::demo
