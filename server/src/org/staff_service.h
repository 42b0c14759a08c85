#pragma once
// Staff use cases. Each validates, writes and audits in the caller's transaction. The org
// module sits below auth, so these take the audit context rather than an actor: the route
// table checks the permissions (org.read to read, org.manage to write).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit.h"
#include "base/page.h"
#include "db/database.h"
#include "org/staff.h"

namespace sd::org {

struct NewStaff {
  StaffFields f;  // status and left_on are ignored: a new staff member is active
  std::vector<int64_t> position_ids;
  std::vector<int64_t> region_ids;
  std::vector<int64_t> product_line_ids;
};

// Creates a staff member with links, audited as staff/create (and staff/assign_positions
// when positions are given). Errors: kInvalidArgument with field errors (rules of
// CheckStaffFields; unknown department, superior, positions, regions or product lines; over
// kStaffListMax ids in a list), kAlreadyExists "org.staff.code_taken".
Result<Staff> CreateStaff(db::Tx& tx, const audit::Context& ctx, const NewStaff& s);

// A PATCH: absent fields stay as they are.
struct StaffPatch {
  int64_t version = 0;
  std::optional<std::string> code;
  std::optional<std::string> name;
  std::optional<int64_t> department_id;
  std::optional<std::optional<int64_t>> superior_staff_id;  // null clears
  std::optional<std::string> phone;
  std::optional<std::string> email;
  std::optional<std::string> status;
  std::optional<std::optional<std::string>> joined_on;
  std::optional<std::optional<std::string>> left_on;
  std::optional<std::string> notes;
  std::optional<std::vector<int64_t>> position_ids;
  std::optional<std::vector<int64_t>> region_ids;
  std::optional<std::vector<int64_t>> product_line_ids;
};

// Applies a patch. A change of positions writes its own audit record staff/assign_positions
// (before/after {"positions": ["XS-05 销售代表"]}); any other change, or a patch that changes
// nothing, writes staff/update. Positions take effect for the linked account on its next
// request. Errors: kNotFound, kAborted "common.version_conflict", kInvalidArgument,
// kAlreadyExists "org.staff.code_taken", kFailedPrecondition "org.staff.cycle" (the superior
// is the person or someone below them).
Result<Staff> UpdateStaff(db::Tx& tx, const audit::Context& ctx, int64_t id,
                          const StaffPatch& patch);

// Errors: kNotFound "common.not_found".
Result<Staff> GetStaff(db::Tx& tx, int64_t id);

struct StaffQuery {
  std::optional<std::string> q;
  std::optional<int64_t> department_id;  // this department and below
  std::optional<int64_t> position_id;
  std::optional<int64_t> region_id;
  std::optional<std::string> status;
  std::optional<std::string> permission;  // holds a position granting it ("customer.claim")
  PageRequest page;
};
// Errors: kInvalidArgument for a status other than active/left.
Result<Page<Staff>> ListStaff(db::Tx& tx, const StaffQuery& query);

// Id, code and name of a staff member, or nullopt. For other modules (auth links accounts).
Result<std::optional<OrgRef>> FindStaff(db::Tx& tx, int64_t id);
// The ids of the staff members (active or left) of any of the departments: a department
// scope's people.
Result<std::vector<int64_t>> StaffInDepartments(db::Tx& tx,
                                                const std::vector<int64_t>& department_ids);
// Whether the staff member exists and has not left.
Result<bool> StaffActive(db::Tx& tx, int64_t staff_id);

}  // namespace sd::org
