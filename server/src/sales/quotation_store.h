#pragma once
// SQL for sales_quotations and sales_quotation_lines. Only quotation_store.cc touches them.
// Functions need a Tx (reads any, writes a write Tx) and return the db errors unchanged.

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/page.h"
#include "db/database.h"
#include "sales/quotation.h"

namespace sd::sales {

struct QuotationFilter {
  std::optional<int64_t> customer_id;
  std::optional<int64_t> lead_id;
  std::optional<int64_t> owner_staff_id;  // the rep
  std::optional<QuotationState> state;
  std::optional<std::string> from;    // quoted_on ≥
  std::optional<std::string> to;      // quoted_on ≤
  std::optional<std::string> number;  // part of the number
};

namespace store {

// The data scope as the store applies it: nullopt = all; otherwise quotations owned by one of
// owner_ids or made by maker_user_id.
struct QuotationScope {
  std::vector<int64_t> owner_ids;
  int64_t maker_user_id = 0;
};

// Headers only (lines empty), newest quotation date first.
Result<Page<Quotation>> QueryQuotations(db::Tx& tx, const QuotationFilter& f,
                                        const std::optional<QuotationScope>& scope,
                                        const PageRequest& page);
// With its lines.
Result<std::optional<Quotation>> LoadQuotation(db::Tx& tx, int64_t id);
// Inserts header and lines; returns the id.
Result<int64_t> InsertQuotation(db::Tx& tx, const Quotation& q, int64_t now_us);
// Many quotations with their lines in few statements (db::InsertMany), for generators that run
// alone (a benchmark's million quotations): ids are taken after the largest and PostgreSQL's
// identity continues after them; each row keeps its state, number, version and timestamps as
// given (numbers must already be issued through doc). Returns the ids in the order of qs.
Result<std::vector<int64_t>> InsertQuotations(db::Tx& tx, std::span<const Quotation> qs);
// Writes every header field of q at expected_version (version + 1), and the lines when
// write_lines; false on a version mismatch.
Result<bool> UpdateQuotation(db::Tx& tx, const Quotation& q, int64_t expected_version,
                             bool write_lines, int64_t now_us);
// Sent quotations whose validity ended before `today`, oldest first, at most `limit`.
Result<std::vector<int64_t>> SentPastValidity(db::Tx& tx, const std::string& today, int64_t limit);
// "BJ-2026-000001 湖南路桥…" (or "#12 …" for a draft) by id, for the audit log.
Result<std::map<int64_t, std::string>> QuotationLabels(db::Tx& tx, const std::vector<int64_t>& ids);
// Invariants: quotations whose stored totals differ from the sums of their lines; numbered
// quotations whose number is not the one doc issued to them; quotations awaiting approval
// without a pending step, or with one in another state (a withdrawn or decided step is closed).
Result<int64_t> TotalsNotSumOfLines(db::Tx& tx);
Result<int64_t> NumbersNotIssued(db::Tx& tx);
Result<int64_t> StepsOutOfState(db::Tx& tx);

}  // namespace store
}  // namespace sd::sales
