#pragma once
// Rows of crm_customers and crm_contacts as the customer store reads them: the column lists,
// the mapping to Customer and Contact, and the SQL pieces shared by the store's files
// (customer_store.cc writes and loads, customer_query_store.cc lists and searches).

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "crm/customer.h"
#include "db/database.h"

namespace sd::crm::store {

// The columns CustomerFromRow reads (of crm_customers c and the joins of kCustomerJoins).
inline constexpr std::string_view kCustomerFields =
    "c.id, c.code, c.name, c.short_name, c.credit_code, c.mnemonic, c.kind, c.class, "
    "c.industry, c.source, c.region_id, COALESCE(r.name, ''), c.address, c.phone, "
    "c.owner_staff_id, COALESCE(o.name, ''), c.support_staff_id, COALESCE(s.name, ''), "
    "c.vat_title, c.tax_number, c.invoice_address, c.invoice_phone, c.bank_name, "
    "c.bank_account, c.settlement, c.credit_days, c.credit_limit_fen, c.credit_rating, "
    "c.price_level, c.dealer_level, c.dealer_region_id, c.agreement_from, c.agreement_to, "
    "c.notes, c.status, c.claimed_at_us, c.last_follow_up_at_us, c.next_follow_up_on, "
    "c.created_by_staff_id, c.version, c.created_at_us, c.updated_at_us";
inline constexpr std::string_view kCustomerJoins =
    " LEFT JOIN org_regions r ON r.id = c.region_id"
    " LEFT JOIN org_staff o ON o.id = c.owner_staff_id"
    " LEFT JOIN org_staff s ON s.id = c.support_staff_id";
// "SELECT <kCustomerFields> FROM crm_customers c <joins>".
std::string CustomerSelect();

Customer CustomerFromRow(const db::Row& r);

// "SELECT <the columns ContactFromRow reads> FROM crm_contacts".
extern const std::string_view kContactColumns;

Contact ContactFromRow(const db::Row& r);

// Calls fn(row) for each contact row (kContactColumns) of the customers of ids that meets
// cond, by customer and saved order. The ids go in chunks: SQLite binds $n by name (a linear
// search per parameter, so one list of 100,000 ids costs a minute) and PostgreSQL takes at
// most 65,535 parameters.
template <typename F>
Result<void> EachContactOf(db::Tx& tx, const std::vector<int64_t>& ids, std::string_view cond,
                           F&& fn) {
  constexpr size_t kChunk = 500;
  for (size_t at = 0; at < ids.size(); at += kChunk) {
    const auto first = ids.begin() + static_cast<std::ptrdiff_t>(at);
    const std::vector<int64_t> chunk(
        first, first + static_cast<std::ptrdiff_t>(std::min(kChunk, ids.size() - at)));
    std::string sql =
        std::string(kContactColumns) + " WHERE " + std::string(cond) + " customer_id IN ";
    std::vector<db::Value> params;
    db::AppendIdList(chunk, &sql, &params);
    sql += " ORDER BY customer_id, sort_order, id";
    SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql, params));
    for (const db::Row& r : rows) fn(r);
  }
  return Ok();
}
// Escapes LIKE wildcards with '\' (used with ESCAPE '\').
std::string LikeEscape(std::string_view s);

// Appends " AND column IN (the region and below)".
void AppendRegionSubtree(const std::string& column, int64_t region_id, std::string* where,
                         std::vector<db::Value>* params);

// SQL text and its parameters, built up with $n placeholders.
struct Sql {
  std::string text;
  std::vector<db::Value> params;
  // "$n" for v, appended to the parameters.
  std::string Param(db::Value v) {
    params.push_back(std::move(v));
    return "$" + std::to_string(params.size());
  }
  // "($k, …)" for ids (not empty).
  std::string IdList(const std::vector<int64_t>& ids) {
    std::string out;
    db::AppendIdList(ids, &out, &params);
    return out;
  }
};

}  // namespace sd::crm::store
