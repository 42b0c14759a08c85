// Competitors (竞争对手档案) and the prices seen of them: read with customer.read, write with
// competitor.manage.
#include <nlohmann/json.hpp>

#include "base/money.h"
#include "crm/competitor_service.h"
#include "http/crm/customer_json.h"
#include "http/json_in.h"
#include "http/server.h"

namespace sd::http {
namespace {

nlohmann::json CompetitorJson(const crm::Competitor& c) {
  return {{"id", c.id},
          {"name", c.f.name},
          {"brands", c.f.brands},
          {"region_id", OrNull(c.f.region_id)},
          {"region_name", c.region_name},
          {"strengths", c.f.strengths},
          {"weaknesses", c.f.weaknesses},
          {"notes", c.f.notes},
          {"price_count", c.price_count},
          {"last_seen_on", OrNull(c.last_seen_on)},
          {"version", c.version},
          {"created_at", FormatTimestamp(c.created_at_us)},
          {"updated_at", FormatTimestamp(c.updated_at_us)}};
}

nlohmann::json PriceJson(const crm::CompetitorPrice& p) {
  return {{"id", p.id},
          {"competitor_id", p.competitor_id},
          {"product", p.f.product},
          {"brand", p.f.brand},
          {"price", p.f.price_e4 ? nlohmann::json(Decimal4::FromRaw(*p.f.price_e4).ToString())
                                 : nlohmann::json(nullptr)},
          {"unit", p.f.unit},
          {"seen_on", p.f.seen_on},
          {"region_id", OrNull(p.f.region_id)},
          {"region_name", p.region_name},
          {"customer_id", OrNull(p.f.customer_id)},
          {"customer_name", p.customer_name},
          {"notes", p.f.notes},
          {"recorded_by_staff_id", OrNull(p.recorded_by_staff_id)},
          {"recorded_by_name", p.recorded_by_name},
          {"created_at", FormatTimestamp(p.created_at_us)}};
}

Result<Reply> ListCompetitors(Ctx& ctx) {
  SD_TRY_ASSIGN(PageRequest page, ctx.Paging());
  std::optional<std::string> q = ctx.TextQuery("q");
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(Page<crm::Competitor> list, crm::ListCompetitors(tx, q, page));
    nlohmann::json items = nlohmann::json::array();
    for (const crm::Competitor& c : list.items) items.push_back(CompetitorJson(c));
    return PageReply(items, list);
  });
}

Result<nlohmann::json> WithPrices(db::Tx& tx, const auth::Actor& actor, const crm::Competitor& c) {
  SD_TRY_ASSIGN(std::vector<crm::CompetitorPrice> prices,
                crm::ListCompetitorPrices(tx, actor, c.id));
  nlohmann::json j = CompetitorJson(c);
  j["prices"] = nlohmann::json::array();
  for (const crm::CompetitorPrice& p : prices) j["prices"].push_back(PriceJson(p));
  return j;
}

Result<Reply> GetCompetitor(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(crm::Competitor c, crm::GetCompetitor(tx, id));
    SD_TRY_ASSIGN(nlohmann::json j, WithPrices(tx, ctx.actor(), c));
    return JsonReply(200, j);
  });
}

Result<Reply> ListPrices(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY(crm::GetCompetitor(tx, id));
    SD_TRY_ASSIGN(std::vector<crm::CompetitorPrice> prices,
                  crm::ListCompetitorPrices(tx, ctx.actor(), id));
    nlohmann::json items = nlohmann::json::array();
    for (const crm::CompetitorPrice& p : prices) items.push_back(PriceJson(p));
    return JsonReply(200, {{"items", items}});
  });
}

Result<Reply> CreateCompetitor(Ctx& ctx) {
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  crm::CompetitorFields f;
  f.name = in.String("name", {.required = true, .max_len = 1024}).value_or("");
  f.brands = in.String("brands", {.max_len = 4096}).value_or("");
  f.region_id = in.Int("region_id");
  f.strengths = in.String("strengths", {.max_len = 16000}).value_or("");
  f.weaknesses = in.String("weaknesses", {.max_len = 16000}).value_or("");
  f.notes = in.String("notes", {.max_len = 16000}).value_or("");
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(crm::Competitor c, crm::CreateCompetitor(tx, ctx.actor(), f));
    return CreatedReply(CompetitorJson(c), "/api/v1/competitors/" + std::to_string(c.id));
  });
}

Result<Reply> UpdateCompetitor(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  crm::CompetitorPatch p;
  p.version = in.Int("version", {.required = true}).value_or(0);
  p.name = in.String("name", {.max_len = 1024});
  p.brands = in.String("brands", {.max_len = 4096});
  p.region_id = in.NullableInt("region_id");
  p.strengths = in.String("strengths", {.max_len = 16000});
  p.weaknesses = in.String("weaknesses", {.max_len = 16000});
  p.notes = in.String("notes", {.max_len = 16000});
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(crm::Competitor c, crm::UpdateCompetitor(tx, ctx.actor(), id, p));
    return JsonReply(200, CompetitorJson(c));
  });
}

Result<Reply> AddPrice(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  crm::PriceFields f;
  f.product = in.String("product", {.required = true, .max_len = 1024}).value_or("");
  f.brand = in.String("brand", {.max_len = 1024}).value_or("");
  f.price_e4 = ReadDecimal4(in, "price");
  f.unit = in.String("unit", {.max_len = 128}).value_or("");
  f.seen_on = in.String("seen_on", {.required = true, .max_len = 64}).value_or("");
  f.region_id = in.Int("region_id");
  f.customer_id = in.Int("customer_id");
  f.notes = in.String("notes", {.max_len = 16000}).value_or("");
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(crm::CompetitorPrice p, crm::AddCompetitorPrice(tx, ctx.actor(), id, f));
    return CreatedReply(PriceJson(p), "/api/v1/competitors/" + std::to_string(id) + "/prices");
  });
}

void AddCompetitorSchemas(Router& r) {
  r.AddSchema("CompetitorPrice", R"({"type": "object", "properties": {
    "id": {"type": "integer"}, "competitor_id": {"type": "integer"},
    "product": {"type": "string"}, "brand": {"type": "string"},
    "price": {"type": "string", "nullable": true, "example": "3850.0000"},
    "unit": {"type": "string"}, "seen_on": {"type": "string", "format": "date"},
    "region_id": {"type": "integer", "nullable": true}, "region_name": {"type": "string"},
    "customer_id": {"type": "integer", "nullable": true,
      "description": "null also when the customer is outside the caller's scope"},
    "customer_name": {"type": "string"}, "notes": {"type": "string"},
    "recorded_by_staff_id": {"type": "integer", "nullable": true},
    "recorded_by_name": {"type": "string"},
    "created_at": {"type": "string", "format": "date-time"}}})");
  r.AddListSchema("CompetitorPriceList", "CompetitorPrice");
  r.AddSchema("Competitor", R"({"type": "object", "properties": {"id": {"type": "integer"},
    "name": {"type": "string"}, "brands": {"type": "string"},
    "region_id": {"type": "integer", "nullable": true}, "region_name": {"type": "string"},
    "strengths": {"type": "string"}, "weaknesses": {"type": "string"},
    "notes": {"type": "string"}, "price_count": {"type": "integer"},
    "last_seen_on": {"type": "string", "format": "date", "nullable": true},
    "version": {"type": "integer"},
    "created_at": {"type": "string", "format": "date-time"},
    "updated_at": {"type": "string", "format": "date-time"},
    "prices": {"type": "array", "description": "GET /competitors/{id} only",
      "items": {"$ref": "#/components/schemas/CompetitorPrice"}}}})");
  r.AddSchema("CompetitorPage", R"({"type": "object", "properties": {
    "items": {"type": "array", "items": {"$ref": "#/components/schemas/Competitor"}},
    "total": {"type": "integer"}, "page": {"type": "integer"}, "size": {"type": "integer"}}})");
  r.AddSchema("NewCompetitor", R"({"type": "object", "additionalProperties": false,
    "required": ["name"], "properties": {"name": {"type": "string", "maxLength": 128},
    "brands": {"type": "string"}, "region_id": {"type": "integer"},
    "strengths": {"type": "string"}, "weaknesses": {"type": "string"},
    "notes": {"type": "string"}}})");
  r.AddSchema("CompetitorPatch", R"({"type": "object", "additionalProperties": false,
    "required": ["version"], "properties": {"version": {"type": "integer"},
    "name": {"type": "string"}, "brands": {"type": "string"},
    "region_id": {"type": "integer", "nullable": true}, "strengths": {"type": "string"},
    "weaknesses": {"type": "string"}, "notes": {"type": "string"}}})");
  r.AddSchema("NewCompetitorPrice", R"({"type": "object", "additionalProperties": false,
    "required": ["product", "seen_on"], "properties": {"product": {"type": "string"},
    "brand": {"type": "string"}, "price": {"type": "string", "example": "3850.00"},
    "unit": {"type": "string"}, "seen_on": {"type": "string", "format": "date"},
    "region_id": {"type": "integer"}, "customer_id": {"type": "integer"},
    "notes": {"type": "string"}}})");
}

}  // namespace

void AddCompetitorRoutes(Router& r) {
  AddCompetitorSchemas(r);
  r.Add({"GET",
         "/api/v1/competitors",
         Access::kSignedIn,
         "customer.read",
         {"crm",
          "Competitors by name",
          {{"q", "query", "string", "part of the name or brands"},
           {"page", "query", "integer", "1-based"},
           {"size", "query", "integer", "rows per page, at most 200"}},
          "",
          "CompetitorPage"},
         ListCompetitors});
  r.Add({"POST",
         "/api/v1/competitors",
         Access::kSignedIn,
         "competitor.manage",
         {"crm",
          "Add a competitor (409 crm.competitor.name_taken)",
          {},
          "NewCompetitor",
          "Competitor",
          201},
         CreateCompetitor});
  r.Add({"GET",
         "/api/v1/competitors/{id}",
         Access::kSignedIn,
         "customer.read",
         {"crm", "One competitor with the prices seen, newest first", {}, "", "Competitor"},
         GetCompetitor});
  r.Add({"PATCH",
         "/api/v1/competitors/{id}",
         Access::kSignedIn,
         "competitor.manage",
         {"crm",
          "Change a competitor (optimistic lock by version)",
          {},
          "CompetitorPatch",
          "Competitor"},
         UpdateCompetitor});
  r.Add({"GET",
         "/api/v1/competitors/{id}/prices",
         Access::kSignedIn,
         "customer.read",
         {"crm", "Prices seen of a competitor, newest first", {}, "", "CompetitorPriceList"},
         ListPrices});
  r.Add({"POST",
         "/api/v1/competitors/{id}/prices",
         Access::kSignedIn,
         "competitor.manage",
         {"crm",
          "Record a price seen in the market (customer, when given, must be visible)",
          {},
          "NewCompetitorPrice",
          "CompetitorPrice",
          201},
         AddPrice});
}

}  // namespace sd::http
