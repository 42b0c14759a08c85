#pragma once
// Follow-up use cases: the calendar of visit/call plans and the records of visits and calls.
// Each runs in the caller's transaction, within the actor's customer scope (crm/scope.h: a
// customer out of scope reads as kNotFound), and audits what it writes. The route table checks
// customer.follow_up for writes and customer.read for reads.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "crm/follow_up.h"
#include "db/database.h"

namespace sd::crm {

struct PlanQuery {
  std::optional<int64_t> staff_id;     // whose calendar (must be in scope); nullopt: everyone seen
  std::optional<int64_t> customer_id;  // must be visible
  std::optional<std::string> from;     // YYYY-MM-DD, inclusive
  std::optional<std::string> to;
  std::optional<std::string> kind;   // visit | call
  std::optional<std::string> state;  // planned | done | cancelled
};

// Plans of the staff whose customers the actor sees (and the actor's own). Errors:
// kInvalidArgument (bad dates/kind/state as field errors), kNotFound (customer out of scope).
Result<std::vector<Plan>> ListPlans(db::Tx& tx, const auth::Actor& actor, const PlanQuery& q);

// staff_id defaults to the actor's staff member; another one must be in the actor's scope.
// Errors: kInvalidArgument (field rules; "staff_id" crm.follow_up.staff_out_of_scope or
// required when the actor has no staff member; "contact_id" crm.follow_up.contact_unknown),
// kNotFound (customer out of scope).
Result<Plan> CreatePlan(db::Tx& tx, const auth::Actor& actor, PlanFields f);

struct PlanPatch {
  int64_t version = 0;
  std::optional<std::string> planned_on;
  std::optional<std::string> planned_time;
  std::optional<std::string> purpose;
  std::optional<std::optional<int64_t>> contact_id;
  std::optional<std::string> state;  // only "cancelled"
};

// Changes or cancels a planned plan. Errors: kNotFound, kAborted "common.version_conflict",
// kFailedPrecondition "crm.follow_up.plan_closed" (done or cancelled already),
// kInvalidArgument (state other than cancelled, field rules).
Result<Plan> UpdatePlan(db::Tx& tx, const auth::Actor& actor, int64_t id, const PlanPatch& p);

// Records of a visible customer, newest first (at most 500). Errors: kNotFound.
Result<std::vector<FollowUp>> ListFollowUps(db::Tx& tx, const auth::Actor& actor,
                                            int64_t customer_id);

// Logs a visit or call by the actor's staff member: sets the customer's last follow-up time
// (now) and next follow-up date (f.follow_up_on), closes the plan (state done). Errors:
// kFailedPrecondition "crm.follow_up.no_staff" (the account is no staff member),
// "crm.follow_up.plan_closed"; kInvalidArgument (field rules, "plan_id"
// crm.follow_up.plan_unknown when the plan is of another customer or unknown), kNotFound.
Result<FollowUp> LogFollowUp(db::Tx& tx, const auth::Actor& actor, FollowUpFields f);

}  // namespace sd::crm
