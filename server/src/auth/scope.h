#pragma once
// Resolution of permissions and data scope from what a user holds (pure functions).

#include <string>
#include <utility>
#include <vector>

#include "auth/actor.h"

namespace sd::auth {

// What one role, or one position held by the user's staff member, grants.
struct Grant {
  std::string role_code;  // the granting role; empty when a position grants
  DataScope scope = DataScope::kOwn;
  std::vector<std::string> permissions;
  std::string position_code;  // the granting position (岗位); empty when a role grants
  std::string position_name;
};

inline Grant RoleGrant(std::string code, DataScope scope, std::vector<std::string> permissions) {
  return Grant{std::move(code), scope, std::move(permissions), "", ""};
}
inline Grant PositionGrant(std::string code, DataScope scope, std::vector<std::string> permissions,
                           std::string name = "") {
  return Grant{"", scope, std::move(permissions), std::move(code), std::move(name)};
}

struct Resolved {
  std::vector<std::string> roles;        // sorted, unique
  std::vector<PositionRef> positions;    // sorted by code, unique
  std::vector<std::string> permissions;  // sorted, unique, only known permission codes
  DataScope scope = DataScope::kOwn;     // widest granted; kOwn with no grants
};

// Union of the permissions over all grants (roles and positions alike); the widest scope.
// Unknown permission codes grant nothing.
Resolved Resolve(const std::vector<Grant>& grants);

// Whether a row owned by owner_user_id in owner_department_id is visible to the actor, given
// the actor's department subtree (ids of the actor's department and below).
bool InScope(const Actor& actor, const std::vector<int64_t>& actor_subtree, int64_t owner_user_id,
             std::optional<int64_t> owner_department_id);

}  // namespace sd::auth
