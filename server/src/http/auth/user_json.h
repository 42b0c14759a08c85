#pragma once
// JSON shapes of users, roles and sessions (contract: User, Role, SessionInfo).

#include <nlohmann/json_fwd.hpp>
#include <optional>

#include "auth/session_service.h"
#include "auth/user.h"
#include "http/router.h"

namespace sd::http {

nlohmann::json UserJson(const auth::User& u);
nlohmann::json RoleJson(const auth::Role& r);
// The signed-in view: user, staff member, positions, permissions, scope, CSRF token, expiry.
// Staff member and positions come from the actor (the grants of this request, resolved with
// the session), so "positions" always matches "permissions" and no further read is needed.
nlohmann::json SessionJson(const auth::Session& s, const auth::User& u);
// Registers the User, Role and Session schemas for OpenAPI.
void AddUserSchemas(Router& r);

}  // namespace sd::http
