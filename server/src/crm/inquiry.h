#pragma once
// Foreign inquiries (外贸询盘): leads of kind inquiry with the buyer's country and IANA time
// zone, so the trade staff see the buyer's local time before they call. Pure; thread-safe
// (ICU's time zone data is read-only).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sd::crm {

// Whether zone is an IANA time zone id ICU knows ("America/Sao_Paulo", "Asia/Shanghai",
// "UTC"); custom ids such as "GMT+3" and unknown names are refused.
bool IsKnownTimeZone(std::string_view zone);

struct ZoneTime {
  std::string local_time;  // "2026-05-28T05:46:40" in the zone
  std::string utc_offset;  // "-03:00"
};

// The wall-clock time at now_us in zone (daylight saving applied); nullopt for an unknown zone.
std::optional<ZoneTime> TimeInZone(std::string_view zone, int64_t now_us);

// "+08:00" / "-03:00" / "+05:45" for an offset in seconds.
std::string FormatUtcOffset(int64_t offset_s);

}  // namespace sd::crm
