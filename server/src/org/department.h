#pragma once
// Departments (DESIGN §2 org): a tree; data scope "department and below" is a subtree.

#include <cstdint>
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

// Creates a department and audits it. Errors: kAlreadyExists "org.department.code_taken",
// kNotFound "org.department.parent_not_found", kInvalidArgument for empty code/name.
Result<Department> CreateDepartment(db::Tx& tx, const audit::Context& ctx, const NewDepartment& d);

}  // namespace sd::org
