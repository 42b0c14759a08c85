#pragma once
// SQL for crm_customers, crm_contacts and crm_customer_varieties. Only customer_store.cc
// touches them. Functions need a Tx (reads any, writes a write Tx) and return the db errors
// unchanged unless stated. The derived columns (name_key, name_sort, mnemonic, search_text) are
// computed here from the fields on every insert and update, so they never drift.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/page.h"
#include "crm/customer.h"
#include "db/database.h"

namespace sd::crm::store {

enum class CustomerSort : uint8_t { kName, kUpdatedDesc };

struct CustomerFilter {
  // Scope (crm/scope.h): all, or owner in owner_ids, or support = support_staff_id.
  bool all = false;
  std::vector<int64_t> owner_ids;
  std::optional<int64_t> support_staff_id;
  std::optional<std::string> q;      // part of search_text (name, mnemonic, phones, …)
  std::optional<int64_t> region_id;  // this region and below
  std::optional<int64_t> owner_staff_id;
  std::optional<std::string> customer_class;
  std::optional<std::string> kind;
  std::optional<std::string> credit_rating;
  std::optional<std::string> overdue_before;  // next_follow_up_on < this day
  CustomerSort sort = CustomerSort::kName;
  PageRequest page;
};

// Customers of the filter (without contacts and varieties; primary_contact filled), ordered by
// pinyin (name_sort, id) or by updated_at descending, with the total.
Result<Page<Customer>> QueryCustomers(db::Tx& tx, const CustomerFilter& f);

// The contacts of each customer of ids (in their saved order) by customer id, for exports;
// customers without contacts are absent. A few queries (ids in chunks), not one per customer.
Result<std::map<int64_t, std::vector<Contact>>> ContactsOf(db::Tx& tx,
                                                           const std::vector<int64_t>& ids);

Result<std::optional<CustomerHead>> LoadCustomerHead(db::Tx& tx, int64_t id);
// One customer with contacts and varieties (in their saved order); nullopt if there is none.
Result<std::optional<Customer>> LoadCustomer(db::Tx& tx, int64_t id);

// The number for the next customer code: one above the highest "C<digits>" code. On
// PostgreSQL it holds a transaction lock from here to the commit, so concurrent creates take
// their numbers in turn.
Result<int64_t> NextCustomerNumber(db::Tx& tx);
// "C00042".
std::string CustomerCode(int64_t number);

// Inserts a customer with its contacts and varieties under `code`. Errors: kAlreadyExists
// "crm.customer.duplicate_credit_code" (the unique credit code) or "crm.customer.code_taken".
Result<int64_t> InsertCustomer(db::Tx& tx, const std::string& code, const CustomerFields& f,
                               std::optional<int64_t> created_by_staff_id, int64_t now_us);

// The batch path for imports: each customer with the next free code, in order; returns the
// new ids in the same order. Pinyin is computed once per customer. Errors as InsertCustomer.
struct NewCustomerRow {
  CustomerFields f;
  std::optional<int64_t> created_by_staff_id;
};
Result<std::vector<int64_t>> InsertCustomers(db::Tx& tx, const std::vector<NewCustomerRow>& rows,
                                             int64_t now_us);

// Writes every field (owner and support included) if the row is still at expected_version,
// bumping the version; contacts with an id of this customer are updated, without id inserted,
// the others deleted. Returns false on a version mismatch. Errors as InsertCustomer, and
// kFailedPrecondition "crm.contact.in_use" {name} when a contact to delete is referenced by a
// follow-up or plan.
Result<bool> UpdateCustomer(db::Tx& tx, int64_t id, int64_t expected_version,
                            const CustomerFields& f, int64_t now_us);

// Owner change (transfer, claim, release, return): sets owner_staff_id, claimed_at_us (the
// start of the idle clock for the new owner; null for the pool) and returned_at_us, bumps
// the version. expected_version nullopt: whatever the version. Returns false on a mismatch.
struct OwnerChange {
  std::optional<int64_t> owner_staff_id;
  std::optional<int64_t> claimed_at_us;
  std::optional<int64_t> returned_at_us;
};
Result<bool> SetOwner(db::Tx& tx, int64_t id, std::optional<int64_t> expected_version,
                      const OwnerChange& change, int64_t now_us);

// An approved credit rating: rating, limit and days on the customer, version + 1.
Result<void> SetCredit(db::Tx& tx, int64_t id, const std::string& rating,
                       std::optional<int64_t> credit_limit_fen, std::optional<int64_t> credit_days,
                       int64_t now_us);

// A customer another one is a duplicate of, named for the 409 (owner name empty in the pool).
struct DuplicateRef {
  int64_t id = 0;
  std::string code;
  std::string name;
  std::string owner_name;
};
Result<std::optional<DuplicateRef>> FindByCreditCode(db::Tx& tx, const std::string& credit_code,
                                                     std::optional<int64_t> except_id);
// Customers (other than except_id) whose name key equals name_key, by id, with their credit
// codes (an exact duplicate unless both codes are valid and differ: DistinctByCreditCode).
struct NameMatch {
  DuplicateRef ref;
  std::optional<std::string> credit_code;
};
Result<std::vector<NameMatch>> FindEqualNames(db::Tx& tx, const std::string& name_key,
                                              std::optional<int64_t> except_id);
// The customer (other than except_id) whose name key IsSimilarName to name_key: the first by
// id with an equal key, else the first by id whose key contains name_key or is contained in
// it. Index lookups only (no scan of the archive), so it may run inside a write transaction.
Result<std::optional<DuplicateRef>> FindSimilarName(db::Tx& tx, const std::string& name_key,
                                                    std::optional<int64_t> except_id);

// Every customer's name key and credit code, for duplicate checks of a whole import in memory.
struct NameIndexEntry {
  DuplicateRef ref;
  std::string name_key;
  std::optional<std::string> credit_code;
};
// Those with an id above after_id (0: all): an import's commit checks the customers created
// since its plan was read.
Result<std::vector<NameIndexEntry>> LoadNameIndex(db::Tx& tx, int64_t after_id = 0);

// Active customers owned by staff_id (the pool cap counts these).
Result<int64_t> CountOwnedActive(db::Tx& tx, int64_t staff_id);

// Owned customers whose last activity (last follow-up, else claim, else creation) is before
// the cut-off of their class; a class without cut-off (idle days 0) never returns.
struct IdleCutoffs {
  std::optional<int64_t> key_before_us;
  std::optional<int64_t> regular_before_us;
  std::optional<int64_t> prospect_before_us;
};
struct IdleCustomer {
  CustomerHead head;
  int64_t last_activity_us = 0;
};
Result<std::vector<IdleCustomer>> IdleCustomers(db::Tx& tx, const IdleCutoffs& cutoffs);

// The pool (公海): customers without owner, basic fields.
struct PoolFilter {
  std::optional<std::string> q;
  std::optional<int64_t> region_id;  // this region and below
  std::optional<std::string> customer_class;
  PageRequest page;
};
struct PoolItem {
  int64_t id = 0;
  std::string code;
  std::string name;
  std::string short_name;
  std::string region_name;
  std::string customer_class;
  std::string industry;
  std::optional<int64_t> last_follow_up_at_us;
  std::optional<int64_t> returned_at_us;
  int64_t version = 1;
};
Result<Page<PoolItem>> QueryPool(db::Tx& tx, const PoolFilter& f);

}  // namespace sd::crm::store

namespace sd::crm {

// For follow-up records (H2): last_follow_up_at_us = now_us, next_follow_up_on = follow_up_on
// (null clears it). Does not bump the version (a follow-up is not an edit of the archive).
// Errors: kNotFound "common.not_found" when there is no such customer.
Result<void> RecordFollowUp(db::Tx& tx, int64_t customer_id, int64_t now_us,
                            const std::optional<std::string>& follow_up_on);

}  // namespace sd::crm

namespace sd::crm::store {

// Follow-up records of a customer for its timeline, newest first (at most limit).
struct TimelineFollowUp {
  int64_t id = 0;
  std::string kind;  // visit | call
  std::string happened_on;
  std::string staff_name;
  std::string purpose;
  std::string outcome;
  int64_t created_at_us = 0;
};
Result<std::vector<TimelineFollowUp>> TimelineFollowUps(db::Tx& tx, int64_t customer_id,
                                                        int64_t limit);

}  // namespace sd::crm::store
