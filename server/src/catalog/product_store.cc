#include "catalog/product_store.h"

#include <cstdio>

#include "base/assert.h"
#include "db/errors.h"

namespace sd::catalog::store {
namespace {

constexpr std::string_view kColumns =
    "SELECT p.id, p.code, p.name, p.spec, p.product_line_id, p.base_unit, p.tax_rate_e4, "
    "p.standard_cost_fen, p.source, p.package, p.notes, p.mnemonic, p.status, p.version, "
    "p.created_at_us, p.updated_at_us, COALESCE(l.name, '') "
    "FROM catalog_products p LEFT JOIN org_product_lines l ON l.id = p.product_line_id";

Product FromRow(const db::Row& r) {
  Product p;
  p.id = r.Int(0);
  p.f.code = r.Text(1);
  p.f.name = r.Text(2);
  p.f.spec = r.Text(3);
  p.f.product_line_id = r.Int(4);
  p.f.base_unit = r.Text(5);
  p.f.tax_rate_e4 = r.Int(6);
  p.f.standard_cost_fen = r.Int(7);
  const bool source_ok = doc::ParseName(kProductSourceNames, r.Text(8), &p.f.source);
  SD_ASSERT(source_ok, "the CHECK on source holds it to kProductSourceNames");
  p.f.package = r.Text(9);
  p.f.notes = r.Text(10);
  p.mnemonic = r.Text(11);
  const bool state_ok = doc::ParseName(kProductStateNames, r.Text(12), &p.state);
  SD_ASSERT(state_ok, "the CHECK on status holds it to kProductStateNames");
  p.version = r.Int(13);
  p.created_at_us = r.Int(14);
  p.updated_at_us = r.Int(15);
  p.product_line_name = r.Text(16);
  return p;
}

// The secondary units of the products, in their order.
Result<void> AttachUnits(db::Tx& tx, std::vector<Product>* products) {
  if (products->empty()) return Ok();
  std::vector<int64_t> ids;
  for (const Product& p : *products) ids.push_back(p.id);
  std::string sql =
      "SELECT product_id, unit, factor_e4 FROM catalog_product_units WHERE product_id IN ";
  std::vector<db::Value> params;
  db::AppendIdList(ids, &sql, &params);
  sql += " ORDER BY product_id, sort_order, unit";
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql, params));
  std::map<int64_t, std::vector<SecondaryUnit>> units;
  for (const db::Row& r : rows) {
    units[r.Int(0)].push_back({r.Text(1), Decimal4::FromRaw(r.Int(2))});
  }
  for (Product& p : *products) p.f.units = std::move(units[p.id]);
  return Ok();
}

Result<void> WriteUnits(db::Tx& tx, int64_t id, const std::vector<SecondaryUnit>& units) {
  SD_TRY(tx.Exec("DELETE FROM catalog_product_units WHERE product_id = $1", {id}));
  int64_t order = 0;
  for (const SecondaryUnit& u : units) {
    SD_TRY(
        tx.Exec("INSERT INTO catalog_product_units (product_id, unit, factor_e4, sort_order) "
                "VALUES ($1, $2, $3, $4)",
                {id, u.unit, u.factor.raw(), ++order}));
  }
  return Ok();
}

std::string_view OrderBy(ProductSort s) {
  switch (s) {
    case ProductSort::kCode:
      return " ORDER BY p.code, p.id";
    case ProductSort::kName:
      return " ORDER BY p.name_sort, p.id";
    case ProductSort::kUpdatedDesc:
      return " ORDER BY p.updated_at_us DESC, p.id DESC";
  }
  return " ORDER BY p.id";
}

// The WHERE clause of q with its parameters from $1.
std::string Where(const ProductQuery& q, std::vector<db::Value>* params) {
  std::string where = " WHERE 1 = 1";
  auto next = [&](db::Value v) {
    params->push_back(std::move(v));
    return "$" + std::to_string(params->size());
  };
  if (q.q) {
    std::string lower = *q.q;
    for (char& c : lower) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    where += " AND p.search_text LIKE " + next("%" + lower + "%");
  }
  if (q.product_line_id) where += " AND p.product_line_id = " + next(*q.product_line_id);
  if (q.source) where += " AND p.source = " + next(ProductSourceName(*q.source));
  if (q.state) where += " AND p.status = " + next(ProductStateName(*q.state));
  return where;
}

Result<int64_t> Count(db::Tx& tx, std::string_view sql) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(sql)));
  return rows[0].Int(0);
}

}  // namespace

Result<Page<Product>> QueryProducts(db::Tx& tx, const ProductQuery& q) {
  std::vector<db::Value> params;
  const std::string where = Where(q, &params);
  Page<Product> out;
  out.page = q.page.page;
  out.size = q.page.size;
  SD_TRY_ASSIGN(db::Rows count,
                tx.Query("SELECT COUNT(*) FROM catalog_products p" + where, params));
  out.total = count[0].Int(0);
  const size_t n = params.size();
  params.emplace_back(static_cast<int64_t>(q.page.size));
  params.emplace_back(q.page.offset());
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query(std::string(kColumns) + where + std::string(OrderBy(q.sort)) + " LIMIT $" +
                             std::to_string(n + 1) + " OFFSET $" + std::to_string(n + 2),
                         params));
  out.items = db::MapRows(rows, FromRow);
  SD_TRY(AttachUnits(tx, &out.items));
  return out;
}

Result<std::optional<Product>> LoadProduct(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kColumns) + " WHERE p.id = $1", {id}));
  std::vector<Product> found = db::MapRows(rows, FromRow);
  if (found.empty()) return std::optional<Product>();
  SD_TRY(AttachUnits(tx, &found));
  return std::optional<Product>(std::move(found[0]));
}

Result<int64_t> NextProductNumber(db::Tx& tx) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT code FROM catalog_products WHERE code LIKE 'P%' ORDER BY "
                         "length(code) DESC, code DESC LIMIT 1"));
  if (rows.empty()) return int64_t{1};
  int64_t n = 0;
  for (char ch : rows[0].Text(0).substr(1)) {
    if (ch < '0' || ch > '9' || n > 1'000'000'000'000) return int64_t{1};
    n = n * 10 + (ch - '0');
  }
  return n + 1;
}

std::string ProductCode(int64_t number) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "P%05lld", static_cast<long long>(number));
  return buf;
}

Result<std::vector<std::string>> TakenCodes(db::Tx& tx, const std::vector<std::string>& codes) {
  std::vector<std::string> out;
  if (codes.empty()) return out;
  std::string sql = "SELECT code FROM catalog_products WHERE code IN (";
  std::vector<db::Value> params;
  for (const std::string& c : codes) {
    params.emplace_back(c);
    sql += (params.size() > 1 ? ", $" : "$") + std::to_string(params.size());
  }
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql + ")", params));
  for (const db::Row& r : rows) out.push_back(r.Text(0));
  return out;
}

Result<int64_t> InsertProduct(db::Tx& tx, const ProductFields& f, const ProductDerived& d,
                              int64_t now_us) {
  auto rows = tx.Query(
      "INSERT INTO catalog_products (code, name, spec, mnemonic, search_text, name_sort, "
      "product_line_id, base_unit, tax_rate_e4, standard_cost_fen, source, package, notes, "
      "created_at_us, updated_at_us) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, "
      "$13, $14, $14) RETURNING id",
      {f.code, f.name, f.spec, d.mnemonic, d.search_text, d.name_sort, f.product_line_id,
       f.base_unit, f.tax_rate_e4, f.standard_cost_fen, ProductSourceName(f.source), f.package,
       f.notes, now_us});
  // The only unique column is code.
  if (!rows) {
    return db::UniqueViolationAs(std::move(rows).error(), "catalog.product.code_taken",
                                 {{"code", f.code}});
  }
  const int64_t id = (*rows)[0].Int(0);
  SD_TRY(WriteUnits(tx, id, f.units));
  return id;
}

Result<bool> UpdateProduct(db::Tx& tx, int64_t id, int64_t expected_version, const ProductFields& f,
                           const ProductDerived& d, ProductState state, int64_t now_us) {
  auto n = tx.Exec(
      "UPDATE catalog_products SET code = $1, name = $2, spec = $3, mnemonic = $4, "
      "search_text = $5, name_sort = $6, product_line_id = $7, base_unit = $8, tax_rate_e4 = $9, "
      "standard_cost_fen = $10, source = $11, package = $12, notes = $13, status = $14, "
      "updated_at_us = $15, version = version + 1 WHERE id = $16 AND version = $17",
      {f.code, f.name, f.spec, d.mnemonic, d.search_text, d.name_sort, f.product_line_id,
       f.base_unit, f.tax_rate_e4, f.standard_cost_fen, ProductSourceName(f.source), f.package,
       f.notes, ProductStateName(state), now_us, id, expected_version});
  if (!n) {
    return db::UniqueViolationAs(std::move(n).error(), "catalog.product.code_taken",
                                 {{"code", f.code}});
  }
  if (*n != 1) return false;
  SD_TRY(WriteUnits(tx, id, f.units));
  return true;
}

Result<std::map<int64_t, std::string>> ProductLabels(db::Tx& tx, const std::vector<int64_t>& ids) {
  std::map<int64_t, std::string> out;
  if (ids.empty()) return out;
  std::string sql =
      "SELECT id, code || ' ' || name || ' ' || spec FROM catalog_products WHERE id IN ";
  std::vector<db::Value> params;
  db::AppendIdList(ids, &sql, &params);
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql, params));
  for (const db::Row& r : rows) out[r.Int(0)] = r.Text(1);
  return out;
}

Result<int64_t> ProductsWithoutLine(db::Tx& tx) {
  return Count(tx,
               "SELECT COUNT(*) FROM catalog_products p WHERE NOT EXISTS (SELECT 1 FROM "
               "org_product_lines l WHERE l.id = p.product_line_id)");
}

Result<int64_t> BadUnits(db::Tx& tx) {
  return Count(tx,
               "SELECT COUNT(*) FROM catalog_product_units u JOIN catalog_products p ON p.id = "
               "u.product_id WHERE u.factor_e4 <= 0 OR u.unit = p.base_unit");
}

}  // namespace sd::catalog::store
