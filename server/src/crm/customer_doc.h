#pragma once
// The customer as a document of the doc pattern: its attachments (scanned business licences,
// contracts, photos) and comments are visible exactly when the customer is (crm/scope.h).

#include "doc/attachment_scope.h"

namespace sd::crm {

// The customer within the actor's scope (kNotFound otherwise). may_change: customer.update. A
// customer has no submitted state, so its attachments stay deletable. Any Tx.
Result<doc::DocAccess> CustomerDocAccess(db::Tx& tx, const auth::Actor& actor, int64_t id);

inline constexpr doc::DocType kCustomerDoc{"customer", &CustomerDocAccess};

}  // namespace sd::crm
