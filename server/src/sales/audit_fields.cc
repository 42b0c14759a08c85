#include "sales/audit_fields.h"

#include "audit/describe.h"
#include "sales/quotation_store.h"

namespace sd::sales {
namespace {

using audit::FieldDesc;
using audit::FieldKind;

constexpr FieldDesc kQuotation[] = {
    {"number", "sales.field.number", FieldKind::kText, ""},
    {"customer_id", "sales.field.customer", FieldKind::kRef, "customer"},
    {"lead_id", "sales.field.lead", FieldKind::kText, ""},
    {"quoted_on", "sales.field.quoted_on", FieldKind::kDate, ""},
    {"validity_days", "sales.field.validity_days", FieldKind::kText, ""},
    {"valid_until", "sales.field.valid_until", FieldKind::kDate, ""},
    {"currency", "sales.field.currency", FieldKind::kText, ""},
    {"fx_rate", "sales.field.fx_rate", FieldKind::kText, ""},
    {"incoterm", "sales.field.incoterm", FieldKind::kText, ""},
    {"incoterm_place", "sales.field.incoterm_place", FieldKind::kText, ""},
    {"payment_terms", "sales.field.payment_terms", FieldKind::kText, ""},
    {"delivery_terms", "sales.field.delivery_terms", FieldKind::kText, ""},
    {"notes", "sales.field.notes", FieldKind::kText, ""},
    {"lines", "sales.field.lines", FieldKind::kText, ""},
    {"gross_fen", "sales.field.total", FieldKind::kMoney, ""},
    {"status", "sales.field.status", FieldKind::kEnum, "sales.quotation.state"},
    {"owner_staff_id", "sales.field.owner", FieldKind::kRef, "staff"},
};

constexpr FieldDesc kFxRate[] = {
    {"currency", "sales.field.currency", FieldKind::kText, ""},
    {"rate_on", "sales.field.rate_on", FieldKind::kDate, ""},
    {"rate", "sales.field.rate", FieldKind::kText, ""},
    {"note", "sales.field.notes", FieldKind::kText, ""},
};

}  // namespace

void DescribeForAudit() {
  audit::Describe({"quotation", "sales.entity.quotation", "quotation", kQuotation});
  audit::Describe({"fx_rate", "sales.entity.fx_rate", "", kFxRate});
  audit::AddRefResolver("quotation", store::QuotationLabels);
}

}  // namespace sd::sales
