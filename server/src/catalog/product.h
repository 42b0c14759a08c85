#pragma once
// Products of the catalog (产品): code, name, specification or grade (SBS I-D, 70# A级), the
// product line (org's, whose clerks serve it), the base unit and secondary units with their
// exact conversion, VAT rate, standard cost per base unit, made or bought (自产/外采), package
// and status. Types and pure rules only: no SQL (product_store.h), no JSON, no clock.
// Price lists and quotations build on Product: its id, units, tax rate and standard cost.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit.h"
#include "base/money.h"
#include "base/result.h"
#include "catalog/product_states.h"

namespace sd::catalog {

// Units of measure, stored by code; labels are the messages "catalog.unit.<code>" (吨 / t).
inline constexpr std::string_view kUnits[] = {"t",     "kg",  "set",  "unit", "drum", "bag",
                                              "piece", "box", "roll", "m",    "m2",   "l"};
bool IsUnit(std::string_view code);

// VAT rates a product may carry (×10⁴): 13%, 9%, 6%, the small-scale 3% and 1%, and 0.
inline constexpr int64_t kTaxRatesE4[] = {1300, 900, 600, 300, 100, 0};
bool IsAllowedTaxRate(int64_t rate_e4);
// "13%, 9%, 6%, 3%, 1%, 0%", for the error message.
std::string AllowedTaxRatesText();
// "13%" for 1300, "6.5%" for 650.
std::string TaxRatePercent(int64_t rate_e4);

enum class ProductSource : uint8_t { kMade, kBought };  // 自产 / 外采
inline constexpr doc::EnumName<ProductSource> kProductSourceNames[] = {
    {ProductSource::kMade, "made"}, {ProductSource::kBought, "bought"}};

// 1 `unit` = factor base units; factor > 0 with at most four decimals (Decimal4).
struct SecondaryUnit {
  std::string unit;
  Decimal4 factor;
};

struct ProductFields {
  std::string code;  // empty on create: the next "P00001"
  std::string name;
  std::string spec;
  int64_t product_line_id = 0;
  std::string base_unit;
  std::vector<SecondaryUnit> units;
  int64_t tax_rate_e4 = 1300;
  int64_t standard_cost_fen = 0;  // per base unit, before tax
  ProductSource source = ProductSource::kMade;
  std::string package;  // 吨袋, 桶装, 散装 …
  std::string notes;
};

struct Product {
  int64_t id = 0;
  ProductFields f;
  std::string mnemonic;
  std::string product_line_name;
  ProductState state = ProductState::kActive;
  int64_t version = 1;
  int64_t created_at_us = 0;
  int64_t updated_at_us = 0;
};

inline constexpr size_t kProductCodeMax = 32;
inline constexpr size_t kProductNameMax = 128;
inline constexpr size_t kProductSpecMax = 128;
inline constexpr size_t kProductPackageMax = 32;
inline constexpr size_t kProductNotesMax = 4000;
inline constexpr size_t kSecondaryUnitsMax = 8;

// Field errors of f, keyed by the JSON field ("units[1].factor"): required and long texts, a
// code of other than letters, digits and "-_.", an unknown unit
// ("catalog.product.unit_unknown"), a secondary unit equal to the base unit or repeated
// ("catalog.product.unit_repeated"), a factor ≤ 0 ("catalog.product.factor_not_positive"), a
// tax rate not allowed ("catalog.product.tax_rate_not_allowed" {allowed}), a negative cost
// ("catalog.product.cost_negative"). The product line's existence is the service's check.
void CheckProductFields(const ProductFields& f, std::vector<FieldError>* errors);

// qty given in `unit` as base units: qty × factor, rounded half away from zero to four places.
// The base unit itself converts 1:1. Errors: kInvalidArgument "catalog.product.unit_unknown"
// {unit} (not one of the product's units), "catalog.product.qty_out_of_range".
Result<Decimal4> ToBaseUnits(const ProductFields& f, std::string_view unit, Decimal4 qty);
// The reverse: base units as `unit`, qty ÷ factor rounded half away from zero. Same errors.
Result<Decimal4> FromBaseUnits(const ProductFields& f, std::string_view unit, Decimal4 qty);

// Lower-case search text: code, name, spec and the name's initials.
std::string ProductSearchText(const ProductFields& f, std::string_view mnemonic);

std::string_view ProductStateName(ProductState s);
std::string_view ProductSourceName(ProductSource s);

audit::Snapshot ProductSnapshot(const Product& p);

}  // namespace sd::catalog
