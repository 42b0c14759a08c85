#pragma once
// Departments (DESIGN §2 org): a tree; data scope "department and below" is a subtree.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit.h"
#include "base/result.h"
#include "db/database.h"

namespace sd::org {

struct Department {
  int64_t id = 0;
  std::optional<int64_t> parent_id;
  std::string code;
  std::string name;
  int64_t sort_order = 0;
  int64_t version = 1;
};

// The ids of root and every department below it, root first. Pure; tolerates cycles.
std::vector<int64_t> Subtree(const std::vector<Department>& all, int64_t root);

// Whether putting department `id` under `parent` closes a loop: parent is id or below it. Pure.
bool MoveWouldCycle(const std::vector<Department>& all, int64_t id, int64_t parent);

inline constexpr size_t kDepartmentCodeMax = 64;
inline constexpr size_t kDepartmentNameMax = 128;

// All departments ordered by sort_order, id. Needs any Tx.
Result<std::vector<Department>> ListDepartments(db::Tx& tx);

Result<bool> DepartmentExists(db::Tx& tx, int64_t id);

// Departments at root and below. Needs any Tx.
Result<std::vector<int64_t>> DepartmentSubtree(db::Tx& tx, int64_t root);

struct NewDepartment {
  std::optional<int64_t> parent_id;
  std::string code;
  std::string name;
  int64_t sort_order = 0;
};

// Creates a department and audits it (entity "department", action "create"). Errors:
// kAlreadyExists "org.department.code_taken", kInvalidArgument with field errors (empty or long
// code/name; parent_id "org.department.parent_not_found"). Needs a write Tx.
Result<Department> CreateDepartment(db::Tx& tx, const audit::Context& ctx, const NewDepartment& d);

struct DepartmentPatch {
  int64_t version = 0;
  std::optional<std::string> code;
  std::optional<std::string> name;
  std::optional<std::optional<int64_t>> parent_id;  // set: move (nullopt inside: to the top)
  std::optional<int64_t> sort_order;
};

// Changes and audits a department ("update"). Errors: kNotFound, kAborted
// "common.version_conflict", kInvalidArgument (as CreateDepartment), kAlreadyExists
// "org.department.code_taken", kFailedPrecondition "org.department.cycle" (moved under itself
// or a department below it). Needs a write Tx.
Result<Department> UpdateDepartment(db::Tx& tx, const audit::Context& ctx, int64_t id,
                                    const DepartmentPatch& patch);

// Deletes and audits an unused department ("delete"). Errors: kNotFound, kAborted
// "common.version_conflict", kFailedPrecondition "org.department.in_use" (it has child
// departments, positions, staff or login accounts). Needs a write Tx.
Result<void> DeleteDepartment(db::Tx& tx, const audit::Context& ctx, int64_t id, int64_t version);

struct DepartmentCounts {
  int64_t staff = 0;  // active staff
  int64_t positions = 0;
};
// Counts per department id (direct members only; departments with none are absent).
Result<std::map<int64_t, DepartmentCounts>> CountByDepartment(db::Tx& tx);

}  // namespace sd::org
