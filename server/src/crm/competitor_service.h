#pragma once
// Competitor archive use cases (竞争对手档案): read with customer.read, write with
// competitor.manage (the route table checks both). Each runs in the caller's transaction and
// audits (entities "competitor", "competitor_price").

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "base/page.h"
#include "crm/competitor.h"
#include "db/database.h"

namespace sd::crm {

Result<Page<Competitor>> ListCompetitors(db::Tx& tx, const std::optional<std::string>& q,
                                         const PageRequest& page);

// Errors: kNotFound.
Result<Competitor> GetCompetitor(db::Tx& tx, int64_t id);
// Prices seen of a competitor; customer names out of the actor's scope are blanked.
Result<std::vector<CompetitorPrice>> ListCompetitorPrices(db::Tx& tx, const auth::Actor& actor,
                                                          int64_t competitor_id);

// Errors: kInvalidArgument (CheckCompetitorFields, "region_id" crm.competitor.region_unknown),
// kAlreadyExists "crm.competitor.name_taken".
Result<Competitor> CreateCompetitor(db::Tx& tx, const auth::Actor& actor,
                                    const CompetitorFields& f);

struct CompetitorPatch {
  int64_t version = 0;
  std::optional<std::string> name;
  std::optional<std::string> brands;
  std::optional<std::optional<int64_t>> region_id;
  std::optional<std::string> strengths;
  std::optional<std::string> weaknesses;
  std::optional<std::string> notes;
};
// Errors: as CreateCompetitor, kNotFound, kAborted "common.version_conflict".
Result<Competitor> UpdateCompetitor(db::Tx& tx, const auth::Actor& actor, int64_t id,
                                    const CompetitorPatch& p);

// Errors: kNotFound (competitor; a customer out of scope), kInvalidArgument (CheckPriceFields,
// "region_id" crm.competitor.region_unknown).
Result<CompetitorPrice> AddCompetitorPrice(db::Tx& tx, const auth::Actor& actor,
                                           int64_t competitor_id, const PriceFields& f);

}  // namespace sd::crm
