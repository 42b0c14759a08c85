#include <map>

#include "org/staff_chart.h"

namespace sd::org {

Result<OrgChart> LoadOrgChart(db::Tx& tx) {
  OrgChart chart;
  SD_TRY_ASSIGN(db::Rows departments, tx.Query("SELECT id, parent_id, name FROM org_departments "
                                               "ORDER BY sort_order, id"));
  for (const db::Row& r : departments) {
    chart.departments.push_back({r.Int(0), r.OptInt(1), r.Text(2)});
    if (chart.company.empty() && r.IsNull(1)) chart.company = r.Text(2);
  }
  SD_TRY_ASSIGN(db::Rows positions,
                tx.Query("SELECT id, code, name, department_id, superior_position_id, headcount "
                         "FROM org_positions ORDER BY sort_order, code, id"));
  std::map<int64_t, size_t> index;
  for (const db::Row& r : positions) {
    index[r.Int(0)] = chart.positions.size();
    chart.positions.push_back(
        {r.Int(0), r.Text(1), r.Text(2), r.Int(3), r.OptInt(4), r.Int(5), {}});
  }
  SD_TRY_ASSIGN(db::Rows holders,
                tx.Query("SELECT sp.position_id, s.id, s.name FROM org_staff_positions sp "
                         "JOIN org_staff s ON s.id = sp.staff_id WHERE s.status = 'active' "
                         "ORDER BY s.code, s.id"));
  for (const db::Row& r : holders) {
    auto it = index.find(r.Int(0));
    if (it != index.end()) chart.positions[it->second].holders.push_back({r.Int(1), r.Text(2)});
  }
  return chart;
}

}  // namespace sd::org
