#include "audit/audit.h"

namespace sd::audit {

Result<void> Record(db::Tx& tx, const Context& ctx, std::string_view entity, int64_t entity_id,
                    std::string_view action, const std::optional<Snapshot>& before,
                    const std::optional<Snapshot>& after) {
  std::optional<std::string> before_json;
  std::optional<std::string> after_json;
  if (before) before_json = SnapshotJson(*before);
  if (after) after_json = SnapshotJson(*after);
  SD_TRY(tx.Exec(
      "INSERT INTO audit_log (at_us, user_id, user_login, client_addr, request_id, entity, "
      "entity_id, action, before_json, after_json) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
      "$10)",
      {ctx.at_us, ctx.user_id, ctx.user_login, ctx.client_addr, ctx.request_id, entity, entity_id,
       action, before_json, after_json}));
  return Ok();
}

Result<void> RecordMany(db::Tx& tx, const Context& ctx, std::string_view entity,
                        std::string_view action, std::span<const Change> changes) {
  constexpr size_t kPerRow = 10;
  std::vector<db::Value> values;
  values.reserve(changes.size() * kPerRow);
  for (const Change& c : changes) {
    values.emplace_back(ctx.at_us);
    values.emplace_back(ctx.user_id);
    values.emplace_back(ctx.user_login);
    values.emplace_back(ctx.client_addr);
    values.emplace_back(ctx.request_id);
    values.emplace_back(entity);
    values.emplace_back(c.entity_id);
    values.emplace_back(action);
    values.emplace_back(c.before ? db::Value(SnapshotJson(*c.before)) : db::Value());
    values.emplace_back(c.after ? db::Value(SnapshotJson(*c.after)) : db::Value());
  }
  SD_TRY(db::InsertMany(tx,
                        "INSERT INTO audit_log (at_us, user_id, user_login, client_addr, "
                        "request_id, entity, entity_id, action, before_json, after_json) VALUES",
                        kPerRow, values));
  return Ok();
}

Result<Page<Entry>> List(db::Tx& tx, const Filter& f) {
  // One WHERE clause with optional terms: "$n IS NULL OR col = $n" keeps the SQL constant, so
  // it is prepared once per connection. The CASTs give PostgreSQL the parameter types.
  static constexpr std::string_view kWhere =
      " WHERE (CAST($1 AS TEXT) IS NULL OR entity = $1)"
      " AND (CAST($2 AS BIGINT) IS NULL OR entity_id = $2)"
      " AND (CAST($3 AS BIGINT) IS NULL OR user_id = $3)"
      " AND (CAST($4 AS TEXT) IS NULL OR action = $4)"
      " AND (CAST($5 AS BIGINT) IS NULL OR at_us >= $5)"
      " AND (CAST($6 AS BIGINT) IS NULL OR at_us < $6)"
      " AND (CAST($7 AS TEXT) IS NULL OR user_login = $7)";
  std::vector<db::Value> params = {f.entity,  f.entity_id, f.user_id, f.action,
                                   f.from_us, f.to_us,     f.login};
  Page<Entry> page;
  page.page = f.page.page;
  page.size = f.page.size;
  SD_TRY_ASSIGN(
      db::Rows count,
      tx.Query(std::string("SELECT COUNT(*) FROM audit_log") + std::string(kWhere), params));
  page.total = count[0].Int(0);
  params.emplace_back(static_cast<int64_t>(f.page.size));
  params.emplace_back(f.page.offset());
  SD_TRY_ASSIGN(
      db::Rows rows,
      tx.Query(std::string("SELECT id, at_us, user_id, user_login, client_addr, request_id, "
                           "entity, entity_id, action, before_json, after_json FROM audit_log") +
                   std::string(kWhere) + " ORDER BY id DESC LIMIT $8 OFFSET $9",
               params));
  page.items.reserve(rows.size());
  for (const db::Row& r : rows) {
    Entry e;
    e.id = r.Int(0);
    e.at_us = r.Int(1);
    e.user_id = r.OptInt(2);
    e.user_login = r.Text(3);
    e.client_addr = r.Text(4);
    e.request_id = r.Text(5);
    e.entity = r.Text(6);
    e.entity_id = r.Int(7);
    e.action = r.Text(8);
    e.before_json = r.OptText(9);
    e.after_json = r.OptText(10);
    page.items.push_back(std::move(e));
  }
  return page;
}

}  // namespace sd::audit
