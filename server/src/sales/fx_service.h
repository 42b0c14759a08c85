#pragma once
// Exchange-rate use cases: finance sets the rate of a currency from a date on (fx.manage, the
// route table checks it), everyone quoting reads them (fx.read), quotations take the rate in
// force on their date. Each runs in the caller's transaction; changes are audited (entity
// "fx_rate").

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "db/database.h"
#include "sales/fx_rate.h"
#include "sales/fx_store.h"

namespace sd::sales {

inline constexpr int64_t kFxListMax = 500;

// Errors: kInvalidArgument (currency not one of kCurrencies, dates not YYYY-MM-DD).
Result<std::vector<FxRate>> ListFxRates(db::Tx& tx, const FxFilter& f);

struct FxRateInput {
  std::string currency;
  std::string rate_on;
  std::string rate;  // "7.1234"
  std::string note;
};
// Sets the rate of currency from rate_on: a new row, or the same date's row changed (audited
// "create" or "update" with both values). Errors: kInvalidArgument "sales.fx.currency_invalid"
// (unknown or CNY), "common.field.invalid_date", "sales.fx.rate_invalid", too long a note.
Result<FxRate> SetFxRate(db::Tx& tx, const auth::Actor& actor, const FxRateInput& in);

// The rate of currency in force on date `on` (yuan per unit ×10⁶); CNY is kRateScale. Errors:
// kFailedPrecondition "sales.fx.no_rate" {currency, date} (none dated on or before).
Result<int64_t> RateFor(db::Tx& tx, const std::string& currency, const std::string& on);

}  // namespace sd::sales
