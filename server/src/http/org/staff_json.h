#pragma once
// JSON shapes of the staff half of the organization: staff, regions, product lines,
// assignments (contract: Staff, Region, ProductLine, Assignment).

#include <map>
#include <nlohmann/json_fwd.hpp>
#include <optional>

#include "auth/user_service.h"
#include "org/assignment.h"
#include "org/product_line.h"
#include "org/region.h"
#include "org/staff.h"

namespace sd::http {

// account: the login account linked to the staff member ("user": null without one).
nlohmann::json StaffJson(const org::Staff& s, const std::optional<auth::StaffAccount>& account);
// Staff with their accounts looked up in accounts (from auth::AccountsOfStaff).
nlohmann::json StaffListJson(const std::vector<org::Staff>& staff,
                             const std::map<int64_t, auth::StaffAccount>& accounts);
nlohmann::json RegionJson(const org::Region& r);
nlohmann::json ProductLineJson(const org::ProductLine& p);
nlohmann::json AssignmentJson(const org::Assignment& a);

}  // namespace sd::http
