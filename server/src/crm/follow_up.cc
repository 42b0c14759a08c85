#include "crm/follow_up.h"

#include "base/clock.h"
#include "base/text.h"

namespace sd::crm {
namespace {

bool IsClockTime(std::string_view s) {
  if (s.size() != 5 || s[2] != ':') return false;
  for (size_t i : {0u, 1u, 3u, 4u}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  const int h = (s[0] - '0') * 10 + (s[1] - '0');
  const int m = (s[3] - '0') * 10 + (s[4] - '0');
  return h < 24 && m < 60;
}

void CheckDate(std::string_view field, std::string_view value, std::vector<FieldError>* errors) {
  if (value.empty()) {
    errors->push_back({std::string(field), "common.field.required", {}});
  } else if (!ParseIsoDate(value)) {
    errors->push_back({std::string(field), "common.field.invalid_date", {}});
  }
}

}  // namespace

const char* FollowUpKindName(FollowUpKind k) {
  return k == FollowUpKind::kVisit ? "visit" : "call";
}

bool ParseFollowUpKind(std::string_view s, FollowUpKind* out) {
  if (s == "visit") {
    *out = FollowUpKind::kVisit;
  } else if (s == "call") {
    *out = FollowUpKind::kCall;
  } else {
    return false;
  }
  return true;
}

const char* PlanStateName(PlanState s) {
  switch (s) {
    case PlanState::kPlanned:
      return "planned";
    case PlanState::kDone:
      return "done";
    case PlanState::kCancelled:
      return "cancelled";
  }
  return "planned";
}

bool ParsePlanState(std::string_view s, PlanState* out) {
  for (PlanState st : {PlanState::kPlanned, PlanState::kDone, PlanState::kCancelled}) {
    if (s == PlanStateName(st)) {
      *out = st;
      return true;
    }
  }
  return false;
}

void CheckPlanFields(const PlanFields& f, std::vector<FieldError>* errors) {
  CheckDate("planned_on", f.planned_on, errors);
  if (!f.planned_time.empty() && !IsClockTime(f.planned_time)) {
    errors->push_back({"planned_time", "crm.follow_up.time_invalid", {}});
  }
  CheckTextField("purpose", f.purpose, kFollowUpTextMax, false, errors);
}

void CheckFollowUpFields(const FollowUpFields& f, std::vector<FieldError>* errors) {
  CheckDate("happened_on", f.happened_on, errors);
  if (f.follow_up_on) CheckDate("follow_up_on", *f.follow_up_on, errors);
  if (f.duration_min < 0 || f.duration_min > kFollowUpDurationMax) {
    errors->push_back({"duration_min", "common.field.out_of_range", {}});
  }
  CheckTextField("purpose", f.purpose, kFollowUpTextMax, false, errors);
  CheckTextField("outcome", f.outcome, kFollowUpTextMax, false, errors);
  CheckTextField("next_step", f.next_step, kFollowUpTextMax, false, errors);
}

audit::Snapshot PlanSnapshot(const Plan& p) {
  return {{"kind", std::string(FollowUpKindName(p.f.kind))},
          {"customer_id", p.f.customer_id},
          {"contact_id", audit::OrNull(p.f.contact_id)},
          {"staff_id", p.f.staff_id},
          {"planned_on", p.f.planned_on},
          {"planned_time", p.f.planned_time},
          {"purpose", p.f.purpose},
          {"state", std::string(PlanStateName(p.state))}};
}

audit::Snapshot FollowUpSnapshot(const FollowUp& r) {
  return {{"kind", std::string(FollowUpKindName(r.f.kind))},
          {"customer_id", r.f.customer_id},
          {"contact_id", audit::OrNull(r.f.contact_id)},
          {"plan_id", audit::OrNull(r.f.plan_id)},
          {"staff_id", r.f.staff_id},
          {"happened_on", r.f.happened_on},
          {"duration_min", r.f.duration_min},
          {"outcome", r.f.outcome},
          {"follow_up_on", audit::OrNull(r.f.follow_up_on)}};
}

}  // namespace sd::crm
