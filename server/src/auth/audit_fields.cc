#include "auth/audit_fields.h"

#include "audit/describe.h"
#include "auth/label_store.h"

namespace sd::auth {
namespace {

using audit::FieldDesc;
using audit::FieldKind;

constexpr FieldDesc kUser[] = {
    {"login", "audit.field.login", FieldKind::kText, ""},
    {"display_name", "audit.field.display_name", FieldKind::kText, ""},
    {"locale", "audit.field.locale", FieldKind::kEnum, "audit.locale"},
    {"roles", "audit.field.roles", FieldKind::kText, ""},
    {"disabled", "audit.field.disabled", FieldKind::kBool, ""},
    {"must_change_password", "audit.field.must_change_password", FieldKind::kBool, ""},
};

constexpr FieldDesc kRole[] = {
    {"permissions", "audit.field.permissions", FieldKind::kText, ""},
};

constexpr FieldDesc kSession[] = {
    {"login", "audit.field.login", FieldKind::kText, ""},
    {"user_id", "audit.field.user", FieldKind::kRef, "user"},
    {"kind", "audit.field.client", FieldKind::kText, ""},
};

}  // namespace

void DescribeForAudit() {
  audit::Describe({"user", "audit.entity.user", "user", kUser});
  audit::Describe({"role", "audit.entity.role", "", kRole});
  audit::Describe({"session", "audit.entity.session", "", kSession});
  audit::AddRefResolver("user", store::UserLabels);
}

}  // namespace sd::auth
