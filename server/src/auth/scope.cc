#include "auth/scope.h"

#include <algorithm>

#include "auth/permissions.h"

namespace sd::auth {

const char* DataScopeName(DataScope s) {
  switch (s) {
    case DataScope::kAll:
      return "all";
    case DataScope::kDepartment:
      return "department";
    case DataScope::kOwn:
      return "own";
  }
  return "own";
}

bool ParseDataScope(std::string_view s, DataScope* out) {
  if (s == "all") {
    *out = DataScope::kAll;
  } else if (s == "department") {
    *out = DataScope::kDepartment;
  } else if (s == "own") {
    *out = DataScope::kOwn;
  } else {
    return false;
  }
  return true;
}

Resolved Resolve(const std::vector<Grant>& grants) {
  Resolved r;
  for (const Grant& g : grants) {
    if (!g.role_code.empty()) r.roles.push_back(g.role_code);
    if (!g.position_code.empty()) r.positions.push_back({g.position_code, g.position_name});
    r.scope = std::max(r.scope, g.scope);
    for (const std::string& p : g.permissions) {
      if (IsPermission(p)) r.permissions.push_back(p);
    }
  }
  for (auto* v : {&r.roles, &r.permissions}) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  }
  std::sort(r.positions.begin(), r.positions.end());
  r.positions.erase(std::unique(r.positions.begin(), r.positions.end()), r.positions.end());
  return r;
}

bool InScope(const Actor& actor, const std::vector<int64_t>& actor_subtree, int64_t owner_user_id,
             std::optional<int64_t> owner_department_id) {
  switch (actor.scope) {
    case DataScope::kAll:
      return true;
    case DataScope::kDepartment:
      if (owner_user_id == actor.user_id) return true;
      return owner_department_id && std::find(actor_subtree.begin(), actor_subtree.end(),
                                              *owner_department_id) != actor_subtree.end();
    case DataScope::kOwn:
      return owner_user_id == actor.user_id;
  }
  return false;
}

Actor SystemActor(int64_t now_us) {
  Actor a;
  a.user_id = 0;
  a.login = "cli";
  a.display_name = "cli";
  a.scope = DataScope::kAll;
  for (std::string_view p : AllPermissions()) a.permissions.emplace_back(p);
  a.audit.user_login = "cli";
  a.audit.client_addr = "cli";
  a.audit.at_us = now_us;
  return a;
}

}  // namespace sd::auth
