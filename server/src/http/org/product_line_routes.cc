// Product lines (产品线) (org.read, org.manage).
#include <nlohmann/json.hpp>

#include "auth/permissions.h"
#include "http/json_in.h"
#include "http/org/staff_json.h"
#include "http/server.h"
#include "org/product_line_service.h"

namespace sd::http {
namespace {

Result<Reply> ListProductLines(Ctx& ctx) {
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(std::vector<org::ProductLine> lines, org::ListProductLines(tx));
    nlohmann::json items = nlohmann::json::array();
    for (const org::ProductLine& p : lines) items.push_back(ProductLineJson(p));
    return JsonReply(200, {{"items", items}});
  });
}

Result<Reply> CreateProductLine(Ctx& ctx) {
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  org::ProductLineFields f;
  f.code = in.String("code", {.required = true, .max_len = 128}).value_or("");
  f.name = in.String("name", {.required = true, .max_len = 256}).value_or("");
  f.notes = in.String("notes", {.max_len = 4000}).value_or("");
  f.sort_order = in.Int("sort_order").value_or(0);
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(org::ProductLine p, org::CreateProductLine(tx, ctx.actor().audit, f));
    return JsonReply(201, ProductLineJson(p));
  });
}

Result<Reply> UpdateProductLine(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  org::ProductLinePatch p;
  p.version = in.Int("version", {.required = true}).value_or(0);
  p.code = in.String("code", {.max_len = 128});
  p.name = in.String("name", {.max_len = 256});
  p.notes = in.String("notes", {.max_len = 4000});
  p.sort_order = in.Int("sort_order");
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(org::ProductLine line, org::UpdateProductLine(tx, ctx.actor().audit, id, p));
    return JsonReply(200, ProductLineJson(line));
  });
}

}  // namespace

void AddProductLineRoutes(Router& r) {
  const std::string read(auth::perm::kOrgRead);
  const std::string manage(auth::perm::kOrgManage);
  r.AddSchema("ProductLine", R"({"type": "object", "properties": {"id": {"type": "integer"},
    "code": {"type": "string"}, "name": {"type": "string"}, "notes": {"type": "string"},
    "sort_order": {"type": "integer"}, "version": {"type": "integer"}}})");
  r.AddListSchema("ProductLineList", "ProductLine");
  r.AddSchema("NewProductLine", R"({"type": "object", "additionalProperties": false,
    "required": ["code", "name"], "properties": {"code": {"type": "string", "maxLength": 32},
    "name": {"type": "string", "maxLength": 64}, "notes": {"type": "string"},
    "sort_order": {"type": "integer"}}})");
  r.AddSchema("ProductLinePatch", R"({"type": "object", "additionalProperties": false,
    "required": ["version"], "properties": {"version": {"type": "integer"},
    "code": {"type": "string"}, "name": {"type": "string"}, "notes": {"type": "string"},
    "sort_order": {"type": "integer"}}})");
  r.Add({"GET",
         "/api/v1/product-lines",
         Access::kSignedIn,
         read,
         {"org", "Every product line", {}, "", "ProductLineList"},
         ListProductLines});
  r.Add({"POST",
         "/api/v1/product-lines",
         Access::kSignedIn,
         manage,
         {"org", "Create a product line", {}, "NewProductLine", "ProductLine", 201},
         CreateProductLine});
  r.Add({"PATCH",
         "/api/v1/product-lines/{id}",
         Access::kSignedIn,
         manage,
         {"org",
          "Change a product line (optimistic lock by version)",
          {},
          "ProductLinePatch",
          "ProductLine"},
         UpdateProductLine});
}

}  // namespace sd::http
