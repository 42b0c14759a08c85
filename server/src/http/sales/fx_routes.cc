// Exchange rates (汇率): finance sets a currency's rate from a date (fx.manage); everyone who
// quotes reads them (fx.read), and the rate in force on a date.
#include <nlohmann/json.hpp>

#include "http/json_in.h"
#include "http/sales/quotation_json.h"
#include "http/server.h"
#include "sales/fx_service.h"

namespace sd::http {
namespace {

using nlohmann::json;

Result<Reply> List(Ctx& ctx) {
  sales::FxFilter f{ctx.TextQuery("currency"), ctx.TextQuery("from"), ctx.TextQuery("to")};
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(std::vector<sales::FxRate> rates, sales::ListFxRates(tx, f));
    json items = json::array();
    for (const sales::FxRate& r : rates) items.push_back(FxRateJson(r));
    return JsonReply(200, {{"items", items}});
  });
}

Result<Reply> RateOn(Ctx& ctx) {
  std::vector<FieldError> errors;
  std::optional<std::string> currency = ctx.TextQuery("currency");
  std::optional<std::string> on = ctx.TextQuery("on");
  if (!currency) errors.push_back({"currency", "common.field.required", {}});
  if (!on) errors.push_back({"on", "common.field.required", {}});
  SD_TRY(FieldsOk(std::move(errors)));
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY(sales::ListFxRates(tx, {currency, on, on}));  // checks currency and date
    SD_TRY_ASSIGN(int64_t rate, sales::RateFor(tx, *currency, *on));
    return JsonReply(200,
                     {{"currency", *currency}, {"on", *on}, {"rate", sales::FormatRate(rate)}});
  });
}

Result<Reply> Set(Ctx& ctx) {
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  sales::FxRateInput r;
  r.currency = in.String("currency", {.required = true, .max_len = 3}).value_or("");
  r.rate_on = in.String("rate_on", {.required = true, .max_len = 10}).value_or("");
  r.rate = in.String("rate", {.required = true, .max_len = 32}).value_or("");
  r.note = in.String("note", {.max_len = 1000}).value_or("");
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(sales::FxRate out, sales::SetFxRate(tx, ctx.actor(), r));
    return JsonReply(200, FxRateJson(out));
  });
}

}  // namespace

void AddFxRoutes(Router& r) {
  r.AddSchema("FxRate", R"({"type": "object", "required": ["id", "currency", "rate_on", "rate",
    "note", "version", "updated_at"], "properties": {
    "id": {"type": "integer"}, "currency": {"type": "string", "example": "USD"},
    "rate_on": {"type": "string", "format": "date", "description": "in force from this date"},
    "rate": {"type": "string", "example": "7.123400",
      "description": "yuan per unit of the currency, six decimals"},
    "note": {"type": "string"}, "version": {"type": "integer"},
    "updated_at": {"type": "string"}}})");
  r.AddSchema("FxRateList", R"({"type": "object", "required": ["items"], "properties": {
    "items": {"type": "array", "items": {"$ref": "#/components/schemas/FxRate"}}}})");
  r.AddSchema("FxRateOn", R"({"type": "object", "required": ["currency", "on", "rate"],
    "properties": {"currency": {"type": "string"}, "on": {"type": "string", "format": "date"},
    "rate": {"type": "string"}}})");
  r.AddSchema("NewFxRate", R"({"type": "object", "additionalProperties": false,
    "required": ["currency", "rate_on", "rate"], "properties": {
    "currency": {"type": "string", "example": "USD", "description": "not CNY, the base"},
    "rate_on": {"type": "string", "format": "date"},
    "rate": {"type": "string", "example": "7.1234",
      "description": "yuan per unit, above 0, at most six decimals"},
    "note": {"type": "string", "maxLength": 200}}})");
  r.Add({"GET",
         "/api/v1/fx-rates",
         Access::kSignedIn,
         "fx.read",
         {"sales",
          "Exchange rates, newest date first (at most 500)",
          {{"currency", "query", "string", "USD, EUR, …"},
           {"from", "query", "string", "dated on or after"},
           {"to", "query", "string", "dated on or before"}},
          "",
          "FxRateList"},
         List});
  r.Add({"GET",
         "/api/v1/fx-rates/on",
         Access::kSignedIn,
         "fx.read",
         {"sales",
          "The rate of a currency on a date: the latest dated on or before it (422 "
          "sales.fx.no_rate when none)",
          {{"currency", "query", "string", "required"}, {"on", "query", "string", "YYYY-MM-DD"}},
          "",
          "FxRateOn"},
         RateOn});
  r.Add({"POST",
         "/api/v1/fx-rates",
         Access::kSignedIn,
         "fx.manage",
         {"sales",
          "Set a currency's rate from a date (the same date's rate is replaced; audited)",
          {},
          "NewFxRate",
          "FxRate"},
         Set});
}

}  // namespace sd::http
