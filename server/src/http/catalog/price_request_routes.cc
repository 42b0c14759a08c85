// Price change requests (调价申请): proposed with price.propose, decided by a price.set holder
// who is not the proposer (the doc approval step; the inbox lists them), approval applying the
// change; and the Excel export of a price list.
#include <nlohmann/json.hpp>

#include "catalog/price_request_service.h"
#include "catalog/price_service.h"
#include "http/catalog/price_json.h"
#include "http/doc_json.h"
#include "http/json_in.h"
#include "http/server.h"
#include "http/xlsx.h"

namespace sd::http {
namespace {

using nlohmann::json;

json RequestJson(const Ctx& ctx, const catalog::PriceRequest& r) {
  return PriceRequestJson(r, catalog::PriceRequestActions(r, ctx.actor()));
}

Result<Reply> ListRequests(Ctx& ctx) {
  catalog::PriceRequestQuery q;
  if (auto s = ctx.TextQuery("status")) {
    catalog::PriceRequestState state{};
    if (!doc::ParseName(catalog::kPriceRequestStateNames, *s, &state)) {
      return Fail(ValidationError({{"status",
                                    "common.field.invalid_choice",
                                    {{"choices", Choices(catalog::kPriceRequestStateNames)}}}}));
    }
    q.state = state;
  }
  SD_TRY_ASSIGN(q.page, ctx.Paging());
  const bool to_decide = ctx.Query("to_decide").value_or("") == "true";
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    json items = json::array();
    if (to_decide) {
      SD_TRY_ASSIGN(std::vector<catalog::PriceRequest> rs,
                    catalog::PriceRequestsToDecide(tx, ctx.actor()));
      for (const catalog::PriceRequest& r : rs) items.push_back(RequestJson(ctx, r));
      const auto n = static_cast<int64_t>(items.size());
      return PageReply(items, n, 1, static_cast<int>(std::max<int64_t>(n, 1)));
    }
    SD_TRY_ASSIGN(Page<catalog::PriceRequest> page, catalog::ListPriceRequests(tx, ctx.actor(), q));
    for (const catalog::PriceRequest& r : page.items) items.push_back(RequestJson(ctx, r));
    return PageReply(items, page);
  });
}

Result<Reply> GetRequest(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(catalog::PriceRequest r, catalog::GetPriceRequest(tx, ctx.actor(), id));
    return JsonReply(200, RequestJson(ctx, r));
  });
}

Result<Reply> Propose(Ctx& ctx) {
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  catalog::PriceRequestFields f;
  ReadPriceRequest(in, &f);
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(catalog::PriceRequest r, catalog::ProposePriceChange(tx, ctx.actor(), f));
    return CreatedReply(RequestJson(ctx, r), "/api/v1/price-requests/" + std::to_string(r.id));
  });
}

Handler Decide(catalog::PriceRequestAction action) {
  return [action](Ctx& ctx) -> Result<Reply> {
    SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
    SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
    const int64_t version = in.Int("version", {.required = true}).value_or(0);
    const std::string note = in.String("note", {.max_len = 8000}).value_or("");
    SD_TRY(in.Finish());
    return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
      SD_TRY_ASSIGN(catalog::PriceRequest r,
                    catalog::ActOnPriceRequest(tx, ctx.actor(), id, action, version, note));
      return JsonReply(200, RequestJson(ctx, r));
    });
  };
}

constexpr std::string_view kExportColumns[] = {"code",    "name",       "spec",      "unit",
                                               "min_qty", "unit_price", "net_price", "tax_rate"};

Result<Reply> ExportList(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  const Locale l = ctx.locale();
  const Catalog& text = Catalog::Embedded();
  std::string bytes;
  SD_TRY(ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(catalog::PriceListDetail d, catalog::GetPriceList(tx, id));
    XlsxStream xlsx;
    std::vector<std::string> header;
    for (std::string_view c : kExportColumns) {
      header.push_back(text.Text("catalog.price_export.column." + std::string(c), l));
    }
    SD_TRY_ASSIGN(size_t sheet, xlsx.AddSheet(text.Text("catalog.sheet.price_list", l), header));
    for (const catalog::PriceLine& line : d.lines) {
      json j = PriceLineJson(line);
      SD_TRY(
          xlsx.Row(sheet, {line.product_code, line.product_name, line.product_spec,
                           text.Text("catalog.unit." + line.base_unit, l),
                           j["min_qty"].get<std::string>(), j["unit_price"].get<std::string>(),
                           j["net_price"].get<std::string>(), j["tax_rate"].get<std::string>()}));
    }
    SD_TRY_ASSIGN(bytes, xlsx.Finish());
    return NoContent();
  }));
  Reply reply;
  reply.body = std::move(bytes);
  reply.content_type = kXlsxMediaType;
  reply.headers.emplace_back("Content-Disposition",
                             "attachment; filename=\"price-list-" + std::to_string(id) + ".xlsx\"");
  return reply;
}

void AddRequestSchemas(Router& r) {
  r.AddSchema("PriceRequest",
              DocSchema(
                  R"({"type": "object", "required": ["id", "rule_kind", "product_id",
    "product_code", "product_name", "customer_id", "customer_name", "list_id", "list_name",
    "customer_kind", "min_qty", "old_price", "new_price", "effective_from", "effective_to",
    "reason", "status", "proposed_by_name", "decided_by_name", "decided_at", "decision_note",
    "version", "created_at", "actions"], "properties": {"id": {"type": "integer"},
    "rule_kind": {"type": "string", "enum": ["customer_price", "floor", "list_line"]},
    "product_id": {"type": "integer"}, "product_code": {"type": "string"},
    "product_name": {"type": "string"}, "customer_id": {"type": ["integer", "null"]},
    "customer_name": {"type": "string"}, "list_id": {"type": ["integer", "null"]},
    "list_name": {"type": "string"}, "customer_kind": {"type": "string"},
    "min_qty": {"type": "string"},
    "old_price": {"type": ["string", "null"], "description": "what held when proposed"},
    "new_price": {"type": ["string", "null"]},
    "effective_from": {"type": "string", "format": "date"},
    "effective_to": {"type": ["string", "null"], "format": "date"},
    "reason": {"type": "string"},
    "status": {"type": "string"},
    "proposed_by_name": {"type": "string"}, "decided_by_name": {"type": "string"},
    "decided_at": {"type": ["string", "null"], "format": "date-time"},
    "decision_note": {"type": "string"}, "version": {"type": "integer"},
    "created_at": {"type": "string", "format": "date-time"},
    "actions": {"type": "array", "items": {"type": "string"}}}})",
                  catalog::kPriceRequestTransitions, catalog::kPriceRequestStateNames,
                  catalog::kPriceRequestActionNames,
                  {.state_property = "status",
                   .extra_actions = {},
                   .hidden_actions = {},
                   .owner_label = "owner"}));
  r.AddSchema("PriceRequestPage", R"({"type": "object", "required": ["items", "total", "page",
    "size"], "properties": {"items": {"type": "array",
    "items": {"$ref": "#/components/schemas/PriceRequest"}}, "total": {"type": "integer"},
    "page": {"type": "integer"}, "size": {"type": "integer"}}})");
  r.AddSchema("NewPriceRequest", R"({"type": "object", "additionalProperties": false,
    "required": ["rule_kind", "product_id"], "properties": {
    "rule_kind": {"type": "string", "enum": ["customer_price", "floor", "list_line"]},
    "product_id": {"type": "integer"},
    "customer_id": {"type": ["integer", "null"], "description": "customer_price"},
    "list_id": {"type": ["integer", "null"], "description": "list_line"},
    "customer_kind": {"type": "string", "description": "floor: empty for every kind"},
    "min_qty": {"type": "string", "description": "list_line tier"},
    "new_price": {"type": ["string", "null"], "description": "含税; null removes a floor"},
    "effective_from": {"type": "string", "format": "date",
      "description": "customer_price and floor; a list line applies on approval"},
    "effective_to": {"type": ["string", "null"], "format": "date"},
    "reason": {"type": "string"}}})");
  r.AddSchema("PriceDecision", R"({"type": "object", "additionalProperties": false,
    "required": ["version"], "properties": {"version": {"type": "integer"},
    "note": {"type": "string"}}})");
}

}  // namespace

void AddPriceRequestRoutes(Router& r) {
  AddRequestSchemas(r);
  r.Add({"GET",
         "/api/v1/price-requests",
         Access::kSignedIn,
         "price.read",
         {"pricing",
          "Price change requests: every one for price.set holders, one's own otherwise; "
          "to_decide=true: those the user may decide now (never their own)",
          {{"status", "query", "string", "pending | approved | rejected | withdrawn"},
           {"to_decide", "query", "boolean", ""},
           {"page", "query", "integer", "1-based"},
           {"size", "query", "integer", "rows per page, at most 200"}},
          "",
          "PriceRequestPage"},
         ListRequests});
  r.Add({"POST",
         "/api/v1/price-requests",
         Access::kSignedIn,
         "price.propose",
         {"pricing",
          "Propose a customer price, floor or list line; a price.set holder decides it",
          {},
          "NewPriceRequest",
          "PriceRequest",
          201},
         Propose});
  r.Add({"GET",
         "/api/v1/price-requests/{id}",
         Access::kSignedIn,
         "price.read",
         {"pricing", "One request with its actions", {}, "", "PriceRequest"},
         GetRequest});
  r.Add({"POST",
         "/api/v1/price-requests/{id}/approve",
         Access::kSignedIn,
         "price.set",
         {"pricing",
          "Approve and apply the change (422 catalog.price_request.own_request for the "
          "proposer)",
          {},
          "PriceDecision",
          "PriceRequest"},
         Decide(catalog::PriceRequestAction::kApprove)});
  r.Add({"POST",
         "/api/v1/price-requests/{id}/reject",
         Access::kSignedIn,
         "price.set",
         {"pricing", "Reject the change (never the proposer)", {}, "PriceDecision", "PriceRequest"},
         Decide(catalog::PriceRequestAction::kReject)});
  r.Add({"POST",
         "/api/v1/price-requests/{id}/withdraw",
         Access::kSignedIn,
         "price.propose",
         {"pricing",
          "The proposer withdraws a pending request (撤回); nobody else can",
          {},
          "PriceDecision",
          "PriceRequest"},
         Decide(catalog::PriceRequestAction::kWithdraw)});
  r.Add({"GET",
         "/api/v1/price-lists/{id}/export.xlsx",
         Access::kSignedIn,
         "price.read",
         {"pricing",
          "A price list's lines as an Excel workbook, headers in the request's language",
          {},
          "",
          "",
          200,
          kXlsxMediaType},
         ExportList});
}

}  // namespace sd::http
