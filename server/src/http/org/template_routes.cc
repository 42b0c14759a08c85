// The position template: what it offers, one position from it, or every missing one.
#include <nlohmann/json.hpp>

#include "auth/permissions.h"
#include "http/org/position_json.h"
#include "http/server.h"
#include "org/template_service.h"

namespace sd::http {
namespace {

Result<Reply> ListTemplate(Ctx& ctx) {
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(std::vector<org::TemplateEntry> entries, org::ListTemplate(tx));
    nlohmann::json items = nlohmann::json::array();
    for (const org::TemplateEntry& e : entries) {
      items.push_back({{"template_code", e.template_code},
                       {"code", e.code},
                       {"name", e.name},
                       {"department_code", e.department_code},
                       {"summary", e.summary},
                       {"source", e.source},
                       {"exists", e.exists}});
    }
    return JsonReply(200, {{"items", items}});
  });
}

Result<Reply> CreateFromTemplate(Ctx& ctx) {
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  org::FromTemplate request;
  request.template_code =
      in.String("template_code", {.required = true, .max_len = 64}).value_or("");
  request.department_id = in.Int("department_id");
  request.code = in.String("code", {.max_len = org::kPositionCodeMax});
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(org::Position p,
                  org::CreateFromTemplate(tx, ctx.actor().audit, auth::AllPermissions(), request));
    return CreatedReply(PositionJson(p), "/api/v1/positions/" + std::to_string(p.id));
  });
}

Result<Reply> ApplyTemplate(Ctx& ctx) {
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body().empty() ? "{}" : ctx.body()));
  std::optional<int64_t> department_id = in.Int("department_id");
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(std::vector<int64_t> created,
                  org::ApplyTemplate(tx, ctx.actor().audit, auth::AllPermissions(), department_id));
    return JsonReply(200, {{"created", created}});
  });
}

}  // namespace

void AddTemplateRoutes(Router& r) {
  const std::string read(auth::perm::kOrgRead);
  const std::string manage(auth::perm::kOrgManage);
  r.AddSchema("TemplateList", R"({"type": "object", "properties": {"items": {"type": "array",
    "items": {"type": "object", "properties": {"template_code": {"type": "string"},
    "code": {"type": "string"}, "name": {"type": "string"},
    "department_code": {"type": "string"}, "summary": {"type": "string"},
    "source": {"type": "string"}, "exists": {"type": "boolean",
      "description": "a position with this template_code or code exists"}}}}}})");
  r.AddSchema("FromTemplate", R"({"type": "object", "additionalProperties": false,
    "required": ["template_code"], "properties": {"template_code": {"type": "string"},
    "department_id": {"type": "integer",
      "description": "default: the department whose code is the template's department_code"},
    "code": {"type": "string", "description": "default: the template's code"}}})");
  r.AddSchema("TemplateApply", R"({"type": "object", "additionalProperties": false,
    "properties": {"department_id": {"type": "integer",
      "description": "put every new position here instead of its template department"}}})");
  r.AddSchema("TemplateApplied", R"({"type": "object", "properties": {"created": {
    "type": "array", "items": {"type": "integer"}}}})");
  r.Add({"GET",
         "/api/v1/org/template",
         Access::kSignedIn,
         read,
         {"org",
          "The positions of the default template and whether each exists",
          {},
          "",
          "TemplateList"},
         ListTemplate});
  r.Add({"POST",
         "/api/v1/positions/from-template",
         Access::kSignedIn,
         manage,
         {"org", "Create one position from the template", {}, "FromTemplate", "Position", 201},
         CreateFromTemplate});
  r.Add({"POST",
         "/api/v1/org/template/apply",
         Access::kSignedIn,
         manage,
         {"org",
          "Create every template position not present yet (superiors first)",
          {},
          "TemplateApply",
          "TemplateApplied"},
         ApplyTemplate});
}

}  // namespace sd::http
