#include "crm/follow_up_service.h"

#include <algorithm>

#include "base/record.h"
#include "base/text.h"
#include "crm/customer_store.h"
#include "crm/follow_up_store.h"
#include "crm/scope.h"

namespace sd::crm {
namespace {

bool StaffInScope(const CustomerScope& s, int64_t staff_id) {
  if (s.all || s.self_staff_id == staff_id) return true;
  return std::binary_search(s.owner_ids.begin(), s.owner_ids.end(), staff_id);
}

// The contact, when given, must belong to the customer.
Result<void> CheckContact(db::Tx& tx, std::optional<int64_t> contact_id, int64_t customer_id,
                          std::vector<FieldError>* errors) {
  if (!contact_id) return Ok();
  SD_TRY_ASSIGN(bool ok, store::ContactOfCustomer(tx, *contact_id, customer_id));
  if (!ok) errors->push_back({"contact_id", "crm.follow_up.contact_unknown", {}});
  return Ok();
}

Result<Plan> LoadVisiblePlan(db::Tx& tx, const CustomerScope& scope, int64_t id) {
  SD_TRY_ASSIGN(Plan plan, Found(store::LoadPlan(tx, id)));
  if (!StaffInScope(scope, plan.f.staff_id)) {
    SD_TRY(RequireVisibleCustomer(tx, scope, plan.f.customer_id));
  }
  return plan;
}

}  // namespace

Result<std::vector<Plan>> ListPlans(db::Tx& tx, const auth::Actor& actor, const PlanQuery& q) {
  std::vector<FieldError> errors;
  if (q.from && !ParseIsoDate(*q.from)) errors.push_back({"from", "common.field.invalid_date", {}});
  if (q.to && !ParseIsoDate(*q.to)) errors.push_back({"to", "common.field.invalid_date", {}});
  FollowUpKind kind{};
  if (q.kind && !ParseFollowUpKind(*q.kind, &kind)) {
    errors.push_back({"kind", "common.field.invalid_choice", {{"choices", "visit, call"}}});
  }
  PlanState state{};
  if (q.state && !ParsePlanState(*q.state, &state)) {
    errors.push_back(
        {"state", "common.field.invalid_choice", {{"choices", "planned, done, cancelled"}}});
  }
  SD_TRY(FieldsOk(std::move(errors)));
  SD_TRY_ASSIGN(CustomerScope scope, ScopeOf(tx, actor));
  store::PlanFilter f{std::nullopt, q.customer_id, q.from, q.to, q.kind, q.state};
  if (q.customer_id) SD_TRY(RequireVisibleCustomer(tx, scope, *q.customer_id));
  if (q.staff_id) {
    if (!StaffInScope(scope, *q.staff_id)) return std::vector<Plan>{};
    f.staff_ids = std::vector<int64_t>{*q.staff_id};
  } else if (!scope.all && !q.customer_id) {
    std::vector<int64_t> ids = scope.owner_ids;
    if (scope.self_staff_id) ids.push_back(*scope.self_staff_id);
    f.staff_ids = std::move(ids);
  }
  return store::ListPlans(tx, f);
}

Result<Plan> CreatePlan(db::Tx& tx, const auth::Actor& actor, PlanFields f) {
  std::vector<FieldError> errors;
  CheckPlanFields(f, &errors);
  SD_TRY_ASSIGN(CustomerScope scope, ScopeOf(tx, actor));
  if (f.staff_id == 0) {
    if (actor.staff_id) {
      f.staff_id = *actor.staff_id;
    } else {
      errors.push_back({"staff_id", "common.field.required", {}});
    }
  } else if (!StaffInScope(scope, f.staff_id)) {
    errors.push_back({"staff_id", "crm.follow_up.staff_out_of_scope", {}});
  }
  SD_TRY(RequireVisibleCustomer(tx, scope, f.customer_id));
  SD_TRY(CheckContact(tx, f.contact_id, f.customer_id, &errors));
  SD_TRY(FieldsOk(std::move(errors)));
  SD_TRY_ASSIGN(int64_t id, store::InsertPlan(tx, f, actor.audit.at_us));
  SD_TRY_ASSIGN(Plan out, JustWritten(store::LoadPlan(tx, id)));
  SD_TRY(audit::Record(tx, actor.audit, "follow_up_plan", id, "create", std::nullopt,
                       PlanSnapshot(out)));
  return out;
}

Result<Plan> UpdatePlan(db::Tx& tx, const auth::Actor& actor, int64_t id, const PlanPatch& p) {
  SD_TRY_ASSIGN(CustomerScope scope, ScopeOf(tx, actor));
  SD_TRY_ASSIGN(Plan before, LoadVisiblePlan(tx, scope, id));
  if (before.version != p.version) return Fail(Code::kAborted, "common.version_conflict");
  // Any patch is an update; the table allows one only while planned.
  if (!doc::Find(kPlanTransitions, before.state, PlanAction::kUpdate)) {
    return Fail(Code::kFailedPrecondition, "crm.follow_up.plan_closed",
                {{"state", PlanStateName(before.state)}});
  }
  PlanFields f = before.f;
  if (p.planned_on) f.planned_on = *p.planned_on;
  if (p.planned_time) f.planned_time = *p.planned_time;
  if (p.purpose) f.purpose = *p.purpose;
  if (p.contact_id) f.contact_id = *p.contact_id;
  std::vector<FieldError> errors;
  CheckPlanFields(f, &errors);
  PlanState state = PlanState::kPlanned;
  if (p.state && (!ParsePlanState(*p.state, &state) || state == PlanState::kDone)) {
    errors.push_back({"state", "common.field.invalid_choice", {{"choices", "cancelled"}}});
  }
  SD_TRY(CheckContact(tx, f.contact_id, f.customer_id, &errors));
  SD_TRY(FieldsOk(std::move(errors)));
  SD_TRY_ASSIGN(bool updated, store::UpdatePlan(tx, id, p.version, f, state));
  if (!updated) return Fail(Code::kAborted, "common.version_conflict");
  SD_TRY_ASSIGN(Plan after, JustWritten(store::LoadPlan(tx, id)));
  SD_TRY(audit::Record(tx, actor.audit, "follow_up_plan", id,
                       state == PlanState::kCancelled ? "cancel" : "update", PlanSnapshot(before),
                       PlanSnapshot(after)));
  return after;
}

Result<std::vector<FollowUp>> ListFollowUps(db::Tx& tx, const auth::Actor& actor,
                                            int64_t customer_id) {
  SD_TRY_ASSIGN(CustomerScope scope, ScopeOf(tx, actor));
  SD_TRY(RequireVisibleCustomer(tx, scope, customer_id));
  return store::ListFollowUps(tx, customer_id, 500);
}

Result<FollowUp> LogFollowUp(db::Tx& tx, const auth::Actor& actor, FollowUpFields f) {
  if (!actor.staff_id) return Fail(Code::kFailedPrecondition, "crm.follow_up.no_staff");
  f.staff_id = *actor.staff_id;
  std::vector<FieldError> errors;
  CheckFollowUpFields(f, &errors);
  SD_TRY_ASSIGN(CustomerScope scope, ScopeOf(tx, actor));
  SD_TRY(RequireVisibleCustomer(tx, scope, f.customer_id));
  SD_TRY(CheckContact(tx, f.contact_id, f.customer_id, &errors));
  std::optional<Plan> plan;
  if (f.plan_id) {
    SD_TRY_ASSIGN(plan, store::LoadPlan(tx, *f.plan_id));
    if (!plan || plan->f.customer_id != f.customer_id) {
      errors.push_back({"plan_id", "crm.follow_up.plan_unknown", {}});
      plan.reset();
    }
  }
  SD_TRY(FieldsOk(std::move(errors)));
  if (plan) {
    const auto* done = doc::Find(kPlanTransitions, plan->state, PlanAction::kComplete);
    if (!done) {
      return Fail(Code::kFailedPrecondition, "crm.follow_up.plan_closed",
                  {{"state", PlanStateName(plan->state)}});
    }
    SD_TRY_ASSIGN(bool closed, store::UpdatePlan(tx, plan->id, plan->version, plan->f, done->to));
    if (!closed) return Fail(Code::kAborted, "common.version_conflict");
  }
  const int64_t now_us = actor.audit.at_us;
  SD_TRY_ASSIGN(int64_t id, store::InsertFollowUp(tx, f, now_us));
  SD_TRY(RecordFollowUp(tx, f.customer_id, now_us, f.follow_up_on));
  SD_TRY_ASSIGN(FollowUp out, JustWritten(store::LoadFollowUp(tx, id)));
  SD_TRY(audit::Record(tx, actor.audit, "follow_up", id, "create", std::nullopt,
                       FollowUpSnapshot(out)));
  return out;
}

}  // namespace sd::crm
