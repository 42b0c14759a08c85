#pragma once
// Customer archive use cases. Each takes the caller's transaction and actor, checks data scope
// (crm/scope.h: out of scope reads as kNotFound), validates, writes and audits ("customer"
// entity) in that one Tx. The route table checks the endpoint's permission; rules that depend
// on the record (owner chosen by someone else) are checked here.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "audit/describe.h"
#include "auth/actor.h"
#include "base/page.h"
#include "crm/customer.h"
#include "crm/scope.h"
#include "db/database.h"

namespace sd::crm {

struct NewCustomer {
  CustomerFields f;              // owner_staff_id: see CreateCustomer
  bool confirm_similar = false;  // create even though a similar name exists
  // The caller already decided the owner (lead conversion: the assignee); skips the rule that
  // only customer.transfer_approve may name another owner.
  bool owner_decided = false;
};

// Creates a customer with contacts and varieties, audited "customer create". Owner: the
// actor's staff member unless f.owner_staff_id names someone (allowed to holders of
// customer.transfer_approve, or when owner_decided); an actor without staff member and no
// owner given creates a pool customer. Needs a write Tx.
// Errors: kInvalidArgument (CheckCustomerFields; unknown region_id, dealer_region_id,
// owner_staff_id, support_staff_id, varieties[i].product_line_id), kPermissionDenied
// "auth.permission_denied" (another owner without customer.transfer_approve), kAlreadyExists
// "crm.customer.duplicate_credit_code" {code, name} (never overridable) or
// "crm.customer.duplicate_name" {code, name, owner} (an equal name key, unless both credit
// codes are valid and differ; never overridable), "crm.customer.similar_name" {code, name,
// owner} (unless confirm_similar) — all name the
// existing customer even when it is outside the actor's scope.
Result<Customer> CreateCustomer(db::Tx& tx, const auth::Actor& actor, const NewCustomer& c);

// A PATCH: absent fields stay as they are. Owner, credit rating, limit and days are not here:
// they change by transfer, pool and credit approval.
struct CustomerPatch {
  int64_t version = 0;
  bool confirm_similar = false;
  std::optional<std::string> name;
  std::optional<std::string> short_name;
  std::optional<std::optional<std::string>> credit_code;
  std::optional<std::string> kind;
  std::optional<std::string> customer_class;
  std::optional<std::string> industry;
  std::optional<std::string> source;
  std::optional<std::optional<int64_t>> region_id;
  std::optional<std::string> address;
  std::optional<std::string> phone;
  std::optional<std::optional<int64_t>> support_staff_id;
  std::optional<std::string> vat_title;
  std::optional<std::string> tax_number;
  std::optional<std::string> invoice_address;
  std::optional<std::string> invoice_phone;
  std::optional<std::string> bank_name;
  std::optional<std::string> bank_account;
  std::optional<std::string> settlement;
  std::optional<std::string> price_level;
  std::optional<std::string> dealer_level;
  std::optional<std::optional<int64_t>> dealer_region_id;
  std::optional<std::optional<std::string>> agreement_from;
  std::optional<std::optional<std::string>> agreement_to;
  std::optional<std::string> notes;
  std::optional<std::string> status;
  std::optional<std::vector<Contact>> contacts;  // whole list; items with id keep their row
  std::optional<std::vector<Variety>> varieties;
};

// Applies a patch to a customer in the actor's scope, audited "customer update" with before
// and after. Errors: kNotFound, kAborted "common.version_conflict", kInvalidArgument, the
// duplicate errors of CreateCustomer (name and credit code re-checked when they change),
// kFailedPrecondition "crm.contact.in_use".
Result<Customer> UpdateCustomer(db::Tx& tx, const auth::Actor& actor, int64_t id,
                                const CustomerPatch& patch);

// A customer in the actor's scope with contacts and varieties. Errors: kNotFound.
Result<Customer> GetCustomer(db::Tx& tx, const auth::Actor& actor, int64_t id);

struct CustomerQuery {
  std::optional<std::string> q;
  std::optional<int64_t> region_id;
  std::optional<int64_t> owner_staff_id;
  std::optional<std::string> customer_class;
  std::optional<std::string> kind;
  std::optional<std::string> credit_rating;
  bool overdue = false;       // next follow-up before today
  std::string today;          // YYYY-MM-DD in the company's zone, for overdue
  std::string sort = "name";  // "name" | "-updated_at"
  PageRequest page;
};
// The customers in the actor's scope matching the query. Errors: kInvalidArgument for a class,
// kind, rating or sort outside their choices.
Result<Page<Customer>> ListCustomers(db::Tx& tx, const auth::Actor& actor, const CustomerQuery& q);
// The contacts of customers the caller has already read in the actor's scope (ListCustomers),
// by customer id, in their saved order: the export's second sheet.
Result<std::map<int64_t, std::vector<Contact>>> ContactsOfCustomers(
    db::Tx& tx, const std::vector<int64_t>& customer_ids);

// One event of a customer's history: an audit record (create, update, transfer, credit,
// claim, release, return_to_pool, …), a comment, an attachment uploaded or deleted
// (doc/timeline.h), or a follow-up record.
struct TimelineEvent {
  int64_t at_us = 0;
  std::string type;    // "audit" | "comment" | "attachment" | "follow_up"
  std::string action;  // audit action; comment "create"; attachment "upload" | "delete"; or
                       // the follow-up kind (visit | call)
  std::string by;      // user login (audit), person's name (comment, attachment), staff name
  std::optional<std::string> before_json;  // audit snapshots (JSON object text)
  std::optional<std::string> after_json;
  std::string summary;                   // follow-up: purpose and outcome; comment text; file name
  int64_t ref_id = 0;                    // audit record, comment, attachment or follow-up id
  std::optional<audit::EntryText> text;  // audit records in the reader's language
};
inline constexpr int kTimelineMax = 200;
// The customer's history, newest first, at most kTimelineMax events, audit records rendered in
// locale. Errors: kNotFound.
Result<std::vector<TimelineEvent>> CustomerTimeline(db::Tx& tx, const auth::Actor& actor,
                                                    int64_t id, Locale locale);

// What the actor may do to the customer, for GET's `actions` (permissions ∩ cheap guards):
// "update", "transfer", "release", "claim" (a pool customer), "propose_credit", "follow_up".
// Pure.
std::vector<std::string> CustomerActions(const Customer& c, const auth::Actor& actor);

// Whether a follow-up date is overdue on `today` (both YYYY-MM-DD). Pure.
bool FollowUpOverdue(const std::optional<std::string>& next_follow_up_on, const std::string& today);

}  // namespace sd::crm
