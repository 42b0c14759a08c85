#include "crm/competitor.h"

#include "base/text.h"

namespace sd::crm {

void CheckCompetitorFields(const CompetitorFields& f, std::vector<FieldError>* errors) {
  CheckTextField("name", f.name, kCompetitorNameMax, true, errors);
  CheckTextField("brands", f.brands, kCompetitorNameMax * 4, false, errors);
  CheckTextField("strengths", f.strengths, kCompetitorTextMax, false, errors);
  CheckTextField("weaknesses", f.weaknesses, kCompetitorTextMax, false, errors);
  CheckTextField("notes", f.notes, kCompetitorTextMax, false, errors);
}

void CheckPriceFields(const PriceFields& f, std::vector<FieldError>* errors) {
  CheckTextField("product", f.product, kCompetitorNameMax, true, errors);
  CheckTextField("brand", f.brand, kCompetitorNameMax, false, errors);
  CheckTextField("unit", f.unit, 16, false, errors);
  CheckTextField("notes", f.notes, kCompetitorTextMax, false, errors);
  if (f.price_e4 && *f.price_e4 < 0) {
    errors->push_back({"price", "common.field.out_of_range", {}});
  }
  if (f.seen_on.empty()) {
    errors->push_back({"seen_on", "common.field.required", {}});
  } else if (!ParseIsoDate(f.seen_on)) {
    errors->push_back({"seen_on", "common.field.invalid_date", {}});
  }
}

audit::Snapshot CompetitorSnapshot(const Competitor& c) {
  return {{"name", c.f.name},
          {"brands", c.f.brands},
          {"region_id", audit::OrNull(c.f.region_id)},
          {"strengths", c.f.strengths},
          {"weaknesses", c.f.weaknesses},
          {"notes", c.f.notes}};
}

audit::Snapshot PriceSnapshot(const CompetitorPrice& p) {
  return {{"competitor_id", p.competitor_id},
          {"product", p.f.product},
          {"brand", p.f.brand},
          {"price_e4", audit::OrNull(p.f.price_e4)},
          {"unit", p.f.unit},
          {"seen_on", p.f.seen_on},
          {"region_id", audit::OrNull(p.f.region_id)},
          {"customer_id", audit::OrNull(p.f.customer_id)}};
}

}  // namespace sd::crm
