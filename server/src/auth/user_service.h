#pragma once
// User administration use cases. Each checks the actor's permission, validates, writes, and
// audits in the caller's transaction. Passwords are hashed by the Prepare* functions *before*
// the transaction (Argon2 is slow; the SQLite writer must not wait for it).

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "auth/user.h"
#include "auth/user_store.h"
#include "base/page.h"
#include "db/database.h"

namespace sd::auth {

// The store's filter and account shapes, as the service's callers (handlers) name them.
using UserFilter = store::UserFilter;
using StaffAccount = store::StaffAccount;

// The signed-in user's own record (no permission: everyone reads themselves); nullopt when the
// user is gone.
Result<std::optional<User>> GetSelf(db::Tx& tx, const Actor& actor);
// The login accounts of the given staff members, by staff id (staff without one are absent):
// shown with staff records to whoever may read them.
Result<std::map<int64_t, StaffAccount>> AccountsOfStaff(db::Tx& tx,
                                                        const std::vector<int64_t>& staff_ids);

struct NewUser {
  std::string login;
  std::string display_name;
  std::vector<std::string> roles;  // role codes
  std::optional<int64_t> department_id;
  Locale locale = Locale::kZhCN;
  std::optional<std::string> password;  // none: a one-time password is generated
};

struct PreparedUser {
  NewUser user;
  std::string password_hash;
  std::optional<std::string> initial_password;  // generated one-time password, shown once
};

struct CreatedUser {
  User user;
  std::optional<std::string> initial_password;
};

// Checks permission user.manage and field rules, then hashes. No database.
// Errors: kPermissionDenied, kInvalidArgument with field errors.
Result<PreparedUser> PrepareNewUser(const Actor& actor, NewUser user);

// staff_id links the account to a staff member (org_staff): its positions then grant the
// account's permissions and its department is the account's.
// Errors: kAlreadyExists "auth.user.login_taken" / "auth.user.staff_taken" (the staff member
// has an account already), kInvalidArgument (unknown role, department or staff member as field
// errors), kPermissionDenied.
Result<CreatedUser> CreateUser(db::Tx& tx, const Actor& actor, const PreparedUser& prepared,
                               std::optional<int64_t> staff_id = std::nullopt);

// Errors: kPermissionDenied (user.read), kNotFound.
Result<User> GetUser(db::Tx& tx, const Actor& actor, int64_t id);
Result<Page<User>> ListUsers(db::Tx& tx, const Actor& actor, const UserFilter& filter);

struct UserPatch {
  int64_t version = 0;
  std::optional<std::string> display_name;
  std::optional<std::vector<std::string>> roles;
  std::optional<std::optional<int64_t>> department_id;
  std::optional<Locale> locale;
  std::optional<std::optional<int64_t>> staff_id;  // null unlinks
};

// Errors: kNotFound, kAborted "common.version_conflict", kInvalidArgument, kPermissionDenied,
// kAlreadyExists "auth.user.staff_taken".
Result<User> UpdateUser(db::Tx& tx, const Actor& actor, int64_t id, const UserPatch& patch);

// Disabling ends the user's sessions at once. Errors as UpdateUser, plus
// kFailedPrecondition "auth.user.cannot_disable_self".
Result<User> SetDisabled(db::Tx& tx, const Actor& actor, int64_t id, int64_t version,
                         bool disabled);

struct PreparedPassword {
  std::string plain;  // one-time password to hand to the user
  std::string hash;
};
// Checks user.manage, generates and hashes a one-time password. No database.
Result<PreparedPassword> PrepareResetPassword(const Actor& actor);

// Stores the one-time password, forces a change at next login, ends the user's sessions.
Result<User> ResetPassword(db::Tx& tx, const Actor& actor, int64_t id, int64_t version,
                           const PreparedPassword& password);

// Roles and their permissions. Errors: kPermissionDenied (user.read).
Result<std::vector<Role>> ListRoles(db::Tx& tx, const Actor& actor);

struct RoleSpec {
  std::string code;
  std::string name;
  DataScope scope = DataScope::kOwn;
  std::vector<std::string> permissions;
};
// Creates a role (role.manage), audited. Errors: kAlreadyExists "auth.role.code_taken",
// kInvalidArgument (unknown permission code).
Result<Role> CreateRole(db::Tx& tx, const Actor& actor, const RoleSpec& spec);

// Replaces a role's name, scope and permissions (role.manage), audited; takes effect on the
// holders' next request.
Result<Role> UpdateRole(db::Tx& tx, const Actor& actor, int64_t id, int64_t version,
                        const RoleSpec& spec);

// First start: if there are no users, creates the role "admin" (every permission, scope all)
// and the user "admin" with a one-time password, which is returned (print it once).
// Returns nullopt when users exist. Hashes before writing.
Result<std::optional<std::string>> EnsureAdmin(db::Database& db, int64_t now_us);

}  // namespace sd::auth
