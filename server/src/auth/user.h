#pragma once
// Users and roles: types and pure validation rules (no SQL here; see user_store.cc).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit.h"
#include "auth/actor.h"
#include "base/i18n.h"
#include "base/result.h"

namespace sd::auth {

struct User {
  int64_t id = 0;
  std::string login;
  std::string display_name;
  Locale locale = Locale::kZhCN;
  std::optional<int64_t> department_id;
  std::string department_name;      // empty without department
  std::optional<int64_t> staff_id;  // the staff member (org_staff) the account belongs to
  std::string staff_name;           // empty without staff member
  std::vector<std::string> roles;   // role codes, sorted
  bool disabled = false;
  bool must_change_password = false;
  int64_t version = 1;
  int64_t created_at_us = 0;
  std::optional<int64_t> last_login_at_us;
};

struct Role {
  int64_t id = 0;
  std::string code;
  std::string name;
  DataScope scope = DataScope::kOwn;
  std::vector<std::string> permissions;  // sorted
  int64_t version = 1;
};

inline constexpr size_t kLoginMin = 2;
inline constexpr size_t kLoginMax = 64;
inline constexpr size_t kDisplayNameMax = 64;
inline constexpr size_t kPasswordMin = 8;
inline constexpr size_t kPasswordMax = 128;

// Field rules. Each appends a FieldError for `field` when the value breaks a rule.
// Logins are lowercase ASCII letters, digits and . _ - (they appear in URLs, logs and audit).
void CheckLogin(std::string_view login, std::vector<FieldError>* errors);
void CheckDisplayName(std::string_view name, std::vector<FieldError>* errors);
void CheckPassword(std::string_view password, std::string_view field,
                   std::vector<FieldError>* errors);

// Audit snapshot of a user (never the password hash).
audit::Snapshot UserSnapshot(const User& u);

}  // namespace sd::auth
