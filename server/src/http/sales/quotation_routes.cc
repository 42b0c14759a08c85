// Quotations (报价单): list within scope, read with `actions`, create and change drafts, the
// actions of the transition table (submit, approve, decline, send, accept, reject, cancel), the
// timeline, and attachments and comments through the document pattern (quotation.read to read,
// quotation.write to make and move; approve and decline are the pending step's decider's).
#include <nlohmann/json.hpp>

#include "base/clock.h"
#include "http/audit/audit_text.h"
#include "http/doc/doc_routes.h"
#include "http/doc_json.h"
#include "http/sales/quotation_json.h"
#include "http/server.h"
#include "sales/quotation_doc.h"
#include "sales/quotation_service.h"

namespace sd::http {
namespace {

using nlohmann::json;

std::string Today(const Ctx& ctx) { return CompanyDay(ctx.now_us()); }

Result<json> Full(db::Tx& tx, const Ctx& ctx, const sales::Quotation& q) {
  SD_TRY_ASSIGN(std::vector<std::string> actions, sales::QuotationActions(tx, ctx.actor(), q));
  return QuotationJson(q, actions);
}

Result<Reply> List(Ctx& ctx) {
  SD_TRY_ASSIGN(sales::QuotationFilter f, QuotationFilterOf(ctx));
  SD_TRY_ASSIGN(PageRequest page, ctx.Paging());
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(Page<sales::Quotation> p, sales::ListQuotations(tx, ctx.actor(), f, page));
    json items = json::array();
    for (const sales::Quotation& q : p.items) items.push_back(QuotationRowJson(q));
    return PageReply(items, p);
  });
}

Result<Reply> Get(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(sales::Quotation q, sales::GetQuotation(tx, ctx.actor(), id));
    SD_TRY_ASSIGN(json j, Full(tx, ctx, q));
    return JsonReply(200, j);
  });
}

Result<Reply> Create(Ctx& ctx) {
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  sales::QuotationFields f;
  ReadQuotationFields(in, &f);
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(sales::Quotation q, sales::CreateQuotation(tx, ctx.actor(), f, Today(ctx)));
    SD_TRY_ASSIGN(json j, Full(tx, ctx, q));
    return CreatedReply(j, "/api/v1/quotations/" + std::to_string(q.id));
  });
}

Result<Reply> Update(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  const int64_t version = in.Int("version", {.required = true}).value_or(0);
  sales::QuotationFields f;
  ReadQuotationFields(in, &f);
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(sales::Quotation q,
                  sales::UpdateQuotation(tx, ctx.actor(), id, version, f, Today(ctx)));
    SD_TRY_ASSIGN(json j, Full(tx, ctx, q));
    return JsonReply(200, j);
  });
}

Handler Act(sales::QuotationAction action) {
  return [action](Ctx& ctx) -> Result<Reply> {
    SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
    SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
    sales::QuotationStep step;
    step.version = in.Int("version", {.required = true}).value_or(0);
    step.note = in.String("note", {.max_len = 4000}).value_or("");
    SD_TRY(in.Finish());
    return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
      SD_TRY_ASSIGN(sales::Quotation q,
                    sales::ActOnQuotation(tx, ctx.actor(), id, action, step, Today(ctx)));
      SD_TRY_ASSIGN(json j, Full(tx, ctx, q));
      return JsonReply(200, j);
    });
  };
}

json ParsedOrNull(const std::optional<std::string>& text) {
  if (!text) return nullptr;
  json j = json::parse(*text, nullptr, false);
  return j.is_discarded() ? json(nullptr) : j;
}

Result<Reply> Timeline(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(auto events, sales::QuotationTimeline(tx, ctx.actor(), id, ctx.locale()));
    json items = json::array();
    for (const crm::TimelineEvent& e : events) {
      json item = {{"at", FormatTimestamp(e.at_us)},
                   {"type", e.type},
                   {"action", e.action},
                   {"by", e.by},
                   {"before", ParsedOrNull(e.before_json)},
                   {"after", ParsedOrNull(e.after_json)},
                   {"summary", e.summary},
                   {"ref_id", e.ref_id}};
      if (e.text) AddEntryText(*e.text, &item);
      items.push_back(std::move(item));
    }
    return JsonReply(200, {{"items", items}});
  });
}

const char* kWritable = R"(
    "customer_id": {"type": ["integer", "null"], "description": "a customer in the caller's scope"},
    "lead_id": {"type": ["integer", "null"],
      "description": "a lead or inquiry (询盘); a customer or a lead is required"},
    "quoted_on": {"type": "string", "format": "date", "description": "default today"},
    "validity_days": {"type": "integer", "minimum": 1, "maximum": 365, "default": 30},
    "currency": {"type": "string", "example": "CNY",
      "description": "CNY, USD, EUR, GBP, JPY, HKD, AUD, CAD, SGD, CHF, KRW, RUB; the rate is finance's on quoted_on"},
    "incoterm": {"type": "string", "enum": ["", "EXW", "FCA", "FAS", "FOB", "CFR", "CIF", "CPT",
      "CIP", "DAP", "DPU", "DDP"], "description": "required for a foreign currency"},
    "incoterm_place": {"type": "string", "maxLength": 200, "example": "Shanghai"},
    "payment_terms": {"type": "string", "maxLength": 200},
    "delivery_terms": {"type": "string", "maxLength": 200},
    "notes": {"type": "string", "maxLength": 4000},
    "lines": {"type": "array", "minItems": 1, "maxItems": 200,
      "items": {"$ref": "#/components/schemas/NewQuotationLine"}})";

void AddSchemas(Router& r) {
  r.AddSchema("NewQuotationLine", R"({"type": "object", "additionalProperties": false,
    "required": ["product_id", "qty", "unit_price"], "properties": {
    "product_id": {"type": "integer"},
    "unit": {"type": "string", "description": "one of the product's units; default its base unit"},
    "qty": {"type": "string", "example": "100", "description": "above 0, at most 1000000, four decimals"},
    "unit_price": {"type": "string", "example": "5280.00",
      "description": "per unit, tax included, in the quotation's currency; four decimals"},
    "notes": {"type": "string", "maxLength": 200}}})");
  r.AddSchema("QuotationLine", R"({"type": "object", "properties": {
    "line_no": {"type": "integer"}, "product_id": {"type": "integer"},
    "product_code": {"type": "string"}, "product_name": {"type": "string"},
    "product_spec": {"type": "string"}, "unit": {"type": "string"}, "qty": {"type": "string"},
    "base_qty": {"type": "string"}, "unit_price": {"type": "string"},
    "tax_rate": {"type": "string"}, "net": {"type": "string"}, "tax": {"type": "string"},
    "gross": {"type": "string"}, "list_price": {"type": ["string", "null"]},
    "price_source": {"type": ["string", "null"]}, "floor_price": {"type": ["string", "null"]},
    "notes": {"type": "string"}}, "required": ["line_no", "product_id", "product_code",
    "product_name", "product_spec", "unit", "qty", "base_qty", "unit_price", "tax_rate", "net",
    "tax", "gross", "list_price", "price_source", "floor_price", "notes"]})");
  const std::string row = R"(
    "id": {"type": "integer"}, "number": {"type": ["string", "null"], "example": "BJ-2026-000123"},
    "customer_id": {"type": ["integer", "null"]}, "lead_id": {"type": ["integer", "null"]},
    "customer_name": {"type": "string"}, "owner_staff_id": {"type": ["integer", "null"]},
    "owner_name": {"type": "string"}, "quoted_on": {"type": "string", "format": "date"},
    "validity_days": {"type": "integer"}, "valid_until": {"type": "string", "format": "date"},
    "currency": {"type": "string"}, "fx_rate": {"type": "string", "example": "7.123400"},
    "incoterm": {"type": "string"}, "incoterm_place": {"type": "string"},
    "net": {"type": "string"}, "tax": {"type": "string"}, "gross": {"type": "string"},
    "gross_cny": {"type": "string"},
    "state": {"type": "string"},
    "sent_on": {"type": ["string", "null"]}, "version": {"type": "integer"},
    "created_at": {"type": "string"}, "updated_at": {"type": "string"})";
  const std::string row_required = R"("id", "number", "customer_id", "lead_id",
    "customer_name", "owner_staff_id", "owner_name", "quoted_on", "validity_days", "valid_until",
    "currency", "fx_rate", "incoterm", "incoterm_place", "net", "tax", "gross", "gross_cny",
    "state", "sent_on", "version", "created_at", "updated_at")";
  r.AddSchema("QuotationRow", WithEnums(R"({"type": "object", "required": [)" + row_required +
                                            "], \"properties\": {" + row + "}}",
                                        "state", NamesOf(sales::kQuotationStates)));
  r.AddSchema(
      "Quotation",
      DocSchema(
          R"({"type": "object", "required": [)" + row_required +
              R"(, "lines", "payment_terms", "delivery_terms", "notes", "decision_note",
    "maker_user_id", "gross_in_words", "lines_below_floor", "actions"], "properties": {)" +
              row +
              R"(, "lines": {"type": "array", "items": {"$ref": "#/components/schemas/QuotationLine"}},
    "payment_terms": {"type": "string"}, "delivery_terms": {"type": "string"},
    "notes": {"type": "string"}, "decision_note": {"type": "string"},
    "maker_user_id": {"type": "integer"},
    "gross_in_words": {"type": ["string", "null"], "description": "大写 of the total, CNY only"},
    "lines_below_floor": {"type": "array", "items": {"type": "integer"}},
    "actions": {"type": "array", "items": {"type": "string"}}}})",
          sales::kQuotationTransitions, sales::kQuotationStates, sales::kQuotationActions,
          {.state_property = "state",
           .extra_actions = {"update"},
           .hidden_actions = {"expire"},
           .owner_label = "owner"}));
  r.AddSchema("QuotationPage", R"({"type": "object", "required": ["items", "total", "page",
    "size"], "properties": {
    "items": {"type": "array", "items": {"$ref": "#/components/schemas/QuotationRow"}},
    "total": {"type": "integer"}, "page": {"type": "integer"}, "size": {"type": "integer"}}})");
  r.AddSchema("NewQuotation", std::string(R"({"type": "object", "additionalProperties": false,
    "required": ["lines"], "properties": {)") +
                                  kWritable + "}}");
  r.AddSchema("QuotationChange", std::string(R"({"type": "object", "additionalProperties": false,
    "required": ["version", "lines"], "properties": {"version": {"type": "integer"},)") +
                                     kWritable + "}}");
  r.AddSchema("QuotationStep", R"({"type": "object", "additionalProperties": false,
    "required": ["version"], "properties": {"version": {"type": "integer"},
    "note": {"type": "string", "maxLength": 4000}}})");
}

void AddAction(Router& r, sales::QuotationAction a, const std::string& permission,
               const std::string& summary) {
  r.Add({"POST",
         "/api/v1/quotations/{id}/" + std::string(sales::QuotationActionName(a)),
         Access::kSignedIn,
         permission,
         {"sales", summary, {}, "QuotationStep", "Quotation"},
         Act(a)});
}

}  // namespace

void AddQuotationRoutes(Router& r) {
  AddSchemas(r);
  r.Add({"GET",
         "/api/v1/quotations",
         Access::kSignedIn,
         "quotation.read",
         {"sales",
          "List quotations within the caller's scope, newest first",
          {{"customer_id", "query", "integer", ""},
           {"lead_id", "query", "integer", ""},
           {"owner_staff_id", "query", "integer", "the rep"},
           {"state", "query", "string", "draft | submitted | approved | sent | accepted | …"},
           {"from", "query", "string", "quoted on or after (YYYY-MM-DD)"},
           {"to", "query", "string", "quoted on or before (YYYY-MM-DD)"},
           {"number", "query", "string", "part of the number"},
           {"page", "query", "integer", "1-based"},
           {"size", "query", "integer", "rows per page, at most 200"}},
          "",
          "QuotationPage"},
         List});
  r.Add({"POST",
         "/api/v1/quotations",
         Access::kSignedIn,
         "quotation.write",
         {"sales",
          "Make a draft quotation (400 with field errors; 404 for a customer or lead out of "
          "scope)",
          {},
          "NewQuotation",
          "Quotation",
          201},
         Create});
  r.Add({"GET",
         "/api/v1/quotations/{id}",
         Access::kSignedIn,
         "quotation.read",
         {"sales", "One quotation with its lines, totals, 大写 and actions", {}, "", "Quotation"},
         Get});
  r.Add({"PUT",
         "/api/v1/quotations/{id}",
         Access::kSignedIn,
         "quotation.write",
         {"sales",
          "Replace a draft's fields and lines (optimistic lock by version; 422 "
          "sales.quotation.not_draft after submit)",
          {},
          "QuotationChange",
          "Quotation"},
         Update});
  AddAction(r, sales::QuotationAction::kSubmit, "quotation.write",
            "Submit: takes the number BJ-YYYY-NNNNNN; below a floor without price.below_floor "
            "it awaits the maker's superior (submitted), otherwise it is ready to send "
            "(approved)");
  AddAction(r, sales::QuotationAction::kApprove, "",
            "Approve the below-floor prices (the pending step's decider, never the maker)");
  AddAction(r, sales::QuotationAction::kDecline, "",
            "Return the quotation to its maker to revise (the pending step's decider)");
  AddAction(r, sales::QuotationAction::kWithdraw, "quotation.write",
            "The maker takes a submitted quotation back to draft before it is decided (撤回)");
  AddAction(r, sales::QuotationAction::kSend, "quotation.write",
            "Record that the quotation went to the customer (422 after its validity)");
  AddAction(r, sales::QuotationAction::kAccept, "quotation.write", "The customer accepted it");
  AddAction(r, sales::QuotationAction::kReject, "quotation.write", "The customer declined it");
  AddAction(r, sales::QuotationAction::kCancel, "quotation.write",
            "Cancel a draft or an unsent quotation");
  r.Add({"GET",
         "/api/v1/quotations/{id}/timeline",
         Access::kSignedIn,
         "quotation.read",
         {"sales",
          "The quotation's history, newest first: audit records, comments, attachments (the "
          "customer timeline's shape)",
          {},
          "",
          "CustomerTimeline"},
         Timeline});
  AddDocRoutes(r, {&sales::kQuotationDoc, "/api/v1/quotations/{id}", "sales", "quotation",
                   "quotation.read", "quotation.write"});
}

}  // namespace sd::http
