#include "catalog/product.h"

#include <algorithm>
#include <set>

#include "base/assert.h"
#include "base/text.h"

namespace sd::catalog {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsCodeChar(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' ||
         c == '_' || c == '.';
}

void CheckUnits(const ProductFields& f, std::vector<FieldError>* errors) {
  if (f.units.size() > kSecondaryUnitsMax) {
    errors->push_back(
        {"units", "catalog.product.units_too_many", {{"max", std::to_string(kSecondaryUnitsMax)}}});
    return;
  }
  std::set<std::string, std::less<>> seen{f.base_unit};
  for (size_t i = 0; i < f.units.size(); ++i) {
    const SecondaryUnit& u = f.units[i];
    const std::string at = "units[" + std::to_string(i) + "]";
    if (!IsUnit(u.unit)) {
      errors->push_back({at + ".unit", "catalog.product.unit_unknown", {{"unit", u.unit}}});
    } else if (!seen.insert(u.unit).second) {
      errors->push_back({at + ".unit", "catalog.product.unit_repeated", {{"unit", u.unit}}});
    }
    if (u.factor.raw() <= 0) {
      errors->push_back({at + ".factor", "catalog.product.factor_not_positive", {}});
    }
  }
}

// The unit's factor (×10⁴) for f, 10⁴ for the base unit; nullopt for a unit f does not have.
std::optional<int64_t> FactorOf(const ProductFields& f, std::string_view unit) {
  if (unit == f.base_unit) return Decimal4::kScale;
  for (const SecondaryUnit& u : f.units) {
    if (u.unit == unit) return u.factor.raw();
  }
  return std::nullopt;
}

// n / d as a Decimal4, rounded half away from zero; checked before the 64-bit result is made.
Result<Decimal4> Bounded(Int128 n, int64_t d) {
  const Int128 whole = n / d;
  if (whole > Decimal4::kMaxRaw || whole < -Decimal4::kMaxRaw) {
    return Fail(Code::kInvalidArgument, "catalog.product.qty_out_of_range");
  }
  return Decimal4::FromRaw(DivRoundHalfAway(n, d));
}

}  // namespace

bool IsUnit(std::string_view code) {
  return std::find(std::begin(kUnits), std::end(kUnits), code) != std::end(kUnits);
}

bool IsAllowedTaxRate(int64_t rate_e4) {
  return std::find(std::begin(kTaxRatesE4), std::end(kTaxRatesE4), rate_e4) !=
         std::end(kTaxRatesE4);
}

std::string TaxRatePercent(int64_t rate_e4) {
  // 1300 ×10⁴ is 13.00%: the percentage has two decimals, trailing zeros dropped.
  std::string s = std::to_string(rate_e4 / 100);
  int64_t frac = rate_e4 % 100;
  if (frac < 0) frac = -frac;
  if (frac != 0) {
    s += '.';
    s += static_cast<char>('0' + frac / 10);
    if (frac % 10 != 0) s += static_cast<char>('0' + frac % 10);
  }
  return s + "%";
}

std::string AllowedTaxRatesText() {
  std::string out;
  for (int64_t r : kTaxRatesE4) {
    if (!out.empty()) out += ", ";
    out += TaxRatePercent(r);
  }
  return out;
}

void CheckProductFields(const ProductFields& f, std::vector<FieldError>* errors) {
  CheckTextField("code", f.code, kProductCodeMax, false, errors);
  if (!std::all_of(f.code.begin(), f.code.end(), IsCodeChar)) {
    errors->push_back({"code", "catalog.product.code_invalid", {}});
  }
  CheckTextField("name", f.name, kProductNameMax, true, errors);
  CheckTextField("spec", f.spec, kProductSpecMax, false, errors);
  CheckTextField("package", f.package, kProductPackageMax, false, errors);
  CheckTextField("notes", f.notes, kProductNotesMax, false, errors);
  if (f.product_line_id <= 0) errors->push_back({"product_line_id", "common.field.required", {}});
  if (f.base_unit.empty()) {
    errors->push_back({"base_unit", "common.field.required", {}});
  } else if (!IsUnit(f.base_unit)) {
    errors->push_back({"base_unit", "catalog.product.unit_unknown", {{"unit", f.base_unit}}});
  }
  CheckUnits(f, errors);
  if (!IsAllowedTaxRate(f.tax_rate_e4)) {
    errors->push_back(
        {"tax_rate", "catalog.product.tax_rate_not_allowed", {{"allowed", AllowedTaxRatesText()}}});
  }
  if (f.standard_cost_fen < 0) {
    errors->push_back({"standard_cost", "catalog.product.cost_negative", {}});
  }
}

Result<Decimal4> ToBaseUnits(const ProductFields& f, std::string_view unit, Decimal4 qty) {
  std::optional<int64_t> factor = FactorOf(f, unit);
  if (!factor) {
    return Fail(Code::kInvalidArgument, "catalog.product.unit_unknown",
                {{"unit", std::string(unit)}});
  }
  return Bounded(Int128{qty.raw()} * *factor, Decimal4::kScale);
}

Result<Decimal4> FromBaseUnits(const ProductFields& f, std::string_view unit, Decimal4 qty) {
  std::optional<int64_t> factor = FactorOf(f, unit);
  if (!factor) {
    return Fail(Code::kInvalidArgument, "catalog.product.unit_unknown",
                {{"unit", std::string(unit)}});
  }
  SD_ASSERT(*factor > 0, "factors are checked positive before they are stored");
  return Bounded(Int128{qty.raw()} * Decimal4::kScale, *factor);
}

std::string ProductSearchText(const ProductFields& f, std::string_view mnemonic) {
  return Lower(f.code + " " + f.name + " " + f.spec + " " + std::string(mnemonic));
}

std::string_view ProductStateName(ProductState s) { return doc::NameOf(kProductStateNames, s); }
std::string_view ProductSourceName(ProductSource s) { return doc::NameOf(kProductSourceNames, s); }

audit::Snapshot ProductSnapshot(const Product& p) {
  std::vector<std::string> units;
  for (const SecondaryUnit& u : p.f.units) units.push_back(u.unit + " = " + u.factor.ToString());
  return {{"code", p.f.code},
          {"name", p.f.name},
          {"spec", p.f.spec},
          {"product_line_id", p.f.product_line_id},
          {"base_unit", p.f.base_unit},
          {"units", units},
          {"tax_rate", TaxRatePercent(p.f.tax_rate_e4)},
          {"standard_cost_fen", p.f.standard_cost_fen},
          {"source", std::string(ProductSourceName(p.f.source))},
          {"package", p.f.package},
          {"status", std::string(ProductStateName(p.state))},
          {"notes", p.f.notes}};
}

}  // namespace sd::catalog
