#include "http/org/staff_json.h"

#include <nlohmann/json.hpp>

#include "http/reply.h"

namespace sd::http {
namespace {

nlohmann::json RefsJson(const std::vector<org::OrgRef>& refs) {
  nlohmann::json out = nlohmann::json::array();
  for (const org::OrgRef& r : refs)
    out.push_back({{"id", r.id}, {"code", r.code}, {"name", r.name}});
  return out;
}

}  // namespace

nlohmann::json StaffJson(const org::Staff& s, const std::optional<auth::StaffAccount>& account) {
  nlohmann::json user;
  if (account) user = {{"id", account->user_id}, {"login", account->login}};
  return {{"id", s.id},
          {"code", s.f.code},
          {"name", s.f.name},
          {"department_id", s.f.department_id},
          {"department_name", s.department_name},
          {"superior_staff_id", OrNull(s.f.superior_staff_id)},
          {"superior_name", s.f.superior_staff_id ? nlohmann::json(s.superior_name) : nullptr},
          {"phone", s.f.phone},
          {"email", s.f.email},
          {"status", s.f.status},
          {"joined_on", OrNull(s.f.joined_on)},
          {"left_on", OrNull(s.f.left_on)},
          {"notes", s.f.notes},
          {"positions", RefsJson(s.positions)},
          {"regions", RefsJson(s.regions)},
          {"product_lines", RefsJson(s.product_lines)},
          {"user", user},
          {"version", s.version},
          {"created_at", FormatTimestamp(s.created_at_us)},
          {"updated_at", FormatTimestamp(s.updated_at_us)}};
}

nlohmann::json StaffListJson(const std::vector<org::Staff>& staff,
                             const std::map<int64_t, auth::StaffAccount>& accounts) {
  nlohmann::json items = nlohmann::json::array();
  for (const org::Staff& s : staff) {
    auto it = accounts.find(s.id);
    items.push_back(StaffJson(
        s, it == accounts.end() ? std::nullopt : std::optional<auth::StaffAccount>(it->second)));
  }
  return items;
}

nlohmann::json RegionJson(const org::Region& r) {
  return {{"id", r.id},
          {"parent_id", OrNull(r.f.parent_id)},
          {"code", r.f.code},
          {"name", r.f.name},
          {"level", org::RegionLevelName(r.f.level)},
          {"owner_staff_id", OrNull(r.f.owner_staff_id)},
          {"owner_name", r.f.owner_staff_id ? nlohmann::json(r.owner_name) : nullptr},
          {"sort_order", r.f.sort_order},
          {"version", r.version}};
}

nlohmann::json ProductLineJson(const org::ProductLine& p) {
  return {{"id", p.id},
          {"code", p.f.code},
          {"name", p.f.name},
          {"notes", p.f.notes},
          {"sort_order", p.f.sort_order},
          {"version", p.version}};
}

nlohmann::json AssignmentJson(const org::Assignment& a) {
  return {{"id", a.id},
          {"kind", org::AssignmentKindName(a.kind)},
          {"staff_id", a.staff_id},
          {"staff_name", a.staff_name},
          {"subject_staff_id", a.subject_staff_id},
          {"subject_name", a.subject_name},
          {"product_line_id", OrNull(a.product_line_id)},
          {"product_line_name", a.product_line_id ? nlohmann::json(a.product_line_name) : nullptr},
          {"notes", a.notes},
          {"created_at", FormatTimestamp(a.created_at_us)}};
}

}  // namespace sd::http
