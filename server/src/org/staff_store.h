#pragma once
// SQL for org_staff and its link tables (org_staff_positions, org_staff_regions,
// org_staff_product_lines). Only staff_store.cc touches them. Functions need a Tx (reads any,
// writes a write Tx) and return the db errors unchanged unless stated.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/page.h"
#include "db/database.h"
#include "org/hierarchy.h"
#include "org/staff.h"

namespace sd::org::store {

struct StaffFilter {
  std::optional<std::string> q;                        // part of the code or name
  std::optional<std::vector<int64_t>> department_ids;  // any of these departments
  std::optional<int64_t> position_id;                  // holds this position
  std::optional<int64_t> region_id;                    // covers this region
  std::optional<std::string> status;                   // "active" | "left"
  std::optional<std::string> permission;               // holds a position granting this permission
  PageRequest page;
};

// One staff member with positions, regions and product lines; nullopt if there is none.
Result<std::optional<Staff>> LoadStaff(db::Tx& tx, int64_t id);
// A page ordered by code, with the total of the filter.
Result<Page<Staff>> QueryStaff(db::Tx& tx, const StaffFilter& f);

// Whether the staff member holds a position granting permission (status not considered).
Result<bool> StaffHoldsPermission(db::Tx& tx, int64_t staff_id, std::string_view permission);

// Errors: kAlreadyExists "org.staff.code_taken".
Result<int64_t> InsertStaff(db::Tx& tx, const StaffFields& f, int64_t now_us);
// Writes every field if the row is still at expected_version, bumping the version. Returns
// false on a version mismatch. Errors: kAlreadyExists "org.staff.code_taken".
Result<bool> UpdateStaff(db::Tx& tx, int64_t id, int64_t expected_version, const StaffFields& f,
                         int64_t now_us);

// What a staff member is linked to.
enum class StaffLink : uint8_t { kPositions, kRegions, kProductLines };

// Replaces the staff member's links of one kind with ids (existing, unique).
Result<void> ReplaceStaffLinks(db::Tx& tx, int64_t staff_id, StaffLink link,
                               const std::vector<int64_t>& ids);
// The ids among ids (unique) that name no position / region / product line.
Result<std::vector<int64_t>> MissingLinkTargets(db::Tx& tx, StaffLink link,
                                                const std::vector<int64_t>& ids);

// Every staff member's direct superior, for the cycle check.
Result<SuperiorMap> StaffSuperiors(db::Tx& tx);

// Id, code (工号) and name of a staff member, if there is one.
Result<std::optional<OrgRef>> FindStaffRef(db::Tx& tx, int64_t id);

// The ids of the staff members (active or left) of any of the departments.
Result<std::vector<int64_t>> StaffInDepartments(db::Tx& tx, const std::vector<int64_t>& ids);
// Whether the staff member exists and has not left.
Result<bool> StaffActive(db::Tx& tx, int64_t id);

}  // namespace sd::org::store
