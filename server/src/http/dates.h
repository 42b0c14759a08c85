#pragma once
// Parsing of query values: integers and business dates. Business dates are in the company's
// zone, Asia/Shanghai (UTC+8 all year, no daylight saving).

#include <cstdint>
#include <optional>
#include <string_view>

#include "base/clock.h"

namespace sd::http {

std::optional<int64_t> ParseInt(std::string_view s);
// "2026-03-02" → microseconds at 00:00 of that day in the company's zone; nullopt unless
// base's ParseIsoDate reads s as a date.
std::optional<int64_t> DateStartMicros(std::string_view s);

}  // namespace sd::http
