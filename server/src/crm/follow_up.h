#pragma once
// Follow-up work (跟进): plans (拜访计划 visit plans, 电话销售计划 phone-sales plans) and the
// records of what happened (拜访记录, 通话记录). A record may close a plan; its follow_up_on
// becomes the customer's next follow-up date. Types and pure rules only; SQL in
// follow_up_store.cc, use cases in follow_up_service.h.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit.h"
#include "base/result.h"
#include "doc/transition.h"

namespace sd::crm {

enum class FollowUpKind : uint8_t { kVisit, kCall };
const char* FollowUpKindName(FollowUpKind k);  // "visit" | "call"
bool ParseFollowUpKind(std::string_view s, FollowUpKind* out);

enum class PlanState : uint8_t { kPlanned, kDone, kCancelled };
const char* PlanStateName(PlanState s);  // "planned" | "done" | "cancelled"
bool ParsePlanState(std::string_view s, PlanState* out);

// What happens to a plan (STYLE §3): moved or edited while planned, cancelled, or done when a
// follow-up record closes it. Every action needs customer.follow_up on a visible customer.
enum class PlanAction : uint8_t { kUpdate, kCancel, kComplete };
inline constexpr doc::EnumName<PlanState> kPlanStates[] = {{PlanState::kPlanned, "planned"},
                                                           {PlanState::kDone, "done"},
                                                           {PlanState::kCancelled, "cancelled"}};
inline constexpr doc::EnumName<PlanAction> kPlanActions[] = {{PlanAction::kUpdate, "update"},
                                                             {PlanAction::kCancel, "cancel"},
                                                             {PlanAction::kComplete, "complete"}};
inline constexpr doc::Transition<PlanState, PlanAction> kPlanTransitions[] = {
    {PlanState::kPlanned, PlanAction::kUpdate, PlanState::kPlanned, "customer.follow_up"},
    {PlanState::kPlanned, PlanAction::kCancel, PlanState::kCancelled, "customer.follow_up"},
    {PlanState::kPlanned, PlanAction::kComplete, PlanState::kDone, "customer.follow_up"},
};
static_assert(doc::PairsUnique(kPlanTransitions));

struct PlanFields {
  FollowUpKind kind = FollowUpKind::kVisit;
  int64_t customer_id = 0;
  std::optional<int64_t> contact_id;
  int64_t staff_id = 0;      // whose calendar
  std::string planned_on;    // YYYY-MM-DD
  std::string planned_time;  // "HH:MM" or ""
  std::string purpose;
};

struct Plan {
  int64_t id = 0;
  PlanFields f;
  std::string customer_name;
  std::string contact_name;
  std::string staff_name;
  PlanState state = PlanState::kPlanned;
  int64_t version = 1;
  int64_t created_at_us = 0;
};

struct FollowUpFields {
  FollowUpKind kind = FollowUpKind::kVisit;
  int64_t customer_id = 0;
  std::optional<int64_t> contact_id;
  std::optional<int64_t> plan_id;
  int64_t staff_id = 0;
  std::string happened_on;  // YYYY-MM-DD
  int64_t duration_min = 0;
  std::string purpose;
  std::string outcome;
  std::string next_step;
  std::optional<std::string> follow_up_on;  // the next follow-up date
};

struct FollowUp {
  int64_t id = 0;
  FollowUpFields f;
  std::string contact_name;
  std::string staff_name;
  int64_t created_at_us = 0;
};

inline constexpr size_t kFollowUpTextMax = 4000;
inline constexpr int64_t kFollowUpDurationMax = 24 * 60;

// Field rules; append one FieldError per broken rule, named as the API fields.
void CheckPlanFields(const PlanFields& f, std::vector<FieldError>* errors);
void CheckFollowUpFields(const FollowUpFields& f, std::vector<FieldError>* errors);

// Due for follow-up: a date on or before today (both YYYY-MM-DD, so text order is date order).
inline bool IsDue(std::string_view on, std::string_view today) { return on <= today; }
// Overdue: strictly before today.
inline bool IsOverdue(std::string_view on, std::string_view today) { return on < today; }

audit::Snapshot PlanSnapshot(const Plan& p);
audit::Snapshot FollowUpSnapshot(const FollowUp& r);

}  // namespace sd::crm
