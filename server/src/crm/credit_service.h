#pragma once
// Credit rating use cases (资信评价). Scope as the customer's (crm/scope.h); every change is
// audited on the customer ("customer credit_propose / credit_approve / credit_reject").

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "crm/credit.h"
#include "db/database.h"

namespace sd::crm {

struct NewCreditRating {
  std::string rating;  // A..D
  std::optional<int64_t> credit_limit_fen;
  std::optional<int64_t> credit_days;
  std::string reason;
};

// The customer's ratings, newest first. Errors: kNotFound (out of scope).
Result<std::vector<CreditRatingRecord>> ListCreditRatings(db::Tx& tx, const auth::Actor& actor,
                                                          int64_t customer_id);

// Proposals waiting for a decision on customers in the actor's scope (the approver's inbox),
// without the actor's own proposals.
Result<std::vector<CreditRatingRecord>> PendingCreditRatings(db::Tx& tx, const auth::Actor& actor);

// Proposes a rating. Needs customer.credit_propose or customer.credit_approve. Errors:
// kPermissionDenied "auth.permission_denied", kNotFound, kInvalidArgument (rating choice,
// credit_limit/credit_days ranges, reason length).
Result<CreditRatingRecord> ProposeCreditRating(db::Tx& tx, const auth::Actor& actor,
                                               int64_t customer_id, const NewCreditRating& r);

// Approves (sets the customer's rating, limit and days) or rejects a proposal. The route checks
// customer.credit_approve. Errors: kNotFound (no such rating, or customer out of scope),
// kAborted "common.version_conflict", kFailedPrecondition "crm.credit.self_approval" (the
// actor proposed it) or "crm.credit.not_proposed" (already decided).
Result<CreditRatingRecord> DecideCreditRating(db::Tx& tx, const auth::Actor& actor, int64_t id,
                                              bool approve, int64_t version,
                                              const std::string& note);

}  // namespace sd::crm
