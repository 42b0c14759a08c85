#pragma once
// Sample use cases (样品): request on a visible inquiry (inquiry.manage), approve or reject
// (sample.approve, never one's own request, only requests of staff in the approver's scope),
// ship with courier and tracking number, record the buyer's feedback. Each runs in the
// caller's transaction and audits (entity "sample").

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "crm/sample.h"
#include "db/database.h"

namespace sd::crm {

// Errors: kNotFound (inquiry out of sight), kFailedPrecondition "crm.sample.no_staff" (the
// account is no staff member), "crm.lead.closed" (discarded), kInvalidArgument
// (CheckSampleFields).
Result<Sample> RequestSample(db::Tx& tx, const auth::Actor& actor, int64_t inquiry_id,
                             const SampleFields& f);

struct SampleQuery {
  std::optional<int64_t> inquiry_id;
  std::optional<std::string> state;
};
// With inquiry_id: the samples of that visible inquiry; otherwise those requested by the actor
// or by staff in the actor's scope. Errors: kNotFound, kInvalidArgument (state).
Result<std::vector<Sample>> ListSamples(db::Tx& tx, const auth::Actor& actor, const SampleQuery& q);

// Whether the actor sees the sample (requester in scope, or the inquiry visible).
Result<Sample> GetSample(db::Tx& tx, const auth::Actor& actor, int64_t id);

// Actions the actor may take now: table ∩ permission ∩ not one's own for approve/reject.
std::vector<SampleAction> SampleActionsFor(const auth::Actor& actor, const Sample& s);

struct SampleStep {
  int64_t version = 0;
  std::string note;     // approve/reject
  std::string courier;  // ship
  std::string tracking_no;
  std::string shipped_on;
  std::string feedback;  // feedback
};
// Errors: kNotFound, kAborted "common.version_conflict", kFailedPrecondition
// "crm.sample.action_not_allowed" {state, action}, kPermissionDenied "auth.permission_denied",
// kFailedPrecondition "crm.sample.self_approval" (approve/reject of one's own request),
// kInvalidArgument (ship: courier, tracking_no, shipped_on; feedback: feedback).
Result<Sample> ActOnSample(db::Tx& tx, const auth::Actor& actor, int64_t id, SampleAction action,
                           const SampleStep& step);

}  // namespace sd::crm
