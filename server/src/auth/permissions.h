#pragma once
// The named permissions of Salesdesk. A role (and, from the org module, a position) grants a
// set of them; every endpoint names the one it needs. Display names live in messages.json
// under "perm.<code>".

#include <span>
#include <string_view>

namespace sd::auth {

namespace perm {
inline constexpr std::string_view kUserRead = "user.read";
inline constexpr std::string_view kUserManage = "user.manage";
inline constexpr std::string_view kRoleManage = "role.manage";
inline constexpr std::string_view kAuditRead = "audit.read";
inline constexpr std::string_view kOrgRead = "org.read";
inline constexpr std::string_view kOrgManage = "org.manage";
}  // namespace perm

// Every permission code, sorted.
std::span<const std::string_view> AllPermissions();
bool IsPermission(std::string_view code);

}  // namespace sd::auth
