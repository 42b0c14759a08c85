// The catalog (产品目录): list and search, read with `actions`, create, change with version,
// discontinue and reactivate (product.read to read, product.manage to write).
#include <nlohmann/json.hpp>

#include "catalog/product_service.h"
#include "http/catalog/product_json.h"
#include "http/doc_json.h"
#include "http/json_in.h"
#include "http/server.h"

namespace sd::http {
namespace {

using nlohmann::json;

Result<Reply> ListProducts(Ctx& ctx) {
  SD_TRY_ASSIGN(catalog::ProductQuery q, ProductFilterOf(ctx));
  SD_TRY_ASSIGN(q.page, ctx.Paging());
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(Page<catalog::Product> page, catalog::ListProducts(tx, q));
    json items = json::array();
    for (const catalog::Product& p : page.items) {
      items.push_back(ProductJson(p, catalog::ProductActions(p, ctx.actor())));
    }
    return PageReply(items, page);
  });
}

Result<Reply> GetProduct(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(catalog::Product p, catalog::GetProduct(tx, id));
    return JsonReply(200, ProductJson(p, catalog::ProductActions(p, ctx.actor())));
  });
}

Result<Reply> CreateProduct(Ctx& ctx) {
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  catalog::ProductFields f;
  ReadNewProduct(in, &f);
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(catalog::Product p, catalog::CreateProduct(tx, ctx.actor(), f));
    return CreatedReply(ProductJson(p, catalog::ProductActions(p, ctx.actor())),
                        "/api/v1/products/" + std::to_string(p.id));
  });
}

Result<Reply> UpdateProduct(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  catalog::ProductPatch patch;
  ReadProductPatch(in, &patch);
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(catalog::Product p, catalog::UpdateProduct(tx, ctx.actor(), id, patch));
    return JsonReply(200, ProductJson(p, catalog::ProductActions(p, ctx.actor())));
  });
}

Handler Act(catalog::ProductAction action) {
  return [action](Ctx& ctx) -> Result<Reply> {
    SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
    SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
    const int64_t version = in.Int("version", {.required = true}).value_or(0);
    SD_TRY(in.Finish());
    return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
      SD_TRY_ASSIGN(catalog::Product p,
                    catalog::ActOnProduct(tx, ctx.actor(), id, action, version));
      return JsonReply(200, ProductJson(p, catalog::ProductActions(p, ctx.actor())));
    });
  };
}

// The unit codes as a JSON enum, from the one list the server checks against.
std::string UnitEnum() {
  json codes = json::array();
  for (std::string_view u : catalog::kUnits) codes.push_back(u);
  return codes.dump();
}

std::string Writable() {
  return std::string(R"(
    "code": {"type": "string", "maxLength": 32,
      "description": "letters, digits and - _ .; POST without a code takes the next P00001"},
    "name": {"type": "string", "maxLength": 128},
    "spec": {"type": "string", "maxLength": 128, "description": "规格/牌号, e.g. SBS I-D"},
    "product_line_id": {"type": "integer", "description": "an org product line"},
    "base_unit": {"type": "string", "enum": )") +
         UnitEnum() + R"(},
    "units": {"type": "array", "maxItems": 8,
      "items": {"$ref": "#/components/schemas/ProductUnit"}},
    "tax_rate": {"type": "string", "example": "0.13",
      "description": "VAT rate: 0.13, 0.09, 0.06, 0.03, 0.01 or 0"},
    "standard_cost": {"type": "string", "example": "3850.00",
      "description": "per base unit before tax, yuan with at most two decimals, not negative"},
    "source": {"type": "string", "enum": ["made", "bought"], "description": "自产 / 外采"},
    "package": {"type": "string", "maxLength": 32, "description": "吨袋, 桶装, 散装 …"},
    "notes": {"type": "string"})";
}

void AddProductSchemas(Router& r) {
  r.AddSchema("ProductUnit", std::string(R"({"type": "object", "required": ["unit", "factor"],
    "description": "1 unit = factor base units", "properties": {
    "unit": {"type": "string", "enum": )") +
                                 UnitEnum() + R"(},
    "factor": {"type": "string", "example": "0.0010",
      "description": "greater than 0, at most four decimals"}}})");
  r.AddSchema("Product",
              DocSchema(std::string(R"({"type": "object", "required": ["id", "code", "name",
    "spec", "mnemonic", "product_line_id", "product_line_name", "base_unit", "units", "tax_rate",
    "standard_cost", "source", "package", "status", "notes", "version", "created_at",
    "updated_at"], "properties": {
    "id": {"type": "integer"}, "mnemonic": {"type": "string",
      "description": "pinyin initials of the name, e.g. sbsgxlq"},
    "product_line_name": {"type": "string"},
    "status": {"type": "string"},
    "version": {"type": "integer"}, "created_at": {"type": "string", "format": "date-time"},
    "updated_at": {"type": "string", "format": "date-time"},
    "actions": {"type": "array", "items": {"type": "string"}},)") +
                            Writable() + "}}",
                        catalog::kProductTransitions, catalog::kProductStateNames,
                        catalog::kProductActionNames,
                        {.state_property = "status",
                         .extra_actions = {"update"},
                         .hidden_actions = {},
                         .owner_label = "owner"}));
  r.AddSchema("ProductPage", R"({"type": "object", "required": ["items", "total", "page", "size"],
    "properties": {
    "items": {"type": "array", "items": {"$ref": "#/components/schemas/Product"}},
    "total": {"type": "integer"}, "page": {"type": "integer"}, "size": {"type": "integer"}}})");
  r.AddSchema("NewProduct", R"({"type": "object", "additionalProperties": false,
    "required": ["name", "product_line_id", "base_unit"], "properties": {)" +
                                Writable() + "}}");
  r.AddSchema("ProductPatch", R"({"type": "object", "additionalProperties": false,
    "required": ["version"], "properties": {"version": {"type": "integer"},)" +
                                  Writable() + "}}");
  r.AddSchema("ProductVersion", R"({"type": "object", "additionalProperties": false,
    "required": ["version"], "properties": {"version": {"type": "integer"}}})");
}

}  // namespace

void AddProductRoutes(Router& r) {
  AddProductSchemas(r);
  r.Add({"GET",
         "/api/v1/products",
         Access::kSignedIn,
         "product.read",
         {"catalog",
          "List and search the catalog",
          {{"q", "query", "string", "part of the code, name, specification or pinyin initials"},
           {"product_line_id", "query", "integer", ""},
           {"source", "query", "string", "made | bought"},
           {"status", "query", "string", "active | discontinued"},
           {"sort", "query", "string", "code (default) | name (pinyin) | -updated_at"},
           {"page", "query", "integer", "1-based"},
           {"size", "query", "integer", "rows per page, at most 200"}},
          "",
          "ProductPage"},
         ListProducts});
  r.Add({"POST",
         "/api/v1/products",
         Access::kSignedIn,
         "product.manage",
         {"catalog",
          "Create a product (400 with field errors; 409 catalog.product.code_taken)",
          {},
          "NewProduct",
          "Product",
          201},
         CreateProduct});
  r.Add({"GET",
         "/api/v1/products/{id}",
         Access::kSignedIn,
         "product.read",
         {"catalog", "One product with its actions", {}, "", "Product"},
         GetProduct});
  r.Add({"PATCH",
         "/api/v1/products/{id}",
         Access::kSignedIn,
         "product.manage",
         {"catalog",
          "Change a product (optimistic lock by version; units replace the whole list); the "
          "status changes through discontinue and reactivate",
          {},
          "ProductPatch",
          "Product"},
         UpdateProduct});
  r.Add({"POST",
         "/api/v1/products/{id}/discontinue",
         Access::kSignedIn,
         "product.manage",
         {"catalog",
          "Stop offering an active product (422 catalog.product.action_not_allowed otherwise)",
          {},
          "ProductVersion",
          "Product"},
         Act(catalog::ProductAction::kDiscontinue)});
  r.Add({"POST",
         "/api/v1/products/{id}/reactivate",
         Access::kSignedIn,
         "product.manage",
         {"catalog", "Offer a discontinued product again", {}, "ProductVersion", "Product"},
         Act(catalog::ProductAction::kReactivate)});
}

}  // namespace sd::http
