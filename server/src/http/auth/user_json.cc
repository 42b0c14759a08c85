#include "http/auth/user_json.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "http/reply.h"

namespace sd::http {

nlohmann::json UserJson(const auth::User& u) {
  nlohmann::json j = {{"id", u.id},
                      {"login", u.login},
                      {"display_name", u.display_name},
                      {"locale", LocaleName(u.locale)},
                      {"department_id", nullptr},
                      {"department_name", u.department_name},
                      {"staff_id", nullptr},
                      {"staff_name", nullptr},
                      {"roles", u.roles},
                      {"disabled", u.disabled},
                      {"must_change_password", u.must_change_password},
                      {"version", u.version},
                      {"created_at", FormatTimestamp(u.created_at_us)},
                      {"last_login_at", nullptr}};
  if (u.department_id) j["department_id"] = *u.department_id;
  if (u.staff_id) {
    j["staff_id"] = *u.staff_id;
    j["staff_name"] = u.staff_name;
  }
  if (u.last_login_at_us) j["last_login_at"] = FormatTimestamp(*u.last_login_at_us);
  return j;
}

nlohmann::json RoleJson(const auth::Role& r) {
  return {{"id", r.id},
          {"code", r.code},
          {"name", r.name},
          {"data_scope", auth::DataScopeName(r.scope)},
          {"permissions", r.permissions},
          {"version", r.version}};
}

nlohmann::json SessionJson(const auth::Session& s, const auth::User& u) {
  const auth::Actor& a = s.actor;
  nlohmann::json staff_json;
  if (a.staff_id)
    staff_json = {{"id", *a.staff_id}, {"code", a.staff_code}, {"name", a.staff_name}};
  nlohmann::json positions = nlohmann::json::array();
  for (const auth::PositionRef& p : a.positions) {
    positions.push_back({{"code", p.code}, {"name", p.name}});
  }
  nlohmann::json j = {{"user", UserJson(u)},
                      {"staff", staff_json},
                      {"positions", positions},
                      {"permissions", s.actor.permissions},
                      {"data_scope", auth::DataScopeName(s.actor.scope)},
                      {"csrf_token", s.kind == "web" ? s.csrf_token : ""},
                      {"expires_at", FormatTimestamp(s.expires_at_us)}};
  if (!s.token.empty() && s.kind == "api") j["token"] = s.token;
  return j;
}

void AddUserSchemas(Router& r) {
  r.AddSchema("User", R"({"type": "object", "properties": {
    "id": {"type": "integer"}, "login": {"type": "string"}, "display_name": {"type": "string"},
    "locale": {"type": "string", "enum": ["zh-CN", "en-US"]},
    "department_id": {"type": "integer", "nullable": true}, "department_name": {"type": "string"},
    "staff_id": {"type": "integer", "nullable": true,
      "description": "the staff member the account belongs to"},
    "staff_name": {"type": "string", "nullable": true},
    "roles": {"type": "array", "items": {"type": "string"}}, "disabled": {"type": "boolean"},
    "must_change_password": {"type": "boolean"}, "version": {"type": "integer"},
    "created_at": {"type": "string", "format": "date-time"},
    "last_login_at": {"type": "string", "format": "date-time", "nullable": true},
    "initial_password": {"type": "string", "description": "only in the reply to create"}}})");
  r.AddSchema("UserPage", R"({"type": "object", "properties": {
    "items": {"type": "array", "items": {"$ref": "#/components/schemas/User"}},
    "total": {"type": "integer"}, "page": {"type": "integer"}, "size": {"type": "integer"}}})");
  r.AddSchema("Role", R"({"type": "object", "properties": {
    "id": {"type": "integer"}, "code": {"type": "string"}, "name": {"type": "string"},
    "data_scope": {"type": "string", "enum": ["all", "department", "own"]},
    "permissions": {"type": "array", "items": {"type": "string"}}, "version": {"type": "integer"}}})");
  r.AddSchema("RoleList", R"({"type": "object", "properties": {
    "items": {"type": "array", "items": {"$ref": "#/components/schemas/Role"}}}})");
  r.AddSchema("Session", R"({"type": "object", "properties": {
    "user": {"$ref": "#/components/schemas/User"},
    "staff": {"type": "object", "nullable": true, "properties": {"id": {"type": "integer"},
      "code": {"type": "string"}, "name": {"type": "string"}}},
    "positions": {"type": "array", "description": "positions granting permissions",
      "items": {"type": "object", "properties": {"code": {"type": "string"},
      "name": {"type": "string"}}}},
    "permissions": {"type": "array", "items": {"type": "string"},
      "description": "union over roles and positions"},
    "data_scope": {"type": "string", "enum": ["all", "department", "own"]},
    "csrf_token": {"type": "string"}, "token": {"type": "string"},
    "expires_at": {"type": "string", "format": "date-time"}}})");
}

}  // namespace sd::http
