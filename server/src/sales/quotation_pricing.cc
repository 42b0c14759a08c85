#include "sales/quotation_pricing.h"

#include "base/assert.h"
#include "sales/fx_rate.h"

namespace sd::sales {

Result<void> PriceLines(db::Tx& /*tx*/, const PricingContext& /*c*/,
                        std::vector<QuotationLine>* lines) {
  for (QuotationLine& l : *lines) l.hints = PriceHints{};
  return Ok();
}

Decimal4 LinePriceFromBase(Decimal4 cny_per_base, Decimal4 factor, int64_t rate_e6) {
  SD_ASSERT(rate_e6 > 0, "a stored rate is positive");
  // cny_per_base ×10⁴ × factor ×10⁴ = yuan per line unit ×10⁸; ÷ (rate ×10⁶ / 10⁶) → ×10⁴.
  const Int128 n = Int128{cny_per_base.raw()} * factor.raw() * kRateScale;
  return Decimal4::FromRaw(DivRoundHalfAway(n, rate_e6 * Decimal4::kScale));
}

}  // namespace sd::sales
