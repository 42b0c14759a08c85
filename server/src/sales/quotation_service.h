#pragma once
// Quotation use cases (报价单): read with quotation.read within the data scope, make and move
// with quotation.write (the route table checks both; the action functions check their table
// row's permission again). Each runs in the caller's transaction and audits (entity
// "quotation"). `today` is the company's business date, from the caller (no clock reads here).
//
// Data scope: a quotation belongs to its owner rep (the customer's owner, the lead's assignee,
// or its maker) and is visible to those who see that rep's customers (crm/scope.h), to its
// maker, and to whoever may decide its pending approval step. Out of scope reads as not found.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "crm/customer_service.h"
#include "db/database.h"
#include "sales/quotation.h"
#include "sales/quotation_store.h"

namespace sd::sales {

// Errors: kInvalidArgument (dates of the filter).
Result<Page<Quotation>> ListQuotations(db::Tx& tx, const auth::Actor& actor,
                                       const QuotationFilter& f, const PageRequest& page);

// Errors: kNotFound (absent or out of scope).
Result<Quotation> GetQuotation(db::Tx& tx, const auth::Actor& actor, int64_t id);

// A draft. Errors: kInvalidArgument with field errors (CheckQuotationFields; lines[i].product_id
// "sales.quotation.product_unknown" / "product_discontinued", lines[i].unit
// "sales.quotation.unit_unknown", "sales.quotation.line_too_large", currency "sales.fx.no_rate",
// quoted_on "sales.quotation.validity_past" when valid_until is before today); kNotFound (the
// customer or lead out of scope).
Result<Quotation> CreateQuotation(db::Tx& tx, const auth::Actor& actor, const QuotationFields& f,
                                  const std::string& today);

// Replaces a draft's fields and lines. Errors: as CreateQuotation; kNotFound; kAborted
// "common.version_conflict"; kFailedPrecondition "sales.quotation.not_draft"; kPermissionDenied
// "doc.not_owner" (neither its maker nor its owner rep).
Result<Quotation> UpdateQuotation(db::Tx& tx, const auth::Actor& actor, int64_t id, int64_t version,
                                  const QuotationFields& f, const std::string& today);

struct QuotationStep {
  int64_t version = 0;
  std::string note;  // decline, approve, accept, reject, cancel
};
// One action of kQuotationTransitions (not expire). Errors: kNotFound, kAborted
// "common.version_conflict", kFailedPrecondition "sales.quotation.action_not_allowed" {state,
// action}, kPermissionDenied "auth.permission_denied" / "doc.not_owner", approve and decline:
// kFailedPrecondition "sales.quotation.own_approval" (the maker), kPermissionDenied
// "doc.approval.not_decider"; submit, send, accept: kFailedPrecondition
// "sales.quotation.validity_past".
Result<Quotation> ActOnQuotation(db::Tx& tx, const auth::Actor& actor, int64_t id,
                                 QuotationAction action, const QuotationStep& step,
                                 const std::string& today);

// What the actor may do now: "update" (a draft of theirs), then the table's actions (never
// expire). Any Tx (reads the pending approval step).
Result<std::vector<std::string>> QuotationActions(db::Tx& tx, const auth::Actor& actor,
                                                  const Quotation& q);

// The hourly job: sent quotations whose validity ended before today become expired, each
// audited by "system". Needs a write Tx. Returns how many.
Result<int64_t> ExpireQuotations(db::Tx& tx, int64_t now_us, const std::string& today);

// The quotation's history, newest first: audit records in locale, comments, attachments.
// Errors: kNotFound.
Result<std::vector<crm::TimelineEvent>> QuotationTimeline(db::Tx& tx, const auth::Actor& actor,
                                                          int64_t id, Locale locale);

// Submitted quotations whose below-floor step the actor may decide, oldest first.
Result<std::vector<Quotation>> QuotationsToDecide(db::Tx& tx, const auth::Actor& actor);

}  // namespace sd::sales
