#pragma once
// Logical backup and restore, the same on both backends (and across them: a SQLite backup
// restores into PostgreSQL). The file is JSON lines: a header, then per table a line
// {"table": …, "columns": […]} followed by one JSON array per row. Integers stay integers and
// text stays text, so money and ids round-trip exactly.

#include <cstdint>
#include <string>

#include "base/result.h"
#include "db/database.h"

namespace sd::db {

struct BackupStats {
  int64_t tables = 0;
  int64_t rows = 0;
};

// Writes every table of db to path from one read snapshot. The file is written to
// path + ".tmp" and renamed when complete. Errors: kUnavailable "db.backup_io" (with the
// path), and those of Read.
Result<BackupStats> Backup(Database& db, const std::string& path);

// Loads a backup into db, which must be migrated (to at least the backup's migrations) and
// hold no rows outside schema_migrations. One write transaction: all or nothing. Tables load
// in creation order (parents first); a table's references to itself (a staff member's
// superior, a region's parent) are set once all its rows are in, so any order of ids loads.
// Errors: kFailedPrecondition "db.restore_not_empty", kInvalidArgument "db.backup_invalid"
// (param line), kFailedPrecondition "db.backup_newer" when the backup has migrations this
// binary does not know.
Result<BackupStats> Restore(Database& db, const std::string& path);

}  // namespace sd::db
