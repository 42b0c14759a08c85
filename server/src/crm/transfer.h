#pragma once
// Customer transfers (客户移交) between reps: a rep requests the transfer of a customer they
// own, a manager (customer.transfer_approve) approves or rejects it; a manager's own transfer
// is approved when made. A done transfer changes the customer's owner. Types only; SQL in
// transfer_store.cc, use cases in transfer_service.h.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "doc/transition.h"

namespace sd::crm {

enum class TransferState : uint8_t { kRequested, kApproved, kRejected };
enum class TransferAction : uint8_t { kApprove, kReject };

inline constexpr doc::EnumName<TransferState> kTransferStates[] = {
    {TransferState::kRequested, "requested"},
    {TransferState::kApproved, "approved"},
    {TransferState::kRejected, "rejected"}};
inline constexpr doc::EnumName<TransferAction> kTransferActions[] = {
    {TransferAction::kApprove, "approve"}, {TransferAction::kReject, "reject"}};
// The whole workflow. A request is made in state requested with its approval step; an
// approver's own transfer is made approved (no step: nobody else needs to decide it).
inline constexpr doc::Transition<TransferState, TransferAction> kTransferTransitions[] = {
    {TransferState::kRequested, TransferAction::kApprove, TransferState::kApproved,
     "customer.transfer_approve", doc::Who::kApprover},
    {TransferState::kRequested, TransferAction::kReject, TransferState::kRejected,
     "customer.transfer_approve", doc::Who::kApprover},
};
static_assert(doc::PairsUnique(kTransferTransitions));

// The approval steps' document type.
inline constexpr std::string_view kTransferDocType = "transfer";

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
  TransferState state = TransferState::kRequested;
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
