// User administration and roles (permissions user.read, user.manage, role.manage).
#include <nlohmann/json.hpp>

#include "auth/permissions.h"
#include "auth/user_service.h"
#include "http/auth/user_json.h"
#include "http/json_in.h"
#include "http/server.h"

namespace sd::http {
namespace {

Result<Reply> ListUsers(Ctx& ctx) {
  auth::UserFilter f;
  SD_TRY_ASSIGN(f.page, ctx.Paging());
  f.q = ctx.TextQuery("q");
  if (auto d = ctx.Query("disabled")) {
    if (*d != "true" && *d != "false") {
      return InvalidField("disabled", "common.field.type_boolean");
    }
    f.disabled = *d == "true";
  }
  f.sort = ctx.Query("sort").value_or("login");
  if (f.sort != "login" && f.sort != "display_name" && f.sort != "created_at") {
    return InvalidField("sort", "common.field.invalid_choice",
                        {{"choices", "login, display_name, created_at"}});
  }
  f.descending = ctx.Query("order").value_or("asc") == "desc";
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(Page<auth::User> page, auth::ListUsers(tx, ctx.actor(), f));
    nlohmann::json items = nlohmann::json::array();
    for (const auth::User& u : page.items) items.push_back(UserJson(u));
    return PageReply(items, page);
  });
}

Result<Reply> GetUser(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(auth::User u, auth::GetUser(tx, ctx.actor(), id));
    return JsonReply(200, UserJson(u));
  });
}

Result<Locale> ReadLocale(JsonIn& in) {
  Locale locale = Locale::kZhCN;
  if (auto text = in.String("locale", {.max_len = 8})) {
    if (!ParseLocale(*text, &locale)) {
      in.AddError("locale", "common.field.invalid_choice", {{"choices", "zh-CN, en-US"}});
    }
  }
  return locale;
}

Result<Reply> CreateUser(Ctx& ctx) {
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  auth::NewUser nu;
  nu.login = in.String("login", {.required = true, .max_len = 64}).value_or("");
  nu.display_name = in.String("display_name", {.required = true, .max_len = 256}).value_or("");
  nu.roles = in.StringList("roles", {.max_len = 64}).value_or(std::vector<std::string>{});
  nu.department_id = in.Int("department_id");
  SD_TRY_ASSIGN(nu.locale, ReadLocale(in));
  nu.password = in.String("password", {.max_len = 1024});
  std::optional<int64_t> staff_id = in.Int("staff_id");
  SD_TRY(in.Finish());
  SD_TRY_ASSIGN(auth::PreparedUser prepared, auth::PrepareNewUser(ctx.actor(), std::move(nu)));
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(auth::CreatedUser created, auth::CreateUser(tx, ctx.actor(), prepared, staff_id));
    nlohmann::json j = UserJson(created.user);
    if (created.initial_password) j["initial_password"] = *created.initial_password;
    return CreatedReply(j, "/api/v1/users/" + std::to_string(created.user.id));
  });
}

Result<Reply> UpdateUser(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  auth::UserPatch patch;
  patch.version = in.Int("version", {.required = true}).value_or(0);
  patch.display_name = in.String("display_name", {.max_len = 256});
  patch.roles = in.StringList("roles", {.max_len = 64});
  patch.department_id = in.NullableInt("department_id");
  patch.staff_id = in.NullableInt("staff_id");
  if (in.Has("locale")) {
    SD_TRY_ASSIGN(Locale locale, ReadLocale(in));
    patch.locale = locale;
  }
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(auth::User u, auth::UpdateUser(tx, ctx.actor(), id, patch));
    return JsonReply(200, UserJson(u));
  });
}

Result<int64_t> ReadVersion(Ctx& ctx) {
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  auto version = in.Int("version", {.required = true});
  SD_TRY(in.Finish());
  return *version;
}

Handler SetDisabled(bool disabled) {
  return [disabled](Ctx& ctx) -> Result<Reply> {
    SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
    SD_TRY_ASSIGN(int64_t version, ReadVersion(ctx));
    return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
      SD_TRY_ASSIGN(auth::User u, auth::SetDisabled(tx, ctx.actor(), id, version, disabled));
      return JsonReply(200, UserJson(u));
    });
  };
}

Result<Reply> ResetPassword(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(int64_t version, ReadVersion(ctx));
  SD_TRY_ASSIGN(auth::PreparedPassword pw, auth::PrepareResetPassword(ctx.actor()));
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(auth::User u, auth::ResetPassword(tx, ctx.actor(), id, version, pw));
    return JsonReply(200, {{"user", UserJson(u)}, {"password", pw.plain}});
  });
}

Result<Reply> ListRoles(Ctx& ctx) {
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(std::vector<auth::Role> roles, auth::ListRoles(tx, ctx.actor()));
    nlohmann::json items = nlohmann::json::array();
    for (const auth::Role& role : roles) items.push_back(RoleJson(role));
    return JsonReply(200, {{"items", items}});
  });
}

Result<auth::RoleSpec> ReadRoleSpec(Ctx& ctx, bool creating, int64_t* version) {
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  auth::RoleSpec spec;
  if (creating) spec.code = in.String("code", {.required = true, .max_len = 64}).value_or("");
  if (!creating) *version = in.Int("version", {.required = true}).value_or(0);
  spec.name = in.String("name", {.required = true, .max_len = 128}).value_or("");
  auto scope = in.String("data_scope", {.required = true, .max_len = 16});
  if (scope && !auth::ParseDataScope(*scope, &spec.scope)) {
    in.AddError("data_scope", "common.field.invalid_choice", {{"choices", "all, department, own"}});
  }
  spec.permissions =
      in.StringList("permissions", {.max_len = 64}).value_or(std::vector<std::string>{});
  SD_TRY(in.Finish());
  return spec;
}

Result<Reply> CreateRole(Ctx& ctx) {
  int64_t version = 0;
  SD_TRY_ASSIGN(auth::RoleSpec spec, ReadRoleSpec(ctx, true, &version));
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(auth::Role role, auth::CreateRole(tx, ctx.actor(), spec));
    return JsonReply(201, RoleJson(role));
  });
}

Result<Reply> UpdateRole(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  int64_t version = 0;
  SD_TRY_ASSIGN(auth::RoleSpec spec, ReadRoleSpec(ctx, false, &version));
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(auth::Role role, auth::UpdateRole(tx, ctx.actor(), id, version, spec));
    return JsonReply(200, RoleJson(role));
  });
}

Result<Reply> ListPermissions(Ctx& ctx) {
  nlohmann::json items = nlohmann::json::array();
  const Catalog& cat = Catalog::Embedded();
  for (std::string_view code : auth::AllPermissions()) {
    items.push_back(
        {{"code", code}, {"name", cat.Text("perm." + std::string(code), ctx.locale())}});
  }
  return JsonReply(200, {{"items", items}});
}

}  // namespace

void AddUserRoutes(Router& r) {
  const std::string manage(auth::perm::kUserManage);
  const std::string read(auth::perm::kUserRead);
  const std::string roles(auth::perm::kRoleManage);
  r.AddSchema("NewUser", R"({"type": "object", "additionalProperties": false,
    "required": ["login", "display_name"], "properties": {
    "login": {"type": "string", "pattern": "^[a-z0-9._-]{2,64}$"},
    "display_name": {"type": "string", "maxLength": 64},
    "roles": {"type": "array", "items": {"type": "string"}},
    "department_id": {"type": "integer", "nullable": true},
    "staff_id": {"type": "integer", "nullable": true,
      "description": "the staff member the account belongs to; 409 auth.user.staff_taken if linked already"},
    "locale": {"type": "string", "enum": ["zh-CN", "en-US"]},
    "password": {"type": "string", "format": "password", "minLength": 8,
      "description": "omit to get a one-time initial_password in the reply"}}})");
  r.AddSchema("UserPatch", R"({"type": "object", "additionalProperties": false,
    "required": ["version"], "properties": {"version": {"type": "integer"},
    "display_name": {"type": "string"}, "roles": {"type": "array", "items": {"type": "string"}},
    "department_id": {"type": "integer", "nullable": true},
    "staff_id": {"type": "integer", "nullable": true, "description": "null unlinks"},
    "locale": {"type": "string", "enum": ["zh-CN", "en-US"]}}})");
  r.AddSchema("Version", R"({"type": "object", "additionalProperties": false,
    "required": ["version"], "properties": {"version": {"type": "integer"}}})");
  r.AddSchema("PasswordReset", R"({"type": "object", "properties": {
    "user": {"$ref": "#/components/schemas/User"}, "password": {"type": "string"}}})");
  r.AddSchema("RoleSpec", R"({"type": "object", "additionalProperties": false,
    "required": ["name", "data_scope"], "properties": {"code": {"type": "string"},
    "version": {"type": "integer"}, "name": {"type": "string"},
    "data_scope": {"type": "string", "enum": ["all", "department", "own"]},
    "permissions": {"type": "array", "items": {"type": "string"}}}})");
  r.AddSchema("PermissionList", R"({"type": "object", "properties": {"items": {"type": "array",
    "items": {"type": "object", "properties": {"code": {"type": "string"},
    "name": {"type": "string"}}}}}})");
  const std::vector<Param> list_params = {
      {"q", "query", "string", "part of the login or display name"},
      {"disabled", "query", "boolean", "true or false"},
      {"sort", "query", "string", "login | display_name | created_at"},
      {"order", "query", "string", "asc | desc"},
      {"page", "query", "integer", "1-based"},
      {"size", "query", "integer", "rows per page, at most 200"}};
  r.Add({"GET",
         "/api/v1/users",
         Access::kSignedIn,
         read,
         {"users", "List users", list_params, "", "UserPage"},
         ListUsers});
  r.Add({"POST",
         "/api/v1/users",
         Access::kSignedIn,
         manage,
         {"users", "Create a user", {}, "NewUser", "User", 201},
         CreateUser});
  r.Add({"GET",
         "/api/v1/users/{id}",
         Access::kSignedIn,
         read,
         {"users", "One user", {}, "", "User"},
         GetUser});
  r.Add({"PATCH",
         "/api/v1/users/{id}",
         Access::kSignedIn,
         manage,
         {"users",
          "Change name, roles, department, staff link or language (optimistic lock by version)",
          {},
          "UserPatch",
          "User"},
         UpdateUser});
  r.Add({"POST",
         "/api/v1/users/{id}/disable",
         Access::kSignedIn,
         manage,
         {"users", "Disable a user; their sessions end", {}, "Version", "User"},
         SetDisabled(true)});
  r.Add({"POST",
         "/api/v1/users/{id}/enable",
         Access::kSignedIn,
         manage,
         {"users", "Enable a user", {}, "Version", "User"},
         SetDisabled(false)});
  r.Add({"POST",
         "/api/v1/users/{id}/reset-password",
         Access::kSignedIn,
         manage,
         {"users",
          "Give a user a one-time password; their sessions end",
          {},
          "Version",
          "PasswordReset"},
         ResetPassword});
  r.Add({"GET",
         "/api/v1/roles",
         Access::kSignedIn,
         read,
         {"users", "Roles with their permissions and data scope", {}, "", "RoleList"},
         ListRoles});
  r.Add({"POST",
         "/api/v1/roles",
         Access::kSignedIn,
         roles,
         {"users", "Create a role", {}, "RoleSpec", "Role", 201},
         CreateRole});
  r.Add({"PUT",
         "/api/v1/roles/{id}",
         Access::kSignedIn,
         roles,
         {"users", "Replace a role's name, scope and permissions", {}, "RoleSpec", "Role"},
         UpdateRole});
  r.Add({"GET",
         "/api/v1/permissions",
         Access::kSignedIn,
         "",
         {"users",
          "Every permission with its name in the request language",
          {},
          "",
          "PermissionList"},
         ListPermissions});
}

}  // namespace sd::http
