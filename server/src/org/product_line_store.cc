#include "org/product_line_store.h"

#include "db/errors.h"

namespace sd::org::store {
namespace {

constexpr std::string_view kColumns =
    "SELECT id, code, name, notes, sort_order, version FROM org_product_lines";

ProductLine FromRow(const db::Row& r) {
  return ProductLine{r.Int(0), {r.Text(1), r.Text(2), r.Text(3), r.Int(4)}, r.Int(5)};
}

}  // namespace

Result<std::vector<ProductLine>> ListProductLines(db::Tx& tx) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kColumns) + " ORDER BY sort_order, code"));
  return db::MapRows(rows, FromRow);
}

Result<std::optional<ProductLine>> LoadProductLine(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kColumns) + " WHERE id = $1", {id}));
  return db::FirstRow(rows, FromRow);
}

Result<int64_t> InsertProductLine(db::Tx& tx, const ProductLineFields& f, int64_t now_us) {
  auto rows = tx.Query(
      "INSERT INTO org_product_lines (code, name, notes, sort_order, created_at_us) "
      "VALUES ($1, $2, $3, $4, $5) RETURNING id",
      {f.code, f.name, f.notes, f.sort_order, now_us});
  // The only unique column of org_product_lines is code.
  if (!rows) {
    return db::UniqueViolationAs(std::move(rows).error(), "org.product_line.code_taken",
                                 {{"code", f.code}});
  }
  return (*rows)[0].Int(0);
}

Result<bool> UpdateProductLine(db::Tx& tx, int64_t id, int64_t expected_version,
                               const ProductLineFields& f) {
  auto changed = tx.Exec(
      "UPDATE org_product_lines SET code = $1, name = $2, notes = $3, sort_order = $4, "
      "version = version + 1 WHERE id = $5 AND version = $6",
      {f.code, f.name, f.notes, f.sort_order, id, expected_version});
  if (!changed) {
    return db::UniqueViolationAs(std::move(changed).error(), "org.product_line.code_taken",
                                 {{"code", f.code}});
  }
  return *changed == 1;
}

}  // namespace sd::org::store
