#pragma once
// Approval use cases, driven by the document modules in their own transactions (STYLE §2): a
// document opens a step when it needs a decision, checks the decider with RequireDecider at its
// place in the action shape, and records the decision with Decide in the same Tx as its own
// state change and audit row. The inbox lists StepsToDecide.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "auth/actor.h"
#include "base/result.h"
#include "db/database.h"
#include "doc/approval.h"

namespace sd::doc {

struct StepRequest {
  std::string_view doc_type;
  int64_t doc_id = 0;
  Decider decider;  // for kSuperior leave staff_id empty: OpenStep finds the maker's superior
};

// Opens a pending step made by the actor. Needs a write Tx. Errors: kFailedPrecondition
// "doc.approval.no_superior" (a superior step for a maker without a staff member or without a
// superior), kAlreadyExists "db.unique_violation" (a step of the document is already pending).
Result<ApprovalStep> OpenStep(db::Tx& tx, const auth::Actor& actor, const StepRequest& r);

// The document's pending step. Errors: kFailedPrecondition not_pending_key (none pending).
Result<ApprovalStep> PendingStep(db::Tx& tx, std::string_view doc_type, int64_t doc_id,
                                 std::string_view not_pending_key);

// The keys a document type reports its refusals with (its API stays as it was).
struct DecisionKeys {
  std::string_view not_pending = "doc.approval.not_pending";
  std::string_view own_step = "doc.approval.own_step";
};

// Maker-checker and the decider rule, in that order. Pure. Errors: kFailedPrecondition
// keys.not_pending (decided), keys.own_step (the actor made it), kPermissionDenied
// "doc.approval.not_decider" (the step names someone else).
Result<void> RequireDecider(const ApprovalStep& s, const auth::Actor& actor,
                            const DecisionKeys& keys = {});

// Records approve/reject with the note, after RequireDecider. Needs a write Tx. Errors: as
// RequireDecider; kAborted "common.version_conflict" (decided meanwhile).
Result<ApprovalStep> Decide(db::Tx& tx, const auth::Actor& actor, const ApprovalStep& s,
                            ApprovalAction action, const std::string& note,
                            const DecisionKeys& keys = {});

// Withdraws the pending step (撤回): only its maker, before anyone decided it. Records when and
// the note; nobody is recorded as its decider. Needs a write Tx. Errors: kFailedPrecondition
// keys.not_pending (decided), kPermissionDenied "doc.approval.not_maker", kAborted
// "common.version_conflict".
Result<ApprovalStep> Withdraw(db::Tx& tx, const auth::Actor& actor, const ApprovalStep& s,
                              const std::string& note, const DecisionKeys& keys);

// Pending steps the actor may decide (MayDecide: never their own), oldest first; doc_type
// filters when not empty. The document module still applies its data scope.
Result<std::vector<ApprovalStep>> StepsToDecide(db::Tx& tx, const auth::Actor& actor,
                                                std::string_view doc_type);

// Every step of a document, oldest first (its approval history).
Result<std::vector<ApprovalStep>> StepsOf(db::Tx& tx, std::string_view doc_type, int64_t doc_id);

}  // namespace sd::doc
