// Departments: read by every signed-in user (forms pick a department); changed with org.manage.
#include <nlohmann/json.hpp>

#include "auth/permissions.h"
#include "http/json_in.h"
#include "http/server.h"
#include "org/department.h"

namespace sd::http {
namespace {

nlohmann::json DepartmentJson(const org::Department& d, const org::DepartmentCounts& counts) {
  return {{"id", d.id},
          {"parent_id", OrNull(d.parent_id)},
          {"code", d.code},
          {"name", d.name},
          {"sort_order", d.sort_order},
          {"staff_count", counts.staff},
          {"position_count", counts.positions},
          {"version", d.version}};
}

Result<Reply> ListDepartments(Ctx& ctx) {
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(std::vector<org::Department> all, org::ListDepartments(tx));
    SD_TRY_ASSIGN(auto counts, org::CountByDepartment(tx));
    nlohmann::json items = nlohmann::json::array();
    for (const org::Department& d : all) items.push_back(DepartmentJson(d, counts[d.id]));
    return JsonReply(200, {{"items", items}});
  });
}

// The department as written, with its counts read in the same transaction.
Result<nlohmann::json> WrittenDepartmentJson(db::Tx& tx, const org::Department& d) {
  SD_TRY_ASSIGN(auto counts, org::CountByDepartment(tx));
  return DepartmentJson(d, counts[d.id]);
}

Result<Reply> CreateDepartment(Ctx& ctx) {
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  org::NewDepartment d;
  d.code = in.String("code", {.required = true, .max_len = org::kDepartmentCodeMax}).value_or("");
  d.name = in.String("name", {.required = true, .max_len = org::kDepartmentNameMax}).value_or("");
  d.parent_id = in.Int("parent_id");
  d.sort_order = in.Int("sort_order").value_or(0);
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(org::Department created, org::CreateDepartment(tx, ctx.actor().audit, d));
    SD_TRY_ASSIGN(nlohmann::json j, WrittenDepartmentJson(tx, created));
    return CreatedReply(j, "/api/v1/departments/" + std::to_string(created.id));
  });
}

Result<Reply> UpdateDepartment(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  org::DepartmentPatch patch;
  patch.version = in.Int("version", {.required = true}).value_or(0);
  patch.code = in.String("code", {.max_len = org::kDepartmentCodeMax});
  patch.name = in.String("name", {.max_len = org::kDepartmentNameMax});
  patch.parent_id = in.NullableInt("parent_id");
  patch.sort_order = in.Int("sort_order");
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(org::Department d, org::UpdateDepartment(tx, ctx.actor().audit, id, patch));
    SD_TRY_ASSIGN(nlohmann::json j, WrittenDepartmentJson(tx, d));
    return JsonReply(200, j);
  });
}

Result<Reply> DeleteDepartment(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(int64_t version, ctx.VersionQuery());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY(org::DeleteDepartment(tx, ctx.actor().audit, id, version));
    return NoContent();
  });
}

}  // namespace

void AddOrgRoutes(Router& r) {
  const std::string manage(auth::perm::kOrgManage);
  r.AddSchema("Department", R"({"type": "object", "properties": {"id": {"type": "integer"},
    "parent_id": {"type": "integer", "nullable": true}, "code": {"type": "string"},
    "name": {"type": "string"}, "sort_order": {"type": "integer"},
    "staff_count": {"type": "integer", "description": "active staff directly in it"},
    "position_count": {"type": "integer", "description": "positions directly in it"},
    "version": {"type": "integer"}}})");
  r.AddListSchema("DepartmentList", "Department");
  r.AddSchema("NewDepartment", R"({"type": "object", "additionalProperties": false,
    "required": ["code", "name"], "properties": {"code": {"type": "string", "maxLength": 64},
    "name": {"type": "string", "maxLength": 128}, "parent_id": {"type": "integer"},
    "sort_order": {"type": "integer"}}})");
  r.AddSchema("DepartmentPatch", R"({"type": "object", "additionalProperties": false,
    "required": ["version"], "properties": {"version": {"type": "integer"},
    "code": {"type": "string", "maxLength": 64}, "name": {"type": "string", "maxLength": 128},
    "parent_id": {"type": "integer", "nullable": true,
      "description": "move; not under itself or a department below it"},
    "sort_order": {"type": "integer"}}})");
  r.Add(
      {"GET",
       "/api/v1/departments",
       Access::kSignedIn,
       "",
       {"org", "Every department (a tree by parent_id) with its counts", {}, "", "DepartmentList"},
       ListDepartments});
  r.Add({"POST",
         "/api/v1/departments",
         Access::kSignedIn,
         manage,
         {"org", "Create a department", {}, "NewDepartment", "Department", 201},
         CreateDepartment});
  r.Add({"PATCH",
         "/api/v1/departments/{id}",
         Access::kSignedIn,
         manage,
         {"org",
          "Rename, renumber or move a department (optimistic lock by version)",
          {},
          "DepartmentPatch",
          "Department"},
         UpdateDepartment});
  r.Add({"DELETE",
         "/api/v1/departments/{id}",
         Access::kSignedIn,
         manage,
         {"org",
          "Delete a department without sub-departments, positions, staff or accounts",
          {{"version", "query", "integer", "the version read"}},
          "",
          "",
          204},
         DeleteDepartment});
}

}  // namespace sd::http
