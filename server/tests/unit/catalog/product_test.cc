// Products without a database: unit conversion (exact, half away from zero both ways), the
// field rules behind the API's field errors, tax rates as percentages, and the transition
// table (every state × action allowed or refused).
#include "catalog/product.h"

#include <gtest/gtest.h>

#include <set>

#include "auth/actor.h"
#include "doc/action.h"

namespace sd::catalog {
namespace {

Decimal4 D(const char* text) { return *Decimal4::Parse(text); }

ProductFields Asphalt() {
  ProductFields f;
  f.name = "SBS改性沥青";
  f.spec = "I-D";
  f.product_line_id = 1;
  f.base_unit = "t";
  f.units = {{"kg", D("0.001")}, {"bag", D("1.2")}};
  f.standard_cost_fen = 385000;
  return f;
}

std::set<std::string> Errors(const ProductFields& f) {
  std::vector<FieldError> errors;
  CheckProductFields(f, &errors);
  std::set<std::string> out;
  for (const FieldError& e : errors) out.insert(e.field + ":" + e.key);
  return out;
}

TEST(ProductUnits, ConvertToTheBaseUnitExactly) {
  const ProductFields f = Asphalt();
  EXPECT_EQ(ToBaseUnits(f, "kg", D("2500"))->ToString(), "2.5000");
  EXPECT_EQ(ToBaseUnits(f, "bag", D("3"))->ToString(), "3.6000");
  EXPECT_EQ(ToBaseUnits(f, "t", D("7.1234"))->ToString(), "7.1234");
  // 1 kg = 0.001 t: 0.05 kg is 0.00005 t, rounded half away from zero to 0.0001, and the
  // negative mirrors it (a return line converts like its sale).
  EXPECT_EQ(ToBaseUnits(f, "kg", D("0.05"))->raw(), 1);
  EXPECT_EQ(ToBaseUnits(f, "kg", D("-0.05"))->raw(), -1);
  EXPECT_EQ(ToBaseUnits(f, "kg", D("0.04"))->raw(), 0);
}

TEST(ProductUnits, ConvertFromTheBaseUnit) {
  const ProductFields f = Asphalt();
  EXPECT_EQ(FromBaseUnits(f, "kg", D("2.5"))->ToString(), "2500.0000");
  // 1 t in bags of 1.2 t: 0.83333… rounds to 0.8333; 2 t to 1.6667.
  EXPECT_EQ(FromBaseUnits(f, "bag", D("1"))->ToString(), "0.8333");
  EXPECT_EQ(FromBaseUnits(f, "bag", D("2"))->ToString(), "1.6667");
  EXPECT_EQ(FromBaseUnits(f, "bag", D("-2"))->ToString(), "-1.6667");
}

TEST(ProductUnits, RefuseUnitsTheProductDoesNotHave) {
  const ProductFields f = Asphalt();
  auto r = ToBaseUnits(f, "drum", D("1"));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().key, "catalog.product.unit_unknown");
  EXPECT_FALSE(FromBaseUnits(f, "set", D("1")));
}

TEST(ProductUnits, RefuseQuantitiesOutOfRange) {
  ProductFields f = Asphalt();
  f.units = {{"kg", D("10000")}};
  auto r = ToBaseUnits(f, "kg", Decimal4::FromRaw(Decimal4::kMaxRaw));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().key, "catalog.product.qty_out_of_range");
}

TEST(ProductFieldsCheck, AcceptsAGoodProduct) { EXPECT_TRUE(Errors(Asphalt()).empty()); }

TEST(ProductFieldsCheck, ReportsEachBadField) {
  ProductFields f = Asphalt();
  f.code = "P 01";
  f.name = "";
  f.product_line_id = 0;
  f.base_unit = "ton";
  f.units = {{"kg", D("0")}, {"kg", D("-1")}, {"crate", D("1")}};
  f.tax_rate_e4 = 1700;
  f.standard_cost_fen = -1;
  EXPECT_EQ(Errors(f),
            (std::set<std::string>{
                "code:catalog.product.code_invalid", "name:common.field.required",
                "product_line_id:common.field.required", "base_unit:catalog.product.unit_unknown",
                "units[0].factor:catalog.product.factor_not_positive",
                "units[1].unit:catalog.product.unit_repeated",
                "units[1].factor:catalog.product.factor_not_positive",
                "units[2].unit:catalog.product.unit_unknown",
                "tax_rate:catalog.product.tax_rate_not_allowed",
                "standard_cost:catalog.product.cost_negative"}));
}

TEST(ProductFieldsCheck, SecondaryUnitMayNotBeTheBaseUnit) {
  ProductFields f = Asphalt();
  f.units = {{"t", D("1")}};
  EXPECT_EQ(Errors(f), (std::set<std::string>{"units[0].unit:catalog.product.unit_repeated"}));
  f.units.assign(kSecondaryUnitsMax + 1, {"kg", D("1")});
  EXPECT_EQ(Errors(f), (std::set<std::string>{"units:catalog.product.units_too_many"}));
}

TEST(ProductTaxRates, AllowedRatesAsPercentages) {
  for (int64_t r : {1300, 900, 600, 300, 100, 0}) EXPECT_TRUE(IsAllowedTaxRate(r)) << r;
  for (int64_t r : {1700, 1100, 50, -1300, 10000}) EXPECT_FALSE(IsAllowedTaxRate(r)) << r;
  EXPECT_EQ(TaxRatePercent(1300), "13%");
  EXPECT_EQ(TaxRatePercent(650), "6.5%");
  EXPECT_EQ(TaxRatePercent(1), "0.01%");
  EXPECT_EQ(AllowedTaxRatesText(), "13%, 9%, 6%, 3%, 1%, 0%");
}

TEST(ProductSearch, TextHoldsCodeNameSpecAndInitialsInLowerCase) {
  ProductFields f = Asphalt();
  f.code = "P00001";
  EXPECT_EQ(ProductSearchText(f, "sbsgxlq"), "p00001 sbs改性沥青 i-d sbsgxlq");
}

TEST(ProductStates, EveryStateAndActionIsAllowedOrRefused) {
  auth::Actor manager;
  manager.permissions = {"product.manage", "product.read"};
  auth::Actor reader;
  reader.permissions = {"product.read"};
  const doc::ActionContext c{1, 1, false, false};
  struct Case {
    ProductState from;
    ProductAction action;
    bool allowed;
  };
  for (const Case& k : {Case{ProductState::kActive, ProductAction::kDiscontinue, true},
                        Case{ProductState::kActive, ProductAction::kReactivate, false},
                        Case{ProductState::kDiscontinued, ProductAction::kDiscontinue, false},
                        Case{ProductState::kDiscontinued, ProductAction::kReactivate, true}}) {
    auto r = doc::CheckAction(kProductTransitions, kProductStateNames, kProductActionNames, k.from,
                              k.action, manager, c);
    EXPECT_EQ(r.has_value(), k.allowed);
    if (!k.allowed) {
      EXPECT_EQ(r.error().code, Code::kFailedPrecondition);
    }
    auto denied = doc::CheckAction(kProductTransitions, kProductStateNames, kProductActionNames,
                                   k.from, k.action, reader, c);
    ASSERT_FALSE(denied);
    EXPECT_EQ(denied.error().code, k.allowed ? Code::kPermissionDenied : Code::kFailedPrecondition);
  }
  EXPECT_EQ(ProductStateName(ProductState::kDiscontinued), "discontinued");
  EXPECT_EQ(ProductSourceName(ProductSource::kBought), "bought");
}

}  // namespace
}  // namespace sd::catalog
