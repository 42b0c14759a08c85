#pragma once
// Where a quotation's line prices are looked at (on save and on submit): the one place that
// asks the price policy for each line's list price, the rule that gave it and the floor, and
// writes them into the line's PriceHints. The user's unit price is never changed here: hints
// advise, the below-floor rule (quotation.h, NeedsFloorApproval) decides on submit.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/money.h"
#include "db/database.h"
#include "sales/quotation.h"

namespace sd::sales {

// What a line's price depends on beyond the line itself.
struct PricingContext {
  std::optional<int64_t> customer_id;
  std::string on;  // the quotation date
  std::string currency;
  int64_t fx_rate_e6 = 0;
};

// Fills each line's hints (lines carry product_id, unit, qty, base_qty and tax rate already)
// from catalog::PriceFor for the customer, the line's base quantity and the quotation date:
// the list price, the rule that gave it and the floor, in the line's unit and currency (net of
// VAT on a zero-rated export line). A quotation without a customer (a lead or inquiry) gets no
// hints. Needs any Tx. Errors: db errors, PriceFor's.
// unit_base[i]: the base units in one of line i's unit (nullopt for an unknown product or unit,
// which gets no hints).
Result<void> PriceLines(db::Tx& tx, const PricingContext& c,
                        std::span<const std::optional<Decimal4>> unit_base,
                        std::vector<QuotationLine>* lines);

// A price the policy gives per base unit in yuan (tax included) as a price per `factor` base
// units (the line's unit; 1 for the base unit) in the quotation's currency at rate_e6 (yuan per
// unit of it): price × factor ÷ rate, rounded half away from zero. Pure.
Decimal4 LinePriceFromBase(Decimal4 cny_per_base, Decimal4 factor, int64_t rate_e6);

}  // namespace sd::sales
