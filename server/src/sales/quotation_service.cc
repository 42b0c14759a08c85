#include "sales/quotation_service.h"

#include <algorithm>

#include "base/record.h"
#include "base/text.h"
#include "crm/scope.h"
#include "doc/action.h"
#include "doc/approval_service.h"
#include "doc/number.h"
#include "sales/quotation_build.h"

namespace sd::sales {
namespace {

constexpr doc::ActionKeys kActionKeys{.not_allowed = "sales.quotation.action_not_allowed"};
constexpr doc::DecisionKeys kDecisionKeys{"sales.quotation.action_not_allowed",
                                          "sales.quotation.own_approval"};
constexpr doc::NumberSeries kSeries{kQuotationDocType, kQuotationPrefix};

bool IsOwner(const Quotation& q, const auth::Actor& actor) {
  return q.maker_user_id == actor.user_id || (actor.staff_id && q.owner_staff_id == actor.staff_id);
}

bool InScope(const crm::CustomerScope& s, const Quotation& q, const auth::Actor& actor) {
  if (s.all || q.maker_user_id == actor.user_id) return true;
  if (!q.owner_staff_id) return false;
  return q.owner_staff_id == s.self_staff_id ||
         std::binary_search(s.owner_ids.begin(), s.owner_ids.end(), *q.owner_staff_id);
}

// The pending below-floor step, when the quotation awaits one.
Result<std::optional<doc::ApprovalStep>> Pending(db::Tx& tx, const Quotation& q) {
  if (q.state != QuotationState::kSubmitted) return std::optional<doc::ApprovalStep>();
  SD_TRY_ASSIGN(doc::ApprovalStep s,
                doc::PendingStep(tx, kQuotationDocType, q.id, kDecisionKeys.not_pending));
  return std::optional<doc::ApprovalStep>(std::move(s));
}

// Writes after over before and audits `action`.
Result<Quotation> Save(db::Tx& tx, const auth::Actor& actor, const Quotation& before,
                       const Quotation& after, bool write_lines, std::string_view action) {
  SD_TRY_ASSIGN(bool ok,
                store::UpdateQuotation(tx, after, before.version, write_lines, actor.audit.at_us));
  if (!ok) return Fail(Code::kAborted, "common.version_conflict");
  SD_TRY_ASSIGN(Quotation out, JustWritten(store::LoadQuotation(tx, before.id)));
  SD_TRY(audit::Record(tx, actor.audit, "quotation", out.id, action, QuotationSnapshot(before),
                       QuotationSnapshot(out)));
  return out;
}

// The below-floor step: the maker's superior decides (the seeds give the price floor to line
// management and grant price.below_floor to no position); a maker without one goes to the
// holders of price.below_floor. Never the maker (doc approvals).
Result<void> OpenFloorStep(db::Tx& tx, const auth::Actor& actor, int64_t id) {
  Result<doc::ApprovalStep> s =
      doc::OpenStep(tx, actor, {kQuotationDocType, id, doc::Decider::Superior()});
  if (s) return Ok();
  if (s.error().key != "doc.approval.no_superior") return Fail(std::move(s).error());
  SD_TRY(doc::OpenStep(tx, actor,
                       {kQuotationDocType, id, doc::Decider::Permission("price.below_floor")}));
  return Ok();
}

Result<void> RequireValid(const Quotation& q, const std::string& today) {
  if (q.valid_until < today) {
    return Fail(Code::kFailedPrecondition, "sales.quotation.validity_past",
                {{"date", q.valid_until}});
  }
  return Ok();
}

// The state change of `action` beyond the table: number, approval step, dates, notes.
Result<void> Apply(db::Tx& tx, const auth::Actor& actor, QuotationAction action,
                   const QuotationStep& step, const std::string& today, Quotation* q) {
  switch (action) {
    case QuotationAction::kSubmit: {
      SD_TRY(RequireValid(*q, today));
      if (!q->number) {
        SD_TRY_ASSIGN(doc::IssuedNumber n, doc::TakeNumber(tx, kSeries, q->id, actor.audit.at_us));
        q->number = n.number;
      }
      const bool needs = NeedsFloorApproval(q->lines, actor.Can("price.below_floor"));
      if (needs) SD_TRY(OpenFloorStep(tx, actor, q->id));
      q->state = QuotationAfterSubmit(needs);
      q->decision_note.clear();
      return Ok();
    }
    case QuotationAction::kSend:
      SD_TRY(RequireValid(*q, today));
      q->sent_on = today;
      return Ok();
    case QuotationAction::kAccept:
      SD_TRY(RequireValid(*q, today));
      q->decision_note = step.note;
      return Ok();
    default:
      q->decision_note = step.note;
      return Ok();
  }
}

}  // namespace

Result<Page<Quotation>> ListQuotations(db::Tx& tx, const auth::Actor& actor,
                                       const QuotationFilter& f, const PageRequest& page) {
  std::vector<FieldError> errors;
  if (f.from && !ParseIsoDate(*f.from)) errors.push_back({"from", "common.field.invalid_date", {}});
  if (f.to && !ParseIsoDate(*f.to)) errors.push_back({"to", "common.field.invalid_date", {}});
  SD_TRY(FieldsOk(std::move(errors)));
  SD_TRY_ASSIGN(crm::CustomerScope s, crm::ScopeOf(tx, actor));
  std::optional<store::QuotationScope> scope;
  if (!s.all) {
    scope.emplace();
    scope->owner_ids = s.owner_ids;
    if (s.self_staff_id) scope->owner_ids.push_back(*s.self_staff_id);
    scope->maker_user_id = actor.user_id;
  }
  return store::QueryQuotations(tx, f, scope, page);
}

Result<Quotation> GetQuotation(db::Tx& tx, const auth::Actor& actor, int64_t id) {
  SD_TRY_ASSIGN(Quotation q, Found(store::LoadQuotation(tx, id)));
  SD_TRY_ASSIGN(crm::CustomerScope scope, crm::ScopeOf(tx, actor));
  if (InScope(scope, q, actor)) return q;
  // Whoever the pending step names reads what they decide.
  SD_TRY_ASSIGN(std::optional<doc::ApprovalStep> step, Pending(tx, q));
  if (step && doc::MayDecide(*step, actor)) return q;
  return Fail(Code::kNotFound, "common.not_found");
}

Result<Quotation> CreateQuotation(db::Tx& tx, const auth::Actor& actor, const QuotationFields& f,
                                  const std::string& today) {
  Quotation q;
  q.maker_user_id = actor.user_id;
  SD_TRY_ASSIGN(q, BuildQuotation(tx, actor, std::move(q), f, today));
  SD_TRY_ASSIGN(int64_t id, store::InsertQuotation(tx, q, actor.audit.at_us));
  SD_TRY_ASSIGN(Quotation out, JustWritten(store::LoadQuotation(tx, id)));
  SD_TRY(audit::Record(tx, actor.audit, "quotation", id, "create", std::nullopt,
                       QuotationSnapshot(out)));
  return out;
}

Result<Quotation> UpdateQuotation(db::Tx& tx, const auth::Actor& actor, int64_t id, int64_t version,
                                  const QuotationFields& f, const std::string& today) {
  SD_TRY_ASSIGN(Quotation before, GetQuotation(tx, actor, id));
  if (before.version != version) return Fail(Code::kAborted, "common.version_conflict");
  if (before.state != QuotationState::kDraft) {
    return Fail(Code::kFailedPrecondition, "sales.quotation.not_draft",
                {{"state", std::string(QuotationStateName(before.state))}});
  }
  if (!IsOwner(before, actor)) return Fail(Code::kPermissionDenied, "doc.not_owner");
  SD_TRY_ASSIGN(Quotation after, BuildQuotation(tx, actor, before, f, today));
  return Save(tx, actor, before, after, true, "update");
}

Result<Quotation> ActOnQuotation(db::Tx& tx, const auth::Actor& actor, int64_t id,
                                 QuotationAction action, const QuotationStep& step,
                                 const std::string& today) {
  SD_TRY_ASSIGN(Quotation before, GetQuotation(tx, actor, id));
  if (action == QuotationAction::kExpire) {
    return Fail(Code::kFailedPrecondition, std::string(kActionKeys.not_allowed),
                {{"state", std::string(QuotationStateName(before.state))}, {"action", "expire"}});
  }
  doc::ActionContext c{before.version, step.version, IsOwner(before, actor), false};
  SD_TRY_ASSIGN(const QuotationTransition* t,
                doc::CheckAction(kQuotationTransitions, kQuotationStates, kQuotationActions,
                                 before.state, action, actor, c, kActionKeys));
  Quotation after = before;
  after.state = t->to;
  if (action == QuotationAction::kWithdraw) {
    SD_TRY_ASSIGN(doc::ApprovalStep s,
                  doc::PendingStep(tx, kQuotationDocType, id, kDecisionKeys.not_pending));
    SD_TRY(doc::Withdraw(tx, actor, s, step.note, kDecisionKeys));
  } else if (t->who == doc::Who::kApprover) {
    SD_TRY_ASSIGN(doc::ApprovalStep s,
                  doc::PendingStep(tx, kQuotationDocType, id, kDecisionKeys.not_pending));
    SD_TRY(doc::Decide(tx, actor, s,
                       action == QuotationAction::kApprove ? doc::ApprovalAction::kApprove
                                                           : doc::ApprovalAction::kReject,
                       step.note, kDecisionKeys));
  }
  SD_TRY(Apply(tx, actor, action, step, today, &after));
  return Save(tx, actor, before, after, false, QuotationActionName(action));
}

Result<std::vector<std::string>> QuotationActions(db::Tx& tx, const auth::Actor& actor,
                                                  const Quotation& q) {
  std::vector<std::string> out;
  const bool owner = IsOwner(q, actor);
  if (q.state == QuotationState::kDraft && owner && actor.Can("quotation.write")) {
    out.emplace_back("update");
  }
  SD_TRY_ASSIGN(std::optional<doc::ApprovalStep> step, Pending(tx, q));
  doc::ActionContext c{q.version, q.version, owner, step && doc::MayDecide(*step, actor)};
  for (QuotationAction a : doc::ActionsFor(kQuotationTransitions, q.state, actor, c)) {
    if (a != QuotationAction::kExpire) out.emplace_back(QuotationActionName(a));
  }
  return out;
}

Result<int64_t> ExpireQuotations(db::Tx& tx, int64_t now_us, const std::string& today) {
  audit::Context system;
  system.user_login = "system";
  system.client_addr = "job";
  system.at_us = now_us;
  SD_TRY_ASSIGN(std::vector<int64_t> ids, store::SentPastValidity(tx, today, 1000));
  for (int64_t id : ids) {
    SD_TRY_ASSIGN(Quotation before, JustWritten(store::LoadQuotation(tx, id)));
    const QuotationTransition* t =
        doc::Find(kQuotationTransitions, before.state, QuotationAction::kExpire);
    SD_ASSERT(t != nullptr, "SentPastValidity lists sent quotations, which may expire");
    Quotation after = before;
    after.state = t->to;
    SD_TRY_ASSIGN(bool ok, store::UpdateQuotation(tx, after, before.version, false, now_us));
    if (!ok) return Fail(Code::kAborted, "common.version_conflict");
    SD_TRY_ASSIGN(Quotation out, JustWritten(store::LoadQuotation(tx, id)));
    SD_TRY(audit::Record(tx, system, "quotation", id, "expire", QuotationSnapshot(before),
                         QuotationSnapshot(out)));
  }
  return static_cast<int64_t>(ids.size());
}

}  // namespace sd::sales
