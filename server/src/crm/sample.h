#pragma once
// Samples (样品) asked for by a foreign buyer: requested by the trade staff on an inquiry,
// approved by a manager who is not the requester, shipped by courier with a tracking number,
// then the buyer's feedback. Types, the state table (STYLE §3) and pure rules; SQL in
// sample_store.cc, use cases in sample_service.h.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit.h"
#include "base/result.h"
#include "doc/transition.h"

namespace sd::crm {

enum class SampleState : uint8_t { kRequested, kApproved, kRejected, kShipped, kFeedback };
enum class SampleAction : uint8_t { kApprove, kReject, kShip, kFeedback };

inline constexpr doc::EnumName<SampleState> kSampleStates[] = {
    {SampleState::kRequested, "requested"},
    {SampleState::kApproved, "approved"},
    {SampleState::kRejected, "rejected"},
    {SampleState::kShipped, "shipped"},
    {SampleState::kFeedback, "feedback"}};
inline constexpr doc::EnumName<SampleAction> kSampleActions[] = {
    {SampleAction::kApprove, "approve"},
    {SampleAction::kReject, "reject"},
    {SampleAction::kShip, "ship"},
    {SampleAction::kFeedback, "feedback"}};

// The whole workflow. Approve and reject decide the sample's doc approval step (never the
// requester's own); ship and feedback are the trade staff's.
inline constexpr doc::Transition<SampleState, SampleAction> kSampleTransitions[] = {
    {SampleState::kRequested, SampleAction::kApprove, SampleState::kApproved, "sample.approve",
     doc::Who::kApprover},
    {SampleState::kRequested, SampleAction::kReject, SampleState::kRejected, "sample.approve",
     doc::Who::kApprover},
    {SampleState::kApproved, SampleAction::kShip, SampleState::kShipped, "inquiry.manage"},
    {SampleState::kShipped, SampleAction::kFeedback, SampleState::kFeedback, "inquiry.manage"},
};
static_assert(doc::PairsUnique(kSampleTransitions));

// The approval steps' document type.
inline constexpr std::string_view kSampleDocType = "sample";

using SampleTransition = doc::Transition<SampleState, SampleAction>;

constexpr const SampleTransition* FindSampleTransition(SampleState from, SampleAction action) {
  return doc::Find(kSampleTransitions, from, action);
}

const char* SampleStateName(SampleState s);  // "requested", …
bool ParseSampleState(std::string_view s, SampleState* out);
const char* SampleActionName(SampleAction a);  // "approve", …

struct SampleFields {
  std::string product;
  std::string qty;  // as the buyer asked: "2 kg", "5 桶"
  int64_t cost_fen = 0;
  std::string notes;
};

struct Sample {
  int64_t id = 0;
  std::optional<int64_t> lead_id;
  std::optional<int64_t> customer_id;
  std::optional<int64_t> requested_by_staff_id;
  std::string requested_by_name;
  SampleFields f;
  SampleState state = SampleState::kRequested;
  std::optional<int64_t> decided_by_user_id;
  std::string decided_by_name;
  std::optional<int64_t> decided_at_us;
  std::string decision_note;
  std::string courier;
  std::string tracking_no;
  std::optional<std::string> shipped_on;
  std::string feedback;
  std::string company;  // of the inquiry
  int64_t version = 1;
  int64_t created_at_us = 0;
};

inline constexpr size_t kSampleTextMax = 200;
inline constexpr size_t kSampleNotesMax = 4000;

void CheckSampleFields(const SampleFields& f, std::vector<FieldError>* errors);

// Self-approval rule: an approver may not decide their own request. Pure.
inline bool IsOwnRequest(const Sample& s, std::optional<int64_t> actor_staff_id) {
  return actor_staff_id && s.requested_by_staff_id == actor_staff_id;
}

audit::Snapshot SampleSnapshot(const Sample& s);

}  // namespace sd::crm
