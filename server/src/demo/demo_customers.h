#pragma once
// Demo customers, contacts, varieties, ratings, follow-ups and pool customers (issue 4), and a
// generator of many customers for benchmarks.

#include <cstdint>
#include <string>

#include "audit/audit.h"
#include "base/clock.h"
#include "base/result.h"
#include "db/database.h"

namespace sd::demo {

// Loads the demo company's customer archive through the crm services: about 60 customers over
// the provinces, owned by the reps who own the regions (巴陵石化 in 岳阳 430600, owner E005
// 陈磊), with contacts and varieties, approved ratings, a few pool customers and follow-ups
// (some overdue). Staff, regions and product lines must already be loaded. Deterministic.
Result<void> LoadCustomers(db::Tx& tx, const audit::Context& ctx);

// Rates the rated demo customers through the approval, as users would: a sales deputy proposes
// and the sales head approves, so each has its 资信 history and audit rows. The accounts must
// already exist (after LoadCustomers and the demo users). Errors: "demo.not_loaded"; crm's.
Result<void> LoadCreditRatings(db::Tx& tx, const audit::Context& ctx);

// A deterministic company name for generated customer i ("岳阳华盛路桥工程有限公司").
std::string GeneratedCustomerName(int64_t i);
// A valid unified social credit code for generated customer i (unique per i).
std::string GeneratedCreditCode(int64_t i);
// The mobile of contact k of generated customer i (unique per i and k below 3 × 10⁷): a
// prefix in use ("139") and 8 spread digits.
std::string GeneratedMobile(int64_t i, int64_t k);
// The landline of generated customer i: a Hunan area code and 7 digits (8 for 长沙 0731).
std::string GeneratedPhone(int64_t i);

struct GenerateStats {
  int64_t customers = 0;
  int64_t contacts = 0;
  int64_t follow_ups = 0;
};

// Adds n generated customers to a database holding the demo company, owned round-robin by the
// six demo reps in regions they own, each with contacts_per contacts and follow_ups_per
// follow-up records (the last one setting a next follow-up date). For benchmarks: written
// straight through the crm stores in transactions of a few thousand customers, not audited
// one by one (one "customer generate" audit record per call). Deterministic: the same n gives
// the same data. Errors: kFailedPrecondition "demo.not_loaded" without the demo reps; db errors.
Result<GenerateStats> GenerateCustomers(db::Database& db, const Clock& clock, int64_t n,
                                        int contacts_per, int follow_ups_per);

}  // namespace sd::demo
