// The organization chart: departments, positions and who holds them (org.read).
#include <nlohmann/json.hpp>

#include "auth/permissions.h"
#include "http/server.h"
#include "org/staff_chart.h"

namespace sd::http {
namespace {

template <typename T>
nlohmann::json OrNull(const std::optional<T>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json();
}

Result<Reply> GetChart(Ctx& ctx) {
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(org::OrgChart chart, org::LoadOrgChart(tx));
    nlohmann::json departments = nlohmann::json::array();
    for (const org::OrgChartDepartment& d : chart.departments) {
      departments.push_back({{"id", d.id}, {"parent_id", OrNull(d.parent_id)}, {"name", d.name}});
    }
    nlohmann::json positions = nlohmann::json::array();
    for (const org::OrgChartPosition& p : chart.positions) {
      nlohmann::json holders = nlohmann::json::array();
      for (const org::OrgChartHolder& h : p.holders) {
        holders.push_back({{"staff_id", h.staff_id}, {"name", h.name}});
      }
      positions.push_back({{"id", p.id},
                           {"code", p.code},
                           {"name", p.name},
                           {"department_id", p.department_id},
                           {"superior_position_id", OrNull(p.superior_position_id)},
                           {"headcount", p.headcount},
                           {"holders", holders}});
    }
    return JsonReply(
        200, {{"company", chart.company}, {"departments", departments}, {"positions", positions}});
  });
}

}  // namespace

void AddOrgChartRoutes(Router& r) {
  r.AddSchema("OrgChart", R"({"type": "object", "properties": {
    "company": {"type": "string", "description": "the root department's name"},
    "departments": {"type": "array", "items": {"type": "object", "properties": {
      "id": {"type": "integer"}, "parent_id": {"type": "integer", "nullable": true},
      "name": {"type": "string"}}}},
    "positions": {"type": "array", "items": {"type": "object", "properties": {
      "id": {"type": "integer"}, "code": {"type": "string"}, "name": {"type": "string"},
      "department_id": {"type": "integer"},
      "superior_position_id": {"type": "integer", "nullable": true},
      "headcount": {"type": "integer"},
      "holders": {"type": "array", "items": {"type": "object", "properties": {
        "staff_id": {"type": "integer"}, "name": {"type": "string"}}}}}}}}})");
  r.Add({"GET",
         "/api/v1/org/chart",
         Access::kSignedIn,
         std::string(auth::perm::kOrgRead),
         {"org",
          "The organization chart: departments, positions and their active holders",
          {},
          "",
          "OrgChart"},
         GetChart});
}

}  // namespace sd::http
