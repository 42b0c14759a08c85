#include "base/clock.h"

#include <chrono>
#include <cstdio>

namespace sd {

int64_t SystemClock::NowMicros() const {
  return std::chrono::duration_cast<std::chrono::microseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string CompanyDay(int64_t at_us) {
  using namespace std::chrono;
  const year_month_day d{
      floor<days>(sys_time<microseconds>(microseconds(at_us + kCompanyUtcOffsetUs)))};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return buf;
}

SystemClock* SystemClock::Get() {
  static SystemClock clock;
  return &clock;
}

}  // namespace sd
