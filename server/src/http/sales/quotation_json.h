#pragma once
// Quotations and exchange rates as JSON (money and quantities as strings, STYLE §4) and the
// request bodies and list filters read back.

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

#include "http/context.h"
#include "http/json_in.h"
#include "sales/fx_rate.h"
#include "sales/quotation.h"
#include "sales/quotation_service.h"

namespace sd::http {

// With lines (when loaded), totals, the amount in Chinese capitals for CNY and `actions`.
nlohmann::json QuotationJson(const sales::Quotation& q, const std::vector<std::string>& actions);
// The list's row: the header without lines.
nlohmann::json QuotationRowJson(const sales::Quotation& q);
nlohmann::json FxRateJson(const sales::FxRate& r);

// The body of POST /quotations and PUT /quotations/{id} (field errors go to `in`).
void ReadQuotationFields(JsonIn& in, sales::QuotationFields* f);

// The list's and export's filters. Errors: kInvalidArgument (state, ids).
Result<sales::QuotationFilter> QuotationFilterOf(const Ctx& ctx);

}  // namespace sd::http
