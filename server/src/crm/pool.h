#pragma once
// The customer pool (公海) rules: how long a customer of each class may go without follow-up
// before it returns to the pool, and how many active customers a rep may own (the claim cap).
// Defaults hold while crm_pool_rules / crm_settings have no rows (a fresh database holds no
// data rows, so that a backup restores into it). Types and pure rules; SQL in
// settings_store.cc, use cases in pool_service.h.

#include <cstdint>
#include <optional>
#include <string>

namespace sd::crm {

inline constexpr int64_t kDefaultIdleDaysKey = 90;
inline constexpr int64_t kDefaultIdleDaysRegular = 60;
inline constexpr int64_t kDefaultIdleDaysProspect = 30;
inline constexpr int64_t kDefaultCapPerRep = 50;
inline constexpr int64_t kIdleDaysMax = 3650;
inline constexpr int64_t kCapPerRepMax = 100000;

struct PoolSettings {
  int64_t cap_per_rep = kDefaultCapPerRep;      // 0 = no cap
  int64_t idle_days_key = kDefaultIdleDaysKey;  // 0 = never returns
  int64_t idle_days_regular = kDefaultIdleDaysRegular;
  int64_t idle_days_prospect = kDefaultIdleDaysProspect;
};

// Idle days of a class ("key", "regular", "prospect"); 0 for an unknown class. Pure.
int64_t IdleDaysOf(const PoolSettings& s, const std::string& customer_class);

// The last activity before which a customer of the class returns (now − idle days), or nullopt
// when the class never returns (idle days 0). Pure.
std::optional<int64_t> IdleCutoff(int64_t now_us, int64_t idle_days);

// Whether a customer whose last activity (last follow-up, else claim, else creation) was at
// last_activity_us is idle at now_us under idle_days (0 = never idle). Pure.
bool IsIdle(int64_t last_activity_us, int64_t now_us, int64_t idle_days);

// Whether a rep who owns `owned` active customers may claim one more under cap (0 = no cap).
bool CapAllowsClaim(int64_t owned, int64_t cap);

}  // namespace sd::crm
