#pragma once
// SQL for org_assignments. Only assignment_store.cc touches the table.

#include <cstdint>
#include <optional>
#include <vector>

#include "db/database.h"
#include "org/assignment.h"

namespace sd::org::store {

struct AssignmentFilter {
  std::optional<int64_t> staff_id;
  std::optional<int64_t> subject_staff_id;
  std::optional<AssignmentKind> kind;
  bool active_staff_only = false;  // both staff members still active
};

// Matching assignments with names, ordered by kind, subject, staff, id.
Result<std::vector<Assignment>> QueryAssignments(db::Tx& tx, const AssignmentFilter& f);
Result<std::optional<Assignment>> LoadAssignment(db::Tx& tx, int64_t id);
// Errors: kAlreadyExists "org.assignment.duplicate" (same kind, staff, subject and line).
Result<int64_t> InsertAssignment(db::Tx& tx, const Assignment& a, int64_t now_us);
// False if there was no such row.
Result<bool> DeleteAssignment(db::Tx& tx, int64_t id);

}  // namespace sd::org::store
