#include "crm/transfer_service.h"

#include <algorithm>
#include <tuple>

#include "audit/audit.h"
#include "base/text.h"
#include "crm/customer_store.h"
#include "crm/scope.h"
#include "crm/transfer_notice.h"
#include "crm/transfer_store.h"
#include "doc/action.h"
#include "doc/approval_service.h"
#include "org/staff_store.h"

namespace sd::crm {
namespace {

constexpr std::string_view kApprove = "customer.transfer_approve";
// The refusals keep the keys the API had before approvals moved to doc.
constexpr doc::DecisionKeys kDecisionKeys{"crm.transfer.not_requested",
                                          "crm.transfer.self_approval"};

std::string ActorName(const auth::Actor& actor) {
  return actor.staff_name.empty() ? actor.display_name : actor.staff_name;
}

Result<Transfer> Load(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(auto t, store::LoadTransfer(tx, id));
  if (!t) return Fail(Code::kNotFound, "common.not_found");
  return std::move(*t);
}

// Whether the staff member exists and has not left.
Result<bool> ActiveStaff(db::Tx& tx, int64_t staff_id) {
  SD_TRY_ASSIGN(auto s, org::store::LoadStaff(tx, staff_id));
  return s && s->f.status == "active";
}

// Who may own customers: the permission to take one from the pool (sales reps and supervisors;
// not finance or quality, who only read the archive).
constexpr std::string_view kOwnCustomers = "customer.claim";

// Changes the owner and writes "customer transfer" with the owner before and after.
Result<void> MoveOwner(db::Tx& tx, const auth::Actor& actor, const Transfer& t) {
  SD_TRY_ASSIGN(bool moved, store::SetOwner(tx, t.customer_id, std::nullopt,
                                            {t.to_staff_id, actor.audit.at_us, std::nullopt},
                                            actor.audit.at_us));
  if (!moved) return Fail(Code::kNotFound, "common.not_found");
  // Owners as the audit trail names staff: "E005 陈磊".
  const std::string from = t.from_code.empty() ? t.from_name : t.from_code + " " + t.from_name;
  return audit::Record(tx, actor.audit, "customer", t.customer_id, "transfer",
                       audit::Snapshot{{"owner_staff_id", audit::OrNull(t.from_staff_id)},
                                       {"owner", t.from_staff_id ? audit::FieldValue(from)
                                                                 : audit::FieldValue(nullptr)}},
                       audit::Snapshot{{"owner_staff_id", t.to_staff_id},
                                       {"owner", t.to_code + " " + t.to_name},
                                       {"transfer_id", t.id},
                                       {"reason", t.reason}});
}

}  // namespace

Result<Transfer> TransferCustomer(db::Tx& tx, const auth::Actor& actor, int64_t customer_id,
                                  int64_t to_staff_id, const std::string& reason) {
  SD_TRY_ASSIGN(CustomerScope scope, ScopeOf(tx, actor));
  SD_TRY_ASSIGN(CustomerHead head, RequireVisibleCustomer(tx, scope, customer_id));
  const bool approver = actor.Can(kApprove);
  if (!approver && !actor.Can("customer.transfer")) {
    return Fail(Code::kPermissionDenied, "auth.permission_denied",
                {{"permission", "customer.transfer"}});
  }
  std::vector<FieldError> errors;
  CheckTextField("reason", reason, 1000, false, &errors);
  SD_TRY_ASSIGN(bool active, ActiveStaff(tx, to_staff_id));
  if (!active) errors.push_back({"to_staff_id", "crm.transfer.staff_inactive", {}});
  SD_TRY_ASSIGN(bool can_own, org::store::StaffHoldsPermission(tx, to_staff_id, kOwnCustomers));
  if (active && !can_own) errors.push_back({"to_staff_id", "crm.transfer.cannot_own", {}});
  SD_TRY(FieldsOk(std::move(errors)));
  if (!head.owner_staff_id) return Fail(Code::kFailedPrecondition, "crm.customer.in_pool");
  if (*head.owner_staff_id == to_staff_id) {
    return Fail(Code::kFailedPrecondition, "crm.transfer.same_owner");
  }
  if (!approver && head.owner_staff_id != actor.staff_id) {
    return Fail(Code::kFailedPrecondition, "crm.transfer.not_owner");
  }
  SD_TRY_ASSIGN(
      auto pending,
      store::QueryTransfers(
          tx, {customer_id, std::string(doc::NameOf(kTransferStates, TransferState::kRequested))}));
  if (!approver && !pending.empty()) {
    return Fail(Code::kFailedPrecondition, "crm.transfer.pending");
  }
  Transfer t;
  t.customer_id = customer_id;
  t.from_staff_id = head.owner_staff_id;
  t.to_staff_id = to_staff_id;
  t.reason = reason;
  t.state = approver ? TransferState::kApproved : TransferState::kRequested;
  t.requested_by_user_id = actor.user_id;
  t.requested_by_name = ActorName(actor);
  t.requested_at_us = actor.audit.at_us;
  if (approver) {
    t.decided_by_user_id = actor.user_id;
    t.decided_by_name = ActorName(actor);
    t.decided_at_us = actor.audit.at_us;
  }
  SD_TRY_ASSIGN(int64_t id, store::InsertTransfer(tx, t));
  if (!approver) {
    SD_TRY(doc::OpenStep(tx, actor, {kTransferDocType, id, doc::Decider::Permission(kApprove)}));
  }
  SD_TRY_ASSIGN(Transfer saved, Load(tx, id));
  if (approver) {
    SD_TRY(MoveOwner(tx, actor, saved));
    SD_TRY(NotifyTransferDecided(tx, actor, saved));
  } else {
    SD_TRY(audit::Record(tx, actor.audit, "customer", customer_id, "transfer_request", std::nullopt,
                         audit::Snapshot{{"transfer_id", id},
                                         {"to_staff_id", to_staff_id},
                                         {"to", saved.to_name},
                                         {"reason", reason}}));
  }
  return saved;
}

Result<std::vector<Transfer>> ListTransfers(db::Tx& tx, const auth::Actor& actor,
                                            const std::optional<std::string>& state,
                                            std::optional<int64_t> customer_id) {
  SD_TRY_ASSIGN(CustomerScope scope, ScopeOf(tx, actor));
  SD_TRY_ASSIGN(auto all, store::QueryTransfers(tx, {customer_id, state}));
  std::vector<Transfer> out;
  for (Transfer& t : all) {
    SD_TRY_ASSIGN(auto head, store::LoadCustomerHead(tx, t.customer_id));
    // The customer's current owner, or the one it was requested from (the approver's team).
    if (head && (Sees(scope, head->owner_staff_id, head->support_staff_id) ||
                 Sees(scope, t.from_staff_id, std::nullopt))) {
      out.push_back(std::move(t));
    }
  }
  return out;
}

Result<std::vector<Transfer>> TransfersToDecide(db::Tx& tx, const auth::Actor& actor) {
  SD_TRY_ASSIGN(CustomerScope scope, ScopeOf(tx, actor));
  SD_TRY_ASSIGN(auto steps, doc::StepsToDecide(tx, actor, kTransferDocType));
  std::vector<Transfer> out;
  for (const doc::ApprovalStep& step : steps) {
    SD_TRY_ASSIGN(auto t, store::LoadTransfer(tx, step.doc_id));
    if (!t) continue;
    SD_TRY_ASSIGN(auto head, store::LoadCustomerHead(tx, t->customer_id));
    if (head && (Sees(scope, head->owner_staff_id, head->support_staff_id) ||
                 Sees(scope, t->from_staff_id, std::nullopt))) {
      out.push_back(std::move(*t));
    }
  }
  std::sort(out.begin(), out.end(), [](const Transfer& a, const Transfer& b) {
    return std::tie(a.requested_at_us, a.id) > std::tie(b.requested_at_us, b.id);
  });
  return out;
}

Result<Transfer> DecideTransfer(db::Tx& tx, const auth::Actor& actor, int64_t id, bool approve,
                                int64_t version, const std::string& note) {
  SD_TRY_ASSIGN(Transfer t, Load(tx, id));
  SD_TRY_ASSIGN(CustomerScope scope, ScopeOf(tx, actor));
  SD_TRY_ASSIGN(CustomerHead head, RequireVisibleCustomer(tx, scope, t.customer_id));
  const TransferAction action = approve ? TransferAction::kApprove : TransferAction::kReject;
  SD_TRY_ASSIGN(
      const auto* row,
      doc::CheckAction(kTransferTransitions, kTransferStates, kTransferActions, t.state, action,
                       actor, {t.version, version}, {.not_allowed = kDecisionKeys.not_pending}));
  SD_TRY_ASSIGN(doc::ApprovalStep step,
                doc::PendingStep(tx, kTransferDocType, id, kDecisionKeys.not_pending));
  SD_TRY(doc::RequireDecider(step, actor, kDecisionKeys));
  std::vector<FieldError> errors;
  CheckTextField("note", note, 1000, false, &errors);
  SD_TRY(FieldsOk(std::move(errors)));
  if (approve) {
    if (head.owner_staff_id != t.from_staff_id) {
      return Fail(Code::kFailedPrecondition, "crm.transfer.owner_changed");
    }
    SD_TRY_ASSIGN(bool active, ActiveStaff(tx, t.to_staff_id));
    if (!active) return Fail(Code::kFailedPrecondition, "crm.transfer.staff_inactive");
  }
  SD_TRY(doc::Decide(tx, actor, step,
                     approve ? doc::ApprovalAction::kApprove : doc::ApprovalAction::kReject, note,
                     kDecisionKeys));
  SD_TRY_ASSIGN(bool decided,
                store::DecideTransfer(tx, id, version, doc::NameOf(kTransferStates, row->to),
                                      actor.user_id, ActorName(actor), note, actor.audit.at_us));
  if (!decided) return Fail(Code::kAborted, "common.version_conflict");
  SD_TRY_ASSIGN(Transfer after, Load(tx, id));
  if (approve) {
    SD_TRY(MoveOwner(tx, actor, after));
  } else {
    SD_TRY(audit::Record(tx, actor.audit, "customer", t.customer_id, "transfer_reject",
                         std::nullopt, audit::Snapshot{{"transfer_id", id}, {"note", note}}));
  }
  SD_TRY(NotifyTransferDecided(tx, actor, after));
  return after;
}

}  // namespace sd::crm
