#include "base/chinese_amount.h"

#include <array>
#include <string_view>

namespace sd {
namespace {

constexpr std::array<std::string_view, 10> kDigits = {"零", "壹", "贰", "叁", "肆",
                                                      "伍", "陆", "柒", "捌", "玖"};
constexpr std::array<std::string_view, 4> kInGroup = {"", "拾", "佰", "仟"};
constexpr std::array<std::string_view, 3> kGroups = {"", "万", "亿"};

// The 元 part of a positive yuan amount: digits with their units, one 零 for each run of zeros
// that lies between non-zero digits. Money::kMaxFen keeps yuan below 10¹², within 仟亿.
std::string Yuan(int64_t yuan) {
  const std::string digits = std::to_string(yuan);
  const size_t n = digits.size();
  std::string out;
  bool zero_pending = false;
  bool group_has_digit = false;
  for (size_t i = 0; i < n; ++i) {
    const size_t pos = n - 1 - i;  // 0 = 元 digit
    const int d = digits[i] - '0';
    if (d == 0) {
      zero_pending = true;
    } else {
      if (zero_pending) out += kDigits[0];
      zero_pending = false;
      out += kDigits[static_cast<size_t>(d)];
      out += kInGroup[pos % 4];
      group_has_digit = true;
    }
    if (pos % 4 == 0) {
      if (group_has_digit) out += kGroups[pos / 4];
      group_has_digit = false;
    }
  }
  return out;
}

}  // namespace

std::string ChineseCapitals(Money amount) {
  int64_t fen = amount.fen();
  std::string out;
  if (fen < 0) {
    out = "负";
    fen = -fen;  // |fen| ≤ Money::kMaxFen: no overflow
  }
  const int64_t yuan = fen / 100;
  const auto jiao = static_cast<size_t>((fen / 10) % 10);
  const auto fen_digit = static_cast<size_t>(fen % 10);
  if (yuan > 0) {
    out += Yuan(yuan);
    out += "元";
  } else if (jiao == 0 && fen_digit == 0) {
    return out + "零元整";
  }
  if (jiao == 0 && fen_digit == 0) return out + "整";
  if (jiao > 0) {
    out += kDigits[jiao];
    out += "角";
  } else if (yuan > 0) {
    out += kDigits[0];
  }
  if (fen_digit == 0) return out + "整";
  out += kDigits[fen_digit];
  out += "分";
  return out;
}

}  // namespace sd
