#include "base/money.h"

#include <cstdlib>

namespace sd {
namespace {

// Parses a plain decimal with at most `places` fractional digits into an integer scaled by
// 10^places. No signs other than a leading '-', no exponents, no spaces, no empty parts.
bool ParseScaled(std::string_view s, int places, int64_t max_abs, int64_t* out) {
  if (s.empty()) return false;
  bool negative = false;
  if (s.front() == '-') {
    negative = true;
    s.remove_prefix(1);
  }
  if (s.empty()) return false;
  Int128 value = 0;
  int frac_digits = -1;  // -1: no decimal point seen yet
  int int_digits = 0;
  for (char c : s) {
    if (c == '.') {
      if (frac_digits >= 0) return false;
      frac_digits = 0;
      continue;
    }
    if (c < '0' || c > '9') return false;
    if (frac_digits >= 0) {
      if (++frac_digits > places) return false;
    } else {
      ++int_digits;
    }
    value = value * 10 + (c - '0');
    if (value > static_cast<Int128>(max_abs) * 10) return false;
  }
  if (int_digits == 0 || frac_digits == 0) return false;  // ".5" and "5." are refused
  for (int i = frac_digits < 0 ? 0 : frac_digits; i < places; ++i) value *= 10;
  if (value > max_abs) return false;
  *out = static_cast<int64_t>(negative ? -value : value);
  return true;
}

std::string FormatScaled(int64_t v, int places, int64_t scale) {
  // Work on unsigned magnitude so INT64_MIN cannot overflow.
  bool negative = v < 0;
  uint64_t mag = negative ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  auto uscale = static_cast<uint64_t>(scale);
  std::string frac = std::to_string(mag % uscale);
  frac.insert(0, static_cast<size_t>(places) - frac.size(), '0');
  std::string out = negative ? "-" : "";
  out += std::to_string(mag / uscale);
  out += '.';
  out += frac;
  return out;
}

}  // namespace

Result<Money> Money::Parse(std::string_view text) {
  int64_t fen = 0;
  if (!ParseScaled(text, 2, kMaxFen, &fen))
    return Fail(Code::kInvalidArgument, "common.money.invalid");
  return Money(fen);
}

std::string Money::ToString() const { return FormatScaled(fen_, 2, 100); }

Result<Decimal4> Decimal4::Parse(std::string_view text) {
  int64_t raw = 0;
  if (!ParseScaled(text, 4, kMaxRaw, &raw)) {
    return Fail(Code::kInvalidArgument, "common.decimal.invalid");
  }
  return Decimal4(raw);
}

std::string Decimal4::ToString() const { return FormatScaled(raw_, 4, kScale); }

int64_t DivRoundHalfAway(Int128 n, int64_t d) {
  SD_ASSERT(d > 0, "divisor must be positive");
  bool negative = n < 0;
  Int128 mag = negative ? -n : n;
  Int128 q = (mag + d / 2) / d;
  return static_cast<int64_t>(negative ? -q : q);
}

Money Extend(Decimal4 qty, Decimal4 unit_price) {
  Int128 product = static_cast<Int128>(qty.raw()) * unit_price.raw();
  return Money::FromFen(DivRoundHalfAway(product, 1'000'000));
}

Money ApplyRate(Money amount, Decimal4 rate) {
  Int128 product = static_cast<Int128>(amount.fen()) * rate.raw();
  return Money::FromFen(DivRoundHalfAway(product, Decimal4::kScale));
}

}  // namespace sd
