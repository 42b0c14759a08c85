#pragma once
// Money and fixed-point decimals (DESIGN §4, STYLE §4). Never floating point.
// Money holds integer fen (分); Decimal4 holds prices, quantities and rates ×10⁴.
// Products are computed in 128 bits and rounded half away from zero, so a negated input gives
// exactly the negated output (red-letter lines mirror the originals).

#include <cstdint>
#include <string>
#include <string_view>

#include "base/result.h"

namespace sd {

// 128-bit intermediate for products; declared once so -Wpedantic stays on everywhere else.
__extension__ typedef __int128 Int128;

class Money {
 public:
  // Largest accepted magnitude: 10¹³ fen (one hundred billion yuan).
  static constexpr int64_t kMaxFen = 10'000'000'000'000;

  constexpr Money() = default;
  static constexpr Money FromFen(int64_t fen) { return Money(fen); }
  // Parses "1234.5", "-0.01", "1234.50". Refuses more than two decimals, exponents, blanks,
  // and magnitudes over kMaxFen (error key common.money.invalid).
  static Result<Money> Parse(std::string_view text);

  constexpr int64_t fen() const { return fen_; }
  // Always two places: "1234.50", "-0.05".
  std::string ToString() const;

  friend constexpr Money operator+(Money a, Money b) { return Money(a.fen_ + b.fen_); }
  friend constexpr Money operator-(Money a, Money b) { return Money(a.fen_ - b.fen_); }
  friend constexpr Money operator-(Money a) { return Money(-a.fen_); }
  friend constexpr auto operator<=>(Money a, Money b) = default;

 private:
  constexpr explicit Money(int64_t fen) : fen_(fen) {}
  int64_t fen_ = 0;
};

class Decimal4 {
 public:
  static constexpr int64_t kScale = 10'000;
  static constexpr int64_t kMaxRaw = 1'000'000'000'000'000;  // 10¹¹ units

  constexpr Decimal4() = default;
  static constexpr Decimal4 FromRaw(int64_t raw) { return Decimal4(raw); }
  static constexpr Decimal4 FromInt(int64_t units) { return Decimal4(units * kScale); }
  // Parses "10", "10.5", "-0.0001"; at most four decimals (error key common.decimal.invalid).
  static Result<Decimal4> Parse(std::string_view text);

  constexpr int64_t raw() const { return raw_; }
  // Always four places: "10.5000".
  std::string ToString() const;

  friend constexpr auto operator<=>(Decimal4 a, Decimal4 b) = default;

 private:
  constexpr explicit Decimal4(int64_t raw) : raw_(raw) {}
  int64_t raw_ = 0;
};

// Divides n by d (d > 0), rounding half away from zero.
int64_t DivRoundHalfAway(Int128 n, int64_t d);

// qty × unit price to fen: (qty_e4 × price_e4) is ×10⁸ yuan, i.e. ×10⁶ fen; rounded half away
// from zero.
Money Extend(Decimal4 qty, Decimal4 unit_price);

// amount × rate (rate ×10⁴, e.g. 0.13 for 13% VAT) rounded half away from zero to fen.
Money ApplyRate(Money amount, Decimal4 rate);

}  // namespace sd
