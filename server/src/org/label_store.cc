#include "org/label_store.h"

namespace sd::org::store {
namespace {

// "SELECT id, <label> FROM <table> WHERE id IN (…)" for ids (none: no query).
Result<std::map<int64_t, std::string>> Labels(db::Tx& tx, std::string sql,
                                              const std::vector<int64_t>& ids) {
  std::map<int64_t, std::string> out;
  if (ids.empty()) return out;
  std::vector<db::Value> params;
  db::AppendIdList(ids, &sql, &params);
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql, params));
  for (const db::Row& r : rows) out[r.Int(0)] = r.Text(1);
  return out;
}

}  // namespace

Result<std::map<int64_t, std::string>> StaffLabels(db::Tx& tx, const std::vector<int64_t>& ids) {
  return Labels(tx, "SELECT id, code || ' ' || name FROM org_staff WHERE id IN ", ids);
}

Result<std::map<int64_t, std::string>> RegionLabels(db::Tx& tx, const std::vector<int64_t>& ids) {
  return Labels(tx, "SELECT id, name FROM org_regions WHERE id IN ", ids);
}

Result<std::map<int64_t, std::string>> DepartmentLabels(db::Tx& tx,
                                                        const std::vector<int64_t>& ids) {
  return Labels(tx, "SELECT id, name FROM org_departments WHERE id IN ", ids);
}

Result<std::map<int64_t, std::string>> PositionLabels(db::Tx& tx, const std::vector<int64_t>& ids) {
  return Labels(tx, "SELECT id, name FROM org_positions WHERE id IN ", ids);
}

}  // namespace sd::org::store
