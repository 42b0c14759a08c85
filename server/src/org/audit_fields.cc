#include "org/audit_fields.h"

#include "audit/describe.h"
#include "org/label_store.h"

namespace sd::org {
namespace {

using audit::FieldDesc;
using audit::FieldKind;

// Keys many entities share; an entity's own description wins over these.
constexpr FieldDesc kCommon[] = {
    {"code", "audit.field.code", FieldKind::kText, ""},
    {"name", "audit.field.name", FieldKind::kText, ""},
    {"status", "audit.field.status", FieldKind::kEnum, "audit.status"},
    {"notes", "audit.field.notes", FieldKind::kText, ""},
    {"note", "audit.field.note", FieldKind::kText, ""},
    {"reason", "audit.field.reason", FieldKind::kText, ""},
    {"phone", "audit.field.phone", FieldKind::kText, ""},
    {"email", "audit.field.email", FieldKind::kText, ""},
    {"state", "audit.field.state", FieldKind::kEnum, "audit.state"},
    {"sort_order", "audit.field.sort_order", FieldKind::kText, ""},
    {"staff_id", "audit.field.staff", FieldKind::kRef, "staff"},
    {"owner_staff_id", "audit.field.owner", FieldKind::kRef, "staff"},
    {"to_staff_id", "audit.field.to_staff", FieldKind::kRef, "staff"},
    {"superior_staff_id", "audit.field.superior", FieldKind::kRef, "staff"},
    {"region_id", "audit.field.region", FieldKind::kRef, "region"},
    {"department_id", "audit.field.department", FieldKind::kRef, "department"},
    {"position_id", "audit.field.position", FieldKind::kRef, "position"},
    {"version", "", FieldKind::kHidden, ""},
    {"id", "", FieldKind::kHidden, ""},
};

constexpr FieldDesc kStaff[] = {
    {"joined_on", "audit.field.joined_on", FieldKind::kDate, ""},
    {"left_on", "audit.field.left_on", FieldKind::kDate, ""},
    {"regions", "audit.field.regions", FieldKind::kText, ""},
    {"product_lines", "audit.field.product_lines", FieldKind::kText, ""},
    {"positions", "audit.field.positions", FieldKind::kText, ""},
};

constexpr FieldDesc kRegion[] = {
    {"parent_id", "audit.field.parent_region", FieldKind::kRef, "region"},
    {"level", "audit.field.region_level", FieldKind::kEnum, "audit.region_level"},
};

constexpr FieldDesc kDepartment[] = {
    {"parent_id", "audit.field.parent_department", FieldKind::kRef, "department"},
};

}  // namespace

void DescribeForAudit() {
  audit::Describe({"*", "", "", kCommon});
  audit::Describe({"staff", "audit.entity.staff", "staff", kStaff});
  audit::Describe({"region", "audit.entity.region", "region", kRegion});
  audit::Describe({"department", "audit.entity.department", "department", kDepartment});
  audit::Describe({"position", "audit.entity.position", "position", {}});
  audit::Describe({"assignment", "audit.entity.assignment", "", {}});
  audit::Describe({"product_line", "audit.entity.product_line", "", {}});
  audit::AddRefResolver("staff", store::StaffLabels);
  audit::AddRefResolver("region", store::RegionLabels);
  audit::AddRefResolver("department", store::DepartmentLabels);
  audit::AddRefResolver("position", store::PositionLabels);
}

}  // namespace sd::org
