#include "catalog/pricing.h"

#include <tuple>

#include "base/money.h"
#include "base/text.h"
#include "catalog/price_store.h"

namespace sd::catalog {
namespace {

// How far up the customer's region chain the list's region sits (0: the customer's own
// region), or -1 when it does not cover the customer. A list without a region covers everyone
// and ranks below any region.
int RegionDistance(const std::optional<int64_t>& region, const std::vector<int64_t>& chain) {
  if (!region) return static_cast<int>(chain.size()) + 1;
  for (size_t i = 0; i < chain.size(); ++i) {
    if (chain[i] == *region) return static_cast<int>(i);
  }
  return -1;
}

bool Applies(const LineCandidate& l, const CustomerFacts& c, int64_t qty_e4,
             std::string_view date) {
  if (l.min_qty_e4 > qty_e4) return false;
  if (date < l.valid_from || (l.valid_to && *l.valid_to < date)) return false;
  if (!l.price_level.empty() && l.price_level != c.price_level) return false;
  if (RegionDistance(l.region_id, c.regions) < 0) return false;
  return !l.season || SeasonCovers(l.season->f, date);
}

// Larger is better: season, level, nearer region, later validity, newer list, higher tier.
auto Rank(const LineCandidate& l, const CustomerFacts& c) {
  return std::make_tuple(l.season.has_value(), !l.price_level.empty(),
                         -RegionDistance(l.region_id, c.regions), std::string_view(l.valid_from),
                         l.list_id, l.min_qty_e4);
}

std::string RuleName(const LineCandidate& l) {
  if (!l.season) return l.list_name;
  return l.list_name + " · " + l.season->f.name;
}

}  // namespace

const LineCandidate* PickListLine(const std::vector<LineCandidate>& candidates,
                                  const CustomerFacts& c, int64_t qty_e4, std::string_view date) {
  const LineCandidate* best = nullptr;
  for (const LineCandidate& l : candidates) {
    if (!Applies(l, c, qty_e4, date)) continue;
    if (best == nullptr || Rank(*best, c) < Rank(l, c)) best = &l;
  }
  return best;
}

std::optional<int64_t> PickFloor(const std::vector<PriceFloor>& floors, std::string_view kind,
                                 std::string_view date) {
  const PriceFloor* own = nullptr;
  const PriceFloor* all = nullptr;
  for (const PriceFloor& f : floors) {
    if (date < f.valid_from) continue;
    const PriceFloor** slot = nullptr;
    if (f.customer_kind == kind) {
      slot = &own;
    } else if (f.customer_kind.empty()) {
      slot = &all;
    } else {
      continue;
    }
    if (*slot == nullptr || (*slot)->valid_from < f.valid_from) *slot = &f;
  }
  if (own != nullptr && own->floor_e4) return own->floor_e4;
  if (all != nullptr) return all->floor_e4;
  return std::nullopt;
}

const CustomerPrice* PickCustomerPrice(const std::vector<CustomerPrice>& rows,
                                       std::string_view date) {
  const CustomerPrice* latest = nullptr;
  for (const CustomerPrice& p : rows) {
    if (date < p.valid_from) continue;
    if (latest == nullptr || latest->valid_from < p.valid_from) latest = &p;
  }
  if (latest == nullptr || (latest->valid_to && *latest->valid_to < date)) return nullptr;
  return latest;
}

int64_t NetOfGross(int64_t gross_e4, int64_t tax_rate_e4) {
  return DivRoundHalfAway(static_cast<Int128>(gross_e4) * Decimal4::kScale,
                          Decimal4::kScale + tax_rate_e4);
}

bool BelowFloor(const PriceAnswer& a, int64_t unit_price_e4) {
  return a.floor_e4 && unit_price_e4 < *a.floor_e4;
}

std::string_view PriceSourceName(PriceSource s) { return doc::NameOf(kPriceSourceNames, s); }

Result<PriceAnswer> PriceFor(db::Tx& tx, const PriceQuery& q) {
  if (!ParseIsoDate(q.date)) return Fail(InvalidField("date", "common.field.invalid_date"));
  SD_TRY_ASSIGN(std::optional<store::PricingFacts> facts,
                store::PricingFactsOf(tx, q.customer_id, q.product_id, q.date));
  if (!facts || !facts->product_found) return Fail(Code::kNotFound, "common.not_found");
  PriceAnswer a;
  a.tax_rate_e4 = facts->tax_rate_e4;
  a.standard_cost_fen = facts->standard_cost_fen;
  const CustomerFacts& customer = facts->customer;
  SD_TRY_ASSIGN(store::ProductRules rules, store::RulesFor(tx, q.product_id, customer.kind));
  a.floor_e4 = PickFloor(rules.floors, customer.kind, q.date);
  if (const CustomerPrice* p = PickCustomerPrice(facts->agreed, q.date)) {
    a.unit_price_e4 = p->unit_price_e4;
    a.source = PriceSource::kCustomerPrice;
    a.rule_id = p->id;
    a.rule_name = p->valid_from + (p->valid_to ? " ~ " + *p->valid_to : " ~");
    return a;
  }
  if (const LineCandidate* l = PickListLine(rules.lines, customer, q.qty_e4, q.date)) {
    a.unit_price_e4 = l->unit_price_e4;
    a.source = l->season ? PriceSource::kSeasonList : PriceSource::kBaseList;
    a.rule_id = l->line_id;
    a.rule_name = RuleName(*l);
    a.list_id = l->list_id;
    a.min_qty_e4 = l->min_qty_e4;
  }
  return a;
}

}  // namespace sd::catalog
