#pragma once
// SQL for auth_users, auth_roles, auth_role_permissions, auth_user_roles. Only this file and
// session_store.cc touch those tables. Functions need a Tx (reads any, writes a write Tx) and
// return the db errors unchanged unless stated.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "auth/scope.h"
#include "auth/user.h"
#include "base/page.h"
#include "db/database.h"

namespace sd::auth::store {

struct LoginRow {
  int64_t id = 0;
  std::string password_hash;
  bool disabled = false;
};

struct UserFilter {
  std::optional<std::string> q;  // substring of login or display name
  std::optional<bool> disabled;
  std::string sort = "login";  // login | display_name | created_at
  bool descending = false;
  PageRequest page;
};

struct UserRow {
  std::string login;
  std::string display_name;
  std::string password_hash;
  Locale locale = Locale::kZhCN;
  std::optional<int64_t> department_id;
  bool must_change_password = false;
  std::optional<int64_t> staff_id;
};

Result<std::optional<User>> LoadUser(db::Tx& tx, int64_t id);
Result<std::optional<LoginRow>> LoadLogin(db::Tx& tx, std::string_view login);
Result<Page<User>> QueryUsers(db::Tx& tx, const UserFilter& f);
Result<int64_t> CountUsers(db::Tx& tx);
// Errors: kAlreadyExists "auth.user.login_taken", "auth.user.staff_taken".
Result<int64_t> InsertUser(db::Tx& tx, const UserRow& row, int64_t now_us);

// Updates the named columns if the row is still at expected_version, bumping the version.
// Returns false on a version mismatch (or a missing row).
struct UserChange {
  std::optional<std::string> display_name;
  std::optional<Locale> locale;
  std::optional<std::optional<int64_t>> department_id;
  std::optional<bool> disabled;
  std::optional<bool> must_change_password;
  std::optional<std::string> password_hash;
  std::optional<std::optional<int64_t>> staff_id;
};
// Errors: kAlreadyExists "auth.user.staff_taken".
Result<bool> UpdateUser(db::Tx& tx, int64_t id, int64_t expected_version, const UserChange& c,
                        int64_t now_us);
Result<void> SetLastLogin(db::Tx& tx, int64_t id, int64_t now_us);
Result<void> ReplaceUserRoles(db::Tx& tx, int64_t user_id, const std::vector<int64_t>& role_ids);

Result<std::vector<Role>> ListRoles(db::Tx& tx);
Result<std::optional<Role>> FindRole(db::Tx& tx, std::string_view code);
// Errors: kAlreadyExists "auth.role.code_taken".
Result<int64_t> InsertRole(db::Tx& tx, const Role& role, int64_t now_us);
Result<void> ReplaceRolePermissions(db::Tx& tx, int64_t role_id,
                                    const std::vector<std::string>& permissions);
// Returns false on a version mismatch.
Result<bool> UpdateRole(db::Tx& tx, int64_t id, int64_t expected_version, const std::string& name,
                        DataScope scope);

// What the user's roles grant, and the positions their staff member holds while active (one
// Grant per position: permissions from org_position_permissions, scope from the position).
Result<std::vector<Grant>> LoadGrants(db::Tx& tx, int64_t user_id);

// The account linked to a staff member, if any.
Result<std::optional<int64_t>> FindUserIdByStaff(db::Tx& tx, int64_t staff_id);

struct StaffAccount {
  int64_t user_id = 0;
  std::string login;
};
// The accounts of the given staff members, by staff id (staff without account are absent).
Result<std::map<int64_t, StaffAccount>> AccountsOfStaff(db::Tx& tx,
                                                        const std::vector<int64_t>& staff_ids);

}  // namespace sd::auth::store
