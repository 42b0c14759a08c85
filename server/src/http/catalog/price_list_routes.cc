// Price lists (价格表) with their lines and seasons (旺季/淡季): read with price.read, change
// with price.set; lists are activated and closed through their transition table.
#include <nlohmann/json.hpp>

#include "catalog/price_service.h"
#include "http/catalog/price_json.h"
#include "http/doc_json.h"
#include "http/json_in.h"
#include "http/server.h"

namespace sd::http {
namespace {

using nlohmann::json;

Result<Reply> ListSeasons(Ctx& ctx) {
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(std::vector<catalog::Season> seasons, catalog::ListSeasons(tx));
    json items = json::array();
    for (const catalog::Season& s : seasons) items.push_back(SeasonJson(s));
    return JsonReply(200, {{"items", std::move(items)}});
  });
}

Result<Reply> CreateSeason(Ctx& ctx) {
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  catalog::SeasonFields f;
  ReadSeason(in, &f);
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(catalog::Season s, catalog::CreateSeason(tx, ctx.actor(), f));
    return CreatedReply(SeasonJson(s), "/api/v1/price-seasons/" + std::to_string(s.id));
  });
}

Result<Reply> UpdateSeason(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  const int64_t version = in.Int("version", {.required = true}).value_or(0);
  catalog::SeasonFields f;
  ReadSeason(in, &f);
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(catalog::Season s, catalog::UpdateSeason(tx, ctx.actor(), id, version, f));
    return JsonReply(200, SeasonJson(s));
  });
}

Result<Reply> ListPriceLists(Ctx& ctx) {
  SD_TRY_ASSIGN(catalog::PriceListQuery q, PriceListFilterOf(ctx));
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(Page<catalog::PriceList> page, catalog::ListPriceLists(tx, q));
    json items = json::array();
    for (const catalog::PriceList& l : page.items) {
      items.push_back(PriceListJson(l, catalog::PriceListActions(l, ctx.actor())));
    }
    return PageReply(items, page);
  });
}

Result<Reply> DetailReply(const Ctx& ctx, const catalog::PriceListDetail& d, int status = 200) {
  return JsonReply(status, PriceListDetailJson(d, catalog::PriceListActions(d.list, ctx.actor())));
}

Result<Reply> GetPriceList(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(catalog::PriceListDetail d, catalog::GetPriceList(tx, id));
    return DetailReply(ctx, d);
  });
}

Result<Reply> CreatePriceList(Ctx& ctx) {
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  catalog::PriceListFields f;
  ReadPriceList(in, &f);
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(catalog::PriceList l, catalog::CreatePriceList(tx, ctx.actor(), f));
    return CreatedReply(PriceListJson(l, catalog::PriceListActions(l, ctx.actor())),
                        "/api/v1/price-lists/" + std::to_string(l.id));
  });
}

Result<Reply> UpdatePriceList(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  const int64_t version = in.Int("version", {.required = true}).value_or(0);
  catalog::PriceListFields f;
  ReadPriceList(in, &f);
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(catalog::PriceList l, catalog::UpdatePriceList(tx, ctx.actor(), id, version, f));
    return JsonReply(200, PriceListJson(l, catalog::PriceListActions(l, ctx.actor())));
  });
}

Handler Act(catalog::PriceListAction action) {
  return [action](Ctx& ctx) -> Result<Reply> {
    SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
    SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
    const int64_t version = in.Int("version", {.required = true}).value_or(0);
    SD_TRY(in.Finish());
    return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
      SD_TRY_ASSIGN(catalog::PriceList l,
                    catalog::ActOnPriceList(tx, ctx.actor(), id, action, version));
      return JsonReply(200, PriceListJson(l, catalog::PriceListActions(l, ctx.actor())));
    });
  };
}

Result<Reply> SetLine(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  const int64_t version = in.Int("version", {.required = true}).value_or(0);
  catalog::LineInput line;
  line.product_id = in.Int("product_id", {.required = true}).value_or(0);
  line.unit_price_e4 = ReadPriceE4(in, "unit_price", true).value_or(0);
  line.min_qty_e4 = ReadPriceE4(in, "min_qty", false).value_or(0);
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(catalog::PriceListDetail d,
                  catalog::SetPriceLine(tx, ctx.actor(), id, version, line));
    return DetailReply(ctx, d);
  });
}

Result<Reply> RemoveLine(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(int64_t line_id, ctx.IdParam("line_id"));
  SD_TRY_ASSIGN(int64_t version, ctx.VersionQuery());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(catalog::PriceListDetail d,
                  catalog::RemovePriceLine(tx, ctx.actor(), id, version, line_id));
    return DetailReply(ctx, d);
  });
}

constexpr std::string_view kListWritable = R"(
    "name": {"type": "string", "maxLength": 128},
    "customer_kind": {"type": "string", "enum": ["end_user", "dealer", "agent"]},
    "price_level": {"type": "string", "maxLength": 32, "description": "empty: every level"},
    "region_id": {"type": ["integer", "null"],
      "description": "an org region; covers its sub-regions; null: everywhere"},
    "season_id": {"type": ["integer", "null"], "description": "null: a base list"},
    "valid_from": {"type": "string", "format": "date"},
    "valid_to": {"type": ["string", "null"], "format": "date"},
    "notes": {"type": "string"})";

constexpr std::string_view kSeasonWritable = R"(
    "name": {"type": "string", "maxLength": 128, "example": "旺季"},
    "recurring": {"type": "boolean", "description":
      "true: MM-DD every year (may wrap the new year); false: YYYY-MM-DD"},
    "starts": {"type": "string", "example": "03-15"},
    "ends": {"type": "string", "example": "10-31"},
    "notes": {"type": "string"})";

void AddPriceListSchemas(Router& r) {
  r.AddSchema("Season", R"({"type": "object", "required": ["id", "name", "recurring", "starts",
    "ends", "notes", "version"], "properties": {"id": {"type": "integer"},
    "version": {"type": "integer"},)" +
                            std::string(kSeasonWritable) + "}}");
  r.AddListSchema("SeasonList", "Season");
  r.AddSchema("NewSeason", R"({"type": "object", "additionalProperties": false,
    "required": ["name", "starts", "ends"], "properties": {)" +
                               std::string(kSeasonWritable) + "}}");
  r.AddSchema("SeasonUpdate", R"({"type": "object", "additionalProperties": false,
    "required": ["version", "name", "starts", "ends"], "properties": {
    "version": {"type": "integer"},)" +
                                  std::string(kSeasonWritable) + "}}");
  r.AddSchema("PriceList",
              DocSchema(R"({"type": "object", "required": ["id", "name", "customer_kind",
    "price_level", "region_id", "region_name", "season_id", "season_name", "valid_from",
    "valid_to", "status", "notes", "line_count", "version", "created_at", "updated_at",
    "actions"], "properties": {"id": {"type": "integer"}, "region_name": {"type": "string"},
    "season_name": {"type": "string"},
    "status": {"type": "string"},
    "line_count": {"type": "integer"}, "version": {"type": "integer"},
    "created_at": {"type": "string", "format": "date-time"},
    "updated_at": {"type": "string", "format": "date-time"},
    "actions": {"type": "array", "items": {"type": "string"}},)" +
                            std::string(kListWritable) + "}}",
                        catalog::kPriceListTransitions, catalog::kPriceListStateNames,
                        catalog::kPriceListActionNames,
                        {.state_property = "status",
                         .extra_actions = {"update"},
                         .hidden_actions = {},
                         .owner_label = "owner"}));
  r.AddSchema("PriceLine", R"({"type": "object", "required": ["id", "product_id", "product_code",
    "product_name", "product_spec", "base_unit", "min_qty", "unit_price", "net_price",
    "tax_rate"], "properties": {"id": {"type": "integer"}, "product_id": {"type": "integer"},
    "product_code": {"type": "string"}, "product_name": {"type": "string"},
    "product_spec": {"type": "string"}, "base_unit": {"type": "string"},
    "min_qty": {"type": "string", "description": "the tier: from this quantity in base units"},
    "unit_price": {"type": "string", "example": "5200.0000", "description": "含税, per base unit"},
    "net_price": {"type": "string",
      "description": "unit_price × 10⁴ / (10⁴ + tax rate), half away from zero"},
    "tax_rate": {"type": "string", "example": "0.1300"}}})");
  r.AddSchema("PriceListDetail", R"({"allOf": [{"$ref": "#/components/schemas/PriceList"},
    {"type": "object", "required": ["lines"], "properties": {"lines": {"type": "array",
    "items": {"$ref": "#/components/schemas/PriceLine"}}}}]})");
  r.AddSchema("PriceListPage", R"({"type": "object", "required": ["items", "total", "page",
    "size"], "properties": {"items": {"type": "array",
    "items": {"$ref": "#/components/schemas/PriceList"}}, "total": {"type": "integer"},
    "page": {"type": "integer"}, "size": {"type": "integer"}}})");
  r.AddSchema("NewPriceList", R"({"type": "object", "additionalProperties": false,
    "required": ["name", "customer_kind", "valid_from"], "properties": {)" +
                                  std::string(kListWritable) + "}}");
  r.AddSchema("PriceListUpdate", R"({"type": "object", "additionalProperties": false,
    "required": ["version", "name", "customer_kind", "valid_from"], "properties": {
    "version": {"type": "integer"},)" +
                                     std::string(kListWritable) + "}}");
  r.AddSchema("PriceLineInput", R"({"type": "object", "additionalProperties": false,
    "required": ["version", "product_id", "unit_price"], "properties": {
    "version": {"type": "integer", "description": "the list's"},
    "product_id": {"type": "integer"},
    "min_qty": {"type": "string", "description": "tier, default 0; at most four decimals"},
    "unit_price": {"type": "string", "description": "含税, at most four decimals"}}})");
  r.AddSchema("PriceListVersion", R"({"type": "object", "additionalProperties": false,
    "required": ["version"], "properties": {"version": {"type": "integer"}}})");
}

}  // namespace

void AddPriceListRoutes(Router& r) {
  AddPriceListSchemas(r);
  r.Add({"GET",
         "/api/v1/price-seasons",
         Access::kSignedIn,
         "price.read",
         {"pricing", "Seasons (旺季/淡季) the price lists name", {}, "", "SeasonList"},
         ListSeasons});
  r.Add(
      {"POST",
       "/api/v1/price-seasons",
       Access::kSignedIn,
       "price.set",
       {"pricing", "Add a season (409 catalog.season.name_taken)", {}, "NewSeason", "Season", 201},
       CreateSeason});
  r.Add({"PUT",
         "/api/v1/price-seasons/{id}",
         Access::kSignedIn,
         "price.set",
         {"pricing", "Change a season (optimistic lock by version)", {}, "SeasonUpdate", "Season"},
         UpdateSeason});
  r.Add({"GET",
         "/api/v1/price-lists",
         Access::kSignedIn,
         "price.read",
         {"pricing",
          "Price lists by customer kind, level, region and season",
          {{"q", "query", "string", "part of the name"},
           {"customer_kind", "query", "string", "end_user | dealer | agent"},
           {"season_id", "query", "integer", ""},
           {"status", "query", "string", "draft | active | closed"},
           {"page", "query", "integer", "1-based"},
           {"size", "query", "integer", "rows per page, at most 200"}},
          "",
          "PriceListPage"},
         ListPriceLists});
  r.Add({"POST",
         "/api/v1/price-lists",
         Access::kSignedIn,
         "price.set",
         {"pricing", "Create a draft price list", {}, "NewPriceList", "PriceList", 201},
         CreatePriceList});
  r.Add({"GET",
         "/api/v1/price-lists/{id}",
         Access::kSignedIn,
         "price.read",
         {"pricing", "A price list with its lines and actions", {}, "", "PriceListDetail"},
         GetPriceList});
  r.Add({"PUT",
         "/api/v1/price-lists/{id}",
         Access::kSignedIn,
         "price.set",
         {"pricing",
          "Change a draft or active list (422 catalog.price_list.closed; 409 "
          "catalog.price_list.overlaps for an active list)",
          {},
          "PriceListUpdate",
          "PriceList"},
         UpdatePriceList});
  r.Add({"POST",
         "/api/v1/price-lists/{id}/activate",
         Access::kSignedIn,
         "price.set",
         {"pricing",
          "Put a draft list into use (409 catalog.price_list.overlaps: an active list of the "
          "same kind, level, region and season meets its validity)",
          {},
          "PriceListVersion",
          "PriceList"},
         Act(catalog::PriceListAction::kActivate)});
  r.Add({"POST",
         "/api/v1/price-lists/{id}/close",
         Access::kSignedIn,
         "price.set",
         {"pricing",
          "Close a list: kept as history, prices nothing",
          {},
          "PriceListVersion",
          "PriceList"},
         Act(catalog::PriceListAction::kClose)});
  r.Add({"PUT",
         "/api/v1/price-lists/{id}/lines",
         Access::kSignedIn,
         "price.set",
         {"pricing",
          "Set the price of a product and quantity tier in the list (a new line or a new "
          "price; recorded in the price history)",
          {},
          "PriceLineInput",
          "PriceListDetail"},
         SetLine});
  r.Add({"DELETE",
         "/api/v1/price-lists/{id}/lines/{line_id}",
         Access::kSignedIn,
         "price.set",
         {"pricing",
          "Remove a line",
          {{"version", "query", "integer", "the list's version"}},
          "",
          "PriceListDetail"},
         RemoveLine});
}

}  // namespace sd::http
