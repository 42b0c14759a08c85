#include "sales/fx_rate.h"

#include <algorithm>
#include <cstdio>

namespace sd::sales {

bool IsCurrency(std::string_view code) {
  return std::find(std::begin(kCurrencies), std::end(kCurrencies), code) != std::end(kCurrencies);
}

std::string CurrencyChoices() {
  std::string out;
  for (std::string_view c : kCurrencies) {
    if (!out.empty()) out += ", ";
    out += c;
  }
  return out;
}

Result<int64_t> ParseRate(std::string_view text) {
  auto bad = [] { return Fail(InvalidField("rate", "sales.fx.rate_invalid")); };
  const size_t dot = text.find('.');
  const std::string_view whole = text.substr(0, dot);
  const std::string_view frac = dot == std::string_view::npos ? "" : text.substr(dot + 1);
  if (whole.empty() || whole.size() > 5 || frac.size() > 6) return bad();
  if (dot != std::string_view::npos && frac.empty()) return bad();
  int64_t value = 0;
  for (char c : whole) {
    if (c < '0' || c > '9') return bad();
    value = value * 10 + (c - '0');
  }
  int64_t scale = kRateScale;
  for (char c : frac) {
    if (c < '0' || c > '9') return bad();
    scale /= 10;
    value = value * 10 + (c - '0');
  }
  value *= scale;
  if (value <= 0 || value > kRateMaxE6) return bad();
  return value;
}

std::string FormatRate(int64_t rate_e6) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%lld.%06lld", static_cast<long long>(rate_e6 / kRateScale),
                static_cast<long long>(rate_e6 % kRateScale));
  return buf;
}

std::optional<FxRate> RateOn(std::span<const FxRate> rates, std::string_view on) {
  std::optional<FxRate> best;
  for (const FxRate& r : rates) {
    // ISO dates order as text.
    if (r.rate_on > on) continue;
    if (!best || r.rate_on > best->rate_on) best = r;
  }
  return best;
}

Money ToCny(Money foreign, int64_t rate_e6) {
  return Money::FromFen(DivRoundHalfAway(Int128{foreign.fen()} * rate_e6, kRateScale));
}

Decimal4 PriceToCny(Decimal4 foreign, int64_t rate_e6) {
  return Decimal4::FromRaw(DivRoundHalfAway(Int128{foreign.raw()} * rate_e6, kRateScale));
}

audit::Snapshot FxRateSnapshot(const FxRate& r) {
  return {{"currency", r.currency},
          {"rate_on", r.rate_on},
          {"rate", FormatRate(r.rate_e6)},
          {"note", r.note}};
}

}  // namespace sd::sales
