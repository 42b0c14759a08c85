#pragma once
// Product import (产品导入) from a table of text rows — the HTTP layer reads the .xlsx or CSV
// (http/table_reader.h) and hands over the header and rows, a row at a time. Columns are the
// export's (ProductColumns(); headers in Chinese or English), so an exported file goes back in
// once its codes are changed or cleared. Each row is one new product, checked with the rules of
// POST /products (CheckProductFields, the product line) and for codes taken in the catalog or
// earlier in the file. All or nothing: any row error and nothing is written.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "base/i18n.h"
#include "base/result.h"
#include "catalog/product.h"
#include "db/database.h"

namespace sd::catalog {

inline constexpr size_t kImportErrorsMax = 1000;  // errors listed; the count covers them all
// Products one import may add: each is written and audited through CreateProduct.
inline constexpr size_t kImportProductsMax = 20'000;

// The export's and import's columns in order ("code", "name", …); headers are the messages
// "catalog.export.column.<field>". Status is exported but not imported (a new product is active).
struct ProductColumn {
  const char* field;
  bool required;  // on import
};
const std::vector<ProductColumn>& ProductColumns();
std::string ProductColumnHeader(const ProductColumn& c, Locale locale);

// "千克=0.0010; 袋=1.0000" in locale: the units cell of the export, read back by the import.
std::string UnitsText(const std::vector<SecondaryUnit>& units, Locale locale);

struct ImportRowError {
  int64_t row = 0;
  std::string field;   // import column field ("units", "product_line"), "" for the whole row
  std::string column;  // the header as written in the file
  std::string key;     // message key
  Params params;
};

struct ImportProduct {
  int64_t row = 0;
  ProductFields f;
};

struct ImportPlan {
  std::vector<ImportProduct> products;
  int64_t file_rows = 0;
  std::vector<ImportRowError> errors;  // the first kImportErrorsMax
  int64_t error_count = 0;             // all of them
  std::vector<std::string> ignored_columns;
};

// Plans an import a row at a time: Start reads the product lines (any Tx) and refuses a header
// without a name column (kFailedPrecondition "catalog.import.column_missing" {column}); Row
// takes each row in order; Finish checks codes against the catalog and returns the plan, once.
// Errors of Finish: kResourceExhausted "catalog.import.too_many_products" {max}; db errors.
class ProductImportPlanner {
 public:
  static Result<ProductImportPlanner> Start(db::Tx& tx, std::vector<std::string> header);
  void Row(int64_t number, const std::vector<std::string>& cells);
  Result<ImportPlan> Finish(db::Tx& tx);

  ~ProductImportPlanner();
  ProductImportPlanner(ProductImportPlanner&&) noexcept;
  ProductImportPlanner& operator=(ProductImportPlanner&&) noexcept;

 private:
  struct Impl;
  explicit ProductImportPlanner(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Writes a plan without errors in the caller's write Tx: each product through CreateProduct
// (products without a code take the next free "P00001" codes), then one "product import"
// audit record {products, file_rows}. Returns the number imported. Errors: kFailedPrecondition
// "catalog.import.rows_invalid" {count} when the plan has errors; those of CreateProduct.
Result<int64_t> CommitProductImport(db::Tx& tx, const auth::Actor& actor, const ImportPlan& plan);

}  // namespace sd::catalog
