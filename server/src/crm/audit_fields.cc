#include "crm/audit_fields.h"

#include "audit/describe.h"
#include "crm/label_store.h"

namespace sd::crm {
namespace {

using audit::FieldDesc;
using audit::FieldKind;

constexpr FieldDesc kCustomer[] = {
    {"name", "crm.field.customer_name", FieldKind::kText, ""},
    {"code", "crm.field.customer_code", FieldKind::kText, ""},
    {"short_name", "crm.field.short_name", FieldKind::kText, ""},
    {"credit_code", "crm.field.credit_code", FieldKind::kText, ""},
    {"kind", "crm.field.kind", FieldKind::kEnum, "crm.enum.kind"},
    {"class", "crm.field.class", FieldKind::kEnum, "crm.enum.class"},
    {"industry", "crm.field.industry", FieldKind::kText, ""},
    {"address", "crm.field.address", FieldKind::kText, ""},
    {"support_staff_id", "crm.field.support", FieldKind::kRef, "staff"},
    {"settlement", "crm.field.settlement", FieldKind::kEnum, "crm.enum.settlement"},
    {"credit_days", "crm.field.credit_days", FieldKind::kText, ""},
    {"credit_limit_fen", "crm.field.credit_limit", FieldKind::kMoney, ""},
    {"credit_rating", "crm.field.credit_rating", FieldKind::kText, ""},
    {"rating", "crm.field.credit_rating", FieldKind::kText, ""},
    {"price_level", "crm.field.price_level", FieldKind::kText, ""},
    {"contacts", "crm.field.contacts", FieldKind::kText, ""},
    {"varieties", "crm.field.varieties", FieldKind::kText, ""},
    {"idle_days", "crm.field.idle_days", FieldKind::kText, ""},
    // Texts recorded beside a reference (the owner's name at the time): the reference is shown.
    {"owner", "", FieldKind::kHidden, ""},
    {"to", "", FieldKind::kHidden, ""},
    {"transfer_id", "", FieldKind::kHidden, ""},
    {"credit_rating_id", "", FieldKind::kHidden, ""},
    {"last_activity_at_us", "", FieldKind::kHidden, ""},
};

constexpr FieldDesc kFollowUp[] = {
    {"kind", "crm.field.follow_up_kind", FieldKind::kEnum, "crm.enum.follow_up_kind"},
    {"customer_id", "crm.field.customer", FieldKind::kRef, "customer"},
    {"contact_id", "", FieldKind::kHidden, ""},
    {"plan_id", "", FieldKind::kHidden, ""},
    {"happened_on", "crm.field.happened_on", FieldKind::kDate, ""},
    {"planned_on", "crm.field.planned_on", FieldKind::kDate, ""},
    {"planned_time", "crm.field.planned_time", FieldKind::kText, ""},
    {"duration_min", "crm.field.duration_min", FieldKind::kText, ""},
    {"purpose", "crm.field.purpose", FieldKind::kText, ""},
    {"outcome", "crm.field.outcome", FieldKind::kText, ""},
    {"follow_up_on", "crm.field.follow_up_on", FieldKind::kDate, ""},
};

constexpr FieldDesc kLead[] = {
    {"kind", "crm.field.lead_kind", FieldKind::kEnum, "crm.enum.lead_kind"},
    {"source", "crm.field.source", FieldKind::kText, ""},
    {"company", "crm.field.company", FieldKind::kText, ""},
    {"contact_name", "crm.field.contact_name", FieldKind::kText, ""},
    {"country", "crm.field.country", FieldKind::kText, ""},
    {"time_zone", "crm.field.time_zone", FieldKind::kText, ""},
    {"assignee_staff_id", "crm.field.assignee", FieldKind::kRef, "staff"},
    {"customer_id", "crm.field.customer", FieldKind::kRef, "customer"},
    {"discard_reason", "crm.field.discard_reason", FieldKind::kText, ""},
};

constexpr FieldDesc kSettings[] = {
    {"cap_per_rep", "crm.field.cap_per_rep", FieldKind::kText, ""},
    {"idle_days_key", "crm.field.idle_days_key", FieldKind::kText, ""},
    {"idle_days_regular", "crm.field.idle_days_regular", FieldKind::kText, ""},
    {"idle_days_prospect", "crm.field.idle_days_prospect", FieldKind::kText, ""},
};

}  // namespace

void DescribeForAudit() {
  audit::Describe({"customer", "audit.entity.customer", "customer", kCustomer});
  audit::Describe({"follow_up", "audit.entity.follow_up", "", kFollowUp});
  audit::Describe({"follow_up_plan", "audit.entity.follow_up_plan", "", kFollowUp});
  audit::Describe({"lead", "audit.entity.lead", "", kLead});
  audit::Describe({"sample", "audit.entity.sample", "", {}});
  audit::Describe({"competitor", "audit.entity.competitor", "", {}});
  audit::Describe({"competitor_price", "audit.entity.competitor_price", "", {}});
  audit::Describe({"crm_settings", "audit.entity.crm_settings", "", kSettings});
  audit::AddRefResolver("customer", store::CustomerLabels);
}

}  // namespace sd::crm
