#pragma once
// SQL for sales_fx_rates. Only fx_store.cc touches it. Functions need a Tx (reads any, writes a
// write Tx) and return the db errors unchanged.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "sales/fx_rate.h"

namespace sd::sales::store {

// Newest date first, then currency; at most `limit` rows.
Result<std::vector<FxRate>> ListFxRates(db::Tx& tx, const FxFilter& f, int64_t limit);
Result<std::optional<FxRate>> LoadFxRate(db::Tx& tx, int64_t id);
Result<std::optional<FxRate>> FxRateDated(db::Tx& tx, const std::string& currency,
                                          const std::string& rate_on);
// The latest rate of currency dated on or before `on`.
Result<std::optional<FxRate>> FxRateOn(db::Tx& tx, const std::string& currency,
                                       const std::string& on);
Result<int64_t> InsertFxRate(db::Tx& tx, const FxRate& r, int64_t now_us);
// Rate and note at expected_version; false on a version mismatch.
Result<bool> UpdateFxRate(db::Tx& tx, const FxRate& r, int64_t expected_version, int64_t now_us);

}  // namespace sd::sales::store
