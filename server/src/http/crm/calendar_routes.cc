// The visit calendar's records and next follow-up dates (拜访日历), beside its plans
// (/follow-up-plans): GET /follow-up-calendar (customer.read, within the customer scope).
#include <nlohmann/json.hpp>

#include "crm/calendar_service.h"
#include "http/server.h"

namespace sd::http {
namespace {

nlohmann::json ItemJson(const crm::CalendarItem& i) {
  return {{"id", i.id},
          {"kind", i.kind},
          {"on", i.on},
          {"customer_id", i.customer_id},
          {"customer_code", i.customer_code},
          {"customer_name", i.customer_name},
          {"staff_id", OrNull(i.staff_id)},
          {"staff_name", i.staff_name},
          {"text", i.text}};
}

Result<Reply> GetCalendar(Ctx& ctx) {
  crm::CalendarQuery q;
  SD_TRY_ASSIGN(q.staff_id, ctx.IdQuery("staff_id"));
  q.from = ctx.TextQuery("from").value_or("");
  q.to = ctx.TextQuery("to").value_or("");
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(crm::Calendar c, crm::LoadCalendar(tx, ctx.actor(), q));
    nlohmann::json records = nlohmann::json::array();
    for (const auto& i : c.follow_ups) records.push_back(ItemJson(i));
    nlohmann::json next = nlohmann::json::array();
    for (const auto& i : c.next_follow_ups) next.push_back(ItemJson(i));
    return JsonReply(200, {{"follow_ups", records}, {"next_follow_ups", next}});
  });
}

}  // namespace

void AddCalendarRoutes(Router& r) {
  r.AddSchema("CalendarItem", R"({"type": "object", "properties": {
    "id": {"type": "integer", "description": "the follow-up record, or the customer"},
    "kind": {"type": "string", "enum": ["visit", "call", ""]},
    "on": {"type": "string", "format": "date"}, "customer_id": {"type": "integer"},
    "customer_code": {"type": "string"}, "customer_name": {"type": "string"},
    "staff_id": {"type": "integer", "nullable": true}, "staff_name": {"type": "string"},
    "text": {"type": "string"}}})");
  r.AddSchema("FollowUpCalendar", R"({"type": "object", "properties": {
    "follow_ups": {"type": "array", "items": {"$ref": "#/components/schemas/CalendarItem"}},
    "next_follow_ups": {"type": "array",
      "items": {"$ref": "#/components/schemas/CalendarItem"}}}})");
  r.Add({"GET",
         "/api/v1/follow-up-calendar",
         Access::kSignedIn,
         "customer.read",
         {"crm",
          "Visits and calls logged, and customers' next follow-up dates, in a date range "
          "(at most 100 days)",
          {{"staff_id", "query", "integer", "whose calendar; default: everyone in scope"},
           {"from", "query", "string", "first day, YYYY-MM-DD"},
           {"to", "query", "string", "last day, YYYY-MM-DD"}},
          "",
          "FollowUpCalendar"},
         GetCalendar});
}

}  // namespace sd::http
