#include "crm/competitor_service.h"

#include "base/record.h"
#include "crm/competitor_store.h"
#include "crm/scope.h"
#include "org/region_service.h"

namespace sd::crm {
namespace {

Result<void> CheckRegion(db::Tx& tx, std::optional<int64_t> region_id,
                         std::vector<FieldError>* errors) {
  if (!region_id) return Ok();
  SD_TRY_ASSIGN(bool exists, org::RegionExists(tx, *region_id));
  if (!exists) errors->push_back({"region_id", "crm.competitor.region_unknown", {}});
  return Ok();
}

}  // namespace

Result<Page<Competitor>> ListCompetitors(db::Tx& tx, const std::optional<std::string>& q,
                                         const PageRequest& page) {
  return store::QueryCompetitors(tx, q, page);
}

Result<Competitor> GetCompetitor(db::Tx& tx, int64_t id) {
  return Found(store::LoadCompetitor(tx, id));
}

Result<std::vector<CompetitorPrice>> ListCompetitorPrices(db::Tx& tx, const auth::Actor& actor,
                                                          int64_t competitor_id) {
  SD_TRY_ASSIGN(std::vector<CompetitorPrice> prices, store::ListPrices(tx, competitor_id));
  SD_TRY_ASSIGN(CustomerScope scope, ScopeOf(tx, actor));
  for (CompetitorPrice& p : prices) {
    if (!p.f.customer_id) continue;
    auto visible = RequireVisibleCustomer(tx, scope, *p.f.customer_id);
    if (!visible) {
      if (visible.error().code != Code::kNotFound) return std::move(visible).error();
      p.f.customer_id.reset();  // the price stays; who it was seen at does not leak
      p.customer_name.clear();
    }
  }
  return prices;
}

Result<Competitor> CreateCompetitor(db::Tx& tx, const auth::Actor& actor,
                                    const CompetitorFields& f) {
  std::vector<FieldError> errors;
  CheckCompetitorFields(f, &errors);
  SD_TRY(CheckRegion(tx, f.region_id, &errors));
  SD_TRY(FieldsOk(std::move(errors)));
  SD_TRY_ASSIGN(int64_t id, store::InsertCompetitor(tx, f, actor.audit.at_us));
  SD_TRY_ASSIGN(Competitor out, JustWritten(store::LoadCompetitor(tx, id)));
  SD_TRY(audit::Record(tx, actor.audit, "competitor", id, "create", std::nullopt,
                       CompetitorSnapshot(out)));
  return out;
}

Result<Competitor> UpdateCompetitor(db::Tx& tx, const auth::Actor& actor, int64_t id,
                                    const CompetitorPatch& p) {
  SD_TRY_ASSIGN(Competitor before, FoundAtVersion(store::LoadCompetitor(tx, id), p.version));
  CompetitorFields f = before.f;
  if (p.name) f.name = *p.name;
  if (p.brands) f.brands = *p.brands;
  if (p.region_id) f.region_id = *p.region_id;
  if (p.strengths) f.strengths = *p.strengths;
  if (p.weaknesses) f.weaknesses = *p.weaknesses;
  if (p.notes) f.notes = *p.notes;
  std::vector<FieldError> errors;
  CheckCompetitorFields(f, &errors);
  SD_TRY(CheckRegion(tx, f.region_id, &errors));
  SD_TRY(FieldsOk(std::move(errors)));
  SD_TRY_ASSIGN(bool ok, store::UpdateCompetitor(tx, id, p.version, f, actor.audit.at_us));
  if (!ok) return Fail(Code::kAborted, "common.version_conflict");
  SD_TRY_ASSIGN(Competitor after, JustWritten(store::LoadCompetitor(tx, id)));
  SD_TRY(audit::Record(tx, actor.audit, "competitor", id, "update", CompetitorSnapshot(before),
                       CompetitorSnapshot(after)));
  return after;
}

Result<CompetitorPrice> AddCompetitorPrice(db::Tx& tx, const auth::Actor& actor,
                                           int64_t competitor_id, const PriceFields& f) {
  SD_TRY(Found(store::LoadCompetitor(tx, competitor_id)));
  std::vector<FieldError> errors;
  CheckPriceFields(f, &errors);
  SD_TRY(CheckRegion(tx, f.region_id, &errors));
  SD_TRY(FieldsOk(std::move(errors)));
  if (f.customer_id) {
    SD_TRY_ASSIGN(CustomerScope scope, ScopeOf(tx, actor));
    SD_TRY(RequireVisibleCustomer(tx, scope, *f.customer_id));
  }
  SD_TRY_ASSIGN(int64_t id,
                store::InsertPrice(tx, competitor_id, f, actor.staff_id, actor.audit.at_us));
  SD_TRY_ASSIGN(CompetitorPrice out, JustWritten(store::LoadPrice(tx, id)));
  SD_TRY(audit::Record(tx, actor.audit, "competitor_price", id, "create", std::nullopt,
                       PriceSnapshot(out)));
  return out;
}

}  // namespace sd::crm
