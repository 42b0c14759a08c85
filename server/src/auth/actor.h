#pragma once
// Who is acting: the authenticated user with the permissions and data scope resolved for this
// request. Built once per request from the session (or by the CLI as the system actor).

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit.h"
#include "base/i18n.h"

namespace sd::auth {

// Which rows a user may see (DESIGN §4): the widest granted by any role or position.
enum class DataScope : uint8_t { kOwn = 0, kDepartment = 1, kAll = 2 };

const char* DataScopeName(DataScope s);  // "own", "department", "all"
bool ParseDataScope(std::string_view s, DataScope* out);

// A position held, as the request resolved it (code and name, for display).
struct PositionRef {
  std::string code;
  std::string name;
  auto operator<=>(const PositionRef&) const = default;
};

struct Actor {
  int64_t user_id = 0;
  std::string login;
  std::string display_name;
  Locale locale = Locale::kZhCN;
  std::optional<int64_t> department_id;  // the linked staff member's, else the account's
  std::optional<int64_t> staff_id;       // the staff member (org_staff) the account belongs to
  std::string staff_code;                // 工号 and name of that staff member; empty without one
  std::string staff_name;
  DataScope scope = DataScope::kOwn;
  std::vector<std::string> roles;        // role codes, sorted
  std::vector<PositionRef> positions;    // the positions granting, sorted by code
  std::vector<std::string> permissions;  // sorted, unique
  bool must_change_password = false;
  audit::Context audit;  // who/where/when for the records this request writes

  bool Can(std::string_view permission) const {
    return std::binary_search(permissions.begin(), permissions.end(), permission);
  }
};

// The actor of command-line administration: every permission, scope all, audited as "cli".
Actor SystemActor(int64_t now_us);

}  // namespace sd::auth
