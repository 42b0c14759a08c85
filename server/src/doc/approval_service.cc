#include "doc/approval_service.h"

#include "doc/approval_store.h"
#include "org/staff_store.h"

namespace sd::doc {
namespace {

std::string ActorName(const auth::Actor& actor) {
  return actor.staff_name.empty() ? actor.display_name : actor.staff_name;
}

}  // namespace

Result<ApprovalStep> OpenStep(db::Tx& tx, const auth::Actor& actor, const StepRequest& r) {
  ApprovalStep s;
  s.doc_type = std::string(r.doc_type);
  s.doc_id = r.doc_id;
  s.decider = r.decider;
  s.maker_user_id = actor.user_id;
  s.maker_staff_id = actor.staff_id;
  s.created_at_us = actor.audit.at_us;
  if (s.decider.kind == DeciderKind::kSuperior) {
    // The superior when the step opens decides it, even if the reporting line changes later.
    if (!actor.staff_id) return Fail(Code::kFailedPrecondition, "doc.approval.no_superior");
    SD_TRY_ASSIGN(auto maker, org::store::LoadStaff(tx, *actor.staff_id));
    if (!maker || !maker->f.superior_staff_id) {
      return Fail(Code::kFailedPrecondition, "doc.approval.no_superior");
    }
    s.decider.staff_id = maker->f.superior_staff_id;
  }
  SD_TRY_ASSIGN(s.id, store::InsertStep(tx, s));
  return s;
}

Result<ApprovalStep> PendingStep(db::Tx& tx, std::string_view doc_type, int64_t doc_id,
                                 std::string_view not_pending_key) {
  SD_TRY_ASSIGN(std::vector<ApprovalStep> steps, store::StepsOf(tx, doc_type, doc_id));
  for (ApprovalStep& s : steps) {
    if (s.state == ApprovalState::kPending) return std::move(s);
  }
  return Fail(Code::kFailedPrecondition, std::string(not_pending_key));
}

Result<void> RequireDecider(const ApprovalStep& s, const auth::Actor& actor,
                            const DecisionKeys& keys) {
  if (s.state != ApprovalState::kPending) {
    return Fail(Code::kFailedPrecondition, std::string(keys.not_pending));
  }
  if (IsMaker(s, actor)) return Fail(Code::kFailedPrecondition, std::string(keys.own_step));
  if (!NamedDecider(s, actor)) {
    return Fail(Code::kPermissionDenied, "doc.approval.not_decider",
                {{"decider", std::string(NameOf(kDeciderKinds, s.decider.kind))}});
  }
  return {};
}

Result<ApprovalStep> Decide(db::Tx& tx, const auth::Actor& actor, const ApprovalStep& s,
                            ApprovalAction action, const std::string& note,
                            const DecisionKeys& keys) {
  SD_TRY(RequireDecider(s, actor, keys));
  const auto* t = Find(kApprovalTransitions, s.state, action);
  if (t == nullptr) return Fail(Code::kFailedPrecondition, std::string(keys.not_pending));
  ApprovalStep d = s;
  d.state = t->to;
  d.decided_by_user_id = actor.user_id;
  d.decided_by_staff_id = actor.staff_id;
  d.decided_by_name = ActorName(actor);
  d.decided_at_us = actor.audit.at_us;
  d.note = note;
  SD_TRY_ASSIGN(bool written, store::WriteDecision(tx, d, s.version));
  if (!written) return Fail(Code::kAborted, "common.version_conflict");
  d.version = s.version + 1;
  return d;
}

Result<ApprovalStep> Withdraw(db::Tx& tx, const auth::Actor& actor, const ApprovalStep& s,
                              const std::string& note, const DecisionKeys& keys) {
  const auto* t = Find(kApprovalTransitions, s.state, ApprovalAction::kWithdraw);
  if (t == nullptr) return Fail(Code::kFailedPrecondition, std::string(keys.not_pending));
  if (!IsMaker(s, actor)) return Fail(Code::kPermissionDenied, "doc.approval.not_maker");
  ApprovalStep d = s;
  d.state = t->to;
  d.decided_by_user_id.reset();
  d.decided_by_staff_id.reset();
  d.decided_by_name.clear();
  d.decided_at_us = actor.audit.at_us;
  d.note = note;
  SD_TRY_ASSIGN(bool written, store::WriteDecision(tx, d, s.version));
  if (!written) return Fail(Code::kAborted, "common.version_conflict");
  d.version = s.version + 1;
  return d;
}

Result<std::vector<ApprovalStep>> StepsToDecide(db::Tx& tx, const auth::Actor& actor,
                                                std::string_view doc_type) {
  SD_TRY_ASSIGN(std::vector<ApprovalStep> pending, store::PendingSteps(tx, doc_type));
  std::vector<ApprovalStep> out;
  for (ApprovalStep& s : pending) {
    if (MayDecide(s, actor)) out.push_back(std::move(s));
  }
  return out;
}

Result<std::vector<ApprovalStep>> StepsOf(db::Tx& tx, std::string_view doc_type, int64_t doc_id) {
  return store::StepsOf(tx, doc_type, doc_id);
}

}  // namespace sd::doc
