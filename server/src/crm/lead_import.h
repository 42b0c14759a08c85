#pragma once
// Lead import (线索导入) from a table of text rows (the HTTP layer reads the .xlsx or CSV through
// http/table_reader.h): one lead per row, columns found by their Chinese or English header,
// each row checked with the rules of POST /leads, the region given by code or name. All or
// nothing: any row error and nothing is written. Imported leads are routed like created ones.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "base/result.h"
#include "crm/customer_import.h"
#include "crm/lead.h"
#include "db/database.h"

namespace sd::crm {

struct LeadImportColumn {
  const char* field;                 // "company", "region", …
  std::vector<const char*> headers;  // accepted headers, Chinese and English
};
const std::vector<LeadImportColumn>& LeadImportColumns();

struct ImportLead {
  int64_t row = 0;
  LeadFields f;
  std::string region_name;
  std::optional<int64_t> assignee_staff_id;  // where routing sends it
};

struct LeadImportPlan {
  std::vector<ImportLead> leads;
  int64_t file_rows = 0;
  std::vector<ImportRowError> errors;  // the first kImportErrorsMax
  int64_t error_count = 0;
  std::vector<std::string> ignored_columns;
};

// Parses, checks and routes every row (any Tx). Errors: kFailedPrecondition
// "crm.import.column_missing" {column} without a company column; db errors. Row problems are in
// plan.errors (fields named as the import columns: "company", "email", "region").
Result<LeadImportPlan> PlanLeadImport(db::Tx& tx, const std::vector<std::string>& header,
                                      const std::vector<ImportRow>& rows);

struct LeadImportResult {
  int64_t imported = 0;
  int64_t assigned = 0;
};
// Writes a plan without errors: each lead as CreateLead would (routed, notice, audit "lead
// create"), then one audit "lead import" {leads, file_rows}. Errors: kFailedPrecondition
// "crm.import.rows_invalid" {count} when the plan has errors; db errors.
Result<LeadImportResult> CommitLeadImport(db::Tx& tx, const auth::Actor& actor,
                                          const LeadImportPlan& plan);

}  // namespace sd::crm
