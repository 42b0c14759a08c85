#include "base/text.h"

#include <string>

namespace sd {
namespace {

// The value of the ASCII digits in s (checked by the caller).
unsigned Digits(std::string_view s) {
  unsigned v = 0;
  for (char c : s) v = v * 10 + static_cast<unsigned>(c - '0');
  return v;
}

}  // namespace

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) ++n;
  }
  return n;
}

void CheckTextField(std::string_view field, std::string_view value, size_t max_chars, bool required,
                    std::vector<FieldError>* errors) {
  if (required && value.empty()) {
    errors->push_back({std::string(field), "common.field.required", {}});
  } else if (CodePoints(value) > max_chars) {
    errors->push_back(
        {std::string(field), "common.field.too_long", {{"max", std::to_string(max_chars)}}});
  }
}

std::optional<std::chrono::year_month_day> ParseIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9')) return std::nullopt;
  }
  const std::chrono::year_month_day ymd{std::chrono::year(static_cast<int>(Digits(s.substr(0, 4)))),
                                        std::chrono::month(Digits(s.substr(5, 2))),
                                        std::chrono::day(Digits(s.substr(8, 2)))};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}

}  // namespace sd
