// Customer archive (客户档案): list and search in the actor's data scope, create with duplicate
// detection, read with `actions`, change with version, timeline (customer.read / create /
// update).
#include <nlohmann/json.hpp>

#include "base/clock.h"
#include "crm/customer_service.h"
#include "crm/pool.h"
#include "http/audit/audit_text.h"
#include "http/crm/customer_json.h"
#include "http/json_in.h"
#include "http/server.h"

namespace sd::http {
namespace {

using nlohmann::json;

std::string Today(const Ctx& ctx) { return CompanyDay(ctx.now_us()); }

Result<Reply> ListCustomers(Ctx& ctx) {
  SD_TRY_ASSIGN(crm::CustomerQuery q, CustomerFilterOf(ctx));
  SD_TRY_ASSIGN(q.page, ctx.Paging());
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(Page<crm::Customer> page, crm::ListCustomers(tx, ctx.actor(), q));
    json items = json::array();
    for (const crm::Customer& c : page.items) items.push_back(CustomerListItemJson(c, q.today));
    return PageReply(items, page);
  });
}

Result<Reply> GetCustomer(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(crm::Customer c, crm::GetCustomer(tx, ctx.actor(), id));
    return JsonReply(200, CustomerJson(c, Today(ctx), crm::CustomerActions(c, ctx.actor())));
  });
}

Result<Reply> CreateCustomer(Ctx& ctx) {
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  crm::NewCustomer c;
  ReadNewCustomer(in, &c);
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(crm::Customer created, crm::CreateCustomer(tx, ctx.actor(), c));
    return CreatedReply(
        CustomerJson(created, Today(ctx), crm::CustomerActions(created, ctx.actor())),
        "/api/v1/customers/" + std::to_string(created.id));
  });
}

Result<Reply> UpdateCustomer(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  crm::CustomerPatch p;
  ReadCustomerPatch(in, &p);
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(crm::Customer c, crm::UpdateCustomer(tx, ctx.actor(), id, p));
    return JsonReply(200, CustomerJson(c, Today(ctx), crm::CustomerActions(c, ctx.actor())));
  });
}

json ParsedOrNull(const std::optional<std::string>& text) {
  if (!text) return nullptr;
  json j = json::parse(*text, nullptr, false);
  return j.is_discarded() ? json(nullptr) : j;
}

Result<Reply> Timeline(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(auto events, crm::CustomerTimeline(tx, ctx.actor(), id, ctx.locale()));
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

constexpr const char* kCustomerProperties = R"(
    "id": {"type": "integer"}, "code": {"type": "string"}, "name": {"type": "string"},
    "short_name": {"type": "string"}, "credit_code": {"type": "string", "nullable": true,
      "description": "统一社会信用代码"},
    "mnemonic": {"type": "string", "description": "pinyin initials, e.g. blsh for 巴陵石化"},
    "kind": {"type": "string", "enum": ["end_user", "dealer", "agent"]},
    "class": {"type": "string", "enum": ["key", "regular", "prospect"]},
    "industry": {"type": "string"}, "source": {"type": "string"},
    "region_id": {"type": "integer", "nullable": true}, "region_name": {"type": "string"},
    "address": {"type": "string"}, "phone": {"type": "string"},
    "owner_staff_id": {"type": "integer", "nullable": true, "description": "null: in the pool"},
    "owner_name": {"type": "string"},
    "support_staff_id": {"type": "integer", "nullable": true}, "support_name": {"type": "string"},
    "vat_title": {"type": "string"}, "tax_number": {"type": "string"},
    "invoice_address": {"type": "string"}, "invoice_phone": {"type": "string"},
    "bank_name": {"type": "string"}, "bank_account": {"type": "string"},
    "settlement": {"type": "string", "enum": ["cash", "credit"]},
    "credit_days": {"type": "integer"}, "credit_limit": {"type": "string", "example": "0.00"},
    "credit_rating": {"type": "string", "enum": ["A", "B", "C", "D"], "nullable": true},
    "price_level": {"type": "string"}, "dealer_level": {"type": "string"},
    "dealer_region_id": {"type": "integer", "nullable": true},
    "agreement_from": {"type": "string", "format": "date", "nullable": true},
    "agreement_to": {"type": "string", "format": "date", "nullable": true},
    "notes": {"type": "string"}, "status": {"type": "string", "enum": ["active", "inactive"]},
    "last_follow_up_at": {"type": "string", "format": "date-time", "nullable": true},
    "next_follow_up_on": {"type": "string", "format": "date", "nullable": true},
    "follow_up_overdue": {"type": "boolean"}, "version": {"type": "integer"},
    "created_at": {"type": "string", "format": "date-time"},
    "updated_at": {"type": "string", "format": "date-time"})";

constexpr const char* kWritableProperties = R"(
    "name": {"type": "string", "maxLength": 128}, "short_name": {"type": "string"},
    "credit_code": {"type": "string", "nullable": true}, "kind": {"type": "string"},
    "class": {"type": "string"}, "industry": {"type": "string"}, "source": {"type": "string"},
    "region_id": {"type": "integer", "nullable": true}, "address": {"type": "string"},
    "phone": {"type": "string"}, "support_staff_id": {"type": "integer", "nullable": true},
    "vat_title": {"type": "string"}, "tax_number": {"type": "string"},
    "invoice_address": {"type": "string"}, "invoice_phone": {"type": "string"},
    "bank_name": {"type": "string"}, "bank_account": {"type": "string"},
    "settlement": {"type": "string"}, "price_level": {"type": "string"},
    "dealer_level": {"type": "string"}, "dealer_region_id": {"type": "integer", "nullable": true},
    "agreement_from": {"type": "string", "format": "date", "nullable": true},
    "agreement_to": {"type": "string", "format": "date", "nullable": true},
    "notes": {"type": "string"}, "status": {"type": "string"},
    "confirm_similar": {"type": "boolean",
      "description": "save although a customer with a similar name exists"},
    "contacts": {"type": "array", "items": {"$ref": "#/components/schemas/Contact"},
      "description": "the whole list; items with id keep their row"},
    "varieties": {"type": "array", "items": {"$ref": "#/components/schemas/Variety"}})";

void AddCustomerSchemas(Router& r) {
  r.AddSchema("Contact", R"({"type": "object", "required": ["name"], "properties": {
    "id": {"type": "integer"}, "name": {"type": "string"}, "title": {"type": "string"},
    "role": {"type": "string",
      "enum": ["decision_maker", "purchasing", "technical", "finance", "other"]},
    "phone": {"type": "string"}, "mobile": {"type": "string"}, "wechat": {"type": "string"},
    "qq": {"type": "string"}, "email": {"type": "string"}, "is_primary": {"type": "boolean"},
    "notes": {"type": "string"}}})");
  r.AddSchema("Variety", R"({"type": "object", "required": ["variety"], "properties": {
    "id": {"type": "integer"}, "product_line_id": {"type": "integer", "nullable": true},
    "variety": {"type": "string"}, "annual_qty": {"type": "string", "example": "1200.0000"},
    "unit": {"type": "string"}, "price": {"type": "string", "nullable": true},
    "supplier": {"type": "string"}, "notes": {"type": "string"}}})");
  r.AddSchema("Customer",
              std::string(R"({"type": "object", "properties": {)") + kCustomerProperties + R"(,
    "contacts": {"type": "array", "items": {"$ref": "#/components/schemas/Contact"}},
    "varieties": {"type": "array", "items": {"$ref": "#/components/schemas/Variety"}},
    "actions": {"type": "array", "items": {"type": "string",
      "enum": ["update", "transfer", "release", "claim", "propose_credit", "follow_up"]}}}})");
  r.AddSchema("CustomerListItem",
              std::string(R"({"type": "object", "properties": {)") + kCustomerProperties + R"(,
    "primary_contact": {"type": "object", "nullable": true, "properties": {
      "name": {"type": "string"}, "mobile": {"type": "string"}}}}})");
  r.AddSchema("CustomerPage", R"({"type": "object", "properties": {
    "items": {"type": "array", "items": {"$ref": "#/components/schemas/CustomerListItem"}},
    "total": {"type": "integer"}, "page": {"type": "integer"}, "size": {"type": "integer"}}})");
  r.AddSchema("NewCustomer", std::string(R"({"type": "object", "additionalProperties": false,
    "required": ["name"], "properties": {)") +
                                 kWritableProperties + R"(,
    "owner_staff_id": {"type": "integer",
      "description": "another owner needs customer.transfer_approve"},
    "credit_days": {"type": "integer"}, "credit_limit": {"type": "string"}}})");
  r.AddSchema("CustomerPatch", std::string(R"({"type": "object", "additionalProperties": false,
    "required": ["version"], "properties": {"version": {"type": "integer"},)") +
                                   kWritableProperties + "}}");
  r.AddSchema("CustomerTimeline",
              std::string(R"({"type": "object", "properties": {"items": {"type": "array",
    "items": {"type": "object", "properties": {
      "at": {"type": "string", "format": "date-time"},
      "type": {"type": "string", "enum": ["audit", "comment", "attachment", "follow_up"]},
      "action": {"type": "string"}, "by": {"type": "string"},
      "before": {"type": "object", "nullable": true},
      "after": {"type": "object", "nullable": true},
      "summary": {"type": "string"}, "ref_id": {"type": "integer"},)") +
                  kEntryTextProperties + "}}}}}");
}

}  // namespace

void AddCustomerRoutes(Router& r) {
  AddCustomerSchemas(r);
  r.Add({"GET",
         "/api/v1/customers",
         Access::kSignedIn,
         "customer.read",
         {"crm",
          "List and search customers in the caller's data scope",
          {{"q", "query", "string",
            "part of the name, short name, pinyin initials (blsh), credit code or a contact's "
            "phone or mobile"},
           {"region_id", "query", "integer", "this region and below"},
           {"owner_staff_id", "query", "integer", "owned by this staff member"},
           {"class", "query", "string", "key | regular | prospect"},
           {"kind", "query", "string", "end_user | dealer | agent"},
           {"credit_rating", "query", "string", "A | B | C | D"},
           {"overdue", "query", "boolean", "true: next follow-up date before today"},
           {"sort", "query", "string", "name (pinyin, default) | -updated_at"},
           {"page", "query", "integer", "1-based"},
           {"size", "query", "integer", "rows per page, at most 200"}},
          "",
          "CustomerPage"},
         ListCustomers});
  r.Add({"POST",
         "/api/v1/customers",
         Access::kSignedIn,
         "customer.create",
         {"crm",
          "Create a customer (409 crm.customer.duplicate_credit_code; "
          "crm.customer.duplicate_name for an equal name unless both credit codes differ; "
          "crm.customer.similar_name unless confirm_similar)",
          {},
          "NewCustomer",
          "Customer",
          201},
         CreateCustomer});
  r.Add({"GET",
         "/api/v1/customers/{id}",
         Access::kSignedIn,
         "customer.read",
         {"crm",
          "One customer with contacts, varieties and actions (404 outside the scope)",
          {},
          "",
          "Customer"},
         GetCustomer});
  r.Add({"PATCH",
         "/api/v1/customers/{id}",
         Access::kSignedIn,
         "customer.update",
         {"crm",
          "Change a customer (optimistic lock by version); owner and credit change through "
          "transfer, pool and credit ratings",
          {},
          "CustomerPatch",
          "Customer"},
         UpdateCustomer});
  r.Add({"GET",
         "/api/v1/customers/{id}/timeline",
         Access::kSignedIn,
         "customer.read",
         {"crm",
          "The customer's history: audit records, comments, attachments and follow-ups, newest "
          "first",
          {},
          "",
          "CustomerTimeline"},
         Timeline});
}

}  // namespace sd::http
