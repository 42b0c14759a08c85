#include "sales/fx_store.h"

namespace sd::sales::store {
namespace {

constexpr std::string_view kColumns =
    "SELECT id, currency, rate_on, rate_e6, note, version, created_at_us, updated_at_us "
    "FROM sales_fx_rates";

FxRate FromRow(const db::Row& r) {
  FxRate f;
  f.id = r.Int(0);
  f.currency = r.Text(1);
  f.rate_on = r.Text(2);
  f.rate_e6 = r.Int(3);
  f.note = r.Text(4);
  f.version = r.Int(5);
  f.created_at_us = r.Int(6);
  f.updated_at_us = r.Int(7);
  return f;
}

Result<std::optional<FxRate>> One(db::Tx& tx, std::string_view where, std::vector<db::Value> p) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kColumns) + std::string(where), p));
  std::vector<FxRate> found = db::MapRows(rows, FromRow);
  if (found.empty()) return std::optional<FxRate>();
  return std::optional<FxRate>(std::move(found[0]));
}

}  // namespace

Result<std::vector<FxRate>> ListFxRates(db::Tx& tx, const FxFilter& f, int64_t limit) {
  std::string where = " WHERE 1 = 1";
  std::vector<db::Value> params;
  auto next = [&](db::Value v) {
    params.push_back(std::move(v));
    return "$" + std::to_string(params.size());
  };
  if (f.currency) where += " AND currency = " + next(*f.currency);
  if (f.from) where += " AND rate_on >= " + next(*f.from);
  if (f.to) where += " AND rate_on <= " + next(*f.to);
  where += " ORDER BY rate_on DESC, currency LIMIT " + next(limit);
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kColumns) + where, params));
  return db::MapRows(rows, FromRow);
}

Result<std::optional<FxRate>> LoadFxRate(db::Tx& tx, int64_t id) {
  return One(tx, " WHERE id = $1", {id});
}

Result<std::optional<FxRate>> FxRateDated(db::Tx& tx, const std::string& currency,
                                          const std::string& rate_on) {
  return One(tx, " WHERE currency = $1 AND rate_on = $2", {currency, rate_on});
}

Result<std::optional<FxRate>> FxRateOn(db::Tx& tx, const std::string& currency,
                                       const std::string& on) {
  return One(tx, " WHERE currency = $1 AND rate_on <= $2 ORDER BY rate_on DESC LIMIT 1",
             {currency, on});
}

Result<int64_t> InsertFxRate(db::Tx& tx, const FxRate& r, int64_t now_us) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("INSERT INTO sales_fx_rates (currency, rate_on, rate_e6, note, "
                         "created_at_us, updated_at_us) VALUES ($1, $2, $3, $4, $5, $5) "
                         "RETURNING id",
                         {r.currency, r.rate_on, r.rate_e6, r.note, now_us}));
  return rows[0].Int(0);
}

Result<bool> UpdateFxRate(db::Tx& tx, const FxRate& r, int64_t expected_version, int64_t now_us) {
  SD_TRY_ASSIGN(
      db::Rows rows,
      tx.Query("UPDATE sales_fx_rates SET rate_e6 = $1, note = $2, version = version + 1, "
               "updated_at_us = $3 WHERE id = $4 AND version = $5 RETURNING id",
               {r.rate_e6, r.note, now_us, r.id, expected_version}));
  return !rows.empty();
}

}  // namespace sd::sales::store
