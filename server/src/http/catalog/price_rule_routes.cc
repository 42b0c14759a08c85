// Customer-specific agreed prices (协议价, in the customer's data scope: out of scope is 404),
// floor prices (底价), the price history of a product or customer, and the pricing function's
// answer for a customer, product, quantity and day (what a quotation line would be offered).
#include <nlohmann/json.hpp>

#include "base/clock.h"
#include "base/money.h"
#include "catalog/price_service.h"
#include "http/catalog/price_json.h"
#include "http/json_in.h"
#include "http/server.h"
#include "http/xlsx.h"

namespace sd::http {
namespace {

using nlohmann::json;

Result<Reply> ListCustomerPrices(Ctx& ctx) {
  catalog::CustomerPriceQuery q;
  SD_TRY_ASSIGN(q.customer_id, ctx.IdQuery("customer_id"));
  SD_TRY_ASSIGN(q.product_id, ctx.IdQuery("product_id"));
  SD_TRY_ASSIGN(q.page, ctx.Paging());
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(Page<catalog::CustomerPrice> page,
                  catalog::ListCustomerPrices(tx, ctx.actor(), q));
    json items = json::array();
    for (const catalog::CustomerPrice& p : page.items) items.push_back(CustomerPriceJson(p));
    return PageReply(items, page);
  });
}

Result<Reply> SetCustomerPrice(Ctx& ctx) {
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  catalog::CustomerPriceInput p;
  p.customer_id = in.Int("customer_id", {.required = true}).value_or(0);
  p.product_id = in.Int("product_id", {.required = true}).value_or(0);
  p.unit_price_e4 = ReadPriceE4(in, "unit_price", true).value_or(0);
  p.valid_from = in.String("valid_from", {.required = true, .max_len = 32}).value_or("");
  p.valid_to = ReadOptDate(in, "valid_to");
  p.notes = in.String("notes", {.max_len = 8000}).value_or("");
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(catalog::CustomerPrice out, catalog::SetCustomerPrice(tx, ctx.actor(), p));
    return CreatedReply(CustomerPriceJson(out),
                        "/api/v1/customer-prices?customer_id=" + std::to_string(p.customer_id));
  });
}

Result<Reply> ListFloors(Ctx& ctx) {
  SD_TRY_ASSIGN(std::optional<int64_t> product_id, ctx.IdQuery("product_id"));
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(std::vector<catalog::PriceFloor> floors, catalog::ListFloors(tx, product_id));
    json items = json::array();
    for (const catalog::PriceFloor& f : floors) items.push_back(FloorJson(f));
    return JsonReply(200, {{"items", std::move(items)}});
  });
}

Result<Reply> SetFloor(Ctx& ctx) {
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  catalog::FloorInput f;
  f.product_id = in.Int("product_id", {.required = true}).value_or(0);
  f.customer_kind = in.String("customer_kind", {.max_len = 32}).value_or("");
  if (!in.Has("floor")) in.AddError("floor", "common.field.required");
  if (!in.IsNull("floor")) f.floor_e4 = ReadPriceE4(in, "floor", false);
  f.valid_from = in.String("valid_from", {.required = true, .max_len = 32}).value_or("");
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(catalog::PriceFloor out, catalog::SetFloor(tx, ctx.actor(), f));
    return CreatedReply(FloorJson(out),
                        "/api/v1/price-floors?product_id=" + std::to_string(f.product_id));
  });
}

Result<Reply> History(Ctx& ctx) {
  SD_TRY_ASSIGN(std::optional<int64_t> product_id, ctx.IdQuery("product_id"));
  SD_TRY_ASSIGN(std::optional<int64_t> customer_id, ctx.IdQuery("customer_id"));
  SD_TRY_ASSIGN(PageRequest page, ctx.Paging());
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(Page<catalog::PriceChange> out,
                  catalog::PriceHistory(tx, ctx.actor(), product_id, customer_id, page));
    json items = json::array();
    for (const catalog::PriceChange& c : out.items) items.push_back(PriceChangeJson(c));
    return PageReply(items, out);
  });
}

constexpr std::string_view kHistoryColumns[] = {
    "at",      "user",      "rule_kind", "code",           "name",        "target",
    "min_qty", "old_price", "new_price", "effective_from", "effective_to"};
constexpr int kHistoryExportMax = 100'000;

// The history as History reads it (same scope and key), as one sheet.
Result<Reply> ExportHistory(Ctx& ctx) {
  SD_TRY_ASSIGN(std::optional<int64_t> product_id, ctx.IdQuery("product_id"));
  SD_TRY_ASSIGN(std::optional<int64_t> customer_id, ctx.IdQuery("customer_id"));
  const Locale l = ctx.locale();
  const Catalog& text = Catalog::Embedded();
  std::string bytes;
  SD_TRY(ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    XlsxStream xlsx;
    std::vector<std::string> header;
    for (std::string_view c : kHistoryColumns) {
      header.push_back(text.Text("catalog.history_export.column." + std::string(c), l));
    }
    SD_TRY_ASSIGN(size_t sheet, xlsx.AddSheet(text.Text("catalog.sheet.price_history", l), header));
    // One read with the list's own rules (scope, key): its newest kHistoryExportMax changes.
    SD_TRY_ASSIGN(Page<catalog::PriceChange> out,
                  catalog::PriceHistory(tx, ctx.actor(), product_id, customer_id,
                                        PageRequest{1, kHistoryExportMax}));
    for (const catalog::PriceChange& c : out.items) {
      json j = PriceChangeJson(c);
      std::string target = c.customer_name.empty() ? c.list_name : c.customer_name;
      if (target.empty()) {
        target = c.customer_kind.empty() ? text.Text("catalog.kind_all", l)
                                         : text.Text("catalog.kind." + c.customer_kind, l);
      }
      auto or_dash = [](const json& v) { return v.is_null() ? "-" : v.get<std::string>(); };
      SD_TRY(xlsx.Row(sheet, {j["at"].get<std::string>(), c.user_login,
                              text.Text("catalog.rule_kind." + c.rule_kind, l), c.product_code,
                              c.product_name, target, j["min_qty"].get<std::string>(),
                              or_dash(j["old_price"]), or_dash(j["new_price"]),
                              or_dash(j["effective_from"]), or_dash(j["effective_to"])}));
    }
    SD_TRY_ASSIGN(bytes, xlsx.Finish());
    return NoContent();
  }));
  Reply reply;
  reply.body = std::move(bytes);
  reply.content_type = kXlsxMediaType;
  reply.headers.emplace_back("Content-Disposition", "attachment; filename=\"price-history.xlsx\"");
  return reply;
}

Result<Reply> Quote(Ctx& ctx) {
  catalog::PriceQuery q;
  std::vector<FieldError> errors;
  auto customer = ctx.IdQuery("customer_id");
  auto product = ctx.IdQuery("product_id");
  if (!customer || !*customer) errors.push_back({"customer_id", "common.field.required", {}});
  if (!product || !*product) errors.push_back({"product_id", "common.field.required", {}});
  if (auto qty = ctx.Query("qty")) {
    Result<Decimal4> d = Decimal4::Parse(*qty);
    if (!d || d->raw() < 0) {
      errors.push_back({"qty", "common.decimal.invalid", {}});
    } else {
      q.qty_e4 = d->raw();
    }
  }
  SD_TRY(FieldsOk(std::move(errors)));
  q.customer_id = **customer;
  q.product_id = **product;
  q.date = ctx.Query("date").value_or(CompanyDay(ctx.now_us()));
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(catalog::PriceAnswer a, catalog::QuotePrice(tx, ctx.actor(), q));
    json j = PriceAnswerJson(a);
    // Whether a price below the floor would need approval for this user.
    j["may_go_below_floor"] = ctx.actor().Can("price.below_floor");
    return JsonReply(200, j);
  });
}

void AddPriceRuleSchemas(Router& r) {
  r.AddSchema("CustomerPrice", R"({"type": "object", "required": ["id", "customer_id",
    "customer_name", "product_id", "product_code", "product_name", "unit_price", "valid_from",
    "valid_to", "notes", "version"], "properties": {"id": {"type": "integer"},
    "customer_id": {"type": "integer"}, "customer_name": {"type": "string"},
    "product_id": {"type": "integer"}, "product_code": {"type": "string"},
    "product_name": {"type": "string"}, "unit_price": {"type": "string", "example": "5000.0000"},
    "valid_from": {"type": "string", "format": "date"},
    "valid_to": {"type": ["string", "null"], "format": "date"},
    "notes": {"type": "string"}, "version": {"type": "integer"}}})");
  r.AddSchema("CustomerPricePage", R"({"type": "object", "required": ["items", "total", "page",
    "size"], "properties": {"items": {"type": "array",
    "items": {"$ref": "#/components/schemas/CustomerPrice"}}, "total": {"type": "integer"},
    "page": {"type": "integer"}, "size": {"type": "integer"}}})");
  r.AddSchema("NewCustomerPrice", R"({"type": "object", "additionalProperties": false,
    "required": ["customer_id", "product_id", "unit_price", "valid_from"], "properties": {
    "customer_id": {"type": "integer"}, "product_id": {"type": "integer"},
    "unit_price": {"type": "string", "description": "含税 per base unit, at most four decimals"},
    "valid_from": {"type": "string", "format": "date"},
    "valid_to": {"type": ["string", "null"], "format": "date"},
    "notes": {"type": "string"}}})");
  r.AddSchema("PriceFloor", R"({"type": "object", "required": ["id", "product_id",
    "product_code", "product_name", "customer_kind", "floor", "valid_from", "version"],
    "properties": {"id": {"type": "integer"}, "product_id": {"type": "integer"},
    "product_code": {"type": "string"}, "product_name": {"type": "string"},
    "customer_kind": {"type": "string", "enum": ["", "end_user", "dealer", "agent"]},
    "floor": {"type": ["string", "null"], "description": "null: no floor from valid_from"},
    "valid_from": {"type": "string", "format": "date"}, "version": {"type": "integer"}}})");
  r.AddListSchema("PriceFloorList", "PriceFloor");
  r.AddSchema("NewPriceFloor", R"({"type": "object", "additionalProperties": false,
    "required": ["product_id", "floor", "valid_from"], "properties": {
    "product_id": {"type": "integer"},
    "customer_kind": {"type": "string", "enum": ["", "end_user", "dealer", "agent"],
      "description": "empty: every kind; a kind's floor wins over it"},
    "floor": {"type": ["string", "null"], "description": "含税; null removes the floor"},
    "valid_from": {"type": "string", "format": "date"}}})");
  r.AddSchema("PriceChange", R"({"type": "object", "required": ["id", "at", "user_login",
    "rule_kind", "rule_id", "product_id", "product_code", "product_name", "customer_id",
    "customer_name", "list_id", "list_name", "customer_kind", "min_qty", "old_price",
    "new_price", "effective_from", "effective_to", "change_id"], "properties": {
    "id": {"type": "integer"}, "at": {"type": "string", "format": "date-time"},
    "user_login": {"type": "string"},
    "rule_kind": {"type": "string", "enum": ["list_line", "customer_price", "floor"]},
    "rule_id": {"type": "integer"}, "product_id": {"type": "integer"},
    "product_code": {"type": "string"}, "product_name": {"type": "string"},
    "customer_id": {"type": ["integer", "null"]}, "customer_name": {"type": "string"},
    "list_id": {"type": ["integer", "null"]}, "list_name": {"type": "string"},
    "customer_kind": {"type": "string"}, "min_qty": {"type": "string"},
    "old_price": {"type": ["string", "null"]}, "new_price": {"type": ["string", "null"]},
    "effective_from": {"type": ["string", "null"]}, "effective_to": {"type": ["string", "null"]},
    "change_id": {"type": ["integer", "null"], "description": "the approved request"}}})");
  r.AddSchema("PriceChangePage", R"({"type": "object", "required": ["items", "total", "page",
    "size"], "properties": {"items": {"type": "array",
    "items": {"$ref": "#/components/schemas/PriceChange"}}, "total": {"type": "integer"},
    "page": {"type": "integer"}, "size": {"type": "integer"}}})");
  r.AddSchema("PriceAnswer", R"({"type": "object", "required": ["unit_price", "net_price",
    "source", "rule_id", "rule_name", "list_id", "min_qty", "floor", "tax_rate",
    "standard_cost", "may_go_below_floor"], "properties": {
    "unit_price": {"type": ["string", "null"], "description": "含税 per base unit; null: no rule"},
    "net_price": {"type": ["string", "null"]},
    "source": {"type": "string", "enum": ["customer_price", "season_list", "base_list", "none"]},
    "rule_id": {"type": ["integer", "null"]}, "rule_name": {"type": "string"},
    "list_id": {"type": ["integer", "null"]}, "min_qty": {"type": "string"},
    "floor": {"type": ["string", "null"]}, "tax_rate": {"type": "string"},
    "standard_cost": {"type": ["string", "null"], "description": "yuan per base unit, net"},
    "may_go_below_floor": {"type": "boolean"}}})");
}

}  // namespace

void AddPriceRuleRoutes(Router& r) {
  AddPriceRuleSchemas(r);
  r.Add({"GET",
         "/api/v1/customer-prices",
         Access::kSignedIn,
         "price.read",
         {"pricing",
          "Customer agreed prices of the customers in the user's scope (a customer out of "
          "scope: 404)",
          {{"customer_id", "query", "integer", ""},
           {"product_id", "query", "integer", ""},
           {"page", "query", "integer", "1-based"},
           {"size", "query", "integer", "rows per page, at most 200"}},
          "",
          "CustomerPricePage"},
         ListCustomerPrices});
  r.Add({"POST",
         "/api/v1/customer-prices",
         Access::kSignedIn,
         "price.set",
         {"pricing",
          "Set a customer's agreed price from valid_from (the row of the same start is "
          "replaced); out of scope: 404",
          {},
          "NewCustomerPrice",
          "CustomerPrice",
          201},
         SetCustomerPrice});
  r.Add({"GET",
         "/api/v1/price-floors",
         Access::kSignedIn,
         "price.read",
         {"pricing",
          "Floor prices with their history (newest start first)",
          {{"product_id", "query", "integer", ""}},
          "",
          "PriceFloorList"},
         ListFloors});
  r.Add({"POST",
         "/api/v1/price-floors",
         Access::kSignedIn,
         "price.set",
         {"pricing",
          "Set a product's floor from valid_from, for every kind or one",
          {},
          "NewPriceFloor",
          "PriceFloor",
          201},
         SetFloor});
  r.Add({"GET",
         "/api/v1/price-history",
         Access::kSignedIn,
         "price.read",
         {"pricing",
          "Every change of a price or floor (who, when, old → new, effective dates), newest "
          "first, by product and/or customer (customer out of scope: 404)",
          {{"product_id", "query", "integer", ""},
           {"customer_id", "query", "integer", ""},
           {"page", "query", "integer", "1-based"},
           {"size", "query", "integer", "rows per page, at most 200"}},
          "",
          "PriceChangePage"},
         History});
  r.Add({"GET",
         "/api/v1/price-history/export.xlsx",
         Access::kSignedIn,
         "price.read",
         {"pricing",
          "The price history as GET /price-history reads it (same keys and scope), every page, "
          "as an Excel workbook with headers in the request's language",
          {{"product_id", "query", "integer", ""}, {"customer_id", "query", "integer", ""}},
          "",
          "",
          200,
          kXlsxMediaType},
         ExportHistory});
  r.Add({"GET",
         "/api/v1/pricing/quote",
         Access::kSignedIn,
         "price.read",
         {"pricing",
          "The price for the customer, product, quantity and day and which rule gave it: "
          "customer price > season list > base list, most specific list, highest tier not "
          "above qty; with the floor, tax rate and standard cost (customer out of scope: 404)",
          {{"customer_id", "query", "integer", "required"},
           {"product_id", "query", "integer", "required"},
           {"qty", "query", "string", "in the product's base unit; default 0 (the first tier)"},
           {"date", "query", "string", "YYYY-MM-DD; default today"}},
          "",
          "PriceAnswer"},
         Quote});
}

}  // namespace sd::http
