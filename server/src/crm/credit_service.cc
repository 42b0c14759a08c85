#include "crm/credit_service.h"

#include <algorithm>
#include <tuple>

#include "audit/audit.h"
#include "base/text.h"
#include "crm/credit_store.h"
#include "crm/customer.h"
#include "crm/customer_store.h"
#include "crm/scope.h"
#include "doc/action.h"
#include "doc/approval_service.h"

namespace sd::crm {
namespace {

// The refusals keep the keys the API had before approvals moved to doc.
constexpr doc::DecisionKeys kDecisionKeys{"crm.credit.not_proposed", "crm.credit.self_approval"};

audit::Snapshot RatingSnapshot(const CreditRatingRecord& k) {
  return {{"credit_rating_id", k.id},
          {"rating", k.rating},
          {"credit_limit_fen", audit::OrNull(k.credit_limit_fen)},
          {"credit_days", audit::OrNull(k.credit_days)},
          {"reason", k.reason},
          {"state", std::string(doc::NameOf(kCreditStates, k.state))},
          {"note", k.decision_note}};
}

Result<CreditRatingRecord> Load(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(auto k, store::LoadCreditRating(tx, id));
  if (!k) return Fail(Code::kNotFound, "common.not_found");
  return std::move(*k);
}

}  // namespace

Result<std::vector<CreditRatingRecord>> ListCreditRatings(db::Tx& tx, const auth::Actor& actor,
                                                          int64_t customer_id) {
  SD_TRY_ASSIGN(CustomerScope scope, ScopeOf(tx, actor));
  SD_TRY(RequireVisibleCustomer(tx, scope, customer_id));
  return store::QueryCreditRatings(tx, {customer_id, std::nullopt});
}

Result<std::vector<CreditRatingRecord>> PendingCreditRatings(db::Tx& tx, const auth::Actor& actor) {
  SD_TRY_ASSIGN(CustomerScope scope, ScopeOf(tx, actor));
  // The steps the actor may decide (never their own), then the customers in their scope.
  SD_TRY_ASSIGN(auto steps, doc::StepsToDecide(tx, actor, kCreditDocType));
  std::vector<CreditRatingRecord> out;
  for (const doc::ApprovalStep& step : steps) {
    SD_TRY_ASSIGN(auto k, store::LoadCreditRating(tx, step.doc_id));
    if (!k) continue;
    SD_TRY_ASSIGN(auto head, store::LoadCustomerHead(tx, k->customer_id));
    if (head && Sees(scope, head->owner_staff_id, head->support_staff_id)) {
      out.push_back(std::move(*k));
    }
  }
  // Newest first, as the list was before steps.
  std::sort(out.begin(), out.end(), [](const CreditRatingRecord& a, const CreditRatingRecord& b) {
    return std::tie(a.proposed_at_us, a.id) > std::tie(b.proposed_at_us, b.id);
  });
  return out;
}

Result<CreditRatingRecord> ProposeCreditRating(db::Tx& tx, const auth::Actor& actor,
                                               int64_t customer_id, const NewCreditRating& r) {
  if (!actor.Can("customer.credit_propose") && !actor.Can("customer.credit_approve")) {
    return Fail(Code::kPermissionDenied, "auth.permission_denied",
                {{"permission", "customer.credit_propose"}});
  }
  SD_TRY_ASSIGN(CustomerScope scope, ScopeOf(tx, actor));
  SD_TRY(RequireVisibleCustomer(tx, scope, customer_id));
  std::vector<FieldError> errors;
  CreditRating rating{};
  if (!ParseCreditRating(r.rating, &rating)) {
    errors.push_back({"rating", "common.field.invalid_choice", {{"choices", "A, B, C, D"}}});
  }
  if (r.credit_limit_fen && (*r.credit_limit_fen < 0 || *r.credit_limit_fen > kCreditLimitFenMax)) {
    errors.push_back({"credit_limit", "common.field.out_of_range", {}});
  }
  if (r.credit_days && (*r.credit_days < 0 || *r.credit_days > kCreditDaysMax)) {
    errors.push_back({"credit_days", "common.field.out_of_range", {}});
  }
  CheckTextField("reason", r.reason, 1000, false, &errors);
  SD_TRY(FieldsOk(std::move(errors)));
  CreditRatingRecord k;
  k.customer_id = customer_id;
  k.rating = r.rating;
  k.credit_limit_fen = r.credit_limit_fen;
  k.credit_days = r.credit_days;
  k.reason = r.reason;
  k.proposed_by_staff_id = actor.staff_id;
  k.proposed_by_user_id = actor.user_id;
  k.proposed_at_us = actor.audit.at_us;
  SD_TRY_ASSIGN(int64_t id, store::InsertCreditRating(tx, k));
  SD_TRY(doc::OpenStep(tx, actor,
                       {kCreditDocType, id, doc::Decider::Permission("customer.credit_approve")}));
  SD_TRY_ASSIGN(CreditRatingRecord saved, Load(tx, id));
  SD_TRY(audit::Record(tx, actor.audit, "customer", customer_id, "credit_propose", std::nullopt,
                       RatingSnapshot(saved)));
  return saved;
}

Result<CreditRatingRecord> DecideCreditRating(db::Tx& tx, const auth::Actor& actor, int64_t id,
                                              bool approve, int64_t version,
                                              const std::string& note) {
  SD_TRY_ASSIGN(CreditRatingRecord k, Load(tx, id));
  SD_TRY_ASSIGN(CustomerScope scope, ScopeOf(tx, actor));
  SD_TRY(RequireVisibleCustomer(tx, scope, k.customer_id));
  const CreditAction action = approve ? CreditAction::kApprove : CreditAction::kReject;
  SD_TRY_ASSIGN(const auto* t, doc::CheckAction(kCreditTransitions, kCreditStates, kCreditActions,
                                                k.state, action, actor, {k.version, version},
                                                {.not_allowed = kDecisionKeys.not_pending}));
  SD_TRY_ASSIGN(doc::ApprovalStep step,
                doc::PendingStep(tx, kCreditDocType, id, kDecisionKeys.not_pending));
  SD_TRY(doc::RequireDecider(step, actor, kDecisionKeys));
  std::vector<FieldError> errors;
  CheckTextField("note", note, 1000, false, &errors);
  SD_TRY(FieldsOk(std::move(errors)));
  SD_TRY(doc::Decide(tx, actor, step,
                     approve ? doc::ApprovalAction::kApprove : doc::ApprovalAction::kReject, note,
                     kDecisionKeys));
  const std::string name = actor.staff_name.empty() ? actor.display_name : actor.staff_name;
  SD_TRY_ASSIGN(bool decided,
                store::DecideCreditRating(tx, id, version, doc::NameOf(kCreditStates, t->to),
                                          actor.user_id, name, note, actor.audit.at_us));
  if (!decided) return Fail(Code::kAborted, "common.version_conflict");
  if (approve) {
    SD_TRY(store::SetCredit(tx, k.customer_id, k.rating, k.credit_limit_fen, k.credit_days,
                            actor.audit.at_us));
  }
  SD_TRY_ASSIGN(CreditRatingRecord after, Load(tx, id));
  SD_TRY(audit::Record(tx, actor.audit, "customer", k.customer_id,
                       approve ? "credit_approve" : "credit_reject", RatingSnapshot(k),
                       RatingSnapshot(after)));
  return after;
}

}  // namespace sd::crm
