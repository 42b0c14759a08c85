#include "crm/settings_store.h"

#include <charconv>
#include <string>
#include <utility>

namespace sd::crm::store {
namespace {

constexpr std::string_view kCapKey = "pool.cap_per_rep";

}  // namespace

Result<PoolSettings> LoadPoolSettings(db::Tx& tx) {
  PoolSettings s;
  SD_TRY_ASSIGN(db::Rows rules, tx.Query("SELECT class, idle_days FROM crm_pool_rules"));
  for (const db::Row& r : rules) {
    if (r.Text(0) == "key") s.idle_days_key = r.Int(1);
    if (r.Text(0) == "regular") s.idle_days_regular = r.Int(1);
    if (r.Text(0) == "prospect") s.idle_days_prospect = r.Int(1);
  }
  SD_TRY_ASSIGN(db::Rows cap, tx.Query("SELECT value FROM crm_settings WHERE key = $1", {kCapKey}));
  if (!cap.empty()) {
    // A value not written by SavePoolSettings keeps the default.
    const std::string& text = cap[0].Text(0);
    int64_t v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec == std::errc() && end == text.data() + text.size() && v >= 0) s.cap_per_rep = v;
  }
  return s;
}

Result<void> SavePoolSettings(db::Tx& tx, const PoolSettings& s) {
  for (const auto& [cls, days] : {std::pair{"key", s.idle_days_key},
                                  {"regular", s.idle_days_regular},
                                  {"prospect", s.idle_days_prospect}}) {
    SD_TRY(
        tx.Exec("INSERT INTO crm_pool_rules (class, idle_days) VALUES ($1, $2) ON CONFLICT "
                "(class) DO UPDATE SET idle_days = excluded.idle_days, "
                "version = crm_pool_rules.version + 1",
                {cls, days}));
  }
  SD_TRY(
      tx.Exec("INSERT INTO crm_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO "
              "UPDATE SET value = excluded.value, version = crm_settings.version + 1",
              {kCapKey, std::to_string(s.cap_per_rep)}));
  return Ok();
}

}  // namespace sd::crm::store
