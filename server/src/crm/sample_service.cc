#include "crm/sample_service.h"

#include <algorithm>

#include "base/record.h"
#include "base/text.h"
#include "crm/lead_service.h"
#include "crm/sample_store.h"
#include "crm/scope.h"

namespace sd::crm {
namespace {

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
  std::vector<SampleAction> out;
  for (const SampleTransition& t : kSampleTransitions) {
    if (t.from != s.state || !actor.Can(t.permission)) continue;
    const bool decision = t.action == SampleAction::kApprove || t.action == SampleAction::kReject;
    if (decision && IsOwnRequest(s, actor.staff_id)) continue;
    out.push_back(t.action);
  }
  return out;
}

Result<Sample> ActOnSample(db::Tx& tx, const auth::Actor& actor, int64_t id, SampleAction action,
                           const SampleStep& step) {
  SD_TRY_ASSIGN(Sample before, GetSample(tx, actor, id));
  if (before.version != step.version) return Fail(Code::kAborted, "common.version_conflict");
  const SampleTransition* t = FindSampleTransition(before.state, action);
  if (!t) {
    return Fail(Code::kFailedPrecondition, "crm.sample.action_not_allowed",
                {{"state", SampleStateName(before.state)}, {"action", SampleActionName(action)}});
  }
  if (!actor.Can(t->permission)) {
    return Fail(Code::kPermissionDenied, "auth.permission_denied",
                {{"permission", std::string(t->permission)}});
  }
  const bool decision = action == SampleAction::kApprove || action == SampleAction::kReject;
  if (decision && IsOwnRequest(before, actor.staff_id)) {
    return Fail(Code::kFailedPrecondition, "crm.sample.self_approval");
  }
  SD_TRY(CheckStep(action, step));
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
