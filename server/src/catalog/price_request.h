#pragma once
// Price change requests (调价申请): maker-checker for prices. A price.propose holder proposes a
// customer price, a floor or a list line with its effective dates; a price.set holder who is
// not the proposer decides the doc approval step (doc type "price_change"); approval applies the
// change through price_service in the same Tx (a customer price or floor from effective_from; a
// list line at once, within its list's validity). Types and the state table; SQL in
// price_request_store.cc, use cases in price_request_service.h.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit.h"
#include "doc/transition.h"

namespace sd::catalog {

enum class PriceRequestState : uint8_t { kPending, kApproved, kRejected, kWithdrawn };
enum class PriceRequestAction : uint8_t { kApprove, kReject, kWithdraw };

inline constexpr doc::EnumName<PriceRequestState> kPriceRequestStateNames[] = {
    {PriceRequestState::kPending, "pending"},
    {PriceRequestState::kApproved, "approved"},
    {PriceRequestState::kRejected, "rejected"},
    {PriceRequestState::kWithdrawn, "withdrawn"}};
inline constexpr doc::EnumName<PriceRequestAction> kPriceRequestActionNames[] = {
    {PriceRequestAction::kApprove, "approve"},
    {PriceRequestAction::kReject, "reject"},
    {PriceRequestAction::kWithdraw, "withdraw"}};

// The whole workflow: approve and reject decide the approval step (never the proposer's own);
// until then the proposer may withdraw it (撤回).
inline constexpr doc::Transition<PriceRequestState, PriceRequestAction> kPriceRequestTransitions[] =
    {{PriceRequestState::kPending, PriceRequestAction::kApprove, PriceRequestState::kApproved,
      "price.set", doc::Who::kApprover},
     {PriceRequestState::kPending, PriceRequestAction::kReject, PriceRequestState::kRejected,
      "price.set", doc::Who::kApprover},
     {PriceRequestState::kPending, PriceRequestAction::kWithdraw, PriceRequestState::kWithdrawn,
      "price.propose", doc::Who::kOwner}};
static_assert(doc::PairsUnique(kPriceRequestTransitions));

using PriceRequestTransition = doc::Transition<PriceRequestState, PriceRequestAction>;

// The approval steps' document type.
inline constexpr std::string_view kPriceChangeDocType = "price_change";

enum class RuleKind : uint8_t { kCustomerPrice, kFloor, kListLine };
inline constexpr doc::EnumName<RuleKind> kRuleKindNames[] = {
    {RuleKind::kCustomerPrice, "customer_price"},
    {RuleKind::kFloor, "floor"},
    {RuleKind::kListLine, "list_line"}};

struct PriceRequestFields {
  RuleKind kind = RuleKind::kCustomerPrice;
  int64_t product_id = 0;
  std::optional<int64_t> customer_id;       // kCustomerPrice
  std::optional<int64_t> list_id;           // kListLine
  std::string customer_kind;                // kFloor: "" every kind
  int64_t min_qty_e4 = 0;                   // kListLine
  std::optional<int64_t> new_e4;            // required but for a floor's removal
  std::string effective_from;               // kListLine: the day of approval
  std::optional<std::string> effective_to;  // kCustomerPrice
  std::string reason;
};

struct PriceRequest {
  int64_t id = 0;
  PriceRequestFields f;
  std::optional<int64_t> old_e4;
  PriceRequestState state = PriceRequestState::kPending;
  int64_t proposed_by_user_id = 0;
  std::optional<int64_t> proposed_by_staff_id;
  std::string proposed_by_name;
  std::string decided_by_name;
  std::optional<int64_t> decided_at_us;
  std::string decision_note;
  int64_t version = 1;
  int64_t created_at_us = 0;
  std::string product_code;  // read with the row
  std::string product_name;
  std::string customer_name;
  std::string list_name;
};

inline constexpr size_t kPriceReasonMax = 2000;

std::string_view PriceRequestStateName(PriceRequestState s);
std::string_view RuleKindName(RuleKind k);
audit::Snapshot PriceRequestSnapshot(const PriceRequest& r);

}  // namespace sd::catalog
