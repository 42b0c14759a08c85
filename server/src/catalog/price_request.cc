#include "catalog/price_request.h"

#include "base/money.h"

namespace sd::catalog {

std::string_view PriceRequestStateName(PriceRequestState s) {
  return doc::NameOf(kPriceRequestStateNames, s);
}

std::string_view RuleKindName(RuleKind k) { return doc::NameOf(kRuleKindNames, k); }

audit::Snapshot PriceRequestSnapshot(const PriceRequest& r) {
  auto price = [](const std::optional<int64_t>& e4) {
    return e4 ? audit::FieldValue(Decimal4::FromRaw(*e4).ToString()) : audit::FieldValue(nullptr);
  };
  return {{"rule_kind", std::string(RuleKindName(r.f.kind))},
          {"product_id", r.f.product_id},
          {"customer_id", audit::OrNull(r.f.customer_id)},
          {"list_id", audit::OrNull(r.f.list_id)},
          {"customer_kind", r.f.customer_kind},
          {"min_qty", Decimal4::FromRaw(r.f.min_qty_e4).ToString()},
          {"old_price", price(r.old_e4)},
          {"new_price", price(r.f.new_e4)},
          {"effective_from", r.f.effective_from},
          {"effective_to", audit::OrNull(r.f.effective_to)},
          {"reason", r.f.reason},
          {"status", std::string(PriceRequestStateName(r.state))},
          {"decision_note", r.decision_note}};
}

}  // namespace sd::catalog
