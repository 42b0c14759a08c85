#include "crm/pool.h"

#include "base/clock.h"

namespace sd::crm {

int64_t IdleDaysOf(const PoolSettings& s, const std::string& customer_class) {
  if (customer_class == "key") return s.idle_days_key;
  if (customer_class == "regular") return s.idle_days_regular;
  if (customer_class == "prospect") return s.idle_days_prospect;
  return 0;
}

std::optional<int64_t> IdleCutoff(int64_t now_us, int64_t idle_days) {
  if (idle_days <= 0) return std::nullopt;
  return now_us - idle_days * kMicrosPerDay;
}

bool IsIdle(int64_t last_activity_us, int64_t now_us, int64_t idle_days) {
  const std::optional<int64_t> cutoff = IdleCutoff(now_us, idle_days);
  return cutoff && last_activity_us < *cutoff;
}

bool CapAllowsClaim(int64_t owned, int64_t cap) { return cap <= 0 || owned < cap; }

}  // namespace sd::crm
