#include "sales/quotation_pricing.h"

#include "base/assert.h"
#include "catalog/pricing.h"
#include "sales/fx_rate.h"

namespace sd::sales {

namespace {

// A tax-inclusive CNY price per base unit as the line states its price: per its unit, in the
// quotation's currency, and net of VAT when the line carries none (an export line is
// zero-rated, so it is compared with the domestic price without its VAT).
int64_t AsLinePrice(int64_t cny_gross_e4, const catalog::PriceAnswer& a, const QuotationLine& l,
                    Decimal4 factor, int64_t rate_e6) {
  const int64_t cny = l.tax_rate_e4 == 0 && a.tax_rate_e4 > 0
                          ? catalog::NetOfGross(cny_gross_e4, a.tax_rate_e4)
                          : cny_gross_e4;
  return LinePriceFromBase(Decimal4::FromRaw(cny), factor, rate_e6).raw();
}

}  // namespace

Result<void> PriceLines(db::Tx& tx, const PricingContext& c,
                        std::span<const std::optional<Decimal4>> unit_base,
                        std::vector<QuotationLine>* lines) {
  SD_ASSERT(unit_base.size() == lines->size(), "one conversion per line");
  for (size_t i = 0; i < lines->size(); ++i) {
    QuotationLine& l = (*lines)[i];
    l.hints = PriceHints{};
    // A quotation to a lead or inquiry has no customer yet: no customer price, kind or floor.
    if (!c.customer_id || c.fx_rate_e6 <= 0) continue;
    const std::optional<Decimal4>& factor = unit_base[i];
    if (!factor || factor->raw() <= 0) continue;  // unknown product or unit: a field error
    SD_TRY_ASSIGN(catalog::PriceAnswer a,
                  catalog::PriceFor(tx, {*c.customer_id, l.in.product_id, l.base_qty.raw(), c.on}));
    l.hints.price_source = std::string(catalog::PriceSourceName(a.source));
    if (a.unit_price_e4) {
      l.hints.list_price_e4 = AsLinePrice(*a.unit_price_e4, a, l, *factor, c.fx_rate_e6);
    }
    if (a.floor_e4) l.hints.floor_e4 = AsLinePrice(*a.floor_e4, a, l, *factor, c.fx_rate_e6);
  }
  return Ok();
}

Decimal4 LinePriceFromBase(Decimal4 cny_per_base, Decimal4 factor, int64_t rate_e6) {
  SD_ASSERT(rate_e6 > 0, "a stored rate is positive");
  // cny_per_base ×10⁴ × factor ×10⁴ = yuan per line unit ×10⁸; ÷ (rate ×10⁶ / 10⁶) → ×10⁴.
  const Int128 n = Int128{cny_per_base.raw()} * factor.raw() * kRateScale;
  return Decimal4::FromRaw(DivRoundHalfAway(n, rate_e6 * Decimal4::kScale));
}

}  // namespace sd::sales
