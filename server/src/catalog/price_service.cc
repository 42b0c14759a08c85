#include "catalog/price_service.h"

#include "base/clock.h"
#include "base/record.h"
#include "doc/action.h"
#include "org/region_service.h"

namespace sd::catalog {
namespace {

constexpr doc::ActionKeys kListKeys{.not_allowed = "catalog.price_list.action_not_allowed"};

Result<void> CheckListRefs(db::Tx& tx, const PriceListFields& f) {
  std::vector<FieldError> errors;
  CheckPriceListFields(f, &errors);
  if (f.region_id) {
    SD_TRY_ASSIGN(bool exists, org::RegionExists(tx, *f.region_id));
    if (!exists) errors.push_back({"region_id", "catalog.price_list.region_unknown", {}});
  }
  if (f.season_id) {
    SD_TRY_ASSIGN(std::optional<Season> s, store::LoadSeason(tx, *f.season_id));
    if (!s) errors.push_back({"season_id", "catalog.price_list.season_unknown", {}});
  }
  return FieldsOk(std::move(errors));
}

// An active list with f's key whose validity meets f's refuses f being active too.
Result<void> CheckNoOverlap(db::Tx& tx, const PriceListFields& f, int64_t id) {
  SD_TRY_ASSIGN(std::vector<PriceList> same, store::ActiveListsWithKey(tx, f, id));
  for (const PriceList& other : same) {
    if (PeriodsOverlap(f.valid_from, f.valid_to, other.f.valid_from, other.f.valid_to)) {
      return Fail(Code::kAlreadyExists, "catalog.price_list.overlaps", {{"name", other.f.name}});
    }
  }
  return Ok();
}

Result<PriceList> SaveList(db::Tx& tx, const auth::Actor& actor, const PriceList& before,
                           const PriceListFields& f, PriceListState state,
                           std::string_view action) {
  SD_TRY_ASSIGN(bool ok,
                store::UpdatePriceList(tx, before.id, before.version, f, state, actor.audit.at_us));
  if (!ok) return Fail(Code::kAborted, "common.version_conflict");
  SD_TRY_ASSIGN(PriceList after, JustWritten(store::LoadPriceList(tx, before.id)));
  SD_TRY(audit::Record(tx, actor.audit, "price_list", after.id, action, PriceListSnapshot(before),
                       PriceListSnapshot(after)));
  return after;
}

// The list at version, open for changes (not closed).
Result<PriceList> OpenList(db::Tx& tx, int64_t id, int64_t version) {
  SD_TRY_ASSIGN(PriceList l, FoundAtVersion(store::LoadPriceList(tx, id), version));
  if (l.state == PriceListState::kClosed) {
    return Fail(Code::kFailedPrecondition, "catalog.price_list.closed");
  }
  return l;
}

Result<void> RecordLineChange(db::Tx& tx, const auth::Actor& actor, const PriceList& list,
                              const PriceLine& line, std::optional<int64_t> old_e4,
                              std::optional<int64_t> new_e4, std::optional<int64_t> change_id) {
  PriceChange c;
  c.at_us = actor.audit.at_us;
  c.user_id = actor.audit.user_id;
  c.user_login = actor.audit.user_login;
  c.rule_kind = "list_line";
  c.rule_id = line.id;
  c.product_id = line.product_id;
  c.list_id = list.id;
  c.customer_kind = list.f.customer_kind;
  c.min_qty_e4 = line.min_qty_e4;
  c.old_e4 = old_e4;
  c.new_e4 = new_e4;
  // A line changes the list's price from today (or from the list's start, if later).
  const std::string today = CompanyDay(actor.audit.at_us);
  c.effective_from = std::max(today, list.f.valid_from);
  c.effective_to = list.f.valid_to;
  c.change_id = change_id;
  return store::InsertPriceChange(tx, c);
}

// The list's version moves with its lines, so an editor working on an older copy is refused.
Result<PriceListDetail> Touched(db::Tx& tx, const auth::Actor& actor, const PriceList& l) {
  SD_TRY_ASSIGN(bool ok, store::TouchPriceList(tx, l.id, l.version, actor.audit.at_us));
  if (!ok) return Fail(Code::kAborted, "common.version_conflict");
  return GetPriceList(tx, l.id);
}

}  // namespace

Result<std::vector<Season>> ListSeasons(db::Tx& tx) { return store::ListSeasons(tx); }

Result<Season> CreateSeason(db::Tx& tx, const auth::Actor& actor, const SeasonFields& f) {
  std::vector<FieldError> errors;
  CheckSeasonFields(f, &errors);
  SD_TRY(FieldsOk(std::move(errors)));
  SD_TRY_ASSIGN(int64_t id, store::InsertSeason(tx, f, actor.audit.at_us));
  SD_TRY_ASSIGN(Season out, JustWritten(store::LoadSeason(tx, id)));
  SD_TRY(audit::Record(tx, actor.audit, "season", id, "create", std::nullopt, SeasonSnapshot(out)));
  return out;
}

Result<Season> UpdateSeason(db::Tx& tx, const auth::Actor& actor, int64_t id, int64_t version,
                            const SeasonFields& f) {
  SD_TRY_ASSIGN(Season before, FoundAtVersion(store::LoadSeason(tx, id), version));
  std::vector<FieldError> errors;
  CheckSeasonFields(f, &errors);
  SD_TRY(FieldsOk(std::move(errors)));
  SD_TRY_ASSIGN(bool ok, store::UpdateSeason(tx, id, version, f, actor.audit.at_us));
  if (!ok) return Fail(Code::kAborted, "common.version_conflict");
  SD_TRY_ASSIGN(Season out, JustWritten(store::LoadSeason(tx, id)));
  SD_TRY(audit::Record(tx, actor.audit, "season", id, "update", SeasonSnapshot(before),
                       SeasonSnapshot(out)));
  return out;
}

Result<Page<PriceList>> ListPriceLists(db::Tx& tx, const PriceListQuery& q) {
  return store::QueryPriceLists(tx, q);
}

Result<PriceListDetail> GetPriceList(db::Tx& tx, int64_t id) {
  PriceListDetail d;
  SD_TRY_ASSIGN(d.list, Found(store::LoadPriceList(tx, id)));
  SD_TRY_ASSIGN(d.lines, store::LinesOf(tx, id));
  return d;
}

Result<PriceList> CreatePriceList(db::Tx& tx, const auth::Actor& actor, const PriceListFields& f) {
  SD_TRY(CheckListRefs(tx, f));
  SD_TRY_ASSIGN(int64_t id, store::InsertPriceList(tx, f, actor.audit.at_us));
  SD_TRY_ASSIGN(PriceList out, JustWritten(store::LoadPriceList(tx, id)));
  SD_TRY(audit::Record(tx, actor.audit, "price_list", id, "create", std::nullopt,
                       PriceListSnapshot(out)));
  return out;
}

Result<PriceList> UpdatePriceList(db::Tx& tx, const auth::Actor& actor, int64_t id, int64_t version,
                                  const PriceListFields& f) {
  SD_TRY_ASSIGN(PriceList before, OpenList(tx, id, version));
  SD_TRY(CheckListRefs(tx, f));
  if (before.state == PriceListState::kActive) SD_TRY(CheckNoOverlap(tx, f, id));
  return SaveList(tx, actor, before, f, before.state, "update");
}

Result<PriceList> ActOnPriceList(db::Tx& tx, const auth::Actor& actor, int64_t id,
                                 PriceListAction action, int64_t version) {
  SD_TRY_ASSIGN(PriceList before, Found(store::LoadPriceList(tx, id)));
  doc::ActionContext c{before.version, version, false, false};
  SD_TRY_ASSIGN(const PriceListTransition* t,
                doc::CheckAction(kPriceListTransitions, kPriceListStateNames, kPriceListActionNames,
                                 before.state, action, actor, c, kListKeys));
  if (t->to == PriceListState::kActive) SD_TRY(CheckNoOverlap(tx, before.f, id));
  return SaveList(tx, actor, before, before.f, t->to, doc::NameOf(kPriceListActionNames, action));
}

std::vector<std::string> PriceListActions(const PriceList& l, const auth::Actor& actor) {
  std::vector<std::string> out;
  if (actor.Can("price.set") && l.state != PriceListState::kClosed) {
    out.emplace_back("update");
  }
  doc::ActionContext c{l.version, l.version, false, false};
  for (PriceListAction a : doc::ActionsFor(kPriceListTransitions, l.state, actor, c)) {
    out.emplace_back(doc::NameOf(kPriceListActionNames, a));
  }
  return out;
}

Result<PriceListDetail> SetPriceLine(db::Tx& tx, const auth::Actor& actor, int64_t list_id,
                                     int64_t version, const LineInput& in,
                                     std::optional<int64_t> change_id) {
  SD_TRY_ASSIGN(PriceList list, OpenList(tx, list_id, version));
  std::vector<FieldError> errors;
  CheckPrice("unit_price", in.unit_price_e4, &errors);
  if (in.min_qty_e4 < 0) errors.push_back({"min_qty", "catalog.price.min_qty_negative", {}});
  SD_TRY_ASSIGN(auto product, store::ProductPriceFactsOf(tx, in.product_id));
  if (!product) errors.push_back({"product_id", "catalog.price.product_unknown", {}});
  SD_TRY(FieldsOk(std::move(errors)));
  SD_TRY_ASSIGN(std::vector<PriceLine> lines, store::LinesOf(tx, list_id));
  const PriceLine* existing = nullptr;
  for (const PriceLine& l : lines) {
    if (l.product_id == in.product_id && l.min_qty_e4 == in.min_qty_e4) existing = &l;
  }
  PriceLine line;
  line.list_id = list_id;
  line.product_id = in.product_id;
  line.min_qty_e4 = in.min_qty_e4;
  line.unit_price_e4 = in.unit_price_e4;
  std::optional<PriceLine> before;
  if (existing != nullptr) {
    before = *existing;
    line.id = existing->id;
    SD_TRY(store::UpdateLine(tx, line));
  } else {
    SD_TRY_ASSIGN(line.id, store::InsertLine(tx, line));
  }
  SD_TRY(audit::Record(tx, actor.audit, "price_line", line.id, before ? "update" : "create",
                       before ? std::optional(PriceLineSnapshot(*before)) : std::nullopt,
                       PriceLineSnapshot(line)));
  SD_TRY(RecordLineChange(tx, actor, list, line,
                          before ? std::optional(before->unit_price_e4) : std::nullopt,
                          line.unit_price_e4, change_id));
  return Touched(tx, actor, list);
}

Result<PriceListDetail> RemovePriceLine(db::Tx& tx, const auth::Actor& actor, int64_t list_id,
                                        int64_t version, int64_t line_id) {
  SD_TRY_ASSIGN(PriceList list, OpenList(tx, list_id, version));
  SD_TRY_ASSIGN(PriceLine line, Found(store::LoadLine(tx, line_id)));
  if (line.list_id != list_id) return Fail(Code::kNotFound, "common.not_found");
  SD_TRY(store::DeleteLine(tx, line_id));
  SD_TRY(audit::Record(tx, actor.audit, "price_line", line_id, "delete", PriceLineSnapshot(line),
                       std::nullopt));
  SD_TRY(RecordLineChange(tx, actor, list, line, line.unit_price_e4, std::nullopt, std::nullopt));
  return Touched(tx, actor, list);
}

}  // namespace sd::catalog
