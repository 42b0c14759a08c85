#pragma once
// SQL for crm_competitors and crm_competitor_prices. Only competitor_store.cc touches them.
// Functions need a Tx (reads any, writes a write Tx) and return the db errors unchanged
// unless stated.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/page.h"
#include "crm/competitor.h"
#include "db/database.h"

namespace sd::crm::store {

// By name; q: part of name or brands.
Result<Page<Competitor>> QueryCompetitors(db::Tx& tx, const std::optional<std::string>& q,
                                          const PageRequest& page);
Result<std::optional<Competitor>> LoadCompetitor(db::Tx& tx, int64_t id);
// Errors: kAlreadyExists "crm.competitor.name_taken".
Result<int64_t> InsertCompetitor(db::Tx& tx, const CompetitorFields& f, int64_t now_us);
// False on a version mismatch. Errors: kAlreadyExists "crm.competitor.name_taken".
Result<bool> UpdateCompetitor(db::Tx& tx, int64_t id, int64_t expected_version,
                              const CompetitorFields& f, int64_t now_us);

// Prices seen, newest first (seen_on, id), at most 500.
Result<std::vector<CompetitorPrice>> ListPrices(db::Tx& tx, int64_t competitor_id);
Result<std::optional<CompetitorPrice>> LoadPrice(db::Tx& tx, int64_t id);
Result<int64_t> InsertPrice(db::Tx& tx, int64_t competitor_id, const PriceFields& f,
                            std::optional<int64_t> staff_id, int64_t now_us);

}  // namespace sd::crm::store
