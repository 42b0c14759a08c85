#pragma once
// Pool (公海) use cases: list, claim (with the cap), release, the settings, and the sweep that
// returns idle customers. Audited on the customer: "customer claim", "customer release",
// "customer return_to_pool"; settings as "crm_settings update".

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "base/page.h"
#include "crm/customer_store.h"
#include "crm/pool.h"
#include "db/database.h"

namespace sd::crm {

// The store's filter and item shapes, as the service's callers (handlers) name them.
using PoolFilter = store::PoolFilter;
using PoolItem = store::PoolItem;

// Pool customers with basic fields (no contacts): anyone who may read customers sees the pool.
Result<Page<PoolItem>> ListPool(db::Tx& tx, const PoolFilter& f);

// Owner and version of a customer the caller has just claimed or released (no scope check:
// the claim or release checked it); nullopt when there is no such customer.
Result<std::optional<CustomerHead>> PooledCustomerHead(db::Tx& tx, int64_t customer_id);

// The actor's staff member takes a pool customer. Errors: kNotFound (no such customer),
// kFailedPrecondition "crm.pool.no_staff", "crm.pool.not_in_pool", "crm.pool.cap_reached"
// {cap} (the actor already owns cap_per_rep active customers).
Result<void> ClaimCustomer(db::Tx& tx, const auth::Actor& actor, int64_t customer_id);

// The owner (or a holder of customer.transfer_approve) puts a customer in scope back into the
// pool. Errors: kNotFound, kAborted "common.version_conflict", kFailedPrecondition
// "crm.customer.in_pool", "crm.customer.release_denied", kInvalidArgument (reason too long).
Result<void> ReleaseCustomer(db::Tx& tx, const auth::Actor& actor, int64_t customer_id,
                             int64_t version, const std::string& reason);

Result<PoolSettings> GetPoolSettings(db::Tx& tx);
// Errors: kInvalidArgument ("cap_per_rep", "idle_days.key", … out of range).
Result<PoolSettings> UpdatePoolSettings(db::Tx& tx, const audit::Context& ctx,
                                        const PoolSettings& s);

// The owned customers whose last follow-up (or claim, or creation when none) is older than the
// idle days of its class (0 = never), as of now_us. Any Tx: the sweep reads them in a read
// snapshot, so that the write transaction does not scan the archive.
struct IdleSweep {
  PoolSettings settings;
  std::vector<store::IdleCustomer> idle;
};
Result<IdleSweep> FindIdleCustomers(db::Tx& tx, int64_t now_us);

// Moves the customers of sweep to the pool, each only if unchanged since it was read (its
// version; a changed one waits for the next sweep): audited "customer return_to_pool" with the
// system context, and a notice pool_returned {code, name, days} to the former owner. `today`
// (YYYY-MM-DD, company zone) is recorded with the notice. Returns how many returned. Needs a
// write Tx.
Result<int64_t> ReturnIdleCustomers(db::Tx& tx, const IdleSweep& sweep, int64_t now_us,
                                    const std::string& today);

}  // namespace sd::crm
