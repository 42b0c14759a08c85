#include "crm/scope.h"

#include <algorithm>

#include "crm/customer_store.h"
#include "org/assignment_store.h"
#include "org/department.h"
#include "org/staff_service.h"

namespace sd::crm {

Result<CustomerScope> ScopeOf(db::Tx& tx, const auth::Actor& actor) {
  CustomerScope s;
  s.self_staff_id = actor.staff_id;
  if (actor.scope == auth::DataScope::kAll) {
    s.all = true;
    return s;
  }
  if (actor.staff_id) {
    s.owner_ids.push_back(*actor.staff_id);
    org::store::AssignmentFilter f;
    f.staff_id = *actor.staff_id;
    f.kind = org::AssignmentKind::kSupport;
    SD_TRY_ASSIGN(std::vector<org::Assignment> supported, org::store::QueryAssignments(tx, f));
    for (const org::Assignment& a : supported) s.owner_ids.push_back(a.subject_staff_id);
  }
  if (actor.scope == auth::DataScope::kDepartment && actor.department_id) {
    SD_TRY_ASSIGN(std::vector<int64_t> departments,
                  org::DepartmentSubtree(tx, *actor.department_id));
    SD_TRY_ASSIGN(std::vector<int64_t> staff, org::StaffInDepartments(tx, departments));
    s.owner_ids.insert(s.owner_ids.end(), staff.begin(), staff.end());
  }
  std::sort(s.owner_ids.begin(), s.owner_ids.end());
  s.owner_ids.erase(std::unique(s.owner_ids.begin(), s.owner_ids.end()), s.owner_ids.end());
  return s;
}

bool Sees(const CustomerScope& s, std::optional<int64_t> owner_staff_id,
          std::optional<int64_t> support_staff_id) {
  if (s.all) return true;
  if (owner_staff_id &&
      std::binary_search(s.owner_ids.begin(), s.owner_ids.end(), *owner_staff_id)) {
    return true;
  }
  return s.self_staff_id && support_staff_id && *support_staff_id == *s.self_staff_id;
}

Result<CustomerHead> RequireVisibleCustomer(db::Tx& tx, const CustomerScope& s, int64_t id) {
  SD_TRY_ASSIGN(std::optional<CustomerHead> head, store::LoadCustomerHead(tx, id));
  if (!head || !Sees(s, head->owner_staff_id, head->support_staff_id)) {
    return Fail(Code::kNotFound, "common.not_found");
  }
  return *head;
}

}  // namespace sd::crm
