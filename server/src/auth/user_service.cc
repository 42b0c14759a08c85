#include "auth/user_service.h"

#include <algorithm>

#include "auth/password.h"
#include "auth/permissions.h"
#include "auth/session_service.h"
#include "auth/session_store.h"
#include "base/record.h"
#include "org/department.h"
#include "org/staff_service.h"

namespace sd::auth {
namespace {

// Role codes to ids; unknown codes become a field error on "roles".
Result<std::vector<int64_t>> RoleIds(db::Tx& tx, const std::vector<std::string>& codes) {
  SD_TRY_ASSIGN(std::vector<Role> roles, store::ListRoles(tx));
  std::vector<int64_t> ids;
  for (const std::string& code : codes) {
    auto it =
        std::find_if(roles.begin(), roles.end(), [&](const Role& r) { return r.code == code; });
    if (it == roles.end()) {
      return InvalidField("roles", "auth.role.unknown", {{"code", code}});
    }
    ids.push_back(it->id);
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

Result<void> CheckDepartment(db::Tx& tx, std::optional<int64_t> department_id) {
  if (!department_id) return Ok();
  SD_TRY_ASSIGN(bool exists, org::DepartmentExists(tx, *department_id));
  if (exists) return Ok();
  return InvalidField("department_id", "auth.user.department_unknown");
}

// The staff member exists and no account other than user_id (0: a new one) is linked to it.
Result<void> CheckStaffLink(db::Tx& tx, std::optional<int64_t> staff_id, int64_t user_id) {
  if (!staff_id) return Ok();
  SD_TRY_ASSIGN(std::optional<org::OrgRef> staff, org::FindStaff(tx, *staff_id));
  if (!staff) {
    return InvalidField("staff_id", "auth.user.staff_unknown");
  }
  SD_TRY_ASSIGN(std::optional<int64_t> holder, store::FindUserIdByStaff(tx, *staff_id));
  if (holder && *holder != user_id) {
    return Fail(Code::kAlreadyExists, "auth.user.staff_taken");
  }
  return Ok();
}

Result<void> CheckPermissions(const std::vector<std::string>& permissions) {
  for (const std::string& p : permissions) {
    if (!IsPermission(p)) {
      return InvalidField("permissions", "auth.permission.unknown", {{"code", p}});
    }
  }
  return Ok();
}

audit::Snapshot RoleSnapshot(const Role& r) {
  return {{"code", r.code},
          {"name", r.name},
          {"data_scope", std::string(DataScopeName(r.scope))},
          {"permissions", r.permissions}};
}

Result<Role> LoadRole(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(std::vector<Role> roles, store::ListRoles(tx));
  for (Role& r : roles) {
    if (r.id == id) return std::move(r);
  }
  return Fail(Code::kNotFound, "common.not_found");
}

}  // namespace

Result<PreparedUser> PrepareNewUser(const Actor& actor, NewUser user) {
  SD_TRY(Require(actor, perm::kUserManage));
  std::vector<FieldError> fields;
  CheckLogin(user.login, &fields);
  CheckDisplayName(user.display_name, &fields);
  if (user.password) CheckPassword(*user.password, "password", &fields);
  SD_TRY(FieldsOk(std::move(fields)));
  PreparedUser out;
  if (!user.password) out.initial_password = RandomPassword();
  SD_TRY_ASSIGN(out.password_hash,
                HashPassword(user.password ? *user.password : *out.initial_password));
  out.user = std::move(user);
  return out;
}

Result<CreatedUser> CreateUser(db::Tx& tx, const Actor& actor, const PreparedUser& p,
                               std::optional<int64_t> staff_id) {
  SD_TRY(Require(actor, perm::kUserManage));
  SD_TRY_ASSIGN(std::vector<int64_t> role_ids, RoleIds(tx, p.user.roles));
  SD_TRY(CheckDepartment(tx, p.user.department_id));
  SD_TRY(CheckStaffLink(tx, staff_id, 0));
  store::UserRow row{p.user.login,  p.user.display_name,  p.password_hash,
                     p.user.locale, p.user.department_id, p.initial_password.has_value(),
                     staff_id};
  SD_TRY_ASSIGN(int64_t id, store::InsertUser(tx, row, actor.audit.at_us));
  SD_TRY(store::ReplaceUserRoles(tx, id, role_ids));
  SD_TRY_ASSIGN(User user, JustWritten(store::LoadUser(tx, id)));
  SD_TRY(audit::Record(tx, actor.audit, "user", id, "create", std::nullopt, UserSnapshot(user)));
  return CreatedUser{std::move(user), p.initial_password};
}

Result<User> GetUser(db::Tx& tx, const Actor& actor, int64_t id) {
  SD_TRY(Require(actor, perm::kUserRead));
  return Found(store::LoadUser(tx, id));
}

Result<Page<User>> ListUsers(db::Tx& tx, const Actor& actor, const store::UserFilter& filter) {
  SD_TRY(Require(actor, perm::kUserRead));
  return store::QueryUsers(tx, filter);
}

Result<std::optional<User>> GetSelf(db::Tx& tx, const Actor& actor) {
  return store::LoadUser(tx, actor.user_id);
}

Result<std::map<int64_t, StaffAccount>> AccountsOfStaff(db::Tx& tx,
                                                        const std::vector<int64_t>& staff_ids) {
  return store::AccountsOfStaff(tx, staff_ids);
}

Result<User> UpdateUser(db::Tx& tx, const Actor& actor, int64_t id, const UserPatch& patch) {
  SD_TRY(Require(actor, perm::kUserManage));
  SD_TRY_ASSIGN(User before, FoundAtVersion(store::LoadUser(tx, id), patch.version));
  std::vector<FieldError> fields;
  if (patch.display_name) CheckDisplayName(*patch.display_name, &fields);
  SD_TRY(FieldsOk(std::move(fields)));
  if (patch.department_id) SD_TRY(CheckDepartment(tx, *patch.department_id));
  if (patch.staff_id) SD_TRY(CheckStaffLink(tx, *patch.staff_id, id));
  store::UserChange change;
  change.display_name = patch.display_name;
  change.locale = patch.locale;
  change.department_id = patch.department_id;
  change.staff_id = patch.staff_id;
  SD_TRY_ASSIGN(bool updated, store::UpdateUser(tx, id, patch.version, change, actor.audit.at_us));
  if (!updated) return Fail(Code::kAborted, "common.version_conflict");
  if (patch.roles) {
    SD_TRY_ASSIGN(std::vector<int64_t> role_ids, RoleIds(tx, *patch.roles));
    SD_TRY(store::ReplaceUserRoles(tx, id, role_ids));
  }
  SD_TRY_ASSIGN(User after, JustWritten(store::LoadUser(tx, id)));
  SD_TRY(audit::Record(tx, actor.audit, "user", id, "update", UserSnapshot(before),
                       UserSnapshot(after)));
  return after;
}

Result<User> SetDisabled(db::Tx& tx, const Actor& actor, int64_t id, int64_t version,
                         bool disabled) {
  SD_TRY(Require(actor, perm::kUserManage));
  SD_TRY_ASSIGN(User before, FoundAtVersion(store::LoadUser(tx, id), version));
  if (disabled && id == actor.user_id) {
    return Fail(Code::kFailedPrecondition, "auth.user.cannot_disable_self");
  }
  store::UserChange change;
  change.disabled = disabled;
  SD_TRY_ASSIGN(bool updated, store::UpdateUser(tx, id, version, change, actor.audit.at_us));
  if (!updated) return Fail(Code::kAborted, "common.version_conflict");
  if (disabled) SD_TRY(store::RevokeUserSessions(tx, id, actor.audit.at_us));
  SD_TRY_ASSIGN(User after, JustWritten(store::LoadUser(tx, id)));
  SD_TRY(audit::Record(tx, actor.audit, "user", id, disabled ? "disable" : "enable",
                       UserSnapshot(before), UserSnapshot(after)));
  return after;
}

Result<PreparedPassword> PrepareResetPassword(const Actor& actor) {
  SD_TRY(Require(actor, perm::kUserManage));
  PreparedPassword p;
  p.plain = RandomPassword();
  SD_TRY_ASSIGN(p.hash, HashPassword(p.plain));
  return p;
}

Result<User> ResetPassword(db::Tx& tx, const Actor& actor, int64_t id, int64_t version,
                           const PreparedPassword& password) {
  SD_TRY(Require(actor, perm::kUserManage));
  SD_TRY_ASSIGN(User before, FoundAtVersion(store::LoadUser(tx, id), version));
  store::UserChange change;
  change.password_hash = password.hash;
  change.must_change_password = true;
  SD_TRY_ASSIGN(bool updated, store::UpdateUser(tx, id, version, change, actor.audit.at_us));
  if (!updated) return Fail(Code::kAborted, "common.version_conflict");
  SD_TRY(store::RevokeUserSessions(tx, id, actor.audit.at_us));
  SD_TRY_ASSIGN(User after, JustWritten(store::LoadUser(tx, id)));
  SD_TRY(audit::Record(tx, actor.audit, "user", id, "reset_password", UserSnapshot(before),
                       UserSnapshot(after)));
  return after;
}

Result<std::vector<Role>> ListRoles(db::Tx& tx, const Actor& actor) {
  SD_TRY(Require(actor, perm::kUserRead));
  return store::ListRoles(tx);
}

Result<Role> CreateRole(db::Tx& tx, const Actor& actor, const RoleSpec& spec) {
  SD_TRY(Require(actor, perm::kRoleManage));
  std::vector<FieldError> fields;
  if (spec.code.empty()) fields.push_back({"code", "common.field.required", {}});
  if (spec.name.empty()) fields.push_back({"name", "common.field.required", {}});
  SD_TRY(FieldsOk(std::move(fields)));
  SD_TRY(CheckPermissions(spec.permissions));
  Role role{0, spec.code, spec.name, spec.scope, spec.permissions, 1};
  std::sort(role.permissions.begin(), role.permissions.end());
  role.permissions.erase(std::unique(role.permissions.begin(), role.permissions.end()),
                         role.permissions.end());
  SD_TRY_ASSIGN(role.id, store::InsertRole(tx, role, actor.audit.at_us));
  SD_TRY(store::ReplaceRolePermissions(tx, role.id, role.permissions));
  SD_TRY(
      audit::Record(tx, actor.audit, "role", role.id, "create", std::nullopt, RoleSnapshot(role)));
  return role;
}

Result<Role> UpdateRole(db::Tx& tx, const Actor& actor, int64_t id, int64_t version,
                        const RoleSpec& spec) {
  SD_TRY(Require(actor, perm::kRoleManage));
  SD_TRY_ASSIGN(Role before, LoadRole(tx, id));
  if (before.version != version) return Fail(Code::kAborted, "common.version_conflict");
  if (spec.name.empty()) {
    return InvalidField("name", "common.field.required");
  }
  SD_TRY(CheckPermissions(spec.permissions));
  SD_TRY_ASSIGN(bool updated, store::UpdateRole(tx, id, version, spec.name, spec.scope));
  if (!updated) return Fail(Code::kAborted, "common.version_conflict");
  SD_TRY(store::ReplaceRolePermissions(tx, id, spec.permissions));
  SD_TRY_ASSIGN(Role after, LoadRole(tx, id));
  SD_TRY(audit::Record(tx, actor.audit, "role", id, "update", RoleSnapshot(before),
                       RoleSnapshot(after)));
  return after;
}

Result<std::optional<std::string>> EnsureAdmin(db::Database& db, int64_t now_us) {
  SD_TRY_ASSIGN(int64_t users,
                db::ReadValue<int64_t>(db, [](db::Tx& tx) { return store::CountUsers(tx); }));
  if (users > 0) return std::optional<std::string>();
  Actor system = SystemActor(now_us);
  NewUser admin{"admin", "系统管理员", {"admin"}, std::nullopt, Locale::kZhCN, std::nullopt};
  SD_TRY_ASSIGN(PreparedUser prepared, PrepareNewUser(system, std::move(admin)));
  SD_TRY(db.Write([&](db::Tx& tx) -> Result<void> {
    // Another process may have won the race; then its admin stands.
    SD_TRY_ASSIGN(int64_t count, store::CountUsers(tx));
    if (count > 0) {
      prepared.initial_password.reset();
      return Ok();
    }
    SD_TRY_ASSIGN(std::optional<Role> role, store::FindRole(tx, "admin"));
    if (!role) {
      RoleSpec spec{"admin", "系统管理员", DataScope::kAll, {}};
      for (std::string_view p : AllPermissions()) spec.permissions.emplace_back(p);
      SD_TRY(CreateRole(tx, system, spec));
    }
    SD_TRY(CreateUser(tx, system, prepared));
    return Ok();
  }));
  return prepared.initial_password;
}

}  // namespace sd::auth
