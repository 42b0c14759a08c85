#pragma once
// JSON shapes of users, roles and sessions (contract: User, Role, SessionInfo).

#include <nlohmann/json_fwd.hpp>
#include <optional>

#include "auth/session_service.h"
#include "auth/user.h"
#include "http/router.h"
#include "org/staff.h"

namespace sd::http {

nlohmann::json UserJson(const auth::User& u);
nlohmann::json RoleJson(const auth::Role& r);
// The signed-in view: user, staff member, positions, permissions, scope, CSRF token, expiry.
// staff: the account's staff member, if linked; its positions count only where the actor
// holds them (the grants of this request), so "positions" matches "permissions".
nlohmann::json SessionJson(const auth::Session& s, const auth::User& u,
                           const std::optional<org::Staff>& staff);
// Registers the User, Role and Session schemas for OpenAPI.
void AddUserSchemas(Router& r);

}  // namespace sd::http
