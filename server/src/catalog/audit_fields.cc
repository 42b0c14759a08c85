#include "catalog/audit_fields.h"

#include <algorithm>

#include "audit/describe.h"
#include "catalog/price_store.h"
#include "catalog/product_store.h"
#include "org/product_line_service.h"

namespace sd::catalog {
namespace {

using audit::FieldDesc;
using audit::FieldKind;

constexpr FieldDesc kProduct[] = {
    {"code", "catalog.field.code", FieldKind::kText, ""},
    {"name", "catalog.field.name", FieldKind::kText, ""},
    {"spec", "catalog.field.spec", FieldKind::kText, ""},
    {"product_line_id", "catalog.field.product_line", FieldKind::kRef, "product_line"},
    {"base_unit", "catalog.field.base_unit", FieldKind::kEnum, "catalog.unit"},
    {"units", "catalog.field.units", FieldKind::kText, ""},
    {"tax_rate", "catalog.field.tax_rate", FieldKind::kText, ""},
    {"standard_cost_fen", "catalog.field.standard_cost", FieldKind::kMoney, ""},
    {"source", "catalog.field.source", FieldKind::kEnum, "catalog.source"},
    {"package", "catalog.field.package", FieldKind::kText, ""},
    {"status", "catalog.field.status", FieldKind::kEnum, "catalog.status"},
    {"notes", "catalog.field.notes", FieldKind::kText, ""},
};

constexpr FieldDesc kSeason[] = {
    {"name", "catalog.field.season_name", FieldKind::kText, ""},
    {"recurring", "catalog.field.recurring", FieldKind::kBool, ""},
    {"starts", "catalog.field.starts", FieldKind::kText, ""},
    {"ends", "catalog.field.ends", FieldKind::kText, ""},
    {"notes", "catalog.field.notes", FieldKind::kText, ""},
};

constexpr FieldDesc kPriceList[] = {
    {"name", "catalog.field.list_name", FieldKind::kText, ""},
    {"customer_kind", "catalog.field.customer_kind", FieldKind::kEnum, "catalog.kind"},
    {"price_level", "catalog.field.price_level", FieldKind::kText, ""},
    {"region_id", "catalog.field.region", FieldKind::kRef, "region"},
    {"season_id", "catalog.field.season", FieldKind::kRef, "season"},
    {"valid_from", "catalog.field.valid_from", FieldKind::kDate, ""},
    {"valid_to", "catalog.field.valid_to", FieldKind::kDate, ""},
    {"status", "catalog.field.status", FieldKind::kEnum, "catalog.list_status"},
    {"notes", "catalog.field.notes", FieldKind::kText, ""},
};

// Prices are recorded as text with four places ("5200.0000"), shown as recorded.
constexpr FieldDesc kPriceRule[] = {
    {"list_id", "catalog.field.price_list", FieldKind::kRef, "price_list"},
    {"customer_id", "catalog.field.customer", FieldKind::kRef, "customer"},
    {"product_id", "catalog.field.product", FieldKind::kRef, "product"},
    {"customer_kind", "catalog.field.customer_kind", FieldKind::kEnum, "catalog.kind"},
    {"min_qty", "catalog.field.min_qty", FieldKind::kText, ""},
    {"unit_price", "catalog.field.unit_price", FieldKind::kText, ""},
    {"floor", "catalog.field.floor", FieldKind::kText, ""},
    {"old_price", "catalog.field.old_price", FieldKind::kText, ""},
    {"new_price", "catalog.field.new_price", FieldKind::kText, ""},
    {"valid_from", "catalog.field.valid_from", FieldKind::kDate, ""},
    {"valid_to", "catalog.field.valid_to", FieldKind::kDate, ""},
    {"effective_from", "catalog.field.valid_from", FieldKind::kDate, ""},
    {"effective_to", "catalog.field.valid_to", FieldKind::kDate, ""},
    {"rule_kind", "catalog.field.rule_kind", FieldKind::kEnum, "catalog.rule_kind"},
    {"reason", "catalog.field.reason", FieldKind::kText, ""},
    {"status", "catalog.field.status", FieldKind::kEnum, "catalog.request_status"},
    {"decision_note", "catalog.field.decision_note", FieldKind::kText, ""},
    {"notes", "catalog.field.notes", FieldKind::kText, ""},
};

// Product lines are few (a company has a handful), so the resolver reads them all through
// org's service rather than holding SQL over org's table here.
Result<std::map<int64_t, std::string>> ProductLineLabels(db::Tx& tx,
                                                         const std::vector<int64_t>& ids) {
  std::map<int64_t, std::string> out;
  if (ids.empty()) return out;
  SD_TRY_ASSIGN(std::vector<org::ProductLine> lines, org::ListProductLines(tx));
  for (const org::ProductLine& l : lines) {
    if (std::find(ids.begin(), ids.end(), l.id) != ids.end()) {
      out[l.id] = l.f.code + " " + l.f.name;
    }
  }
  return out;
}

}  // namespace

void DescribeForAudit() {
  audit::Describe({"product", "catalog.entity.product", "product", kProduct});
  audit::AddRefResolver("product", store::ProductLabels);
  audit::AddRefResolver("product_line", ProductLineLabels);
  audit::Describe({"season", "catalog.entity.season", "season", kSeason});
  audit::Describe({"price_list", "catalog.entity.price_list", "price_list", kPriceList});
  audit::Describe({"price_line", "catalog.entity.price_line", "", kPriceRule});
  audit::Describe({"customer_price", "catalog.entity.customer_price", "", kPriceRule});
  audit::Describe({"price_floor", "catalog.entity.price_floor", "", kPriceRule});
  audit::Describe({"price_request", "catalog.entity.price_request", "", kPriceRule});
  audit::AddRefResolver("season", store::SeasonLabels);
  audit::AddRefResolver("price_list", store::PriceListLabels);
}

}  // namespace sd::catalog
