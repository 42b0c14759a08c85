#pragma once
// Labels of customers by id ("C0001 湖南路桥建设集团有限公司"), for texts that name them (the
// audit log, timelines). One query for all ids; ids not found are left out. Needs any Tx; db
// errors unchanged. Scope is the caller's business: only records the reader may see are named.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "base/result.h"
#include "db/database.h"

namespace sd::crm::store {

Result<std::map<int64_t, std::string>> CustomerLabels(db::Tx& tx, const std::vector<int64_t>& ids);

}  // namespace sd::crm::store
