// Foreign inquiries (外贸询盘) and their samples (样品): inquiries are leads of kind inquiry
// kept by the trade staff who took them (inquiry.manage), with the buyer's time zone; samples
// need a manager's approval (sample.approve, never one's own) before they ship.
#include <nlohmann/json.hpp>

#include "crm/lead_service.h"
#include "crm/sample_service.h"
#include "http/crm/customer_json.h"
#include "http/crm/lead_json.h"
#include "http/json_in.h"
#include "http/server.h"

namespace sd::http {
namespace {

Result<Reply> UpdateInquiry(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  crm::InquiryPatch p;
  p.version = in.Int("version", {.required = true}).value_or(0);
  p.analysis = in.String("analysis", {.max_len = 32000});
  p.reply = in.String("reply", {.max_len = 32000});
  p.time_zone = in.String("time_zone", {.max_len = 128});
  p.country = in.String("country", {.max_len = 1024});
  p.products = in.String("products", {.max_len = 32000});
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(crm::Lead l, crm::UpdateInquiry(tx, ctx.actor(), id, p));
    return JsonReply(200, LeadJson(l, ctx.actor(), ctx.now_us()));
  });
}

Result<Reply> SampleListReply(Ctx& ctx, const crm::SampleQuery& q) {
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(std::vector<crm::Sample> samples, crm::ListSamples(tx, ctx.actor(), q));
    nlohmann::json items = nlohmann::json::array();
    for (const crm::Sample& s : samples) items.push_back(SampleJson(s, ctx.actor()));
    return JsonReply(200, {{"items", items}});
  });
}

Result<Reply> ListInquirySamples(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  return SampleListReply(ctx, {id, std::nullopt});
}

Result<Reply> ListSamples(Ctx& ctx) {
  return SampleListReply(ctx, {std::nullopt, ctx.TextQuery("state")});
}

Result<Reply> RequestSample(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  crm::SampleFields f;
  f.product = in.String("product", {.required = true, .max_len = 1024}).value_or("");
  f.qty = in.String("qty", {.max_len = 1024}).value_or("");
  f.cost_fen = ReadMoney(in, "cost").value_or(0);
  f.notes = in.String("notes", {.max_len = 16000}).value_or("");
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(crm::Sample s, crm::RequestSample(tx, ctx.actor(), id, f));
    return CreatedReply(SampleJson(s, ctx.actor()), "/api/v1/samples/" + std::to_string(s.id));
  });
}

Result<Reply> GetSample(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(crm::Sample s, crm::GetSample(tx, ctx.actor(), id));
    return JsonReply(200, SampleJson(s, ctx.actor()));
  });
}

Result<Reply> ActOnSample(Ctx& ctx, crm::SampleAction action) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  crm::SampleStep step;
  step.version = in.Int("version", {.required = true}).value_or(0);
  if (action == crm::SampleAction::kShip) {
    step.courier = in.String("courier", {.required = true, .max_len = 1024}).value_or("");
    step.tracking_no = in.String("tracking_no", {.required = true, .max_len = 1024}).value_or("");
    step.shipped_on = in.String("shipped_on", {.required = true, .max_len = 64}).value_or("");
  } else if (action == crm::SampleAction::kFeedback) {
    step.feedback = in.String("feedback", {.required = true, .max_len = 16000}).value_or("");
  } else {
    step.note = in.String("note", {.max_len = 16000}).value_or("");
  }
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(crm::Sample s, crm::ActOnSample(tx, ctx.actor(), id, action, step));
    return JsonReply(200, SampleJson(s, ctx.actor()));
  });
}

void AddSampleRoutes(Router& r) {
  r.AddSchema("NewSample", R"({"type": "object", "additionalProperties": false,
    "required": ["product"], "properties": {"product": {"type": "string"},
    "qty": {"type": "string"}, "cost": {"type": "string", "example": "120.00"},
    "notes": {"type": "string"}}})");
  r.AddSchema("SampleDecision", R"({"type": "object", "additionalProperties": false,
    "required": ["version"], "properties": {"version": {"type": "integer"},
    "note": {"type": "string"}}})");
  r.AddSchema("SampleShip", R"({"type": "object", "additionalProperties": false,
    "required": ["version", "courier", "tracking_no", "shipped_on"], "properties": {
    "version": {"type": "integer"}, "courier": {"type": "string"},
    "tracking_no": {"type": "string"}, "shipped_on": {"type": "string", "format": "date"}}})");
  r.AddSchema("SampleFeedback", R"({"type": "object", "additionalProperties": false,
    "required": ["version", "feedback"], "properties": {"version": {"type": "integer"},
    "feedback": {"type": "string"}}})");
  r.Add({"GET",
         "/api/v1/inquiries/{id}/samples",
         Access::kSignedIn,
         "inquiry.manage",
         {"crm", "Samples of an inquiry", {}, "", "SampleList"},
         ListInquirySamples});
  r.Add(
      {"POST",
       "/api/v1/inquiries/{id}/samples",
       Access::kSignedIn,
       "inquiry.manage",
       {"crm", "Request a sample for the buyer (state requested)", {}, "NewSample", "Sample", 201},
       RequestSample});
  r.Add({"GET",
         "/api/v1/samples",
         Access::kSignedIn,
         "",
         {"crm",
          "Samples requested by the caller or by staff in the caller's scope",
          {{"state", "query", "string", "requested | approved | rejected | shipped | feedback"}},
          "",
          "SampleList"},
         ListSamples});
  r.Add({"GET",
         "/api/v1/samples/{id}",
         Access::kSignedIn,
         "",
         {"crm", "One sample", {}, "", "Sample"},
         GetSample});
  const struct {
    const char* path;
    crm::SampleAction action;
    const char* permission;
    const char* summary;
    const char* request;
  } steps[] = {
      {"approve", crm::SampleAction::kApprove, "sample.approve",
       "Approve a requested sample (422 crm.sample.self_approval for one's own request)",
       "SampleDecision"},
      {"reject", crm::SampleAction::kReject, "sample.approve",
       "Reject a requested sample (never one's own)", "SampleDecision"},
      {"ship", crm::SampleAction::kShip, "inquiry.manage",
       "Ship an approved sample by courier with a tracking number", "SampleShip"},
      {"feedback", crm::SampleAction::kFeedback, "inquiry.manage",
       "The buyer's feedback on a shipped sample", "SampleFeedback"},
  };
  for (const auto& s : steps) {
    const crm::SampleAction action = s.action;
    r.Add({"POST",
           std::string("/api/v1/samples/{id}/") + s.path,
           Access::kSignedIn,
           s.permission,
           {"crm", s.summary, {}, s.request, "Sample"},
           [action](Ctx& c) { return ActOnSample(c, action); }});
  }
}

}  // namespace

void AddInquiryRoutes(Router& r) {
  r.AddSchema("NewInquiry", R"({"type": "object", "additionalProperties": false,
    "required": ["company", "time_zone"], "properties": {"source": {"type": "string"},
    "company": {"type": "string", "maxLength": 200}, "contact_name": {"type": "string"},
    "phone": {"type": "string"}, "email": {"type": "string"}, "wechat": {"type": "string"},
    "country": {"type": "string"},
    "time_zone": {"type": "string", "example": "America/Sao_Paulo",
      "description": "IANA time zone of the buyer; an unknown one gives 400 crm.inquiry.time_zone_invalid"},
    "products": {"type": "string"}, "message": {"type": "string"}}})");
  r.AddSchema("InquiryPatch", R"({"type": "object", "additionalProperties": false,
    "required": ["version"], "properties": {"version": {"type": "integer"},
    "analysis": {"type": "string"}, "reply": {"type": "string"},
    "time_zone": {"type": "string"}, "country": {"type": "string"},
    "products": {"type": "string"}}})");
  r.Add({"GET",
         "/api/v1/inquiries",
         Access::kSignedIn,
         "inquiry.manage",
         {"crm",
          "Foreign inquiries the caller sees, with the buyer's local time",
          {{"state", "query", "string",
            "new | assigned | contacted | qualified | converted | discarded"},
           {"assignee_staff_id", "query", "integer", "kept by"},
           {"q", "query", "string", "part of company, contact, phone or email"},
           {"page", "query", "integer", "1-based"},
           {"size", "query", "integer", "rows per page, at most 200"}},
          "",
          "LeadPage"},
         LeadHandler("list", crm::LeadKind::kInquiry)});
  r.Add({"POST",
         "/api/v1/inquiries",
         Access::kSignedIn,
         "inquiry.manage",
         {"crm",
          "Record an inquiry, kept by its creator (state assigned)",
          {},
          "NewInquiry",
          "Lead",
          201},
         LeadHandler("create", crm::LeadKind::kInquiry)});
  r.Add({"PATCH",
         "/api/v1/inquiries/{id}",
         Access::kSignedIn,
         "inquiry.manage",
         {"crm",
          "Analysis and reply of an open inquiry (its keeper; optimistic lock)",
          {},
          "InquiryPatch",
          "Lead"},
         UpdateInquiry});
  AddLeadWorkflowRoutes(r, "/api/v1/inquiries", crm::LeadKind::kInquiry, "crm");
  AddSampleRoutes(r);
}

}  // namespace sd::http
