#pragma once
// Exchange rates (汇率), kept by finance: yuan per unit of a foreign currency from a date on.
// Types and pure rules; SQL in fx_store.cc, use cases in fx_service.h.
//
// Rates are integers ×10⁶ (rate_e6), not ×10⁴ as other rates: the yen is about 0.0478 yuan and
// the won about 0.0051, which four places would keep to two or three significant digits; six
// places carry the PBOC central parity exactly as published (per 100 yen 4.7823 → 0.047823).

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit.h"
#include "base/money.h"
#include "base/result.h"

namespace sd::sales {

inline constexpr std::string_view kBaseCurrency = "CNY";
// The currencies a quotation may be in; CNY is the base and has no rate.
inline constexpr std::string_view kCurrencies[] = {"CNY", "USD", "EUR", "GBP", "JPY", "HKD",
                                                   "AUD", "CAD", "SGD", "CHF", "KRW", "RUB"};
bool IsCurrency(std::string_view code);
std::string CurrencyChoices();  // "CNY, USD, …" for the error message

inline constexpr int64_t kRateScale = 1'000'000;  // rate_e6
// One unit of a currency above 10⁴ yuan is no currency we quote in: a typo, refused.
inline constexpr int64_t kRateMaxE6 = 10'000 * kRateScale;

// "7.1234" → 7123400; at most six decimals, greater than 0, at most 10000. Errors:
// kInvalidArgument "sales.fx.rate_invalid" (on field "rate").
Result<int64_t> ParseRate(std::string_view text);
std::string FormatRate(int64_t rate_e6);  // always six places: "7.123400"

struct FxRate {
  int64_t id = 0;
  std::string currency;
  std::string rate_on;  // YYYY-MM-DD: in force from this date
  int64_t rate_e6 = 0;
  std::string note;
  int64_t version = 1;
  int64_t created_at_us = 0;
  int64_t updated_at_us = 0;
};

struct FxFilter {
  std::optional<std::string> currency;
  std::optional<std::string> from;  // rate_on ≥ from
  std::optional<std::string> to;    // rate_on ≤ to
};

// The rate for `on` among rates of one currency: the latest dated on or before it; nullopt
// when all are later (or none). Order of `rates` does not matter. Pure.
std::optional<FxRate> RateOn(std::span<const FxRate> rates, std::string_view on);

// An amount of the foreign currency (its cents, ×100 like fen) in yuan fen at rate_e6, rounded
// half away from zero. Pure.
Money ToCny(Money foreign, int64_t rate_e6);

// A price ×10⁴ of the foreign currency in yuan ×10⁴, rounded half away from zero. Pure.
Decimal4 PriceToCny(Decimal4 foreign, int64_t rate_e6);

audit::Snapshot FxRateSnapshot(const FxRate& r);

}  // namespace sd::sales
