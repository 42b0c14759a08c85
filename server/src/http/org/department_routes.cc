// Departments (read by every signed-in user: forms pick a department).
#include <nlohmann/json.hpp>

#include "http/server.h"
#include "org/department.h"

namespace sd::http {
namespace {

Result<Reply> ListDepartments(Ctx& ctx) {
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(std::vector<org::Department> all, org::ListDepartments(tx));
    nlohmann::json items = nlohmann::json::array();
    for (const org::Department& d : all) {
      items.push_back({{"id", d.id},
                       {"parent_id", d.parent_id ? nlohmann::json(*d.parent_id) : nlohmann::json()},
                       {"code", d.code},
                       {"name", d.name},
                       {"sort_order", d.sort_order},
                       {"version", d.version}});
    }
    return JsonReply(200, {{"items", items}});
  });
}

}  // namespace

void AddOrgRoutes(Router& r) {
  r.AddSchema("DepartmentList", R"({"type": "object", "properties": {"items": {"type": "array",
    "items": {"type": "object", "properties": {"id": {"type": "integer"},
    "parent_id": {"type": "integer", "nullable": true}, "code": {"type": "string"},
    "name": {"type": "string"}, "sort_order": {"type": "integer"},
    "version": {"type": "integer"}}}}}})");
  r.Add({"GET",
         "/api/v1/departments",
         Access::kSignedIn,
         "",
         {"org", "Every department (a tree by parent_id)", {}, "", "DepartmentList"},
         ListDepartments});
}

}  // namespace sd::http
