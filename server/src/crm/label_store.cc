#include "crm/label_store.h"

namespace sd::crm::store {

Result<std::map<int64_t, std::string>> CustomerLabels(db::Tx& tx, const std::vector<int64_t>& ids) {
  std::map<int64_t, std::string> out;
  if (ids.empty()) return out;
  std::string sql = "SELECT id, code || ' ' || name FROM crm_customers WHERE id IN ";
  std::vector<db::Value> params;
  db::AppendIdList(ids, &sql, &params);
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql, params));
  for (const db::Row& r : rows) out[r.Int(0)] = r.Text(1);
  return out;
}

}  // namespace sd::crm::store
