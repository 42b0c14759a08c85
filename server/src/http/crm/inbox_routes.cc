// The inbox (待办/通知): GET /inbox for what needs the caller now, and notices marked read.
// Any signed-in user; each part follows the caller's permissions and scope (crm/inbox.h), and
// quotations awaiting the caller's below-floor decision (sales/quotation_inbox.h).
#include <nlohmann/json.hpp>

#include "base/clock.h"
#include "crm/follow_up.h"
#include "crm/inbox.h"
#include "http/server.h"
#include "sales/quotation_inbox.h"

namespace sd::http {
namespace {

nlohmann::json ItemJson(const crm::InboxItem& i) {
  nlohmann::json params = nlohmann::json::object();
  if (i.params_json) {
    // Stored by this server as a JSON object; anything else is shown as no parameters.
    params = nlohmann::json::parse(*i.params_json, nullptr, false);
    if (!params.is_object()) params = nlohmann::json::object();
  }
  for (const auto& [k, v] : i.params) params[k] = v;
  nlohmann::json j = {{"kind", i.kind},
                      {"title_key", i.title_key},
                      {"params", params},
                      {"due_on", OrNull(i.due_on)},
                      {"link", {{"type", i.link_type}, {"id", i.link_id}}}};
  if (i.notice_id) j["notice_id"] = *i.notice_id;
  if (i.at_us != 0) j["at"] = FormatTimestamp(i.at_us);
  return j;
}

Result<Reply> GetInbox(Ctx& ctx) {
  const std::string today = CompanyDay(ctx.now_us());
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(crm::Inbox inbox, sales::LoadInbox(tx, ctx.actor(), today));
    nlohmann::json items = nlohmann::json::array();
    for (const crm::InboxItem& i : inbox.items) items.push_back(ItemJson(i));
    nlohmann::json counts = nlohmann::json::object();
    for (const auto& [kind, n] : inbox.counts) counts[kind] = n;
    return JsonReply(200, {{"items", items}, {"counts", counts}, {"today", today}});
  });
}

Result<Reply> ReadNotice(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY(crm::ReadNotice(tx, ctx.actor(), id));
    return NoContent();
  });
}

}  // namespace

void AddInboxRoutes(Router& r) {
  r.AddSchema("Inbox", R"({"type": "object", "properties": {
    "items": {"type": "array", "items": {"type": "object", "properties": {
      "kind": {"type": "string", "enum": ["follow_up_due", "lead_to_contact", "lead_unassigned",
        "transfer_to_approve", "credit_to_approve", "sample_to_approve",
        "price_change_to_approve", "quotation_to_approve", "notice"]},
      "title_key": {"type": "string", "description": "message key of the title"},
      "params": {"type": "object", "description": "parameters of the title"},
      "due_on": {"type": "string", "format": "date", "nullable": true},
      "link": {"type": "object", "properties": {"type": {"type": "string",
        "enum": ["customer", "plan", "lead", "inquiry", "sample", "transfer", "credit_rating",
          "price_request", "quotation", "notice"]}, "id": {"type": "integer"}}},
      "notice_id": {"type": "integer", "description": "notices: POST /inbox/notices/{id}/read"},
      "at": {"type": "string", "format": "date-time"}}}},
    "counts": {"type": "object", "additionalProperties": {"type": "integer"}},
    "today": {"type": "string", "format": "date"}}})");
  r.Add({"GET",
         "/api/v1/inbox",
         Access::kSignedIn,
         "",
         {"crm",
          "What needs the caller now: follow-ups due, leads to contact or assign, approvals, "
          "unread notices",
          {},
          "",
          "Inbox"},
         GetInbox});
  r.Add({"POST",
         "/api/v1/inbox/notices/{id}/read",
         Access::kSignedIn,
         "",
         {"crm", "Mark one of the caller's notices read", {}, "", "", 204},
         ReadNotice});
}

}  // namespace sd::http
