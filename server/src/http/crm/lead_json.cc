#include "http/crm/lead_json.h"

#include <nlohmann/json.hpp>

#include "base/money.h"
#include "crm/inquiry.h"
#include "crm/lead_service.h"
#include "crm/sample_service.h"
#include "http/crm/customer_json.h"
#include "http/doc_json.h"
#include "http/json_in.h"

namespace sd::http {
namespace {

nlohmann::json OptTime(const std::optional<int64_t>& us) {
  return us ? nlohmann::json(FormatTimestamp(*us)) : nlohmann::json(nullptr);
}

}  // namespace

nlohmann::json LeadJson(const crm::Lead& l, const auth::Actor& actor, int64_t now_us) {
  nlohmann::json actions = nlohmann::json::array();
  for (crm::LeadAction a : crm::LeadActionsFor(actor, l)) actions.push_back(crm::LeadActionName(a));
  nlohmann::json j = {{"id", l.id},
                      {"kind", crm::LeadKindName(l.kind)},
                      {"state", crm::LeadStateName(l.state)},
                      {"source", l.f.source},
                      {"company", l.f.company},
                      {"contact_name", l.f.contact_name},
                      {"phone", l.f.phone},
                      {"email", l.f.email},
                      {"wechat", l.f.wechat},
                      {"region_id", OrNull(l.f.region_id)},
                      {"region_name", l.region_name},
                      {"products", l.f.products},
                      {"message", l.f.message},
                      {"discard_reason", l.discard_reason},
                      {"assignee_staff_id", OrNull(l.assignee_staff_id)},
                      {"assignee_name", l.assignee_name},
                      {"created_by_staff_id", OrNull(l.created_by_staff_id)},
                      {"customer_id", OrNull(l.customer_id)},
                      {"received_at", FormatTimestamp(l.received_at_us)},
                      {"assigned_at", OptTime(l.assigned_at_us)},
                      {"contacted_at", OptTime(l.contacted_at_us)},
                      {"closed_at", OptTime(l.closed_at_us)},
                      {"response_minutes", OrNull(crm::ResponseMinutes(l))},
                      {"version", l.version},
                      {"created_at", FormatTimestamp(l.created_at_us)},
                      {"updated_at", FormatTimestamp(l.updated_at_us)},
                      {"actions", actions}};
  if (l.kind == crm::LeadKind::kInquiry) {
    j["country"] = l.f.country;
    j["time_zone"] = l.f.time_zone;
    j["analysis"] = l.analysis;
    j["reply"] = l.reply;
    std::optional<crm::ZoneTime> t = crm::TimeInZone(l.f.time_zone, now_us);
    j["buyer_local_time"] = t ? nlohmann::json(t->local_time) : nlohmann::json(nullptr);
    j["utc_offset"] = t ? nlohmann::json(t->utc_offset) : nlohmann::json(nullptr);
  }
  return j;
}

nlohmann::json SampleJson(const crm::Sample& s, const auth::Actor& actor) {
  nlohmann::json actions = nlohmann::json::array();
  for (crm::SampleAction a : crm::SampleActionsFor(actor, s)) {
    actions.push_back(crm::SampleActionName(a));
  }
  return {{"id", s.id},
          {"inquiry_id", OrNull(s.lead_id)},
          {"company", s.company},
          {"customer_id", OrNull(s.customer_id)},
          {"requested_by_staff_id", OrNull(s.requested_by_staff_id)},
          {"requested_by_name", s.requested_by_name},
          {"product", s.f.product},
          {"qty", s.f.qty},
          {"cost", Money::FromFen(s.f.cost_fen).ToString()},
          {"notes", s.f.notes},
          {"state", crm::SampleStateName(s.state)},
          {"decided_by_name", s.decided_by_name},
          {"decided_at", OptTime(s.decided_at_us)},
          {"decision_note", s.decision_note},
          {"courier", s.courier},
          {"tracking_no", s.tracking_no},
          {"shipped_on", OrNull(s.shipped_on)},
          {"feedback", s.feedback},
          {"version", s.version},
          {"created_at", FormatTimestamp(s.created_at_us)},
          {"actions", actions}};
}

crm::LeadFields ReadLeadFields(JsonIn& in, crm::LeadKind kind) {
  crm::LeadFields f;
  f.source = in.String("source", {.max_len = 1024}).value_or("");
  f.company = in.String("company", {.required = true, .max_len = 1024}).value_or("");
  f.contact_name = in.String("contact_name", {.max_len = 1024}).value_or("");
  f.phone = in.String("phone", {.max_len = 1024}).value_or("");
  f.email = in.String("email", {.max_len = 1024}).value_or("");
  f.wechat = in.String("wechat", {.max_len = 1024}).value_or("");
  f.products = in.String("products", {.max_len = 32000}).value_or("");
  f.message = in.String("message", {.max_len = 32000}).value_or("");
  if (kind == crm::LeadKind::kLead) {
    f.region_id = in.Int("region_id");
  } else {
    f.country = in.String("country", {.max_len = 1024}).value_or("");
    f.time_zone = in.String("time_zone", {.required = true, .max_len = 128}).value_or("");
  }
  return f;
}

namespace {

// The workflow tables as OpenAPI extensions ("x-transitions"), so clients read the one table
// the server enforces (STYLE §3).
std::string WithLeadTransitions(std::string_view schema) {
  return WithTransitions(
      schema, doc::Describe(crm::kLeadTransitions, crm::kLeadStateNames, crm::kLeadActionNames),
      "assignee");
}

std::string WithSampleTransitions(std::string_view schema) {
  return WithTransitions(
      schema, doc::Describe(crm::kSampleTransitions, crm::kSampleStates, crm::kSampleActions));
}

}  // namespace

void AddLeadSchemas(Router& r) {
  r.AddSchema("Lead",
              WithLeadTransitions(R"({"type": "object", "properties": {"id": {"type": "integer"},
    "kind": {"type": "string", "enum": ["lead", "inquiry"]},
    "state": {"type": "string",
      "enum": ["new", "assigned", "contacted", "qualified", "converted", "discarded"]},
    "source": {"type": "string"}, "company": {"type": "string"},
    "contact_name": {"type": "string"}, "phone": {"type": "string"},
    "email": {"type": "string"}, "wechat": {"type": "string"},
    "region_id": {"type": "integer", "nullable": true}, "region_name": {"type": "string"},
    "products": {"type": "string"}, "message": {"type": "string"},
    "discard_reason": {"type": "string"},
    "assignee_staff_id": {"type": "integer", "nullable": true},
    "assignee_name": {"type": "string"},
    "created_by_staff_id": {"type": "integer", "nullable": true},
    "customer_id": {"type": "integer", "nullable": true},
    "received_at": {"type": "string", "format": "date-time"},
    "assigned_at": {"type": "string", "format": "date-time", "nullable": true},
    "contacted_at": {"type": "string", "format": "date-time", "nullable": true},
    "closed_at": {"type": "string", "format": "date-time", "nullable": true},
    "response_minutes": {"type": "integer", "nullable": true,
      "description": "contacted_at − received_at, whole minutes"},
    "country": {"type": "string", "description": "inquiries"},
    "time_zone": {"type": "string", "description": "inquiries: IANA zone of the buyer"},
    "analysis": {"type": "string"}, "reply": {"type": "string"},
    "buyer_local_time": {"type": "string", "nullable": true,
      "description": "inquiries: the buyer's wall-clock time now, YYYY-MM-DDTHH:MM:SS"},
    "utc_offset": {"type": "string", "nullable": true, "description": "inquiries: +HH:MM"},
    "version": {"type": "integer"},
    "created_at": {"type": "string", "format": "date-time"},
    "updated_at": {"type": "string", "format": "date-time"},
    "actions": {"type": "array", "items": {"type": "string",
      "enum": ["assign", "contact", "qualify", "convert", "discard"]}}}})"));
  r.AddSchema("LeadPage", R"({"type": "object", "properties": {
    "items": {"type": "array", "items": {"$ref": "#/components/schemas/Lead"}},
    "total": {"type": "integer"}, "page": {"type": "integer"}, "size": {"type": "integer"}}})");
  r.AddSchema("Sample",
              WithSampleTransitions(R"({"type": "object", "properties": {"id": {"type": "integer"},
    "inquiry_id": {"type": "integer", "nullable": true}, "company": {"type": "string"},
    "customer_id": {"type": "integer", "nullable": true},
    "requested_by_staff_id": {"type": "integer", "nullable": true},
    "requested_by_name": {"type": "string"}, "product": {"type": "string"},
    "qty": {"type": "string"}, "cost": {"type": "string", "example": "120.00"},
    "notes": {"type": "string"},
    "state": {"type": "string",
      "enum": ["requested", "approved", "rejected", "shipped", "feedback"]},
    "decided_by_name": {"type": "string"},
    "decided_at": {"type": "string", "format": "date-time", "nullable": true},
    "decision_note": {"type": "string"}, "courier": {"type": "string"},
    "tracking_no": {"type": "string"},
    "shipped_on": {"type": "string", "format": "date", "nullable": true},
    "feedback": {"type": "string"}, "version": {"type": "integer"},
    "created_at": {"type": "string", "format": "date-time"},
    "actions": {"type": "array", "items": {"type": "string",
      "enum": ["approve", "reject", "ship", "feedback"]}}}})"));
  r.AddListSchema("SampleList", "Sample");
}

}  // namespace sd::http
