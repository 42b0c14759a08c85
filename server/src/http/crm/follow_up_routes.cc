// Follow-ups (跟进): the calendar of visit and call plans, and the records of visits and calls
// that move a customer's last/next follow-up (customer.read to read, customer.follow_up to
// write; the customer must be in the caller's scope).
#include <nlohmann/json.hpp>

#include "crm/follow_up_service.h"
#include "http/doc_json.h"
#include "http/json_in.h"
#include "http/server.h"

namespace sd::http {
namespace {

nlohmann::json PlanJson(const crm::Plan& p) {
  return {{"id", p.id},
          {"kind", crm::FollowUpKindName(p.f.kind)},
          {"customer_id", p.f.customer_id},
          {"customer_name", p.customer_name},
          {"contact_id", OrNull(p.f.contact_id)},
          {"contact_name", p.contact_name},
          {"staff_id", p.f.staff_id},
          {"staff_name", p.staff_name},
          {"planned_on", p.f.planned_on},
          {"planned_time", p.f.planned_time},
          {"purpose", p.f.purpose},
          {"state", crm::PlanStateName(p.state)},
          {"version", p.version},
          {"created_at", FormatTimestamp(p.created_at_us)}};
}

nlohmann::json FollowUpJson(const crm::FollowUp& r) {
  return {{"id", r.id},
          {"kind", crm::FollowUpKindName(r.f.kind)},
          {"customer_id", r.f.customer_id},
          {"contact_id", OrNull(r.f.contact_id)},
          {"contact_name", r.contact_name},
          {"plan_id", OrNull(r.f.plan_id)},
          {"staff_id", r.f.staff_id},
          {"staff_name", r.staff_name},
          {"happened_on", r.f.happened_on},
          {"duration_min", r.f.duration_min},
          {"purpose", r.f.purpose},
          {"outcome", r.f.outcome},
          {"next_step", r.f.next_step},
          {"follow_up_on", OrNull(r.f.follow_up_on)},
          {"created_at", FormatTimestamp(r.created_at_us)}};
}

// "kind": visit | call, as a field error otherwise.
crm::FollowUpKind ReadKind(JsonIn& in) {
  crm::FollowUpKind kind = crm::FollowUpKind::kVisit;
  std::optional<std::string> text = in.String("kind", {.required = true, .max_len = 16});
  if (text && !crm::ParseFollowUpKind(*text, &kind)) {
    in.AddError("kind", "common.field.invalid_choice", {{"choices", "visit, call"}});
  }
  return kind;
}

Result<Reply> ListPlans(Ctx& ctx) {
  crm::PlanQuery q;
  SD_TRY_ASSIGN(q.staff_id, ctx.IdQuery("staff_id"));
  SD_TRY_ASSIGN(q.customer_id, ctx.IdQuery("customer_id"));
  q.from = ctx.TextQuery("from");
  q.to = ctx.TextQuery("to");
  q.kind = ctx.TextQuery("kind");
  q.state = ctx.TextQuery("state");
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(std::vector<crm::Plan> plans, crm::ListPlans(tx, ctx.actor(), q));
    nlohmann::json items = nlohmann::json::array();
    for (const crm::Plan& p : plans) items.push_back(PlanJson(p));
    return JsonReply(200, {{"items", items}});
  });
}

Result<Reply> CreatePlan(Ctx& ctx) {
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  crm::PlanFields f;
  f.kind = ReadKind(in);
  f.customer_id = in.Int("customer_id", {.required = true}).value_or(0);
  f.contact_id = in.Int("contact_id");
  f.planned_on = in.String("planned_on", {.required = true, .max_len = 64}).value_or("");
  f.planned_time = in.String("planned_time", {.max_len = 16}).value_or("");
  f.purpose = in.String("purpose", {.max_len = 16000}).value_or("");
  f.staff_id = in.Int("staff_id").value_or(0);
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(crm::Plan p, crm::CreatePlan(tx, ctx.actor(), f));
    return CreatedReply(PlanJson(p), "/api/v1/follow-up-plans/" + std::to_string(p.id));
  });
}

Result<Reply> UpdatePlan(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  crm::PlanPatch p;
  p.version = in.Int("version", {.required = true}).value_or(0);
  p.planned_on = in.String("planned_on", {.max_len = 64});
  p.planned_time = in.String("planned_time", {.max_len = 16});
  p.purpose = in.String("purpose", {.max_len = 16000});
  p.contact_id = in.NullableInt("contact_id");
  p.state = in.String("state", {.max_len = 16});
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(crm::Plan plan, crm::UpdatePlan(tx, ctx.actor(), id, p));
    return JsonReply(200, PlanJson(plan));
  });
}

Result<Reply> ListFollowUps(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(std::vector<crm::FollowUp> rows, crm::ListFollowUps(tx, ctx.actor(), id));
    nlohmann::json items = nlohmann::json::array();
    for (const crm::FollowUp& r : rows) items.push_back(FollowUpJson(r));
    return JsonReply(200, {{"items", items}});
  });
}

Result<Reply> LogFollowUp(Ctx& ctx) {
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  crm::FollowUpFields f;
  f.kind = ReadKind(in);
  f.customer_id = in.Int("customer_id", {.required = true}).value_or(0);
  f.contact_id = in.Int("contact_id");
  f.plan_id = in.Int("plan_id");
  f.happened_on = in.String("happened_on", {.required = true, .max_len = 64}).value_or("");
  f.duration_min = in.Int("duration_min").value_or(0);
  f.purpose = in.String("purpose", {.max_len = 16000}).value_or("");
  f.outcome = in.String("outcome", {.max_len = 16000}).value_or("");
  f.next_step = in.String("next_step", {.max_len = 16000}).value_or("");
  f.follow_up_on = in.String("follow_up_on", {.max_len = 64});
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(crm::FollowUp r, crm::LogFollowUp(tx, ctx.actor(), f));
    return CreatedReply(FollowUpJson(r),
                        "/api/v1/customers/" + std::to_string(r.f.customer_id) + "/follow-ups");
  });
}

void AddFollowUpSchemas(Router& r) {
  r.AddSchema("FollowUpPlan",
              DocSchema(R"({"type": "object", "properties": {"id": {"type": "integer"},
    "kind": {"type": "string", "enum": ["visit", "call"]}, "customer_id": {"type": "integer"},
    "customer_name": {"type": "string"}, "contact_id": {"type": "integer", "nullable": true},
    "contact_name": {"type": "string"}, "staff_id": {"type": "integer"},
    "staff_name": {"type": "string"}, "planned_on": {"type": "string", "format": "date"},
    "planned_time": {"type": "string", "example": "09:30"}, "purpose": {"type": "string"},
    "state": {"type": "string"},
    "version": {"type": "integer"}, "created_at": {"type": "string", "format": "date-time"}}})",
                        crm::kPlanTransitions, crm::kPlanStates, crm::kPlanActions));
  r.AddListSchema("FollowUpPlanList", "FollowUpPlan");
  r.AddSchema("NewFollowUpPlan", R"({"type": "object", "additionalProperties": false,
    "required": ["kind", "customer_id", "planned_on"], "properties": {
    "kind": {"type": "string", "enum": ["visit", "call"]}, "customer_id": {"type": "integer"},
    "contact_id": {"type": "integer"}, "planned_on": {"type": "string", "format": "date"},
    "planned_time": {"type": "string", "example": "09:30"}, "purpose": {"type": "string"},
    "staff_id": {"type": "integer", "description": "whose calendar; default the caller"}}})");
  r.AddSchema("FollowUpPlanPatch", R"({"type": "object", "additionalProperties": false,
    "required": ["version"], "properties": {"version": {"type": "integer"},
    "planned_on": {"type": "string", "format": "date"}, "planned_time": {"type": "string"},
    "purpose": {"type": "string"}, "contact_id": {"type": "integer", "nullable": true},
    "state": {"type": "string", "enum": ["cancelled"]}}})");
  r.AddSchema("FollowUp", R"({"type": "object", "properties": {"id": {"type": "integer"},
    "kind": {"type": "string", "enum": ["visit", "call"]}, "customer_id": {"type": "integer"},
    "contact_id": {"type": "integer", "nullable": true}, "contact_name": {"type": "string"},
    "plan_id": {"type": "integer", "nullable": true}, "staff_id": {"type": "integer"},
    "staff_name": {"type": "string"}, "happened_on": {"type": "string", "format": "date"},
    "duration_min": {"type": "integer"}, "purpose": {"type": "string"},
    "outcome": {"type": "string"}, "next_step": {"type": "string"},
    "follow_up_on": {"type": "string", "format": "date", "nullable": true},
    "created_at": {"type": "string", "format": "date-time"}}})");
  r.AddListSchema("FollowUpList", "FollowUp");
  r.AddSchema("NewFollowUp", R"({"type": "object", "additionalProperties": false,
    "required": ["kind", "customer_id", "happened_on"], "properties": {
    "kind": {"type": "string", "enum": ["visit", "call"]}, "customer_id": {"type": "integer"},
    "contact_id": {"type": "integer"}, "plan_id": {"type": "integer"},
    "happened_on": {"type": "string", "format": "date"}, "duration_min": {"type": "integer"},
    "purpose": {"type": "string"}, "outcome": {"type": "string"},
    "next_step": {"type": "string"},
    "follow_up_on": {"type": "string", "format": "date",
      "description": "the customer's next follow-up date"}}})");
}

}  // namespace

void AddFollowUpRoutes(Router& r) {
  AddFollowUpSchemas(r);
  r.Add({"GET",
         "/api/v1/follow-up-plans",
         Access::kSignedIn,
         "customer.read",
         {"crm",
          "Calendar feed of visit and call plans of the staff in the caller's scope",
          {{"staff_id", "query", "integer", "whose calendar"},
           {"customer_id", "query", "integer", "of this customer"},
           {"from", "query", "string", "planned on or after, YYYY-MM-DD"},
           {"to", "query", "string", "planned on or before, YYYY-MM-DD"},
           {"kind", "query", "string", "visit | call"},
           {"state", "query", "string", "planned | done | cancelled"}},
          "",
          "FollowUpPlanList"},
         ListPlans});
  r.Add({"POST",
         "/api/v1/follow-up-plans",
         Access::kSignedIn,
         "customer.follow_up",
         {"crm",
          "Plan a visit or call (拜访计划 / 电话销售计划)",
          {},
          "NewFollowUpPlan",
          "FollowUpPlan",
          201},
         CreatePlan});
  r.Add({"PATCH",
         "/api/v1/follow-up-plans/{id}",
         Access::kSignedIn,
         "customer.follow_up",
         {"crm",
          "Move or cancel a plan (optimistic lock; 422 crm.follow_up.plan_closed)",
          {},
          "FollowUpPlanPatch",
          "FollowUpPlan"},
         UpdatePlan});
  r.Add({"GET",
         "/api/v1/customers/{id}/follow-ups",
         Access::kSignedIn,
         "customer.read",
         {"crm", "Visit and call records of a customer, newest first", {}, "", "FollowUpList"},
         ListFollowUps});
  r.Add({"POST",
         "/api/v1/follow-ups",
         Access::kSignedIn,
         "customer.follow_up",
         {"crm",
          "Log a visit or call: sets the customer's last follow-up (now) and next follow-up "
          "date, closes the plan",
          {},
          "NewFollowUp",
          "FollowUp",
          201},
         LogFollowUp});
}

}  // namespace sd::http
