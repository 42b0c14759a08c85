#include "http/dates.h"

#include <charconv>
#include <chrono>

#include "base/text.h"

namespace sd::http {

std::optional<int64_t> ParseInt(std::string_view s) {
  int64_t v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
  return v;
}

std::optional<int64_t> DateStartMicros(std::string_view s) {
  std::optional<std::chrono::year_month_day> ymd = ParseIsoDate(s);
  if (!ymd) return std::nullopt;
  int64_t days = std::chrono::sys_days(*ymd).time_since_epoch().count();
  return days * kMicrosPerDay - kCompanyUtcOffsetUs;
}

}  // namespace sd::http
