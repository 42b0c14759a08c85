#pragma once
// The pricing function (定价): the price for a customer, product, quantity and day, and why
// (which rule won), with the floor, tax rate and standard cost beside it. Quotations and orders
// call PriceFor in their own transactions; the HTTP quote route calls it for the price hints.
//
// Resolution: the customer's agreed price (catalog_customer_prices) wins; else the active price
// lists of the customer's kind that apply on the day — a season list before a base list, then
// the most specific (price level, then region: the customer's own region before its city
// before its province, then a later valid_from, then the newer list) — and within the winning
// list the highest minimum-quantity tier not above the quantity. A list without a tier that
// fits the quantity does not apply. Net prices follow NetOfGross.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "catalog/price.h"
#include "db/database.h"

namespace sd::catalog {

enum class PriceSource : uint8_t { kCustomerPrice, kSeasonList, kBaseList, kNone };
inline constexpr doc::EnumName<PriceSource> kPriceSourceNames[] = {
    {PriceSource::kCustomerPrice, "customer_price"},
    {PriceSource::kSeasonList, "season_list"},
    {PriceSource::kBaseList, "base_list"},
    {PriceSource::kNone, "none"}};

struct PriceQuery {
  int64_t customer_id = 0;
  int64_t product_id = 0;
  int64_t qty_e4 = 0;  // in the product's base unit
  std::string date;    // YYYY-MM-DD, the day the price applies
};

struct PriceAnswer {
  std::optional<int64_t> unit_price_e4;  // tax-inclusive, per base unit; nullopt: no rule applies
  PriceSource source = PriceSource::kNone;
  std::optional<int64_t> rule_id;   // the winning list line or customer price
  std::string rule_name;            // e.g. the list's name and season, for "why"
  std::optional<int64_t> floor_e4;  // tax-inclusive floor for this customer (kind-specific wins)
  int64_t tax_rate_e4 = 0;
  std::optional<int64_t> standard_cost_fen;  // per base unit, for margin hints
  // Added: the winning list (nullopt for a customer price or none) and the quantity tier used.
  std::optional<int64_t> list_id;
  int64_t min_qty_e4 = 0;
};

// Customer price > season list > base list; the most specific list wins (price level, region,
// season), the highest minimum-quantity tier not above qty. Errors: kNotFound (unknown customer
// or product), kInvalidArgument "common.field.invalid_date" {field "date"} for a date that is
// not YYYY-MM-DD. Does not check the caller's data scope (the caller does). Reads only; runs
// in any Tx: two indexed queries (the customer with its regions, the product and the customer
// price; the product's list lines for the kind with its floors).
Result<PriceAnswer> PriceFor(db::Tx& tx, const PriceQuery& q);

// true when a price below the floor needs approval for this actor (no price.below_floor).
// Pure: true when the answer has a floor and unit_price_e4 is below it; the caller asks
// BelowFloor only for actors without price.below_floor.
bool BelowFloor(const PriceAnswer& a, int64_t unit_price_e4);

// The tax-exclusive price of a tax-inclusive one (the one VAT formula of price lists, STYLE §4):
// net = gross × 10⁴ / (10⁴ + rate), rounded half away from zero to four places. Pure.
int64_t NetOfGross(int64_t gross_e4, int64_t tax_rate_e4);

// What the pure resolution knows of the customer.
struct CustomerFacts {
  std::string kind;
  std::string price_level;
  std::vector<int64_t> regions;  // the customer's region, then its parent, then its parent's
};

// One line of an active list of the customer's kind for the product, as the store reads it;
// level, region, season, validity and tier are still to be checked (PickListLine).
struct LineCandidate {
  int64_t line_id = 0;
  int64_t list_id = 0;
  std::string list_name;
  std::string price_level;
  std::optional<int64_t> region_id;
  std::optional<Season> season;
  std::string valid_from;
  std::optional<std::string> valid_to;
  int64_t min_qty_e4 = 0;
  int64_t unit_price_e4 = 0;
};

// The winning line among candidates for the customer, quantity and day (the order above), or
// nullptr. Pure.
const LineCandidate* PickListLine(const std::vector<LineCandidate>& candidates,
                                  const CustomerFacts& c, int64_t qty_e4, std::string_view date);

// The floor among a product's floor rows for the kind and day: the kind's own row with the
// latest valid_from not after the day wins over the all-kinds row; a NULL floor there means
// none. Pure.
std::optional<int64_t> PickFloor(const std::vector<PriceFloor>& floors, std::string_view kind,
                                 std::string_view date);

// The customer price that holds on the day among one key's rows: the latest valid_from not
// after the day, unless its valid_to is before the day. Pure.
const CustomerPrice* PickCustomerPrice(const std::vector<CustomerPrice>& rows,
                                       std::string_view date);

std::string_view PriceSourceName(PriceSource s);

}  // namespace sd::catalog
