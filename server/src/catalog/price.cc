#include "catalog/price.h"

#include <algorithm>

#include "base/money.h"
#include "base/text.h"

namespace sd::catalog {
namespace {

bool Digits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "MM-DD" naming a day that some year has (02-29 included).
bool ValidMonthDay(std::string_view s) {
  if (s.size() != 5 || s[2] != '-') return false;
  return ParseIsoDate("2024-" + std::string(s)).has_value() && Digits(s.substr(0, 2));
}

std::string KindChoices() { return "end_user, dealer, agent"; }

}  // namespace

bool IsCustomerKind(std::string_view kind) {
  return std::find(std::begin(kCustomerKinds), std::end(kCustomerKinds), kind) !=
         std::end(kCustomerKinds);
}

bool SeasonCovers(const SeasonFields& s, std::string_view date) {
  if (!s.recurring) return s.starts <= date && date <= s.ends;
  if (date.size() != 10) return false;
  const std::string_view md = date.substr(5);
  if (s.starts <= s.ends) return s.starts <= md && md <= s.ends;
  return md >= s.starts || md <= s.ends;  // wraps the new year
}

void CheckSeasonFields(const SeasonFields& f, std::vector<FieldError>* errors) {
  CheckTextField("name", f.name, kPriceNameMax, true, errors);
  CheckTextField("notes", f.notes, kPriceNotesMax, false, errors);
  bool dates_ok = true;
  for (auto [field, value] : {std::pair{"starts", &f.starts}, std::pair{"ends", &f.ends}}) {
    const bool ok = f.recurring ? ValidMonthDay(*value) : ParseIsoDate(*value).has_value();
    if (value->empty()) {
      errors->push_back({field, "common.field.required", {}});
      dates_ok = false;
    } else if (!ok) {
      errors->push_back({field, "catalog.season.date_invalid", {}});
      dates_ok = false;
    }
  }
  if (dates_ok && !f.recurring && f.ends < f.starts) {
    errors->push_back({"ends", "catalog.price.period_reversed", {}});
  }
}

void CheckPeriod(std::string_view from_field, const std::string& from, std::string_view to_field,
                 const std::optional<std::string>& to, std::vector<FieldError>* errors) {
  bool ok = true;
  if (from.empty()) {
    errors->push_back({std::string(from_field), "common.field.required", {}});
    ok = false;
  } else if (!ParseIsoDate(from)) {
    errors->push_back({std::string(from_field), "common.field.invalid_date", {}});
    ok = false;
  }
  if (to && !ParseIsoDate(*to)) {
    errors->push_back({std::string(to_field), "common.field.invalid_date", {}});
    ok = false;
  }
  if (ok && to && *to < from) {
    errors->push_back({std::string(to_field), "catalog.price.period_reversed", {}});
  }
}

void CheckPriceListFields(const PriceListFields& f, std::vector<FieldError>* errors) {
  CheckTextField("name", f.name, kPriceNameMax, true, errors);
  CheckTextField("price_level", f.price_level, kPriceLevelMax, false, errors);
  CheckTextField("notes", f.notes, kPriceNotesMax, false, errors);
  if (!IsCustomerKind(f.customer_kind)) {
    errors->push_back(
        {"customer_kind", "common.field.invalid_choice", {{"choices", KindChoices()}}});
  }
  CheckPeriod("valid_from", f.valid_from, "valid_to", f.valid_to, errors);
}

void CheckPrice(std::string_view field, int64_t price_e4, std::vector<FieldError>* errors) {
  if (price_e4 < 0) {
    errors->push_back({std::string(field), "catalog.price.negative", {}});
  } else if (price_e4 > kPriceMaxE4) {
    errors->push_back({std::string(field), "catalog.price.too_large", {}});
  }
}

bool PeriodsOverlap(const std::string& a_from, const std::optional<std::string>& a_to,
                    const std::string& b_from, const std::optional<std::string>& b_to) {
  const bool a_before_b = a_to && *a_to < b_from;
  const bool b_before_a = b_to && *b_to < a_from;
  return !a_before_b && !b_before_a;
}

std::string PriceText(int64_t price_e4) { return Decimal4::FromRaw(price_e4).ToString(); }

std::string_view PriceListStateName(PriceListState s) {
  return doc::NameOf(kPriceListStateNames, s);
}

audit::Snapshot SeasonSnapshot(const Season& s) {
  return {{"name", s.f.name},
          {"recurring", s.f.recurring},
          {"starts", s.f.starts},
          {"ends", s.f.ends},
          {"notes", s.f.notes}};
}

audit::Snapshot PriceListSnapshot(const PriceList& l) {
  return {{"name", l.f.name},
          {"customer_kind", l.f.customer_kind},
          {"price_level", l.f.price_level},
          {"region_id", audit::OrNull(l.f.region_id)},
          {"season_id", audit::OrNull(l.f.season_id)},
          {"valid_from", l.f.valid_from},
          {"valid_to", audit::OrNull(l.f.valid_to)},
          {"status", std::string(PriceListStateName(l.state))},
          {"notes", l.f.notes}};
}

audit::Snapshot PriceLineSnapshot(const PriceLine& l) {
  return {{"list_id", l.list_id},
          {"product_id", l.product_id},
          {"min_qty", Decimal4::FromRaw(l.min_qty_e4).ToString()},
          {"unit_price", PriceText(l.unit_price_e4)}};
}

audit::Snapshot CustomerPriceSnapshot(const CustomerPrice& p) {
  return {{"customer_id", p.customer_id},
          {"product_id", p.product_id},
          {"unit_price", PriceText(p.unit_price_e4)},
          {"valid_from", p.valid_from},
          {"valid_to", audit::OrNull(p.valid_to)},
          {"notes", p.notes}};
}

audit::Snapshot FloorSnapshot(const PriceFloor& f) {
  return {{"product_id", f.product_id},
          {"customer_kind", f.customer_kind},
          {"floor", f.floor_e4 ? audit::FieldValue(PriceText(*f.floor_e4)) : nullptr},
          {"valid_from", f.valid_from}};
}

}  // namespace sd::catalog
