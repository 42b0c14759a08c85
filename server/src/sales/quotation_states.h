#pragma once
// The life of a quotation (报价单, DESIGN §3, STYLE §3): one table is the whole workflow, served
// in OpenAPI as x-transitions and drawn by the UI from `actions`. Pure; thread-safe.
//
//   draft ─submit→ submitted ─approve→ approved ─send→ sent ─accept→ accepted
//     │               ├─decline→ draft              │      ├─reject→ rejected
//     │               └─withdraw→ draft (the maker) │      │
//     └─cancel→ cancelled   approved ─cancel→ …     │      └─expire→ expired (hourly job)
//
// Submit takes the number (BJ-YYYY-NNNNNN). When no line is below its floor, or the maker holds
// price.below_floor, nothing needs deciding and submit lands on approved at once (ready to
// send): the row's `to` is the state when an approval step opens, and QuotationAfterSubmit says
// which applies. Approve and decline decide the step (the maker's superior, never the maker);
// decline returns the quotation to its maker to revise; until then the maker may withdraw it
// (撤回) to revise it themselves. The number stays with the quotation.

#include <cstdint>
#include <string_view>

#include "doc/transition.h"

namespace sd::sales {

enum class QuotationState : uint8_t {
  kDraft,
  kSubmitted,  // awaiting the below-floor approval
  kApproved,   // ready to send
  kSent,
  kAccepted,
  kRejected,  // the customer declined it
  kExpired,
  kCancelled,
};
enum class QuotationAction : uint8_t {
  kSubmit,
  kApprove,
  kDecline,
  kSend,
  kAccept,
  kReject,
  kExpire,
  kCancel,
  kWithdraw,
};

inline constexpr doc::EnumName<QuotationState> kQuotationStates[] = {
    {QuotationState::kDraft, "draft"},       {QuotationState::kSubmitted, "submitted"},
    {QuotationState::kApproved, "approved"}, {QuotationState::kSent, "sent"},
    {QuotationState::kAccepted, "accepted"}, {QuotationState::kRejected, "rejected"},
    {QuotationState::kExpired, "expired"},   {QuotationState::kCancelled, "cancelled"}};
inline constexpr doc::EnumName<QuotationAction> kQuotationActions[] = {
    {QuotationAction::kSubmit, "submit"},    {QuotationAction::kApprove, "approve"},
    {QuotationAction::kDecline, "decline"},  {QuotationAction::kSend, "send"},
    {QuotationAction::kAccept, "accept"},    {QuotationAction::kReject, "reject"},
    {QuotationAction::kExpire, "expire"},    {QuotationAction::kCancel, "cancel"},
    {QuotationAction::kWithdraw, "withdraw"}};

using QuotationTransition = doc::Transition<QuotationState, QuotationAction>;

// Expire has no permission and no route: only the hourly job takes it (QuotationActions leaves
// it out of `actions`).
inline constexpr QuotationTransition kQuotationTransitions[] = {
    {QuotationState::kDraft, QuotationAction::kSubmit, QuotationState::kSubmitted,
     "quotation.write", doc::Who::kOwner},
    {QuotationState::kDraft, QuotationAction::kCancel, QuotationState::kCancelled,
     "quotation.write", doc::Who::kOwner},
    {QuotationState::kSubmitted, QuotationAction::kApprove, QuotationState::kApproved, "",
     doc::Who::kApprover},
    {QuotationState::kSubmitted, QuotationAction::kDecline, QuotationState::kDraft, "",
     doc::Who::kApprover},
    {QuotationState::kSubmitted, QuotationAction::kWithdraw, QuotationState::kDraft,
     "quotation.write", doc::Who::kOwner},
    {QuotationState::kApproved, QuotationAction::kSend, QuotationState::kSent, "quotation.write",
     doc::Who::kOwner},
    {QuotationState::kApproved, QuotationAction::kCancel, QuotationState::kCancelled,
     "quotation.write", doc::Who::kOwner},
    {QuotationState::kSent, QuotationAction::kAccept, QuotationState::kAccepted, "quotation.write",
     doc::Who::kOwner},
    {QuotationState::kSent, QuotationAction::kReject, QuotationState::kRejected, "quotation.write",
     doc::Who::kOwner},
    {QuotationState::kSent, QuotationAction::kExpire, QuotationState::kExpired, "",
     doc::Who::kPermission},
};
static_assert(doc::PairsUnique(kQuotationTransitions));

// The state submit leaves a quotation in: submitted when an approval step must decide it,
// approved (ready to send) otherwise. Pure.
constexpr QuotationState QuotationAfterSubmit(bool needs_approval) {
  return needs_approval ? QuotationState::kSubmitted : QuotationState::kApproved;
}

// The approval steps' and attachments' document type, and the number series.
inline constexpr std::string_view kQuotationDocType = "quotation";
inline constexpr std::string_view kQuotationPrefix = "BJ";

}  // namespace sd::sales
