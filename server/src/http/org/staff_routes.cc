// Staff (员工): people with their positions, regions and product lines (org.read, org.manage).
// The "user" of each staff member is decorated here from auth: the org module sits below auth
// and does not know the accounts.
#include <nlohmann/json.hpp>

#include "auth/permissions.h"
#include "auth/user_service.h"
#include "http/json_in.h"
#include "http/org/staff_json.h"
#include "http/server.h"
#include "org/staff_service.h"

namespace sd::http {
namespace {

// The staff JSON with the linked account read from auth.
Result<nlohmann::json> Decorated(db::Tx& tx, const org::Staff& s) {
  SD_TRY_ASSIGN(auto accounts, auth::AccountsOfStaff(tx, {s.id}));
  return StaffListJson({s}, accounts)[0];
}

Result<Reply> ListStaff(Ctx& ctx) {
  org::StaffQuery q;
  SD_TRY_ASSIGN(q.page, ctx.Paging());
  q.q = ctx.TextQuery("q");
  SD_TRY_ASSIGN(q.department_id, ctx.IntQuery("department_id"));
  SD_TRY_ASSIGN(q.position_id, ctx.IntQuery("position_id"));
  SD_TRY_ASSIGN(q.region_id, ctx.IntQuery("region_id"));
  q.status = ctx.TextQuery("status");
  q.permission = ctx.TextQuery("permission");
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(Page<org::Staff> page, org::ListStaff(tx, q));
    std::vector<int64_t> ids;
    for (const org::Staff& s : page.items) ids.push_back(s.id);
    SD_TRY_ASSIGN(auto accounts, auth::AccountsOfStaff(tx, ids));
    return PageReply(StaffListJson(page.items, accounts), page);
  });
}

Result<Reply> GetStaff(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(org::Staff s, org::GetStaff(tx, id));
    SD_TRY_ASSIGN(nlohmann::json j, Decorated(tx, s));
    return JsonReply(200, j);
  });
}

Result<Reply> CreateStaff(Ctx& ctx) {
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  org::NewStaff s;
  s.f.code = in.String("code", {.required = true, .max_len = 128}).value_or("");
  s.f.name = in.String("name", {.required = true, .max_len = 256}).value_or("");
  s.f.department_id = in.Int("department_id", {.required = true}).value_or(0);
  s.f.superior_staff_id = in.Int("superior_staff_id");
  s.f.phone = in.String("phone", {.max_len = 512}).value_or("");
  s.f.email = in.String("email", {.max_len = 512}).value_or("");
  s.f.joined_on = in.String("joined_on", {.max_len = 64});
  s.f.notes = in.String("notes", {.max_len = 16000}).value_or("");
  s.position_ids = in.IntList("position_ids").value_or(std::vector<int64_t>{});
  s.region_ids = in.IntList("region_ids").value_or(std::vector<int64_t>{});
  s.product_line_ids = in.IntList("product_line_ids").value_or(std::vector<int64_t>{});
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(org::Staff staff, org::CreateStaff(tx, ctx.actor().audit, s));
    SD_TRY_ASSIGN(nlohmann::json j, Decorated(tx, staff));
    return CreatedReply(j, "/api/v1/staff/" + std::to_string(staff.id));
  });
}

Result<Reply> UpdateStaff(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  org::StaffPatch p;
  p.version = in.Int("version", {.required = true}).value_or(0);
  p.code = in.String("code", {.max_len = 128});
  p.name = in.String("name", {.max_len = 256});
  p.department_id = in.Int("department_id");
  p.superior_staff_id = in.NullableInt("superior_staff_id");
  p.phone = in.String("phone", {.max_len = 512});
  p.email = in.String("email", {.max_len = 512});
  p.status = in.String("status", {.max_len = 16});
  p.joined_on = in.NullableString("joined_on", {.max_len = 64});
  p.left_on = in.NullableString("left_on", {.max_len = 64});
  p.notes = in.String("notes", {.max_len = 16000});
  p.position_ids = in.IntList("position_ids");
  p.region_ids = in.IntList("region_ids");
  p.product_line_ids = in.IntList("product_line_ids");
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(org::Staff staff, org::UpdateStaff(tx, ctx.actor().audit, id, p));
    SD_TRY_ASSIGN(nlohmann::json j, Decorated(tx, staff));
    return JsonReply(200, j);
  });
}

void AddStaffSchemas(Router& r) {
  r.AddSchema("OrgRef", R"({"type": "object", "properties": {"id": {"type": "integer"},
    "code": {"type": "string"}, "name": {"type": "string"}}})");
  r.AddSchema("Staff", R"({"type": "object", "properties": {
    "id": {"type": "integer"}, "code": {"type": "string", "description": "工号"},
    "name": {"type": "string"}, "department_id": {"type": "integer"},
    "department_name": {"type": "string"},
    "superior_staff_id": {"type": "integer", "nullable": true},
    "superior_name": {"type": "string", "nullable": true},
    "phone": {"type": "string"}, "email": {"type": "string"},
    "status": {"type": "string", "enum": ["active", "left"]},
    "joined_on": {"type": "string", "format": "date", "nullable": true},
    "left_on": {"type": "string", "format": "date", "nullable": true},
    "notes": {"type": "string"},
    "positions": {"type": "array", "items": {"$ref": "#/components/schemas/OrgRef"}},
    "regions": {"type": "array", "items": {"$ref": "#/components/schemas/OrgRef"}},
    "product_lines": {"type": "array", "items": {"$ref": "#/components/schemas/OrgRef"}},
    "user": {"type": "object", "nullable": true, "description": "the linked login account",
      "properties": {"id": {"type": "integer"}, "login": {"type": "string"}}},
    "version": {"type": "integer"},
    "created_at": {"type": "string", "format": "date-time"},
    "updated_at": {"type": "string", "format": "date-time"}}})");
  r.AddSchema("StaffPage", R"({"type": "object", "properties": {
    "items": {"type": "array", "items": {"$ref": "#/components/schemas/Staff"}},
    "total": {"type": "integer"}, "page": {"type": "integer"}, "size": {"type": "integer"}}})");
  r.AddSchema("NewStaff", R"({"type": "object", "additionalProperties": false,
    "required": ["code", "name", "department_id"], "properties": {
    "code": {"type": "string", "maxLength": 32}, "name": {"type": "string", "maxLength": 64},
    "department_id": {"type": "integer"}, "superior_staff_id": {"type": "integer"},
    "phone": {"type": "string"}, "email": {"type": "string"},
    "joined_on": {"type": "string", "format": "date"}, "notes": {"type": "string"},
    "position_ids": {"type": "array", "items": {"type": "integer"}},
    "region_ids": {"type": "array", "items": {"type": "integer"}},
    "product_line_ids": {"type": "array", "items": {"type": "integer"}}}})");
  r.AddSchema("StaffPatch", R"({"type": "object", "additionalProperties": false,
    "required": ["version"], "properties": {"version": {"type": "integer"},
    "code": {"type": "string"}, "name": {"type": "string"}, "department_id": {"type": "integer"},
    "superior_staff_id": {"type": "integer", "nullable": true},
    "phone": {"type": "string"}, "email": {"type": "string"},
    "status": {"type": "string", "enum": ["active", "left"]},
    "joined_on": {"type": "string", "format": "date", "nullable": true},
    "left_on": {"type": "string", "format": "date", "nullable": true},
    "notes": {"type": "string"},
    "position_ids": {"type": "array", "items": {"type": "integer"},
      "description": "a change is audited as assign_positions"},
    "region_ids": {"type": "array", "items": {"type": "integer"}},
    "product_line_ids": {"type": "array", "items": {"type": "integer"}}}})");
}

}  // namespace

void AddStaffRoutes(Router& r) {
  const std::string read(auth::perm::kOrgRead);
  const std::string manage(auth::perm::kOrgManage);
  AddStaffSchemas(r);
  r.Add({"GET",
         "/api/v1/staff",
         Access::kSignedIn,
         read,
         {"org",
          "List staff",
          {{"q", "query", "string", "part of the code (工号) or name"},
           {"department_id", "query", "integer", "this department and below"},
           {"position_id", "query", "integer", "holding this position"},
           {"region_id", "query", "integer", "covering this region"},
           {"status", "query", "string", "active | left"},
           {"permission", "query", "string",
            "holding a position that grants it (customer.claim: may own customers)"},
           {"page", "query", "integer", "1-based"},
           {"size", "query", "integer", "rows per page, at most 200"}},
          "",
          "StaffPage"},
         ListStaff});
  r.Add({"GET",
         "/api/v1/staff/{id}",
         Access::kSignedIn,
         read,
         {"org", "One staff member", {}, "", "Staff"},
         GetStaff});
  r.Add(
      {"POST",
       "/api/v1/staff",
       Access::kSignedIn,
       manage,
       {"org", "Create a staff member (409 when the code is taken)", {}, "NewStaff", "Staff", 201},
       CreateStaff});
  r.Add({"PATCH",
         "/api/v1/staff/{id}",
         Access::kSignedIn,
         manage,
         {"org",
          "Change a staff member (optimistic lock by version; 422 org.staff.cycle when the "
          "superior is the person or below them). Positions take effect for the linked account "
          "on its next request.",
          {},
          "StaffPatch",
          "Staff"},
         UpdateStaff});
}

}  // namespace sd::http
