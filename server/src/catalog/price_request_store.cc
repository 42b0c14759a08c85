#include "catalog/price_request_store.h"

#include "base/assert.h"

namespace sd::catalog::store {
namespace {

constexpr std::string_view kColumns =
    "r.id, r.rule_kind, r.product_id, r.customer_id, r.list_id, r.customer_kind, r.min_qty_e4, "
    "r.old_e4, r.new_e4, r.effective_from, r.effective_to, r.reason, r.status, "
    "r.proposed_by_user_id, r.proposed_by_staff_id, r.proposed_by_name, r.decided_by_name, "
    "r.decided_at_us, r.decision_note, r.version, r.created_at_us, p.code, p.name, "
    "COALESCE(k.name, ''), COALESCE(l.name, '')";
constexpr std::string_view kFrom =
    "FROM catalog_price_requests r JOIN catalog_products p ON p.id = r.product_id "
    "LEFT JOIN crm_customers k ON k.id = r.customer_id "
    "LEFT JOIN catalog_price_lists l ON l.id = r.list_id";

PriceRequest FromRow(const db::Row& row) {
  PriceRequest r;
  r.id = row.Int(0);
  const bool kind_ok = doc::ParseName(kRuleKindNames, row.Text(1), &r.f.kind);
  SD_ASSERT(kind_ok, "the CHECK on rule_kind holds it to kRuleKindNames");
  r.f.product_id = row.Int(2);
  r.f.customer_id = row.OptInt(3);
  r.f.list_id = row.OptInt(4);
  r.f.customer_kind = row.Text(5);
  r.f.min_qty_e4 = row.Int(6);
  r.old_e4 = row.OptInt(7);
  r.f.new_e4 = row.OptInt(8);
  r.f.effective_from = row.Text(9);
  r.f.effective_to = row.OptText(10);
  r.f.reason = row.Text(11);
  const bool state_ok = doc::ParseName(kPriceRequestStateNames, row.Text(12), &r.state);
  SD_ASSERT(state_ok, "the CHECK on status holds it to kPriceRequestStateNames");
  r.proposed_by_user_id = row.Int(13);
  r.proposed_by_staff_id = row.OptInt(14);
  r.proposed_by_name = row.Text(15);
  r.decided_by_name = row.Text(16);
  r.decided_at_us = row.OptInt(17);
  r.decision_note = row.Text(18);
  r.version = row.Int(19);
  r.created_at_us = row.Int(20);
  r.product_code = row.Text(21);
  r.product_name = row.Text(22);
  r.customer_name = row.Text(23);
  r.list_name = row.Text(24);
  return r;
}

}  // namespace

Result<Page<PriceRequest>> QueryPriceRequests(db::Tx& tx, const PriceRequestQuery& q) {
  std::vector<db::Value> params;
  auto next = [&](db::Value v) {
    params.push_back(std::move(v));
    return "$" + std::to_string(params.size());
  };
  std::string where = std::string(kFrom) + " WHERE 1 = 1";
  if (q.state) where += " AND r.status = " + next(PriceRequestStateName(*q.state));
  if (q.proposed_by_user_id)
    where += " AND r.proposed_by_user_id = " + next(*q.proposed_by_user_id);
  if (q.ids) {
    if (q.ids->empty()) return Page<PriceRequest>{{}, 0, q.page.page, q.page.size};
    where += " AND r.id IN ";
    db::AppendIdList(*q.ids, &where, &params);
  }
  Page<PriceRequest> out;
  out.page = q.page.page;
  out.size = q.page.size;
  SD_TRY_ASSIGN(db::Rows count, tx.Query("SELECT COUNT(*) " + where, params));
  out.total = count[0].Int(0);
  const std::string limit = " LIMIT " + next(static_cast<int64_t>(q.page.size));
  const std::string offset = " OFFSET " + next(q.page.offset());
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT " + std::string(kColumns) + " " + where +
                             " ORDER BY r.created_at_us DESC, r.id DESC" + limit + offset,
                         params));
  out.items = db::MapRows(rows, FromRow);
  return out;
}

Result<std::optional<PriceRequest>> LoadPriceRequest(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query("SELECT " + std::string(kColumns) + " " +
                                            std::string(kFrom) + " WHERE r.id = $1",
                                        {id}));
  if (rows.empty()) return std::optional<PriceRequest>();
  return std::optional<PriceRequest>(FromRow(rows[0]));
}

Result<int64_t> InsertPriceRequest(db::Tx& tx, const PriceRequest& r) {
  SD_TRY_ASSIGN(
      db::Rows rows,
      tx.Query(
          "INSERT INTO catalog_price_requests (rule_kind, product_id, customer_id, list_id, "
          "customer_kind, min_qty_e4, old_e4, new_e4, effective_from, effective_to, reason, "
          "proposed_by_user_id, proposed_by_staff_id, proposed_by_name, created_at_us, "
          "updated_at_us) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, "
          "$14, $15, $15) RETURNING id",
          {RuleKindName(r.f.kind), r.f.product_id, r.f.customer_id, r.f.list_id, r.f.customer_kind,
           r.f.min_qty_e4, r.old_e4, r.f.new_e4, r.f.effective_from, r.f.effective_to, r.f.reason,
           r.proposed_by_user_id, r.proposed_by_staff_id, r.proposed_by_name, r.created_at_us}));
  return rows[0].Int(0);
}

Result<bool> UpdatePriceRequest(db::Tx& tx, const PriceRequest& r, int64_t now_us) {
  SD_TRY_ASSIGN(int64_t n,
                tx.Exec("UPDATE catalog_price_requests SET status = $1, decided_by_name = $2, "
                        "decided_at_us = $3, decision_note = $4, updated_at_us = $5, version = "
                        "version + 1 WHERE id = $6 AND version = $7",
                        {PriceRequestStateName(r.state), r.decided_by_name, r.decided_at_us,
                         r.decision_note, now_us, r.id, r.version}));
  return n == 1;
}

}  // namespace sd::catalog::store
