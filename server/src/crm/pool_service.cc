#include "crm/pool_service.h"

#include <cstdio>

#include "audit/audit.h"
#include "base/text.h"
#include "crm/notice_store.h"
#include "crm/scope.h"
#include "crm/settings_store.h"

namespace sd::crm {
namespace {

// JSON string literal of UTF-8 text (quotes, backslashes and control characters escaped).
std::string JsonString(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

audit::Snapshot SettingsSnapshot(const PoolSettings& s) {
  return {{"cap_per_rep", s.cap_per_rep},
          {"idle_days_key", s.idle_days_key},
          {"idle_days_regular", s.idle_days_regular},
          {"idle_days_prospect", s.idle_days_prospect}};
}

}  // namespace

Result<Page<store::PoolItem>> ListPool(db::Tx& tx, const store::PoolFilter& f) {
  return store::QueryPool(tx, f);
}

Result<std::optional<CustomerHead>> PooledCustomerHead(db::Tx& tx, int64_t customer_id) {
  return store::LoadCustomerHead(tx, customer_id);
}

Result<void> ClaimCustomer(db::Tx& tx, const auth::Actor& actor, int64_t customer_id) {
  SD_TRY_ASSIGN(auto head, store::LoadCustomerHead(tx, customer_id));
  if (!head) return Fail(Code::kNotFound, "common.not_found");
  if (!actor.staff_id) return Fail(Code::kFailedPrecondition, "crm.pool.no_staff");
  if (head->owner_staff_id) return Fail(Code::kFailedPrecondition, "crm.pool.not_in_pool");
  SD_TRY_ASSIGN(PoolSettings settings, store::LoadPoolSettings(tx));
  SD_TRY_ASSIGN(int64_t owned, store::CountOwnedActive(tx, *actor.staff_id));
  if (!CapAllowsClaim(owned, settings.cap_per_rep)) {
    return Fail(Code::kFailedPrecondition, "crm.pool.cap_reached",
                {{"cap", std::to_string(settings.cap_per_rep)}});
  }
  SD_TRY_ASSIGN(bool moved, store::SetOwner(tx, customer_id, head->version,
                                            {actor.staff_id, actor.audit.at_us, std::nullopt},
                                            actor.audit.at_us));
  if (!moved) return Fail(Code::kAborted, "common.version_conflict");
  return audit::Record(
      tx, actor.audit, "customer", customer_id, "claim",
      audit::Snapshot{{"owner_staff_id", nullptr}},
      audit::Snapshot{{"owner_staff_id", *actor.staff_id}, {"owner", actor.staff_name}});
}

Result<void> ReleaseCustomer(db::Tx& tx, const auth::Actor& actor, int64_t customer_id,
                             int64_t version, const std::string& reason) {
  SD_TRY_ASSIGN(CustomerScope scope, ScopeOf(tx, actor));
  SD_TRY_ASSIGN(CustomerHead head, RequireVisibleCustomer(tx, scope, customer_id));
  if (head.version != version) return Fail(Code::kAborted, "common.version_conflict");
  std::vector<FieldError> errors;
  CheckTextField("reason", reason, 1000, false, &errors);
  SD_TRY(FieldsOk(std::move(errors)));
  if (!head.owner_staff_id) return Fail(Code::kFailedPrecondition, "crm.customer.in_pool");
  if (head.owner_staff_id != actor.staff_id && !actor.Can("customer.transfer_approve")) {
    return Fail(Code::kFailedPrecondition, "crm.customer.release_denied");
  }
  SD_TRY_ASSIGN(bool moved, store::SetOwner(tx, customer_id, version,
                                            {std::nullopt, std::nullopt, actor.audit.at_us},
                                            actor.audit.at_us));
  if (!moved) return Fail(Code::kAborted, "common.version_conflict");
  return audit::Record(tx, actor.audit, "customer", customer_id, "release",
                       audit::Snapshot{{"owner_staff_id", *head.owner_staff_id}},
                       audit::Snapshot{{"owner_staff_id", nullptr}, {"reason", reason}});
}

Result<PoolSettings> GetPoolSettings(db::Tx& tx) { return store::LoadPoolSettings(tx); }

Result<PoolSettings> UpdatePoolSettings(db::Tx& tx, const audit::Context& ctx,
                                        const PoolSettings& s) {
  std::vector<FieldError> errors;
  if (s.cap_per_rep < 0 || s.cap_per_rep > kCapPerRepMax) {
    errors.push_back({"cap_per_rep", "common.field.out_of_range", {}});
  }
  for (const auto& [field, days] : {std::pair{"idle_days.key", s.idle_days_key},
                                    {"idle_days.regular", s.idle_days_regular},
                                    {"idle_days.prospect", s.idle_days_prospect}}) {
    if (days < 0 || days > kIdleDaysMax) {
      errors.push_back({field, "common.field.out_of_range", {}});
    }
  }
  SD_TRY(FieldsOk(std::move(errors)));
  SD_TRY_ASSIGN(PoolSettings before, store::LoadPoolSettings(tx));
  SD_TRY(store::SavePoolSettings(tx, s));
  SD_TRY(audit::Record(tx, ctx, "crm_settings", 0, "update", SettingsSnapshot(before),
                       SettingsSnapshot(s)));
  return s;
}

Result<IdleSweep> FindIdleCustomers(db::Tx& tx, int64_t now_us) {
  IdleSweep sweep;
  SD_TRY_ASSIGN(sweep.settings, store::LoadPoolSettings(tx));
  store::IdleCutoffs cutoffs;
  cutoffs.key_before_us = IdleCutoff(now_us, sweep.settings.idle_days_key);
  cutoffs.regular_before_us = IdleCutoff(now_us, sweep.settings.idle_days_regular);
  cutoffs.prospect_before_us = IdleCutoff(now_us, sweep.settings.idle_days_prospect);
  SD_TRY_ASSIGN(sweep.idle, store::IdleCustomers(tx, cutoffs));
  return sweep;
}

Result<int64_t> ReturnIdleCustomers(db::Tx& tx, const IdleSweep& sweep, int64_t now_us,
                                    const std::string& today) {
  const PoolSettings& settings = sweep.settings;
  const std::vector<store::IdleCustomer>& idle = sweep.idle;
  audit::Context system;
  system.user_login = "system";
  system.client_addr = "job";
  system.request_id = "pool-sweep";
  system.at_us = now_us;
  int64_t returned = 0;
  for (const store::IdleCustomer& c : idle) {
    const int64_t days = IdleDaysOf(settings, c.head.customer_class);
    // The query selected by the same rule; this guards the pair (store and pure rule) in sync.
    SD_ASSERT(IsIdle(c.last_activity_us, now_us, days), "idle query and IsIdle disagree");
    SD_TRY_ASSIGN(bool moved, store::SetOwner(tx, c.head.id, c.head.version,
                                              {std::nullopt, std::nullopt, now_us}, now_us));
    if (!moved) continue;  // changed meanwhile: the next sweep looks again
    SD_TRY(audit::Record(tx, system, "customer", c.head.id, "return_to_pool",
                         audit::Snapshot{{"owner_staff_id", *c.head.owner_staff_id}},
                         audit::Snapshot{{"owner_staff_id", nullptr},
                                         {"idle_days", days},
                                         {"last_activity_at_us", c.last_activity_us}}));
    const std::string params = "{\"code\": " + JsonString(c.head.code) +
                               ", \"name\": " + JsonString(c.head.name) + ", \"days\": \"" +
                               std::to_string(days) + "\", \"on\": \"" + today + "\"}";
    SD_TRY(store::AddNotice(tx, *c.head.owner_staff_id, "pool_returned", c.head.id, std::nullopt,
                            params, now_us));
    ++returned;
  }
  return returned;
}

}  // namespace sd::crm
