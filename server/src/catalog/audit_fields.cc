#include "catalog/audit_fields.h"

#include <algorithm>

#include "audit/describe.h"
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
}

}  // namespace sd::catalog
