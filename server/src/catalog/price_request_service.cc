#include "catalog/price_request_service.h"

#include "base/clock.h"
#include "base/record.h"
#include "base/text.h"
#include "catalog/price_service.h"
#include "doc/action.h"
#include "doc/approval_service.h"

namespace sd::catalog {
namespace {

constexpr doc::DecisionKeys kDecisionKeys{"catalog.price_request.action_not_allowed",
                                          "catalog.price_request.own_request"};
constexpr doc::ActionKeys kActionKeys{.not_allowed = "catalog.price_request.action_not_allowed"};

// The same account, or the same staff member under another account (doc::IsMaker's rule).
bool IsProposer(const PriceRequest& r, const auth::Actor& actor) {
  if (r.proposed_by_user_id == actor.user_id) return true;
  return r.proposed_by_staff_id && actor.staff_id && *r.proposed_by_staff_id == *actor.staff_id;
}

CustomerPriceInput CustomerPriceOf(const PriceRequestFields& f) {
  return {f.customer_id.value_or(0), f.product_id,   f.new_e4.value_or(0),
          f.effective_from,          f.effective_to, f.reason};
}

FloorInput FloorOf(const PriceRequestFields& f) {
  return {f.product_id, f.customer_kind, f.new_e4, f.effective_from};
}

// Checks the change as its direct use case would, and finds the price it replaces.
Result<std::optional<int64_t>> CheckAndFindOld(db::Tx& tx, const auth::Actor& actor,
                                               const PriceRequestFields& f) {
  std::vector<FieldError> errors;
  CheckTextField("reason", f.reason, kPriceReasonMax, false, &errors);
  if (!f.new_e4 && f.kind != RuleKind::kFloor) {
    errors.push_back({"new_price", "common.field.required", {}});
  }
  SD_TRY(FieldsOk(std::move(errors)));
  switch (f.kind) {
    case RuleKind::kCustomerPrice: {
      SD_TRY(CheckCustomerPriceInput(tx, actor, CustomerPriceOf(f)));
      SD_TRY_ASSIGN(PriceAnswer now,
                    PriceFor(tx, {*f.customer_id, f.product_id, 0, f.effective_from}));
      return now.unit_price_e4;
    }
    case RuleKind::kFloor: {
      SD_TRY(CheckFloorInput(tx, FloorOf(f)));
      SD_TRY_ASSIGN(std::vector<PriceFloor> floors, ListFloors(tx, f.product_id));
      std::vector<PriceFloor> own;
      for (const PriceFloor& x : floors) {
        if (x.customer_kind == f.customer_kind) own.push_back(x);
      }
      return PickFloor(own, f.customer_kind, f.effective_from);
    }
    case RuleKind::kListLine: {
      if (!f.list_id) return Fail(InvalidField("list_id", "common.field.required"));
      auto list = GetPriceList(tx, *f.list_id);
      if (!list) return Fail(InvalidField("list_id", "catalog.price_request.list_unknown"));
      if (list->list.state == PriceListState::kClosed) {
        return Fail(InvalidField("list_id", "catalog.price_list.closed"));
      }
      std::vector<FieldError> line_errors;
      CheckPrice("new_price", *f.new_e4, &line_errors);
      if (f.min_qty_e4 < 0) {
        line_errors.push_back({"min_qty", "catalog.price.min_qty_negative", {}});
      }
      SD_TRY(FieldsOk(std::move(line_errors)));
      for (const PriceLine& l : list->lines) {
        if (l.product_id == f.product_id && l.min_qty_e4 == f.min_qty_e4) {
          return std::optional<int64_t>(l.unit_price_e4);
        }
      }
      std::optional<int64_t> none;
      return none;
    }
  }
  return std::optional<int64_t>();
}

// Applies an approved request through the direct use case, recording the request in history.
Result<void> Apply(db::Tx& tx, const auth::Actor& actor, const PriceRequest& r) {
  switch (r.f.kind) {
    case RuleKind::kCustomerPrice:
      SD_TRY(SetCustomerPrice(tx, actor, CustomerPriceOf(r.f), r.id));
      return Ok();
    case RuleKind::kFloor:
      SD_TRY(SetFloor(tx, actor, FloorOf(r.f), r.id));
      return Ok();
    case RuleKind::kListLine: {
      SD_TRY_ASSIGN(PriceListDetail d, GetPriceList(tx, *r.f.list_id));
      SD_TRY(SetPriceLine(tx, actor, d.list.id, d.list.version,
                          {r.f.product_id, r.f.min_qty_e4, *r.f.new_e4}, r.id));
      return Ok();
    }
  }
  return Ok();
}

}  // namespace

Result<PriceRequest> ProposePriceChange(db::Tx& tx, const auth::Actor& actor,
                                        PriceRequestFields f) {
  if (f.kind == RuleKind::kListLine) f.effective_from = CompanyDay(actor.audit.at_us);
  SD_TRY_ASSIGN(std::optional<int64_t> old_e4, CheckAndFindOld(tx, actor, f));
  PriceRequest r;
  r.f = std::move(f);
  r.old_e4 = old_e4;
  r.proposed_by_user_id = actor.user_id;
  r.proposed_by_staff_id = actor.staff_id;
  r.proposed_by_name = actor.display_name;
  r.created_at_us = actor.audit.at_us;
  SD_TRY_ASSIGN(int64_t id, store::InsertPriceRequest(tx, r));
  SD_TRY(
      doc::OpenStep(tx, actor, {kPriceChangeDocType, id, doc::Decider::Permission("price.set")}));
  SD_TRY_ASSIGN(PriceRequest out, JustWritten(store::LoadPriceRequest(tx, id)));
  SD_TRY(audit::Record(tx, actor.audit, "price_request", id, "create", std::nullopt,
                       PriceRequestSnapshot(out)));
  return out;
}

Result<Page<PriceRequest>> ListPriceRequests(db::Tx& tx, const auth::Actor& actor,
                                             PriceRequestQuery q) {
  if (!actor.Can("price.set")) q.proposed_by_user_id = actor.user_id;
  return store::QueryPriceRequests(tx, q);
}

Result<PriceRequest> GetPriceRequest(db::Tx& tx, const auth::Actor& actor, int64_t id) {
  SD_TRY_ASSIGN(PriceRequest r, Found(store::LoadPriceRequest(tx, id)));
  if (!actor.Can("price.set") && !IsProposer(r, actor)) {
    return Fail(Code::kNotFound, "common.not_found");
  }
  if (r.f.customer_id) {
    SD_TRY(ListCustomerPrices(tx, actor, {r.f.customer_id, std::nullopt, nullptr, {1, 1}}));
  }
  return r;
}

Result<PriceRequest> ActOnPriceRequest(db::Tx& tx, const auth::Actor& actor, int64_t id,
                                       PriceRequestAction action, int64_t version,
                                       const std::string& note) {
  SD_TRY_ASSIGN(PriceRequest before, GetPriceRequest(tx, actor, id));
  doc::ActionContext c{before.version, version, IsProposer(before, actor), true};
  SD_TRY_ASSIGN(
      const PriceRequestTransition* t,
      doc::CheckAction(kPriceRequestTransitions, kPriceRequestStateNames, kPriceRequestActionNames,
                       before.state, action, actor, c, kActionKeys));
  std::vector<FieldError> errors;
  CheckTextField("note", note, kPriceReasonMax, false, &errors);
  SD_TRY(FieldsOk(std::move(errors)));
  SD_TRY_ASSIGN(doc::ApprovalStep step,
                doc::PendingStep(tx, kPriceChangeDocType, id, kDecisionKeys.not_pending));
  if (action == PriceRequestAction::kWithdraw) {
    SD_TRY(doc::Withdraw(tx, actor, step, note, kDecisionKeys));
  } else {
    SD_TRY(doc::RequireDecider(step, actor, kDecisionKeys));
    SD_TRY(doc::Decide(tx, actor, step,
                       action == PriceRequestAction::kApprove ? doc::ApprovalAction::kApprove
                                                              : doc::ApprovalAction::kReject,
                       note, kDecisionKeys));
  }
  PriceRequest after = before;
  after.state = t->to;
  if (action != PriceRequestAction::kWithdraw) after.decided_by_name = actor.display_name;
  after.decided_at_us = actor.audit.at_us;
  after.decision_note = note;
  if (action == PriceRequestAction::kApprove) SD_TRY(Apply(tx, actor, before));
  SD_TRY_ASSIGN(bool ok, store::UpdatePriceRequest(tx, after, actor.audit.at_us));
  if (!ok) return Fail(Code::kAborted, "common.version_conflict");
  SD_TRY_ASSIGN(PriceRequest out, JustWritten(store::LoadPriceRequest(tx, id)));
  SD_TRY(audit::Record(tx, actor.audit, "price_request", id,
                       doc::NameOf(kPriceRequestActionNames, action), PriceRequestSnapshot(before),
                       PriceRequestSnapshot(out)));
  return out;
}

std::vector<std::string> PriceRequestActions(const PriceRequest& r, const auth::Actor& actor) {
  const bool own = IsProposer(r, actor);
  doc::ActionContext c{r.version, r.version, own, !own};
  std::vector<std::string> out;
  for (PriceRequestAction a : doc::ActionsFor(kPriceRequestTransitions, r.state, actor, c)) {
    out.emplace_back(doc::NameOf(kPriceRequestActionNames, a));
  }
  return out;
}

Result<std::vector<PriceRequest>> PriceRequestsToDecide(db::Tx& tx, const auth::Actor& actor) {
  SD_TRY_ASSIGN(std::vector<doc::ApprovalStep> steps,
                doc::StepsToDecide(tx, actor, kPriceChangeDocType));
  std::vector<PriceRequest> out;
  for (const doc::ApprovalStep& s : steps) {
    auto r = GetPriceRequest(tx, actor, s.doc_id);
    if (r) out.push_back(std::move(*r));  // a customer out of the decider's scope stays out
  }
  return out;
}

}  // namespace sd::catalog
