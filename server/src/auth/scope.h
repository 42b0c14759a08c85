#pragma once
// Resolution of permissions and data scope from what a user holds (pure functions).

#include <string>
#include <vector>

#include "auth/actor.h"

namespace sd::auth {

struct Grant {
  std::string role_code;
  DataScope scope = DataScope::kOwn;
  std::vector<std::string> permissions;
};

struct Resolved {
  std::vector<std::string> roles;        // sorted, unique
  std::vector<std::string> permissions;  // sorted, unique, only known permission codes
  DataScope scope = DataScope::kOwn;     // widest granted; kOwn with no grants
};

// Union of the permissions over all grants; the widest scope.
Resolved Resolve(const std::vector<Grant>& grants);

// Whether a row owned by owner_user_id in owner_department_id is visible to the actor, given
// the actor's department subtree (ids of the actor's department and below).
bool InScope(const Actor& actor, const std::vector<int64_t>& actor_subtree, int64_t owner_user_id,
             std::optional<int64_t> owner_department_id);

}  // namespace sd::auth
