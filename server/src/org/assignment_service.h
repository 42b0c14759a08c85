#pragma once
// Division-of-work use cases, written and audited (entity "assignment") in the caller's
// transaction, and the maker-checker questions later modules ask (pricing audits). Permissions
// are checked by the route table (org.read, org.manage).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit.h"
#include "db/database.h"
#include "org/assignment.h"
#include "org/assignment_store.h"
#include "org/staff.h"

namespace sd::org {

// The store's filter, as the service's callers (handlers) name it.
using AssignmentFilter = store::AssignmentFilter;

Result<std::vector<Assignment>> ListAssignments(db::Tx& tx, const AssignmentFilter& f);

struct NewAssignment {
  AssignmentKind kind = AssignmentKind::kSupport;
  int64_t staff_id = 0;
  int64_t subject_staff_id = 0;
  std::optional<int64_t> product_line_id;
  std::string notes;
};

// Errors: kInvalidArgument (unknown staff, subject or product line; notes too long),
// kFailedPrecondition "org.assignment.self" (staff and subject are the same person),
// kAlreadyExists "org.assignment.duplicate".
Result<Assignment> CreateAssignment(db::Tx& tx, const audit::Context& ctx, const NewAssignment& a);

// Errors: kNotFound.
Result<void> DeleteAssignment(db::Tx& tx, const audit::Context& ctx, int64_t id);

// Maker-checker over the stored division of work: whether staff auditor may audit staff
// subject's pricing (see the pure MayAuditPricing in assignment.h). Staff who have left
// audit nobody. Needs any Tx.
Result<bool> MayAuditPricing(db::Tx& tx, int64_t auditor, int64_t subject,
                             std::optional<int64_t> product_line);

// The active staff who may audit subject's pricing, by id. Needs any Tx.
Result<std::vector<OrgRef>> PricingAuditors(db::Tx& tx, int64_t subject,
                                            std::optional<int64_t> product_line);

}  // namespace sd::org
