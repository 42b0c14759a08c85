#pragma once
// Credit ratings (资信评价): proposed by one person, approved or rejected by another (never
// the proposer); the approved one sets the customer's rating, limit and days. Types only; SQL
// in credit_store.cc, use cases in credit_service.h.

#include <cstdint>
#include <optional>
#include <string>

namespace sd::crm {

inline constexpr std::string_view kCreditProposed = "proposed";
inline constexpr std::string_view kCreditApproved = "approved";
inline constexpr std::string_view kCreditRejected = "rejected";

struct CreditRatingRecord {
  int64_t id = 0;
  int64_t customer_id = 0;
  std::string customer_code;
  std::string customer_name;
  std::string rating;  // A..D
  std::optional<int64_t> credit_limit_fen;
  std::optional<int64_t> credit_days;
  std::string reason;
  std::string state;  // proposed | approved | rejected
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
