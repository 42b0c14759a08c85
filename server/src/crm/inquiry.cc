#include "crm/inquiry.h"

#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <chrono>
#include <cstdio>
#include <memory>

namespace sd::crm {

bool IsKnownTimeZone(std::string_view zone) {
  if (zone.empty() || zone.size() > 64) return false;
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString canonical;
  UBool is_system = false;
  icu::TimeZone::getCanonicalID(icu::UnicodeString::fromUTF8(icu::StringPiece(
                                    zone.data(), static_cast<int32_t>(zone.size()))),
                                canonical, is_system, status);
  return U_SUCCESS(status) && is_system;
}

std::string FormatUtcOffset(int64_t offset_s) {
  const char sign = offset_s < 0 ? '-' : '+';
  const int64_t a = offset_s < 0 ? -offset_s : offset_s;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%c%02lld:%02lld", sign, static_cast<long long>(a / 3600),
                static_cast<long long>((a % 3600) / 60));
  return buf;
}

std::optional<ZoneTime> TimeInZone(std::string_view zone, int64_t now_us) {
  if (!IsKnownTimeZone(zone)) return std::nullopt;
  std::unique_ptr<icu::TimeZone> tz(icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(
      icu::StringPiece(zone.data(), static_cast<int32_t>(zone.size())))));
  UErrorCode status = U_ZERO_ERROR;
  int32_t raw_ms = 0;
  int32_t dst_ms = 0;
  // ICU dates are milliseconds as a double (UDate); exact for any time this system sees.
  const UDate at = static_cast<UDate>(now_us / 1000);
  tz->getOffset(at, false, raw_ms, dst_ms, status);
  if (U_FAILURE(status)) return std::nullopt;
  const int64_t offset_s = (static_cast<int64_t>(raw_ms) + dst_ms) / 1000;
  const int64_t local_s = now_us / 1'000'000 + offset_s;
  const std::chrono::sys_seconds t{std::chrono::seconds(local_s)};
  const auto day = std::chrono::floor<std::chrono::days>(t);
  const std::chrono::year_month_day ymd(day);
  const std::chrono::hh_mm_ss hms(t - day);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02lld:%02lld:%02lld",
                static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()), static_cast<long long>(hms.hours().count()),
                static_cast<long long>(hms.minutes().count()),
                static_cast<long long>(hms.seconds().count()));
  return ZoneTime{buf, FormatUtcOffset(offset_s)};
}

}  // namespace sd::crm
