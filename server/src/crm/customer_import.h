#pragma once
// Customer import (客户导入) from a table of text rows — the HTTP layer reads the .xlsx or CSV
// (http/table_reader.h) and hands over the header and rows. Columns are found by their header
// (Chinese or English, ImportColumns()). Rows with the same credit code, or the same name and
// no other credit code, are one customer: the first row gives the customer, every row may add
// a contact. Each customer is checked with the rules of POST /customers (CheckCustomerFields)
// and for duplicates against the archive and earlier rows of the file (same credit code; a
// similar name, IsSimilarName). All or nothing: any row error and nothing is written.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "base/i18n.h"
#include "base/result.h"
#include "crm/customer.h"
#include "db/database.h"

namespace sd::crm {

inline constexpr size_t kImportErrorsMax = 1000;  // errors listed; the count covers them all
inline constexpr size_t kImportPreviewRows = 20;

// One column of the import template: the field ("name", "contact_mobile") and whether it is
// required. Its header is in the message catalogue (ImportColumnHeader); both languages'
// headers are accepted, as are the aliases.
struct ImportColumn {
  const char* field;
  bool required;
  const char* example;  // a sample value for the template's second row
};
const std::vector<ImportColumn>& ImportColumns();

// The column's header in locale: "crm.import.column.<field>" ("客户名称", "name").
std::string ImportColumnHeader(const ImportColumn& c, Locale locale);

struct ImportRow {
  int64_t number = 0;  // the spreadsheet row (the header is row 1)
  std::vector<std::string> cells;
};

struct ImportRowError {
  int64_t row = 0;
  std::string field;   // import field ("credit_code", "contact_mobile"), "" for the whole row
  std::string column;  // the header as written in the file, "" when the column is missing
  std::string key;     // message key
  Params params;
};

struct ImportCustomer {
  int64_t row = 0;  // the customer's first row
  CustomerFields f;
  std::string region_name;
  std::string owner_name;
};

// What a plan keeps for its commit: the file's rows that make customers and contacts, packed,
// with what the rows name (regions, staff) as the plan read them. Opaque.
struct ImportSource;

// A checked file. It holds the rows it will write packed (ImportSource: about the size of the
// file's text), not the customers made from them: a plan of 100,000 customers held their
// fields, some 200 MB; the commit makes them a thousand at a time.
struct ImportPlan {
  std::vector<ImportCustomer> preview;  // the first kImportPreviewRows customers
  int64_t customer_count = 0;
  int64_t contacts = 0;
  int64_t file_rows = 0;
  std::vector<ImportRowError> errors;  // the first kImportErrorsMax
  int64_t error_count = 0;             // all of them
  std::vector<std::string> ignored_columns;
  std::shared_ptr<const ImportSource> source;
};

// Parses and checks every row; reads regions, staff, the actor's scope and the archive's
// names and credit codes (any Tx: a read snapshot, so that the write transaction does not wait
// on the file). The owner column (工号, or the name of one active staff member, as an export
// writes it) may name the actor, a staff member in the actor's scope, or anyone active for an
// actor with customer.transfer_approve; empty means the actor's staff member, or the pool for
// an actor without one.
// Errors: kFailedPrecondition "crm.import.column_missing" {column} when there is no name
// column; db errors. Row problems are in plan.errors, not errors.
Result<ImportPlan> PlanCustomerImport(db::Tx& tx, const auth::Actor& actor,
                                      const std::vector<std::string>& header,
                                      const std::vector<ImportRow>& rows);

// PlanCustomerImport a row at a time, for a file read as it streams: only the plan grows, not
// a copy of the file's rows. Start reads what rows name (regions, staff, the actor's scope;
// any Tx) and refuses a header without a name column as PlanCustomerImport does; Row takes
// each row in order; Finish checks every customer and the duplicates against the archive
// (read in tx) and returns the plan, once.
class CustomerImportPlanner {
 public:
  static Result<CustomerImportPlanner> Start(db::Tx& tx, const auth::Actor& actor,
                                             std::vector<std::string> header);
  void Row(const ImportRow& row);
  Result<ImportPlan> Finish(db::Tx& tx);

  ~CustomerImportPlanner();
  CustomerImportPlanner(CustomerImportPlanner&&) noexcept;
  CustomerImportPlanner& operator=(CustomerImportPlanner&&) noexcept;

 private:
  explicit CustomerImportPlanner(std::shared_ptr<ImportSource> source);
  std::shared_ptr<ImportSource> source_;
};

struct ImportResult {
  int64_t imported = 0;
  int64_t contacts = 0;
  // Customers created since the plan was read that the file's rows duplicate: nothing was
  // written, and these are the rows' errors (as in a plan).
  std::vector<ImportRowError> errors;
  int64_t error_count = 0;
};

// Writes a plan without errors in the caller's write Tx: first the duplicate check against the
// customers created since the plan read the archive (index reads of those rows only; on any,
// result.errors and nothing written), then the customers with the next codes (batch insert),
// one "customer create" audit record each and one "customer import" record
// {customers, contacts, file_rows}. Errors: kFailedPrecondition "crm.import.rows_invalid"
// {count} when the plan has errors; those of the store (kAlreadyExists on a race).
Result<ImportResult> CommitCustomerImport(db::Tx& tx, const auth::Actor& actor,
                                          const ImportPlan& plan);

}  // namespace sd::crm
