#pragma once
// Rules over the text of field values that more than one module applies: length in characters
// (names are Chinese, so code points, not bytes), the required / too-long field errors, and
// business dates written "YYYY-MM-DD" (DESIGN: dates are TEXT). Pure functions; thread-safe.

#include <chrono>
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace sd {

// Length of UTF-8 text in Unicode code points (continuation bytes are not counted). Text that
// is not valid UTF-8 is counted the same way; it is never rejected here.
size_t CodePoints(std::string_view s);

// Appends "common.field.required" for `field` when required and value is empty, else
// "common.field.too_long" (param "max") when value has more than max_chars code points.
void CheckTextField(std::string_view field, std::string_view value, size_t max_chars, bool required,
                    std::vector<FieldError>* errors);

// The calendar date s names, if s is exactly "YYYY-MM-DD" (ten characters, ASCII digits, years
// 0000–9999) and the day exists in that month (leap years as the Gregorian calendar has them);
// nullopt otherwise.
std::optional<std::chrono::year_month_day> ParseIsoDate(std::string_view s);

}  // namespace sd
