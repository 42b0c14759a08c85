#include "crm/sample_service.h"

#include <algorithm>

#include "base/record.h"
#include "base/text.h"
#include "crm/lead_service.h"
#include "crm/sample_store.h"
#include "crm/scope.h"
#include "doc/action.h"
#include "doc/approval_service.h"

namespace sd::crm {
namespace {

// The refusals keep the keys the API had before approvals moved to doc.
constexpr doc::DecisionKeys kDecisionKeys{"crm.sample.action_not_allowed",
                                          "crm.sample.self_approval"};
constexpr doc::ActionKeys kActionKeys{.not_allowed = "crm.sample.action_not_allowed"};

bool RequesterInScope(const CustomerScope& scope, const Sample& s) {
  if (scope.all) return true;
  if (!s.requested_by_staff_id) return false;
  return s.requested_by_staff_id == scope.self_staff_id ||
         std::binary_search(scope.owner_ids.begin(), scope.owner_ids.end(),
                            *s.requested_by_staff_id);
}

Result<void> CheckStep(SampleAction action, const SampleStep& step) {
  std::vector<FieldError> errors;
  if (action == SampleAction::kShip) {
    CheckTextField("courier", step.courier, kSampleTextMax, true, &errors);
    CheckTextField("tracking_no", step.tracking_no, kSampleTextMax, true, &errors);
    if (step.shipped_on.empty()) {
      errors.push_back({"shipped_on", "common.field.required", {}});
    } else if (!ParseIsoDate(step.shipped_on)) {
      errors.push_back({"shipped_on", "common.field.invalid_date", {}});
    }
  } else if (action == SampleAction::kFeedback) {
    CheckTextField("feedback", step.feedback, kSampleNotesMax, true, &errors);
  } else {
    CheckTextField("note", step.note, kSampleNotesMax, false, &errors);
  }
  return FieldsOk(std::move(errors));
}

}  // namespace

Result<Sample> RequestSample(db::Tx& tx, const auth::Actor& actor, int64_t inquiry_id,
                             const SampleFields& f) {
  SD_TRY_ASSIGN(Lead inquiry, GetLead(tx, actor, LeadKind::kInquiry, inquiry_id));
  // The self-approval rule compares staff members: a request needs one.
  if (!actor.staff_id) return Fail(Code::kFailedPrecondition, "crm.sample.no_staff");
  if (inquiry.state == LeadState::kDiscarded) {
    return Fail(Code::kFailedPrecondition, "crm.lead.closed",
                {{"state", LeadStateName(inquiry.state)}});
  }
  std::vector<FieldError> errors;
  CheckSampleFields(f, &errors);
  SD_TRY(FieldsOk(std::move(errors)));
  Sample s;
  s.lead_id = inquiry.id;
  s.customer_id = inquiry.customer_id;
  s.requested_by_staff_id = actor.staff_id;
  s.f = f;
  s.created_at_us = actor.audit.at_us;
  SD_TRY_ASSIGN(int64_t id, store::InsertSample(tx, s));
  SD_TRY(
      doc::OpenStep(tx, actor, {kSampleDocType, id, doc::Decider::Permission("sample.approve")}));
  SD_TRY_ASSIGN(Sample out, JustWritten(store::LoadSample(tx, id)));
  SD_TRY(audit::Record(tx, actor.audit, "sample", id, "create", std::nullopt, SampleSnapshot(out)));
  return out;
}

Result<std::vector<Sample>> ListSamples(db::Tx& tx, const auth::Actor& actor,
                                        const SampleQuery& q) {
  SampleState state{};
  if (q.state && !ParseSampleState(*q.state, &state)) {
    return InvalidField("state", "common.field.invalid_choice",
                        {{"choices", "requested, approved, rejected, shipped, feedback"}});
  }
  store::SampleFilter f{q.inquiry_id, q.state, std::nullopt};
  if (q.inquiry_id) {
    SD_TRY(GetLead(tx, actor, LeadKind::kInquiry, *q.inquiry_id));
    return store::ListSamples(tx, f);
  }
  SD_TRY_ASSIGN(CustomerScope scope, ScopeOf(tx, actor));
  if (!scope.all) {
    std::vector<int64_t> ids = scope.owner_ids;
    if (scope.self_staff_id) ids.push_back(*scope.self_staff_id);
    f.requesters = std::move(ids);
  }
  return store::ListSamples(tx, f);
}

Result<Sample> GetSample(db::Tx& tx, const auth::Actor& actor, int64_t id) {
  SD_TRY_ASSIGN(Sample s, Found(store::LoadSample(tx, id)));
  SD_TRY_ASSIGN(CustomerScope scope, ScopeOf(tx, actor));
  if (RequesterInScope(scope, s)) return s;
  if (!s.lead_id) return Fail(Code::kNotFound, "common.not_found");
  SD_TRY(GetLead(tx, actor, LeadKind::kInquiry, *s.lead_id));
  return s;
}

std::vector<SampleAction> SampleActionsFor(const auth::Actor& actor, const Sample& s) {
  // The step's maker is the requester: their own request is not theirs to decide.
  return doc::ActionsFor(kSampleTransitions, s.state, actor,
                         {.may_approve = !IsOwnRequest(s, actor.staff_id)});
}

Result<Sample> ActOnSample(db::Tx& tx, const auth::Actor& actor, int64_t id, SampleAction action,
                           const SampleStep& step) {
  SD_TRY_ASSIGN(Sample before, GetSample(tx, actor, id));
  SD_TRY_ASSIGN(const auto* t,
                doc::CheckAction(kSampleTransitions, kSampleStates, kSampleActions, before.state,
                                 action, actor, {before.version, step.version}, kActionKeys));
  const bool decision = t->who == doc::Who::kApprover;
  if (decision && IsOwnRequest(before, actor.staff_id)) {
    return Fail(Code::kFailedPrecondition, std::string(kDecisionKeys.own_step));
  }
  std::optional<doc::ApprovalStep> approval;
  if (decision) {
    SD_TRY_ASSIGN(approval, doc::PendingStep(tx, kSampleDocType, id, kDecisionKeys.not_pending));
    SD_TRY(doc::RequireDecider(*approval, actor, kDecisionKeys));
  }
  SD_TRY(CheckStep(action, step));
  if (approval) {
    SD_TRY(doc::Decide(tx, actor, *approval,
                       action == SampleAction::kApprove ? doc::ApprovalAction::kApprove
                                                        : doc::ApprovalAction::kReject,
                       step.note, kDecisionKeys));
  }
  Sample after = before;
  after.state = t->to;
  if (decision) {
    after.decided_by_user_id = actor.user_id;
    after.decided_by_name = actor.display_name;
    after.decided_at_us = actor.audit.at_us;
    after.decision_note = step.note;
  } else if (action == SampleAction::kShip) {
    after.courier = step.courier;
    after.tracking_no = step.tracking_no;
    after.shipped_on = step.shipped_on;
  } else {
    after.feedback = step.feedback;
  }
  SD_TRY_ASSIGN(bool ok, store::UpdateSample(tx, after, before.version));
  if (!ok) return Fail(Code::kAborted, "common.version_conflict");
  SD_TRY_ASSIGN(Sample out, JustWritten(store::LoadSample(tx, id)));
  SD_TRY(audit::Record(tx, actor.audit, "sample", id, SampleActionName(action),
                       SampleSnapshot(before), SampleSnapshot(out)));
  return out;
}

}  // namespace sd::crm
