// Customer transfers (客户移交): a rep requests (customer.transfer), a manager approves or
// rejects (customer.transfer_approve); a manager's own transfer is done at once.
#include <nlohmann/json.hpp>

#include "crm/transfer_service.h"
#include "http/crm/customer_json.h"
#include "http/doc_json.h"
#include "http/json_in.h"
#include "http/server.h"

namespace sd::http {
namespace {

using nlohmann::json;

Result<Reply> Request(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  const int64_t to = in.Int("to_staff_id", {.required = true}).value_or(0);
  const std::string reason = in.String("reason", {.max_len = 4000}).value_or("");
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(crm::Transfer t, crm::TransferCustomer(tx, ctx.actor(), id, to, reason));
    // Done at once (an approver's transfer): 200; a request waiting for approval: 201.
    if (t.state == crm::TransferState::kApproved) return JsonReply(200, TransferJson(t));
    return CreatedReply(TransferJson(t), "/api/v1/transfers/" + std::to_string(t.id));
  });
}

Result<Reply> List(Ctx& ctx) {
  const std::optional<std::string> state = ctx.TextQuery("state");
  SD_TRY_ASSIGN(std::optional<int64_t> customer_id, ctx.IdQuery("customer_id"));
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(auto list, crm::ListTransfers(tx, ctx.actor(), state, customer_id));
    json items = json::array();
    for (const crm::Transfer& t : list) items.push_back(TransferJson(t));
    return JsonReply(200, {{"items", items}});
  });
}

Result<Reply> Decide(Ctx& ctx, bool approve) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  const int64_t version = in.Int("version", {.required = true}).value_or(0);
  const std::string note = in.String("note", {.max_len = 4000}).value_or("");
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(crm::Transfer t,
                  crm::DecideTransfer(tx, ctx.actor(), id, approve, version, note));
    return JsonReply(200, TransferJson(t));
  });
}

void AddTransferSchemas(Router& r) {
  r.AddSchema("Transfer",
              DocSchema(R"({"type": "object", "properties": {
    "id": {"type": "integer"}, "customer_id": {"type": "integer"},
    "customer_code": {"type": "string"}, "customer_name": {"type": "string"},
    "from_staff_id": {"type": "integer", "nullable": true}, "from_code": {"type": "string"}, "from_name": {"type": "string"},
    "to_staff_id": {"type": "integer"}, "to_code": {"type": "string"}, "to_name": {"type": "string"},
    "reason": {"type": "string"},
    "state": {"type": "string"},
    "requested_by_name": {"type": "string"},
    "requested_at": {"type": "string", "format": "date-time"},
    "decided_by_name": {"type": "string"},
    "decided_at": {"type": "string", "format": "date-time", "nullable": true},
    "decision_note": {"type": "string"}, "version": {"type": "integer"}}})",
                        crm::kTransferTransitions, crm::kTransferStates, crm::kTransferActions));
  r.AddSchema("TransferDecision", R"({"type": "object", "additionalProperties": false,
    "required": ["version"], "properties": {"version": {"type": "integer"},
    "note": {"type": "string"}}})");
  r.AddListSchema("TransferList", "Transfer");
  r.AddSchema("NewTransfer", R"({"type": "object", "additionalProperties": false,
    "required": ["to_staff_id"], "properties": {"to_staff_id": {"type": "integer"},
    "reason": {"type": "string"}}})");
}

}  // namespace

void AddTransferRoutes(Router& r) {
  AddTransferSchemas(r);
  r.Add({"POST",
         "/api/v1/customers/{id}/transfer",
         Access::kSignedIn,
         "",
         {"crm",
          "Transfer a customer: done at once with customer.transfer_approve (200, state "
          "approved), else requested by its owner (customer.transfer; 201, state requested)",
          {},
          "NewTransfer",
          "Transfer",
          201},
         Request});
  r.Add({"GET",
         "/api/v1/transfers",
         Access::kSignedIn,
         "customer.read",
         {"crm",
          "Transfers of customers in the caller's scope, newest first",
          {{"state", "query", "string", "requested | approved | rejected"},
           {"customer_id", "query", "integer", "of this customer"}},
          "",
          "TransferList"},
         List});
  r.Add({"POST",
         "/api/v1/transfers/{id}/approve",
         Access::kSignedIn,
         "customer.transfer_approve",
         {"crm",
          "Approve a requested transfer: the owner changes (audited)",
          {},
          "TransferDecision",
          "Transfer"},
         [](Ctx& ctx) { return Decide(ctx, true); }});
  r.Add({"POST",
         "/api/v1/transfers/{id}/reject",
         Access::kSignedIn,
         "customer.transfer_approve",
         {"crm", "Reject a requested transfer", {}, "TransferDecision", "Transfer"},
         [](Ctx& ctx) { return Decide(ctx, false); }});
}

}  // namespace sd::http
