#pragma once
// The price policy's records (价格政策): seasons (旺季/淡季), price lists by customer kind with
// optional price level, region and season, their lines with quantity tiers, customer-specific
// agreed prices (协议价) and floor prices (底价). Types and pure rules only: SQL in
// price_store.h, use cases in price_service.h, resolution in pricing.h.
// Prices are tax-inclusive per base unit ×10⁴ (`_e4`); business dates are "YYYY-MM-DD".

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit.h"
#include "base/result.h"
#include "catalog/price_list_states.h"

namespace sd::catalog {

// The customer kinds of crm (crm/customer.cc kKinds): a list applies to one of them.
inline constexpr std::string_view kCustomerKinds[] = {"end_user", "dealer", "agent"};
bool IsCustomerKind(std::string_view kind);

// The largest price accepted: 10⁹ yuan per base unit (×10⁴), far above any real price and
// far below what Extend can multiply by a large quantity.
inline constexpr int64_t kPriceMaxE4 = 1'000'000'000LL * 10'000;

struct SeasonFields {
  std::string name;
  bool recurring = true;
  std::string starts;  // recurring: "MM-DD"; dated: "YYYY-MM-DD"
  std::string ends;
  std::string notes;
};

struct Season {
  int64_t id = 0;
  SeasonFields f;
  int64_t version = 1;
};

// Whether the season holds on date ("YYYY-MM-DD"): both ends included; a recurring season whose
// end is before its start wraps the new year (11-01..03-14). Pure.
bool SeasonCovers(const SeasonFields& s, std::string_view date);

struct PriceListFields {
  std::string name;
  std::string customer_kind = "end_user";
  std::string price_level;  // "" any level
  std::optional<int64_t> region_id;
  std::optional<int64_t> season_id;
  std::string valid_from;
  std::optional<std::string> valid_to;
  std::string notes;
};

struct PriceList {
  int64_t id = 0;
  PriceListFields f;
  std::string region_name;
  std::string season_name;
  PriceListState state = PriceListState::kDraft;
  int64_t line_count = 0;
  int64_t version = 1;
  int64_t created_at_us = 0;
  int64_t updated_at_us = 0;
};

struct PriceLine {
  int64_t id = 0;
  int64_t list_id = 0;
  int64_t product_id = 0;
  int64_t min_qty_e4 = 0;
  int64_t unit_price_e4 = 0;
  std::string product_code;  // read with the line, for lists and exports
  std::string product_name;
  std::string product_spec;
  std::string base_unit;
  int64_t tax_rate_e4 = 0;
};

struct CustomerPrice {
  int64_t id = 0;
  int64_t customer_id = 0;
  int64_t product_id = 0;
  int64_t unit_price_e4 = 0;
  std::string valid_from;
  std::optional<std::string> valid_to;
  std::string notes;
  int64_t version = 1;
  std::string customer_name;  // read with the row
  std::string product_code;
  std::string product_name;
};

struct PriceFloor {
  int64_t id = 0;
  int64_t product_id = 0;
  std::string customer_kind;        // "" every kind
  std::optional<int64_t> floor_e4;  // nullopt: no floor from valid_from
  std::string valid_from;
  int64_t version = 1;
  std::string product_code;
  std::string product_name;
};

inline constexpr size_t kPriceNameMax = 128;
inline constexpr size_t kPriceLevelMax = 32;
inline constexpr size_t kPriceNotesMax = 2000;
inline constexpr size_t kPriceLinesMax = 5000;

// Field errors: required and long texts, "starts"/"ends" not "MM-DD" (recurring, a real day of
// a leap year) or not "YYYY-MM-DD" (dated) ("catalog.season.date_invalid"), a dated season
// ending before it starts ("catalog.price.period_reversed").
void CheckSeasonFields(const SeasonFields& f, std::vector<FieldError>* errors);
// Field errors: name, an unknown kind ("common.field.invalid_choice"), long level, dates
// ("common.field.invalid_date"), valid_to before valid_from ("catalog.price.period_reversed").
void CheckPriceListFields(const PriceListFields& f, std::vector<FieldError>* errors);
// A price within 0..kPriceMaxE4 at `field`: "catalog.price.negative" / "catalog.price.too_large".
void CheckPrice(std::string_view field, int64_t price_e4, std::vector<FieldError>* errors);
// A validity: valid_from required, both dates real, valid_to not before valid_from.
void CheckPeriod(std::string_view from_field, const std::string& from, std::string_view to_field,
                 const std::optional<std::string>& to, std::vector<FieldError>* errors);

// Whether two validities [a_from, a_to] and [b_from, b_to] (nullopt: open) share a day. Pure.
bool PeriodsOverlap(const std::string& a_from, const std::optional<std::string>& a_to,
                    const std::string& b_from, const std::optional<std::string>& b_to);

// "1234.5600" → "1234.56": a price ×10⁴ for people, two to four places.
std::string PriceText(int64_t price_e4);

std::string_view PriceListStateName(PriceListState s);

audit::Snapshot SeasonSnapshot(const Season& s);
audit::Snapshot PriceListSnapshot(const PriceList& l);
audit::Snapshot PriceLineSnapshot(const PriceLine& l);
audit::Snapshot CustomerPriceSnapshot(const CustomerPrice& p);
audit::Snapshot FloorSnapshot(const PriceFloor& f);

}  // namespace sd::catalog
