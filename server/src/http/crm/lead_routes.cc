// Leads (线索): created by online sales and routed at once to the rep owning the region, then
// contacted, qualified and converted into customers (lead.create, lead.assign; the workflow
// actions are the assignee's, checked in crm/lead_service.cc).
#include <httplib.h>

#include <nlohmann/json.hpp>

#include "base/i18n.h"
#include "crm/lead_import.h"
#include "crm/lead_service.h"
#include "http/crm/customer_json.h"
#include "http/crm/lead_json.h"
#include "http/dates.h"
#include "http/json_in.h"
#include "http/problem.h"
#include "http/server.h"
#include "http/table_reader.h"

namespace sd::http {
namespace {

using crm::LeadKind;

Result<Reply> ListLeadsOf(Ctx& ctx, LeadKind kind) {
  crm::LeadQuery q;
  q.kind = kind;
  // GET /leads?kind=inquiry lists inquiries too (same visibility rule); /inquiries is fixed.
  if (std::optional<std::string> k = ctx.TextQuery("kind"); k && kind == LeadKind::kLead) {
    if (!crm::ParseLeadKind(*k, &q.kind)) {
      return Fail(
          InvalidField("kind", "common.field.invalid_choice", {{"choices", "lead, inquiry"}}));
    }
  }
  SD_TRY_ASSIGN(q.page, ctx.Paging());
  q.state = ctx.TextQuery("state");
  q.q = ctx.TextQuery("q");
  SD_TRY_ASSIGN(q.assignee_staff_id, ctx.IdQuery("assignee_staff_id"));
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(Page<crm::Lead> page, crm::ListLeads(tx, ctx.actor(), q));
    nlohmann::json items = nlohmann::json::array();
    for (const crm::Lead& l : page.items) items.push_back(LeadJson(l, ctx.actor(), ctx.now_us()));
    return PageReply(items, page);
  });
}

Result<Reply> CreateLeadOf(Ctx& ctx, LeadKind kind) {
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  crm::LeadFields f = ReadLeadFields(in, kind);
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(crm::Lead l, crm::CreateLead(tx, ctx.actor(), kind, f));
    const std::string base = kind == LeadKind::kLead ? "/api/v1/leads/" : "/api/v1/inquiries/";
    return CreatedReply(LeadJson(l, ctx.actor(), ctx.now_us()), base + std::to_string(l.id));
  });
}

Result<Reply> GetLeadOf(Ctx& ctx, LeadKind kind) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(crm::Lead l, crm::GetLead(tx, ctx.actor(), kind, id));
    return JsonReply(200, LeadJson(l, ctx.actor(), ctx.now_us()));
  });
}

Result<Reply> AssignLeadOf(Ctx& ctx, LeadKind kind) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  const int64_t version = in.Int("version", {.required = true}).value_or(0);
  const int64_t staff_id = in.Int("staff_id", {.required = true}).value_or(0);
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(crm::Lead l, crm::AssignLead(tx, ctx.actor(), kind, id, version, staff_id));
    return JsonReply(200, LeadJson(l, ctx.actor(), ctx.now_us()));
  });
}

// contact / qualify {version, note?}; discard {version, reason}.
Result<Reply> ActOnLeadOf(Ctx& ctx, LeadKind kind, crm::LeadAction action) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  const int64_t version = in.Int("version", {.required = true}).value_or(0);
  const bool discard = action == crm::LeadAction::kDiscard;
  const std::string note =
      in.String(discard ? "reason" : "note", {.required = discard, .max_len = 4000}).value_or("");
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(crm::Lead l, crm::ActOnLead(tx, ctx.actor(), kind, id, action, version, note));
    return JsonReply(200, LeadJson(l, ctx.actor(), ctx.now_us()));
  });
}

Result<Reply> ConvertLeadOf(Ctx& ctx, LeadKind kind) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  const int64_t version = in.Int("version", {.required = true}).value_or(0);
  crm::NewCustomer customer;
  if (std::optional<JsonIn> c = in.Object("customer", {.required = true})) {
    ReadNewCustomer(*c, &customer);
  }
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(crm::Converted done, crm::ConvertLead(tx, ctx.actor(), kind, id, version,
                                                        customer.f, customer.confirm_similar));
    nlohmann::json j = LeadJson(done.lead, ctx.actor(), ctx.now_us());
    return JsonReply(200, j);
  });
}

Result<Reply> LeadStats(Ctx& ctx, LeadKind kind) {
  std::optional<int64_t> from_us;
  std::optional<int64_t> to_us;
  std::vector<FieldError> errors;
  if (std::optional<std::string> from = ctx.TextQuery("from")) {
    from_us = DateStartMicros(*from);
    if (!from_us) errors.push_back({"from", "common.field.invalid_date", {}});
  }
  if (std::optional<std::string> to = ctx.TextQuery("to")) {
    std::optional<int64_t> start = DateStartMicros(*to);
    if (!start) errors.push_back({"to", "common.field.invalid_date", {}});
    if (start) to_us = *start + kMicrosPerDay;  // through the end of that day
  }
  SD_TRY(FieldsOk(std::move(errors)));
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(std::vector<crm::AssigneeResponse> rows,
                  crm::LeadResponseStats(tx, ctx.actor(), kind, from_us, to_us));
    nlohmann::json items = nlohmann::json::array();
    for (const crm::AssigneeResponse& r : rows) {
      items.push_back({{"staff_id", r.staff_id},
                       {"staff_name", r.staff_name},
                       {"contacted", r.figures.count},
                       {"average_response_minutes", OrNull(r.figures.average_minutes)},
                       {"p90_response_minutes", OrNull(r.figures.p90_minutes)}});
    }
    return JsonReply(200, {{"items", items}});
  });
}

// 422 crm.import.rows_invalid with rows: [{row, field, column, code, message}] (the shape of
// the customer import).
Reply LeadRowsInvalid(const Ctx& ctx, const crm::LeadImportPlan& plan) {
  Reply r = ProblemReply(MakeError(Code::kFailedPrecondition, "crm.import.rows_invalid",
                                   {{"count", std::to_string(plan.error_count)}}),
                         ctx.locale(), ctx.request_id());
  nlohmann::json body = nlohmann::json::parse(r.body);
  nlohmann::json rows = nlohmann::json::array();
  for (const crm::ImportRowError& e : plan.errors) {
    rows.push_back({{"row", e.row},
                    {"field", e.field},
                    {"column", e.column},
                    {"code", e.key},
                    {"message", Catalog::Embedded().Text(e.key, ctx.locale(), e.params)}});
  }
  body["rows"] = rows;
  body["error_count"] = plan.error_count;
  r.body = body.dump();
  return r;
}

// POST /leads/import?dry_run=: the .xlsx or CSV file as the body; all rows or none.
Result<Reply> ImportLeads(Ctx& ctx) {
  const std::optional<std::string> dry = ctx.TextQuery("dry_run");
  if (dry && *dry != "true" && *dry != "false") {
    return Fail(ValidationError({{"dry_run", "common.field.type_boolean", {}}}));
  }
  std::string type = ctx.req().get_header_value("Content-Type");
  if (auto name = ctx.TextQuery("filename")) type += " " + *name;
  SD_TRY_ASSIGN(Table table, ReadTable(ctx.body(), type));
  std::vector<crm::ImportRow> rows;
  rows.reserve(table.rows.size());
  for (TableRow& r : table.rows) rows.push_back({r.number, std::move(r.cells)});
  if (dry == "true") {
    return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
      SD_TRY_ASSIGN(crm::LeadImportPlan plan, crm::PlanLeadImport(tx, table.header, rows));
      if (plan.error_count > 0) return LeadRowsInvalid(ctx, plan);
      nlohmann::json preview = nlohmann::json::array();
      for (const crm::ImportLead& l : plan.leads) {
        if (preview.size() >= crm::kImportPreviewRows) break;
        preview.push_back({{"row", l.row},
                           {"company", l.f.company},
                           {"contact_name", l.f.contact_name},
                           {"phone", l.f.phone},
                           {"region_id", OrNull(l.f.region_id)},
                           {"region_name", l.region_name},
                           {"assignee_staff_id", OrNull(l.assignee_staff_id)}});
      }
      return JsonReply(200, {{"leads", plan.leads.size()},
                             {"file_rows", plan.file_rows},
                             {"ignored_columns", plan.ignored_columns},
                             {"preview", preview}});
    });
  }
  std::optional<crm::LeadImportPlan> refused;
  Result<Reply> done = ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(crm::LeadImportPlan plan, crm::PlanLeadImport(tx, table.header, rows));
    if (plan.error_count > 0) {
      refused = std::move(plan);
      return Fail(Code::kFailedPrecondition, "crm.import.rows_invalid");
    }
    SD_TRY_ASSIGN(crm::LeadImportResult r, crm::CommitLeadImport(tx, ctx.actor(), plan));
    return JsonReply(200, {{"imported", r.imported},
                           {"assigned", r.assigned},
                           {"file_rows", plan.file_rows},
                           {"ignored_columns", plan.ignored_columns}});
  });
  if (!done && refused) return LeadRowsInvalid(ctx, *refused);
  return done;
}

}  // namespace

// Shared with inquiry_routes.cc: the same handlers for kind inquiry.
Handler LeadHandler(std::string_view what, LeadKind kind) {
  if (what == "list") return [kind](Ctx& c) { return ListLeadsOf(c, kind); };
  if (what == "create") return [kind](Ctx& c) { return CreateLeadOf(c, kind); };
  if (what == "get") return [kind](Ctx& c) { return GetLeadOf(c, kind); };
  if (what == "assign") return [kind](Ctx& c) { return AssignLeadOf(c, kind); };
  if (what == "convert") return [kind](Ctx& c) { return ConvertLeadOf(c, kind); };
  if (what == "stats") return [kind](Ctx& c) { return LeadStats(c, kind); };
  crm::LeadAction action = crm::LeadAction::kContact;
  const bool known = crm::ParseLeadAction(what, &action);
  SD_ASSERT(known, "LeadHandler: unknown handler name");
  return [kind, action](Ctx& c) { return ActOnLeadOf(c, kind, action); };
}

void AddLeadWorkflowRoutes(Router& r, const std::string& base, LeadKind kind,
                           const std::string& tag) {
  const std::string noun = kind == LeadKind::kLead ? "lead" : "inquiry";
  r.Add({"GET",
         base + "/{id}",
         Access::kSignedIn,
         kind == LeadKind::kLead ? "" : "inquiry.manage",
         {tag, "One " + noun + " (404 when out of sight)", {}, "", "Lead"},
         LeadHandler("get", kind)});
  r.Add({"POST",
         base + "/{id}/assign",
         Access::kSignedIn,
         "lead.assign",
         {tag,
          "Assign the " + noun + " to a staff member (notice lead_assigned)",
          {},
          "LeadAssign",
          "Lead"},
         LeadHandler("assign", kind)});
  for (const char* action : {"contact", "qualify", "discard"}) {
    const std::string what(action);
    r.Add({"POST",
           base + "/{id}/" + what,
           Access::kSignedIn,
           kind == LeadKind::kLead ? "" : "inquiry.manage",
           {tag,
            "The assignee's " + what + " (422 crm.lead.action_not_allowed in another state" +
                (what == "contact" ? "; the first contact sets response_minutes)" : ")"),
            {},
            what == "discard" ? "LeadDiscard" : "LeadStep",
            "Lead"},
           LeadHandler(what, kind)});
  }
  r.Add({"POST",
         base + "/{id}/convert",
         Access::kSignedIn,
         "customer.create",
         {tag,
          "Convert into a customer owned by the assignee (same checks as POST /customers)",
          {},
          "LeadConvert",
          "Lead"},
         LeadHandler("convert", kind)});
}

void AddLeadRoutes(Router& r) {
  AddLeadSchemas(r);
  r.AddSchema("NewLead", R"({"type": "object", "additionalProperties": false,
    "required": ["company"], "properties": {"source": {"type": "string"},
    "company": {"type": "string", "maxLength": 200}, "contact_name": {"type": "string"},
    "phone": {"type": "string"}, "email": {"type": "string"}, "wechat": {"type": "string"},
    "region_id": {"type": "integer"}, "products": {"type": "string"},
    "message": {"type": "string"}}})");
  r.AddSchema("LeadAssign", R"({"type": "object", "additionalProperties": false,
    "required": ["version", "staff_id"], "properties": {"version": {"type": "integer"},
    "staff_id": {"type": "integer"}}})");
  r.AddSchema("LeadStep", R"({"type": "object", "additionalProperties": false,
    "required": ["version"], "properties": {"version": {"type": "integer"},
    "note": {"type": "string"}}})");
  r.AddSchema("LeadDiscard", R"({"type": "object", "additionalProperties": false,
    "required": ["version", "reason"], "properties": {"version": {"type": "integer"},
    "reason": {"type": "string"}}})");
  r.AddSchema("LeadConvert", R"({"type": "object", "additionalProperties": false,
    "required": ["version", "customer"], "properties": {"version": {"type": "integer"},
    "customer": {"$ref": "#/components/schemas/NewCustomer"}}})");
  r.AddSchema("LeadStats", R"({"type": "object", "properties": {"items": {"type": "array",
    "items": {"type": "object", "properties": {"staff_id": {"type": "integer"},
    "staff_name": {"type": "string"}, "contacted": {"type": "integer"},
    "average_response_minutes": {"type": "integer", "nullable": true},
    "p90_response_minutes": {"type": "integer", "nullable": true}}}}}})");
  r.Add({"GET",
         "/api/v1/leads",
         Access::kSignedIn,
         "",
         {"crm",
          "Leads the caller sees (assignee, creator, lead.assign over their scope)",
          {{"state", "query", "string",
            "new | assigned | contacted | qualified | converted | discarded"},
           {"kind", "query", "string", "lead (default) | inquiry"},
           {"assignee_staff_id", "query", "integer", "assigned to"},
           {"q", "query", "string", "part of company, contact, phone or email"},
           {"page", "query", "integer", "1-based"},
           {"size", "query", "integer", "rows per page, at most 200"}},
          "",
          "LeadPage"},
         LeadHandler("list", LeadKind::kLead)});
  r.Add({"POST",
         "/api/v1/leads",
         Access::kSignedIn,
         "lead.create",
         {"crm",
          "Create a lead; routed at once to the owner of its region (walking up the tree; an "
          "owner who left → their superior; none → unassigned, state new)",
          {},
          "NewLead",
          "Lead",
          201},
         LeadHandler("create", LeadKind::kLead)});
  r.Add({"GET",
         "/api/v1/leads/stats",
         Access::kSignedIn,
         "lead.assign",
         {"crm",
          "Response time (received → first contact) per assignee: average and p90 minutes",
          {{"from", "query", "string", "received on or after, YYYY-MM-DD"},
           {"to", "query", "string", "received on or before, YYYY-MM-DD"}},
          "",
          "LeadStats"},
         LeadHandler("stats", LeadKind::kLead)});
  r.AddSchema("LeadImport", R"({"type": "object", "properties": {
    "imported": {"type": "integer"}, "assigned": {"type": "integer"},
    "leads": {"type": "integer", "description": "dry run: leads the file makes"},
    "file_rows": {"type": "integer"},
    "ignored_columns": {"type": "array", "items": {"type": "string"}},
    "preview": {"type": "array", "description": "dry run: the first 20 leads",
      "items": {"type": "object"}}}})");
  r.Add({"POST",
         "/api/v1/leads/import",
         Access::kSignedIn,
         "lead.create",
         {"crm",
          "Import leads from the .xlsx or CSV file sent as the body (columns 公司名称/company, "
          "联系人, 电话, 邮箱, 微信, 来源, 片区 (code or name), 意向产品, 留言); each lead is "
          "routed. Any row error: 422 crm.import.rows_invalid with rows, nothing written",
          {{"dry_run", "query", "boolean", "check and preview only"},
           {"filename", "query", "string", "the file name, when the Content-Type is generic"}},
          "",
          "LeadImport"},
         ImportLeads});
  AddLeadWorkflowRoutes(r, "/api/v1/leads", LeadKind::kLead, "crm");
}

}  // namespace sd::http
