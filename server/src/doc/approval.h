#pragma once
// Approval steps (审批): one mechanism for every document type. A step belongs to a document
// (doc_type, doc_id), names who may decide it — the holders of a permission, the holders of a
// position, or the maker's direct superior — and is never decided by its maker (maker-checker).
// Types, the step's transition table and the pure rules; SQL in approval_store.cc, use cases
// in approval_service.h.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "auth/actor.h"
#include "doc/transition.h"

namespace sd::doc {

enum class ApprovalState : uint8_t { kPending, kApproved, kRejected, kWithdrawn };
enum class ApprovalAction : uint8_t { kApprove, kReject, kWithdraw };

inline constexpr EnumName<ApprovalState> kApprovalStates[] = {
    {ApprovalState::kPending, "pending"},
    {ApprovalState::kApproved, "approved"},
    {ApprovalState::kRejected, "rejected"},
    {ApprovalState::kWithdrawn, "withdrawn"}};
inline constexpr EnumName<ApprovalAction> kApprovalActions[] = {
    {ApprovalAction::kApprove, "approve"},
    {ApprovalAction::kReject, "reject"},
    {ApprovalAction::kWithdraw, "withdraw"}};
// A step is decided once; who may decide is the step's own Decider (MayDecide). Until then its
// maker may withdraw it (撤回), and only its maker.
inline constexpr Transition<ApprovalState, ApprovalAction> kApprovalTransitions[] = {
    {ApprovalState::kPending, ApprovalAction::kApprove, ApprovalState::kApproved, "",
     Who::kApprover},
    {ApprovalState::kPending, ApprovalAction::kReject, ApprovalState::kRejected, "",
     Who::kApprover},
    {ApprovalState::kPending, ApprovalAction::kWithdraw, ApprovalState::kWithdrawn, "",
     Who::kOwner},
};
static_assert(PairsUnique(kApprovalTransitions));

enum class DeciderKind : uint8_t { kPermission, kPosition, kSuperior };
inline constexpr EnumName<DeciderKind> kDeciderKinds[] = {{DeciderKind::kPermission, "permission"},
                                                          {DeciderKind::kPosition, "position"},
                                                          {DeciderKind::kSuperior, "superior"}};

// Who may decide a step.
struct Decider {
  DeciderKind kind = DeciderKind::kPermission;
  std::string ref;                  // kPermission: "customer.credit_approve"; kPosition: its code
  std::optional<int64_t> staff_id;  // kSuperior: the maker's superior when the step opened

  static Decider Permission(std::string_view p) {
    return {DeciderKind::kPermission, std::string(p), {}};
  }
  static Decider Position(std::string_view code) {
    return {DeciderKind::kPosition, std::string(code), {}};
  }
  static Decider Superior() { return {DeciderKind::kSuperior, "", {}}; }
};

struct ApprovalStep {
  int64_t id = 0;
  std::string doc_type;  // "credit_rating", "transfer", "sample", …
  int64_t doc_id = 0;
  Decider decider;
  int64_t maker_user_id = 0;
  std::optional<int64_t> maker_staff_id;
  ApprovalState state = ApprovalState::kPending;
  std::optional<int64_t> decided_by_user_id;
  std::optional<int64_t> decided_by_staff_id;
  std::string decided_by_name;
  std::optional<int64_t> decided_at_us;
  std::string note;
  int64_t created_at_us = 0;
  int64_t version = 1;
};

// Whether the actor made the step: the same account, or the same staff member under another
// account. Pure.
bool IsMaker(const ApprovalStep& s, const auth::Actor& actor);

// Whether the step's decider rule names the actor (permission held, position held, or the
// recorded superior), regardless of maker and state. Pure.
bool NamedDecider(const ApprovalStep& s, const auth::Actor& actor);

// Whether the actor may decide the step now: pending, named by the decider rule, not its
// maker. Pure.
bool MayDecide(const ApprovalStep& s, const auth::Actor& actor);

}  // namespace sd::doc
