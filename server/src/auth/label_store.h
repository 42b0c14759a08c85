#pragma once
// Labels of user accounts by id ("系统管理员 (admin)"), for texts that name them (the audit log).
// One query for all ids; ids not found are left out. Needs any Tx; db errors unchanged.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "base/result.h"
#include "db/database.h"

namespace sd::auth::store {

Result<std::map<int64_t, std::string>> UserLabels(db::Tx& tx, const std::vector<int64_t>& ids);

}  // namespace sd::auth::store
