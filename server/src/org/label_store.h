#pragma once
// Labels of org records by id, for texts that name them (the audit log, timelines): staff
// "E005 陈磊", regions and departments by name, product lines and positions by code and name.
// One query for all ids; ids not found are left out. Need any Tx; db errors unchanged.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "base/result.h"
#include "db/database.h"

namespace sd::org::store {

Result<std::map<int64_t, std::string>> StaffLabels(db::Tx& tx, const std::vector<int64_t>& ids);
Result<std::map<int64_t, std::string>> RegionLabels(db::Tx& tx, const std::vector<int64_t>& ids);
Result<std::map<int64_t, std::string>> DepartmentLabels(db::Tx& tx,
                                                        const std::vector<int64_t>& ids);
Result<std::map<int64_t, std::string>> PositionLabels(db::Tx& tx, const std::vector<int64_t>& ids);

}  // namespace sd::org::store
