#include "crm/pool.h"

#include <chrono>
#include <cstdio>

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

std::string CompanyDay(int64_t at_us) {
  const int64_t local_us = at_us + kCompanyUtcOffsetUs;
  int64_t days = local_us / kMicrosPerDay;
  if (local_us % kMicrosPerDay < 0) --days;
  const std::chrono::year_month_day ymd{
      std::chrono::sys_days{std::chrono::days{static_cast<int>(days)}}};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

}  // namespace sd::crm
