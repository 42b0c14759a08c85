#include "sales/quotation_doc.h"

#include "sales/quotation_service.h"

namespace sd::sales {

Result<doc::DocAccess> QuotationDocAccess(db::Tx& tx, const auth::Actor& actor, int64_t id) {
  SD_TRY_ASSIGN(Quotation q, GetQuotation(tx, actor, id));
  return doc::DocAccess{actor.Can("quotation.write"), q.state == QuotationState::kDraft};
}

}  // namespace sd::sales
