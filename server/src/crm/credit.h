#pragma once
// Credit ratings (资信评价): proposed by one person, approved or rejected by another (never
// the proposer: a doc approval step decided by customer.credit_approve holders); the approved
// one sets the customer's rating, limit and days. Types and the state table (STYLE §3); SQL in
// credit_store.cc, use cases in credit_service.h.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "doc/transition.h"

namespace sd::crm {

enum class CreditState : uint8_t { kProposed, kApproved, kRejected };
enum class CreditAction : uint8_t { kApprove, kReject };

inline constexpr doc::EnumName<CreditState> kCreditStates[] = {
    {CreditState::kProposed, "proposed"},
    {CreditState::kApproved, "approved"},
    {CreditState::kRejected, "rejected"}};
inline constexpr doc::EnumName<CreditAction> kCreditActions[] = {
    {CreditAction::kApprove, "approve"}, {CreditAction::kReject, "reject"}};
// The whole workflow; a proposal is made in state proposed with its approval step.
inline constexpr doc::Transition<CreditState, CreditAction> kCreditTransitions[] = {
    {CreditState::kProposed, CreditAction::kApprove, CreditState::kApproved,
     "customer.credit_approve", doc::Who::kApprover},
    {CreditState::kProposed, CreditAction::kReject, CreditState::kRejected,
     "customer.credit_approve", doc::Who::kApprover},
};
static_assert(doc::PairsUnique(kCreditTransitions));

// The approval steps' document type.
inline constexpr std::string_view kCreditDocType = "credit_rating";

struct CreditRatingRecord {
  int64_t id = 0;
  int64_t customer_id = 0;
  std::string customer_code;
  std::string customer_name;
  std::string rating;  // A..D
  std::optional<int64_t> credit_limit_fen;
  std::optional<int64_t> credit_days;
  std::string reason;
  CreditState state = CreditState::kProposed;
  std::optional<int64_t> proposed_by_staff_id;
  std::string proposed_by_name;
  int64_t proposed_by_user_id = 0;
  int64_t proposed_at_us = 0;
  std::optional<int64_t> decided_by_user_id;
  std::string decided_by_name;
  std::optional<int64_t> decided_at_us;
  std::string decision_note;
  int64_t version = 1;
};

}  // namespace sd::crm
