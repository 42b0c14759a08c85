#pragma once
// Customer transfers (客户移交) between reps: a rep requests the transfer of a customer they
// own, a manager (customer.transfer_approve) approves or rejects it; a manager's own transfer
// is approved when made. A done transfer changes the customer's owner. Types only; SQL in
// transfer_store.cc, use cases in transfer_service.h.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sd::crm {

inline constexpr std::string_view kTransferRequested = "requested";
inline constexpr std::string_view kTransferApproved = "approved";
inline constexpr std::string_view kTransferRejected = "rejected";

struct Transfer {
  int64_t id = 0;
  int64_t customer_id = 0;
  std::string customer_code;
  std::string customer_name;
  std::optional<int64_t> from_staff_id;
  std::string from_code;  // 工号
  std::string from_name;
  int64_t to_staff_id = 0;
  std::string to_code;
  std::string to_name;
  std::string reason;
  std::string state;
  int64_t requested_by_user_id = 0;
  std::string requested_by_name;
  int64_t requested_at_us = 0;
  std::optional<int64_t> decided_by_user_id;
  std::string decided_by_name;
  std::optional<int64_t> decided_at_us;
  std::string decision_note;
  int64_t version = 1;
};

}  // namespace sd::crm
