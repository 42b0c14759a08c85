#pragma once
// The only SQL for org_departments (ListDepartments and DepartmentExists are declared in
// department.h for other modules). Every function needs the caller's Tx.

#include <cstdint>
#include <map>
#include <optional>

#include "base/result.h"
#include "db/database.h"
#include "org/department.h"

namespace sd::org::store {

// Errors: kAlreadyExists "org.department.code_taken".
Result<int64_t> InsertDepartment(db::Tx& tx, const NewDepartment& d, int64_t now_us);

Result<std::optional<Department>> LoadDepartment(db::Tx& tx, int64_t id);

// Overwrites code, name, parent and sort order and bumps the version when the row is still
// d.version; false when it is not. Errors: kAlreadyExists "org.department.code_taken".
Result<bool> UpdateDepartment(db::Tx& tx, const Department& d);

// Child departments, positions and staff (any status) of the department.
Result<int64_t> DepartmentUsage(db::Tx& tx, int64_t id);

// Deletes the row when it is still `version`; false when it is not. A row another table still
// points to (a user's department) gives kFailedPrecondition "org.department.in_use".
Result<bool> DeleteDepartment(db::Tx& tx, int64_t id, int64_t version);

// Active staff and positions per department id (direct members only).
Result<std::map<int64_t, DepartmentCounts>> CountByDepartment(db::Tx& tx);

}  // namespace sd::org::store
