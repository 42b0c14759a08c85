#pragma once
// SQL for crm_pool_rules and crm_settings (the pool settings). Only settings_store.cc touches
// them. Absent rows read as the defaults of crm/pool.h.

#include "base/result.h"
#include "crm/pool.h"
#include "db/database.h"

namespace sd::crm::store {

// The settings, defaults where no row is stored. Any Tx.
Result<PoolSettings> LoadPoolSettings(db::Tx& tx);
// Stores every value (insert or update). Write Tx.
Result<void> SavePoolSettings(db::Tx& tx, const PoolSettings& s);

}  // namespace sd::crm::store
