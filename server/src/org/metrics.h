#pragma once
// The metrics a position's indicators (考核指标) may be measured by. The performance module
// computes them later; until then an indicator names its metric in words and optionally one of
// these codes. Display names live in org/messages.json under "metric.<code>".

#include <span>
#include <string_view>

namespace sd::org {

// Every metric code, sorted.
std::span<const std::string_view> AllMetrics();
bool IsMetric(std::string_view code);

}  // namespace sd::org
