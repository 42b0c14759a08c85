#pragma once
// Turning what the user wrote into a quotation to store (create and update share it): the
// party within scope, products and units from the catalog, tax per line, the day's exchange
// rate, price hints, stored totals. Internal to sales.

#include <string>

#include "auth/actor.h"
#include "db/database.h"
#include "sales/quotation.h"

namespace sd::sales {

// q with f applied (q.id, number, state, maker and version kept). Errors: as CreateQuotation
// (quotation_service.h).
Result<Quotation> BuildQuotation(db::Tx& tx, const auth::Actor& actor, Quotation q,
                                 QuotationFields f, const std::string& today);

}  // namespace sd::sales
