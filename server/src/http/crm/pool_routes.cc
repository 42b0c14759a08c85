// The customer pool (公海): list, claim (customer.claim, cap), release to the pool, the pool
// settings (crm.settings) and the sweep that returns idle customers.
#include <nlohmann/json.hpp>

#include "base/clock.h"
#include "crm/pool_service.h"
#include "http/crm/customer_json.h"
#include "http/json_in.h"
#include "http/server.h"

namespace sd::http {
namespace {

using nlohmann::json;

Result<Reply> ListPool(Ctx& ctx) {
  crm::PoolFilter f;
  SD_TRY_ASSIGN(f.page, ctx.Paging());
  f.q = ctx.TextQuery("q");
  SD_TRY_ASSIGN(f.region_id, ctx.IdQuery("region_id"));
  f.customer_class = ctx.TextQuery("class");
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(auto page, crm::ListPool(tx, f));
    json items = json::array();
    for (const auto& p : page.items) items.push_back(PoolItemJson(p));
    return PageReply(items, page);
  });
}

Result<Reply> Claim(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY(crm::ClaimCustomer(tx, ctx.actor(), id));
    SD_TRY_ASSIGN(auto c, crm::PooledCustomerHead(tx, id));
    return JsonReply(200, {{"id", id},
                           {"owner_staff_id", OrNull(c ? c->owner_staff_id : std::nullopt)},
                           {"version", c ? c->version : 0}});
  });
}

Result<Reply> Release(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  const int64_t version = in.Int("version", {.required = true}).value_or(0);
  const std::string reason = in.String("reason", {.max_len = 4000}).value_or("");
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY(crm::ReleaseCustomer(tx, ctx.actor(), id, version, reason));
    SD_TRY_ASSIGN(auto c, crm::PooledCustomerHead(tx, id));
    return JsonReply(200,
                     {{"id", id}, {"owner_staff_id", nullptr}, {"version", c ? c->version : 0}});
  });
}

Result<Reply> GetSettings(Ctx& ctx) {
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(crm::PoolSettings s, crm::GetPoolSettings(tx));
    return JsonReply(200, PoolSettingsJson(s));
  });
}

Result<Reply> PutSettings(Ctx& ctx) {
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  crm::PoolSettings s;
  s.cap_per_rep = in.Int("cap_per_rep", {.required = true}).value_or(0);
  std::optional<JsonIn> idle = in.Object("idle_days", {.required = true});
  if (idle) {
    s.idle_days_key = idle->Int("key", {.required = true}).value_or(0);
    s.idle_days_regular = idle->Int("regular", {.required = true}).value_or(0);
    s.idle_days_prospect = idle->Int("prospect", {.required = true}).value_or(0);
  }
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(crm::PoolSettings saved, crm::UpdatePoolSettings(tx, ctx.actor().audit, s));
    return JsonReply(200, PoolSettingsJson(saved));
  });
}

// Read, then written: the scan for idle customers stays out of the write transaction.
Result<Reply> Sweep(Ctx& ctx) {
  crm::IdleSweep sweep;
  SD_TRY(ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(sweep, crm::FindIdleCustomers(tx, ctx.now_us()));
    return Reply{};
  }));
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(int64_t n,
                  crm::ReturnIdleCustomers(tx, sweep, ctx.now_us(), CompanyDay(ctx.now_us())));
    return JsonReply(200, {{"returned", n}});
  });
}

void AddPoolSchemas(Router& r) {
  r.AddSchema("PoolItem", R"({"type": "object", "properties": {
    "id": {"type": "integer"}, "code": {"type": "string"}, "name": {"type": "string"},
    "short_name": {"type": "string"}, "region_name": {"type": "string"},
    "class": {"type": "string", "enum": ["key", "regular", "prospect"]},
    "industry": {"type": "string"},
    "last_follow_up_at": {"type": "string", "format": "date-time", "nullable": true},
    "returned_at": {"type": "string", "format": "date-time", "nullable": true},
    "version": {"type": "integer"}}})");
  r.AddSchema("PoolPage", R"({"type": "object", "properties": {
    "items": {"type": "array", "items": {"$ref": "#/components/schemas/PoolItem"}},
    "total": {"type": "integer"}, "page": {"type": "integer"}, "size": {"type": "integer"}}})");
  r.AddSchema("OwnerChange", R"({"type": "object", "properties": {"id": {"type": "integer"},
    "owner_staff_id": {"type": "integer", "nullable": true}, "version": {"type": "integer"}}})");
  r.AddSchema("Release", R"({"type": "object", "additionalProperties": false,
    "required": ["version"], "properties": {"version": {"type": "integer"},
    "reason": {"type": "string"}}})");
  r.AddSchema("CrmSettings", R"({"type": "object", "additionalProperties": false,
    "required": ["cap_per_rep", "idle_days"], "properties": {
    "cap_per_rep": {"type": "integer", "description": "owned active customers per rep; 0 = no cap"},
    "idle_days": {"type": "object", "required": ["key", "regular", "prospect"],
      "description": "days without follow-up before a customer returns to the pool; 0 = never",
      "properties": {"key": {"type": "integer"}, "regular": {"type": "integer"},
        "prospect": {"type": "integer"}}}}})");
  r.AddSchema("PoolSweep", R"({"type": "object", "properties": {
    "returned": {"type": "integer"}}})");
}

}  // namespace

void AddPoolRoutes(Router& r) {
  AddPoolSchemas(r);
  r.Add({"GET",
         "/api/v1/pool",
         Access::kSignedIn,
         "customer.read",
         {"crm",
          "Customers in the pool (公海), basic fields only",
          {{"q", "query", "string", "part of the name, pinyin initials, credit code or phone"},
           {"region_id", "query", "integer", "this region and below"},
           {"class", "query", "string", "key | regular | prospect"},
           {"page", "query", "integer", "1-based"},
           {"size", "query", "integer", "rows per page, at most 200"}},
          "",
          "PoolPage"},
         ListPool});
  r.Add({"POST",
         "/api/v1/pool/{id}/claim",
         Access::kSignedIn,
         "customer.claim",
         {"crm",
          "Claim a pool customer (422 crm.pool.cap_reached at the cap)",
          {},
          "",
          "OwnerChange"},
         Claim});
  r.Add({"POST",
         "/api/v1/customers/{id}/release",
         Access::kSignedIn,
         "",
         {"crm",
          "Put the customer back into the pool (its owner, or a transfer approver)",
          {},
          "Release",
          "OwnerChange"},
         Release});
  r.Add({"GET",
         "/api/v1/crm/settings",
         Access::kSignedIn,
         "customer.read",
         {"crm", "Pool settings: claim cap and idle days per class", {}, "", "CrmSettings"},
         GetSettings});
  r.Add({"PUT",
         "/api/v1/crm/settings",
         Access::kSignedIn,
         "crm.settings",
         {"crm", "Change the pool settings", {}, "CrmSettings", "CrmSettings"},
         PutSettings});
  r.Add({"POST",
         "/api/v1/crm/pool/sweep",
         Access::kSignedIn,
         "crm.settings",
         {"crm",
          "Return idle customers to the pool now (the server also does it at start and hourly)",
          {},
          "",
          "PoolSweep"},
         Sweep});
}

}  // namespace sd::http
