// Credit ratings (资信评价): proposals on a customer (customer.credit_propose or
// customer.credit_approve), decisions by someone else (customer.credit_approve).
#include <nlohmann/json.hpp>

#include "crm/credit_service.h"
#include "http/crm/customer_json.h"
#include "http/doc_json.h"
#include "http/json_in.h"
#include "http/server.h"

namespace sd::http {
namespace {

using nlohmann::json;

json ListJson(const std::vector<crm::CreditRatingRecord>& list) {
  json items = json::array();
  for (const auto& k : list) items.push_back(CreditRatingJson(k));
  return {{"items", items}};
}

Result<Reply> ListForCustomer(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(auto list, crm::ListCreditRatings(tx, ctx.actor(), id));
    return JsonReply(200, ListJson(list));
  });
}

Result<Reply> ListPending(Ctx& ctx) {
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(auto list, crm::PendingCreditRatings(tx, ctx.actor()));
    return JsonReply(200, ListJson(list));
  });
}

Result<Reply> Propose(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  crm::NewCreditRating r;
  r.rating = in.String("rating", {.required = true, .max_len = 8}).value_or("");
  r.credit_limit_fen = ReadMoney(in, "credit_limit");
  r.credit_days = in.Int("credit_days");
  r.reason = in.String("reason", {.max_len = 4000}).value_or("");
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(auto k, crm::ProposeCreditRating(tx, ctx.actor(), id, r));
    return CreatedReply(CreditRatingJson(k), "/api/v1/credit-ratings/" + std::to_string(k.id));
  });
}

Result<Reply> Decide(Ctx& ctx, bool approve) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  const int64_t version = in.Int("version", {.required = true}).value_or(0);
  const std::string note = in.String("note", {.max_len = 4000}).value_or("");
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(auto k, crm::DecideCreditRating(tx, ctx.actor(), id, approve, version, note));
    return JsonReply(200, CreditRatingJson(k));
  });
}

void AddCreditSchemas(Router& r) {
  r.AddSchema("CreditRating",
              DocSchema(
                  R"({"type": "object", "properties": {
    "id": {"type": "integer"}, "customer_id": {"type": "integer"},
    "customer_code": {"type": "string"}, "customer_name": {"type": "string"},
    "rating": {"type": "string", "enum": ["A", "B", "C", "D"]},
    "credit_limit": {"type": "string", "nullable": true},
    "credit_days": {"type": "integer", "nullable": true}, "reason": {"type": "string"},
    "state": {"type": "string"},
    "proposed_by_staff_id": {"type": "integer", "nullable": true},
    "proposed_by_name": {"type": "string"},
    "proposed_at": {"type": "string", "format": "date-time"},
    "decided_by_name": {"type": "string"},
    "decided_at": {"type": "string", "format": "date-time", "nullable": true},
    "decision_note": {"type": "string"}, "version": {"type": "integer"}}})",
                  crm::kCreditTransitions, crm::kCreditStates, crm::kCreditActions));
  r.AddListSchema("CreditRatingList", "CreditRating");
  r.AddSchema("NewCreditRating", R"({"type": "object", "additionalProperties": false,
    "required": ["rating"], "properties": {
    "rating": {"type": "string", "enum": ["A", "B", "C", "D"]},
    "credit_limit": {"type": "string", "example": "500000.00"},
    "credit_days": {"type": "integer"}, "reason": {"type": "string"}}})");
  r.AddSchema("CreditDecision", R"({"type": "object", "additionalProperties": false,
    "required": ["version"], "properties": {"version": {"type": "integer"},
    "note": {"type": "string"}}})");
}

}  // namespace

void AddCreditRoutes(Router& r) {
  AddCreditSchemas(r);
  r.Add({"GET",
         "/api/v1/customers/{id}/credit-ratings",
         Access::kSignedIn,
         "customer.read",
         {"crm", "The customer's credit ratings, newest first", {}, "", "CreditRatingList"},
         ListForCustomer});
  r.Add({"POST",
         "/api/v1/customers/{id}/credit-ratings",
         Access::kSignedIn,
         "",
         {"crm",
          "Propose a credit rating (customer.credit_propose or customer.credit_approve)",
          {},
          "NewCreditRating",
          "CreditRating",
          201},
         Propose});
  r.Add({"GET",
         "/api/v1/credit-ratings",
         Access::kSignedIn,
         "customer.credit_approve",
         {"crm",
          "Proposals waiting for the caller's decision (not the caller's own)",
          {},
          "",
          "CreditRatingList"},
         ListPending});
  r.Add({"POST",
         "/api/v1/credit-ratings/{id}/approve",
         Access::kSignedIn,
         "customer.credit_approve",
         {"crm",
          "Approve a proposal: sets the customer's rating, limit and days (422 "
          "crm.credit.self_approval for one's own proposal)",
          {},
          "CreditDecision",
          "CreditRating"},
         [](Ctx& ctx) { return Decide(ctx, true); }});
  r.Add({"POST",
         "/api/v1/credit-ratings/{id}/reject",
         Access::kSignedIn,
         "customer.credit_approve",
         {"crm", "Reject a proposal", {}, "CreditDecision", "CreditRating"},
         [](Ctx& ctx) { return Decide(ctx, false); }});
}

}  // namespace sd::http
