#pragma once
// The quotation as a document of the doc pattern: attachments (a tender 标书, the customer's
// inquiry letter) and comments are visible exactly when the quotation is
// (quotation_service.h).

#include "doc/attachment_scope.h"

namespace sd::sales {

// The quotation within the actor's scope (kNotFound otherwise). may_change: quotation.write;
// attachments are deletable while it is a draft. Any Tx.
Result<doc::DocAccess> QuotationDocAccess(db::Tx& tx, const auth::Actor& actor, int64_t id);

inline constexpr doc::DocType kQuotationDoc{"quotation", &QuotationDocAccess};

}  // namespace sd::sales
