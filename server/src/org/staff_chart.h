#pragma once
// The organization chart: departments, positions with their superiors and the active staff
// holding each position (GET /org/chart).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"

namespace sd::org {

struct OrgChartDepartment {
  int64_t id = 0;
  std::optional<int64_t> parent_id;
  std::string name;
};

struct OrgChartHolder {
  int64_t staff_id = 0;
  std::string name;
};

struct OrgChartPosition {
  int64_t id = 0;
  std::string code;
  std::string name;
  int64_t department_id = 0;
  std::optional<int64_t> superior_position_id;
  int64_t headcount = 0;
  std::vector<OrgChartHolder> holders;  // active staff, by code
};

struct OrgChart {
  std::string company;  // the root department's name ("" without departments)
  std::vector<OrgChartDepartment> departments;  // by sort_order, id
  std::vector<OrgChartPosition> positions;      // by sort_order, code
};

// Reads the whole chart. Needs any Tx.
Result<OrgChart> LoadOrgChart(db::Tx& tx);

}  // namespace sd::org
