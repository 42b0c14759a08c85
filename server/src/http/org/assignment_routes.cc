// The division of work (分工) between staff (org.read, org.manage).
#include <nlohmann/json.hpp>

#include "auth/permissions.h"
#include "http/json_in.h"
#include "http/org/staff_json.h"
#include "http/server.h"
#include "org/assignment_service.h"

namespace sd::http {
namespace {

constexpr const char* kKinds = "support, price_audit, order_check, supervise";

Result<Reply> ListAssignments(Ctx& ctx) {
  org::AssignmentFilter f;
  SD_TRY_ASSIGN(f.staff_id, ctx.IntQuery("staff_id"));
  SD_TRY_ASSIGN(f.subject_staff_id, ctx.IntQuery("subject_staff_id"));
  if (auto kind = ctx.TextQuery("kind")) {
    org::AssignmentKind k = org::AssignmentKind::kSupport;
    if (!org::ParseAssignmentKind(*kind, &k)) {
      return InvalidField("kind", "common.field.invalid_choice", {{"choices", kKinds}});
    }
    f.kind = k;
  }
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(std::vector<org::Assignment> all, org::ListAssignments(tx, f));
    nlohmann::json items = nlohmann::json::array();
    for (const org::Assignment& a : all) items.push_back(AssignmentJson(a));
    return JsonReply(200, {{"items", items}});
  });
}

Result<Reply> CreateAssignment(Ctx& ctx) {
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  org::NewAssignment a;
  if (auto kind = in.String("kind", {.required = true, .max_len = 32})) {
    if (!org::ParseAssignmentKind(*kind, &a.kind)) {
      in.AddError("kind", "common.field.invalid_choice", {{"choices", kKinds}});
    }
  }
  a.staff_id = in.Int("staff_id", {.required = true}).value_or(0);
  a.subject_staff_id = in.Int("subject_staff_id", {.required = true}).value_or(0);
  a.product_line_id = in.Int("product_line_id");
  a.notes = in.String("notes", {.max_len = 4000}).value_or("");
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(org::Assignment created, org::CreateAssignment(tx, ctx.actor().audit, a));
    return JsonReply(201, AssignmentJson(created));
  });
}

Result<Reply> DeleteAssignment(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY(org::DeleteAssignment(tx, ctx.actor().audit, id));
    return NoContent();
  });
}

}  // namespace

void AddAssignmentRoutes(Router& r) {
  const std::string read(auth::perm::kOrgRead);
  const std::string manage(auth::perm::kOrgManage);
  r.AddSchema("Assignment", R"({"type": "object", "properties": {"id": {"type": "integer"},
    "kind": {"type": "string", "enum": ["support", "price_audit", "order_check", "supervise"]},
    "staff_id": {"type": "integer"}, "staff_name": {"type": "string"},
    "subject_staff_id": {"type": "integer"}, "subject_name": {"type": "string"},
    "product_line_id": {"type": "integer", "nullable": true},
    "product_line_name": {"type": "string", "nullable": true}, "notes": {"type": "string"},
    "created_at": {"type": "string", "format": "date-time"}}})");
  r.AddListSchema("AssignmentList", "Assignment");
  r.AddSchema("NewAssignment", R"({"type": "object", "additionalProperties": false,
    "required": ["kind", "staff_id", "subject_staff_id"], "properties": {
    "kind": {"type": "string", "enum": ["support", "price_audit", "order_check", "supervise"]},
    "staff_id": {"type": "integer", "description": "who does the work"},
    "subject_staff_id": {"type": "integer", "description": "for whom"},
    "product_line_id": {"type": "integer", "description": "omit for every product line"},
    "notes": {"type": "string"}}})");
  r.Add({"GET",
         "/api/v1/org/assignments",
         Access::kSignedIn,
         read,
         {"org",
          "The division of work (分工)",
          {{"staff_id", "query", "integer", "who does the work"},
           {"subject_staff_id", "query", "integer", "for whom"},
           {"kind", "query", "string", "support | price_audit | order_check | supervise"}},
          "",
          "AssignmentList"},
         ListAssignments});
  r.Add({"POST",
         "/api/v1/org/assignments",
         Access::kSignedIn,
         manage,
         {"org",
          "Assign work; never to oneself (422 org.assignment.self), once per kind, staff, "
          "subject and product line (409 org.assignment.duplicate)",
          {},
          "NewAssignment",
          "Assignment",
          201},
         CreateAssignment});
  r.Add({"DELETE",
         "/api/v1/org/assignments/{id}",
         Access::kSignedIn,
         manage,
         {"org", "Remove an assignment", {}, "", "", 204},
         DeleteAssignment});
}

}  // namespace sd::http
