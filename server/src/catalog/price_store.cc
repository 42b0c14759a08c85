#include "catalog/price_store.h"

#include "base/assert.h"
#include "db/errors.h"

namespace sd::catalog::store {
namespace {

// Appends v to params and returns its placeholder.
std::string Next(std::vector<db::Value>* params, db::Value v) {
  params->push_back(std::move(v));
  return "$" + std::to_string(params->size());
}

// crm::Sees in SQL over the customer joined as k: an owner among the scope's, or supported by
// the actor. Parenthesised.
std::string SeenBy(const crm::CustomerScope& scope, std::vector<db::Value>* params) {
  std::string sql = "(";
  if (!scope.owner_ids.empty()) {
    sql += "k.owner_staff_id IN ";
    db::AppendIdList(scope.owner_ids, &sql, params);
    sql += " OR ";
  }
  return sql + "k.support_staff_id = " + Next(params, scope.self_staff_id.value_or(-1)) + ")";
}

Result<int64_t> Count(db::Tx& tx, const std::string& sql, const std::vector<db::Value>& params) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql, params));
  return rows[0].Int(0);
}

// Paging of a query whose WHERE clause is in `where` with params; columns/order given.
template <typename T, typename F>
Result<Page<T>> Paged(db::Tx& tx, const std::string& from_where, std::vector<db::Value> params,
                      const std::string& columns, const std::string& order, const PageRequest& page,
                      F&& from_row) {
  Page<T> out;
  out.page = page.page;
  out.size = page.size;
  SD_TRY_ASSIGN(out.total, Count(tx, "SELECT COUNT(*) " + from_where, params));
  const std::string limit = " LIMIT " + Next(&params, static_cast<int64_t>(page.size));
  const std::string offset = " OFFSET " + Next(&params, page.offset());
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT " + columns + " " + from_where + order + limit + offset, params));
  out.items = db::MapRows(rows, from_row);
  return out;
}

constexpr std::string_view kSeasonColumns =
    "SELECT id, name, recurring, starts, ends, notes, version FROM catalog_seasons";

Season SeasonFrom(const db::Row& r) {
  Season s;
  s.id = r.Int(0);
  s.f.name = r.Text(1);
  s.f.recurring = r.Int(2) != 0;
  s.f.starts = r.Text(3);
  s.f.ends = r.Text(4);
  s.f.notes = r.Text(5);
  s.version = r.Int(6);
  return s;
}

constexpr std::string_view kListColumns =
    "l.id, l.name, l.customer_kind, l.price_level, l.region_id, l.season_id, l.valid_from, "
    "l.valid_to, l.status, l.notes, l.version, l.created_at_us, l.updated_at_us, "
    "COALESCE(r.name, ''), COALESCE(s.name, ''), "
    "(SELECT COUNT(*) FROM catalog_price_lines n WHERE n.list_id = l.id)";
constexpr std::string_view kListFrom =
    "FROM catalog_price_lists l LEFT JOIN org_regions r ON r.id = l.region_id "
    "LEFT JOIN catalog_seasons s ON s.id = l.season_id";

PriceList ListFrom(const db::Row& r) {
  PriceList l;
  l.id = r.Int(0);
  l.f.name = r.Text(1);
  l.f.customer_kind = r.Text(2);
  l.f.price_level = r.Text(3);
  l.f.region_id = r.OptInt(4);
  l.f.season_id = r.OptInt(5);
  l.f.valid_from = r.Text(6);
  l.f.valid_to = r.OptText(7);
  const bool ok = doc::ParseName(kPriceListStateNames, r.Text(8), &l.state);
  SD_ASSERT(ok, "the CHECK on status holds it to kPriceListStateNames");
  l.f.notes = r.Text(9);
  l.version = r.Int(10);
  l.created_at_us = r.Int(11);
  l.updated_at_us = r.Int(12);
  l.region_name = r.Text(13);
  l.season_name = r.Text(14);
  l.line_count = r.Int(15);
  return l;
}

constexpr std::string_view kLineSelect =
    "SELECT n.id, n.list_id, n.product_id, n.min_qty_e4, n.unit_price_e4, p.code, p.name, "
    "p.spec, p.base_unit, p.tax_rate_e4 FROM catalog_price_lines n "
    "JOIN catalog_products p ON p.id = n.product_id";

PriceLine LineFrom(const db::Row& r) {
  return {r.Int(0),  r.Int(1),  r.Int(2),  r.Int(3),  r.Int(4),
          r.Text(5), r.Text(6), r.Text(7), r.Text(8), r.Int(9)};
}

constexpr std::string_view kCustomerPriceColumns =
    "c.id, c.customer_id, c.product_id, c.unit_price_e4, c.valid_from, c.valid_to, c.notes, "
    "c.version, COALESCE(k.name, ''), p.code, p.name";
constexpr std::string_view kCustomerPriceFrom =
    "FROM catalog_customer_prices c JOIN catalog_products p ON p.id = c.product_id "
    "LEFT JOIN crm_customers k ON k.id = c.customer_id";

CustomerPrice CustomerPriceFrom(const db::Row& r) {
  CustomerPrice c;
  c.id = r.Int(0);
  c.customer_id = r.Int(1);
  c.product_id = r.Int(2);
  c.unit_price_e4 = r.Int(3);
  c.valid_from = r.Text(4);
  c.valid_to = r.OptText(5);
  c.notes = r.Text(6);
  c.version = r.Int(7);
  c.customer_name = r.Text(8);
  c.product_code = r.Text(9);
  c.product_name = r.Text(10);
  return c;
}

constexpr std::string_view kFloorSelect =
    "SELECT f.id, f.product_id, f.customer_kind, f.floor_e4, f.valid_from, f.version, p.code, "
    "p.name FROM catalog_price_floors f JOIN catalog_products p ON p.id = f.product_id";

PriceFloor FloorFrom(const db::Row& r) {
  return {r.Int(0), r.Int(1), r.Text(2), r.OptInt(3), r.Text(4), r.Int(5), r.Text(6), r.Text(7)};
}

}  // namespace

Result<std::optional<PricingFacts>> PricingFactsOf(db::Tx& tx, int64_t customer_id,
                                                   int64_t product_id, const std::string& date) {
  SD_TRY_ASSIGN(
      db::Rows rows,
      tx.Query("SELECT c.kind, c.price_level, c.region_id, r.parent_id, p.parent_id, "
               "g.tax_rate_e4, g.standard_cost_fen, a.id, a.unit_price_e4, a.valid_from, "
               "a.valid_to FROM crm_customers c "
               "LEFT JOIN org_regions r ON r.id = c.region_id "
               "LEFT JOIN org_regions p ON p.id = r.parent_id "
               "LEFT JOIN catalog_products g ON g.id = $2 "
               "LEFT JOIN catalog_customer_prices a ON a.id = (SELECT x.id FROM "
               "catalog_customer_prices x WHERE x.customer_id = c.id AND x.product_id = $2 AND "
               "x.valid_from <= $3 ORDER BY x.valid_from DESC LIMIT 1) "
               "WHERE c.id = $1",
               {customer_id, product_id, date}));
  if (rows.empty()) return std::optional<PricingFacts>();
  const db::Row& row = rows[0];
  PricingFacts f;
  f.customer.kind = row.Text(0);
  f.customer.price_level = row.Text(1);
  for (size_t i = 2; i < 5; ++i) {
    if (row.IsNull(i)) break;
    f.customer.regions.push_back(row.Int(i));
  }
  f.product_found = !row.IsNull(5);
  if (f.product_found) {
    f.tax_rate_e4 = row.Int(5);
    f.standard_cost_fen = row.Int(6);
  }
  if (!row.IsNull(7)) {
    CustomerPrice a;
    a.id = row.Int(7);
    a.customer_id = customer_id;
    a.product_id = product_id;
    a.unit_price_e4 = row.Int(8);
    a.valid_from = row.Text(9);
    a.valid_to = row.OptText(10);
    f.agreed.push_back(std::move(a));
  }
  return std::optional<PricingFacts>(std::move(f));
}

Result<ProductRules> RulesFor(db::Tx& tx, int64_t product_id, const std::string& kind) {
  SD_TRY_ASSIGN(
      db::Rows rows,
      tx.Query("SELECT 0, n.id, l.id, l.name, l.price_level, l.region_id, l.valid_from, "
               "l.valid_to, n.min_qty_e4, n.unit_price_e4, s.id, s.name, s.recurring, "
               "s.starts, s.ends FROM catalog_price_lines n "
               "JOIN catalog_price_lists l ON l.id = n.list_id "
               "LEFT JOIN catalog_seasons s ON s.id = l.season_id "
               "WHERE n.product_id = $1 AND l.customer_kind = $2 AND l.status = 'active' "
               "UNION ALL SELECT 1, f.id, NULL, f.customer_kind, '', NULL, f.valid_from, NULL, "
               "NULL, f.floor_e4, NULL, NULL, NULL, NULL, NULL FROM catalog_price_floors f "
               "WHERE f.product_id = $1 AND f.customer_kind IN ('', $2)",
               {product_id, kind}));
  ProductRules out;
  for (const db::Row& r : rows) {
    if (r.Int(0) == 1) {
      out.floors.push_back(
          PriceFloor{r.Int(1), product_id, r.Text(3), r.OptInt(9), r.Text(6), 1, "", ""});
      continue;
    }
    LineCandidate c;
    c.line_id = r.Int(1);
    c.list_id = r.Int(2);
    c.list_name = r.Text(3);
    c.price_level = r.Text(4);
    c.region_id = r.OptInt(5);
    c.valid_from = r.Text(6);
    c.valid_to = r.OptText(7);
    c.min_qty_e4 = r.Int(8);
    c.unit_price_e4 = r.Int(9);
    if (!r.IsNull(10)) {
      Season s;
      s.id = r.Int(10);
      s.f.name = r.Text(11);
      s.f.recurring = r.Int(12) != 0;
      s.f.starts = r.Text(13);
      s.f.ends = r.Text(14);
      c.season = std::move(s);
    }
    out.lines.push_back(std::move(c));
  }
  return out;
}

Result<std::optional<ProductPriceFacts>> ProductPriceFactsOf(db::Tx& tx, int64_t product_id) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT tax_rate_e4, standard_cost_fen FROM catalog_products "
                         "WHERE id = $1",
                         {product_id}));
  if (rows.empty()) return std::optional<ProductPriceFacts>();
  return std::optional<ProductPriceFacts>({rows[0].Int(0), rows[0].Int(1)});
}

Result<std::vector<PriceFloor>> FloorsFor(db::Tx& tx, int64_t product_id, const std::string& kind) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT id, product_id, customer_kind, floor_e4, valid_from, version "
                         "FROM catalog_price_floors WHERE product_id = $1 AND customer_kind IN "
                         "('', $2)",
                         {product_id, kind}));
  return db::MapRows(rows, [](const db::Row& r) {
    return PriceFloor{r.Int(0), r.Int(1), r.Text(2), r.OptInt(3), r.Text(4), r.Int(5), "", ""};
  });
}

Result<std::vector<CustomerPrice>> CustomerPricesFor(db::Tx& tx, int64_t customer_id,
                                                     int64_t product_id, const std::string& date) {
  SD_TRY_ASSIGN(
      db::Rows rows,
      tx.Query("SELECT id, unit_price_e4, valid_from, valid_to FROM catalog_customer_prices "
               "WHERE customer_id = $1 AND product_id = $2 AND valid_from <= $3 "
               "ORDER BY valid_from DESC LIMIT 1",
               {customer_id, product_id, date}));
  return db::MapRows(rows, [&](const db::Row& r) {
    CustomerPrice c;
    c.id = r.Int(0);
    c.customer_id = customer_id;
    c.product_id = product_id;
    c.unit_price_e4 = r.Int(1);
    c.valid_from = r.Text(2);
    c.valid_to = r.OptText(3);
    return c;
  });
}

Result<std::vector<Season>> ListSeasons(db::Tx& tx) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kSeasonColumns) + " ORDER BY starts, id"));
  return db::MapRows(rows, SeasonFrom);
}

Result<std::optional<Season>> LoadSeason(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kSeasonColumns) + " WHERE id = $1", {id}));
  if (rows.empty()) return std::optional<Season>();
  return std::optional<Season>(SeasonFrom(rows[0]));
}

Result<int64_t> InsertSeason(db::Tx& tx, const SeasonFields& f, int64_t now_us) {
  auto rows = tx.Query(
      "INSERT INTO catalog_seasons (name, recurring, starts, ends, notes, created_at_us, "
      "updated_at_us) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
      {f.name, f.recurring, f.starts, f.ends, f.notes, now_us});
  if (!rows) {
    return db::UniqueViolationAs(std::move(rows).error(), "catalog.season.name_taken",
                                 {{"name", f.name}});
  }
  return (*rows)[0].Int(0);
}

Result<bool> UpdateSeason(db::Tx& tx, int64_t id, int64_t version, const SeasonFields& f,
                          int64_t now_us) {
  auto n = tx.Exec(
      "UPDATE catalog_seasons SET name = $1, recurring = $2, starts = $3, ends = $4, notes = $5, "
      "updated_at_us = $6, version = version + 1 WHERE id = $7 AND version = $8",
      {f.name, f.recurring, f.starts, f.ends, f.notes, now_us, id, version});
  if (!n) {
    return db::UniqueViolationAs(std::move(n).error(), "catalog.season.name_taken",
                                 {{"name", f.name}});
  }
  return *n == 1;
}

Result<Page<PriceList>> QueryPriceLists(db::Tx& tx, const PriceListQuery& q) {
  std::vector<db::Value> params;
  std::string where = std::string(kListFrom) + " WHERE 1 = 1";
  if (q.q) where += " AND l.name LIKE " + Next(&params, "%" + *q.q + "%");
  if (q.customer_kind) where += " AND l.customer_kind = " + Next(&params, *q.customer_kind);
  if (q.season_id) where += " AND l.season_id = " + Next(&params, *q.season_id);
  if (q.state) where += " AND l.status = " + Next(&params, PriceListStateName(*q.state));
  return Paged<PriceList>(tx, where, std::move(params), std::string(kListColumns),
                          " ORDER BY l.customer_kind, l.valid_from DESC, l.id", q.page, ListFrom);
}

Result<std::optional<PriceList>> LoadPriceList(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query("SELECT " + std::string(kListColumns) + " " +
                                            std::string(kListFrom) + " WHERE l.id = $1",
                                        {id}));
  if (rows.empty()) return std::optional<PriceList>();
  return std::optional<PriceList>(ListFrom(rows[0]));
}

Result<int64_t> InsertPriceList(db::Tx& tx, const PriceListFields& f, int64_t now_us) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("INSERT INTO catalog_price_lists (name, customer_kind, price_level, "
                         "region_id, season_id, valid_from, valid_to, notes, created_at_us, "
                         "updated_at_us) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) "
                         "RETURNING id",
                         {f.name, f.customer_kind, f.price_level, f.region_id, f.season_id,
                          f.valid_from, f.valid_to, f.notes, now_us}));
  return rows[0].Int(0);
}

Result<bool> UpdatePriceList(db::Tx& tx, int64_t id, int64_t version, const PriceListFields& f,
                             PriceListState state, int64_t now_us) {
  SD_TRY_ASSIGN(
      int64_t n,
      tx.Exec("UPDATE catalog_price_lists SET name = $1, customer_kind = $2, price_level = $3, "
              "region_id = $4, season_id = $5, valid_from = $6, valid_to = $7, notes = $8, "
              "status = $9, updated_at_us = $10, version = version + 1 "
              "WHERE id = $11 AND version = $12",
              {f.name, f.customer_kind, f.price_level, f.region_id, f.season_id, f.valid_from,
               f.valid_to, f.notes, PriceListStateName(state), now_us, id, version}));
  return n == 1;
}

Result<std::vector<PriceList>> ActiveListsWithKey(db::Tx& tx, const PriceListFields& f,
                                                  int64_t except_id) {
  SD_TRY_ASSIGN(
      db::Rows rows,
      tx.Query("SELECT " + std::string(kListColumns) + " " + std::string(kListFrom) +
                   " WHERE l.status = 'active' AND l.id <> $1 AND l.customer_kind = $2 AND "
                   "l.price_level = $3 AND COALESCE(l.region_id, 0) = $4 AND "
                   "COALESCE(l.season_id, 0) = $5",
               {except_id, f.customer_kind, f.price_level, f.region_id.value_or(0),
                f.season_id.value_or(0)}));
  return db::MapRows(rows, ListFrom);
}

Result<std::vector<PriceLine>> LinesOf(db::Tx& tx, int64_t list_id) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kLineSelect) +
                                            " WHERE n.list_id = $1 ORDER BY p.code, n.min_qty_e4",
                                        {list_id}));
  return db::MapRows(rows, LineFrom);
}

Result<std::optional<PriceLine>> LoadLine(db::Tx& tx, int64_t line_id) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kLineSelect) + " WHERE n.id = $1", {line_id}));
  if (rows.empty()) return std::optional<PriceLine>();
  return std::optional<PriceLine>(LineFrom(rows[0]));
}

Result<int64_t> InsertLine(db::Tx& tx, const PriceLine& l) {
  auto rows = tx.Query(
      "INSERT INTO catalog_price_lines (list_id, product_id, min_qty_e4, unit_price_e4) "
      "VALUES ($1, $2, $3, $4) RETURNING id",
      {l.list_id, l.product_id, l.min_qty_e4, l.unit_price_e4});
  if (!rows) return db::UniqueViolationAs(std::move(rows).error(), "catalog.price_line.taken");
  return (*rows)[0].Int(0);
}

Result<void> UpdateLine(db::Tx& tx, const PriceLine& l) {
  auto n =
      tx.Exec("UPDATE catalog_price_lines SET min_qty_e4 = $1, unit_price_e4 = $2 WHERE id = $3",
              {l.min_qty_e4, l.unit_price_e4, l.id});
  if (!n) return db::UniqueViolationAs(std::move(n).error(), "catalog.price_line.taken");
  return Ok();
}

Result<void> DeleteLine(db::Tx& tx, int64_t line_id) {
  SD_TRY(tx.Exec("DELETE FROM catalog_price_lines WHERE id = $1", {line_id}));
  return Ok();
}

Result<bool> TouchPriceList(db::Tx& tx, int64_t id, int64_t version, int64_t now_us) {
  SD_TRY_ASSIGN(int64_t n, tx.Exec("UPDATE catalog_price_lists SET version = version + 1, "
                                   "updated_at_us = $1 WHERE id = $2 AND version = $3",
                                   {now_us, id, version}));
  return n == 1;
}

Result<Page<CustomerPrice>> QueryCustomerPrices(db::Tx& tx, const CustomerPriceQuery& q) {
  std::vector<db::Value> params;
  std::string where = std::string(kCustomerPriceFrom) + " WHERE 1 = 1";
  if (q.customer_id) where += " AND c.customer_id = " + Next(&params, *q.customer_id);
  if (q.product_id) where += " AND c.product_id = " + Next(&params, *q.product_id);
  if (q.scope != nullptr && !q.scope->all) where += " AND " + SeenBy(*q.scope, &params);
  return Paged<CustomerPrice>(tx, where, std::move(params), std::string(kCustomerPriceColumns),
                              " ORDER BY c.customer_id, p.code, c.valid_from DESC", q.page,
                              CustomerPriceFrom);
}

Result<std::optional<CustomerPrice>> LoadCustomerPrice(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query("SELECT " + std::string(kCustomerPriceColumns) + " " +
                                            std::string(kCustomerPriceFrom) + " WHERE c.id = $1",
                                        {id}));
  if (rows.empty()) return std::optional<CustomerPrice>();
  return std::optional<CustomerPrice>(CustomerPriceFrom(rows[0]));
}

Result<std::optional<CustomerPrice>> CustomerPriceStarting(db::Tx& tx, int64_t customer_id,
                                                           int64_t product_id,
                                                           const std::string& valid_from) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query("SELECT " + std::string(kCustomerPriceColumns) + " " +
                                            std::string(kCustomerPriceFrom) +
                                            " WHERE c.customer_id = $1 AND c.product_id = $2 AND "
                                            "c.valid_from = $3",
                                        {customer_id, product_id, valid_from}));
  if (rows.empty()) return std::optional<CustomerPrice>();
  return std::optional<CustomerPrice>(CustomerPriceFrom(rows[0]));
}

Result<int64_t> InsertCustomerPrice(db::Tx& tx, const CustomerPrice& p, int64_t now_us) {
  SD_TRY_ASSIGN(
      db::Rows rows,
      tx.Query("INSERT INTO catalog_customer_prices (customer_id, product_id, unit_price_e4, "
               "valid_from, valid_to, notes, created_at_us, updated_at_us) VALUES ($1, $2, $3, "
               "$4, $5, $6, $7, $7) RETURNING id",
               {p.customer_id, p.product_id, p.unit_price_e4, p.valid_from, p.valid_to, p.notes,
                now_us}));
  return rows[0].Int(0);
}

Result<bool> UpdateCustomerPrice(db::Tx& tx, const CustomerPrice& p, int64_t now_us) {
  SD_TRY_ASSIGN(int64_t n,
                tx.Exec("UPDATE catalog_customer_prices SET unit_price_e4 = $1, "
                        "valid_to = $2, notes = $3, updated_at_us = $4, version = "
                        "version + 1 WHERE id = $5 AND version = $6",
                        {p.unit_price_e4, p.valid_to, p.notes, now_us, p.id, p.version}));
  return n == 1;
}

Result<std::vector<PriceFloor>> ListFloors(db::Tx& tx, std::optional<int64_t> product_id) {
  std::vector<db::Value> params;
  std::string sql(kFloorSelect);
  if (product_id) sql += " WHERE f.product_id = " + Next(&params, *product_id);
  sql += " ORDER BY p.code, f.customer_kind, f.valid_from DESC";
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql, params));
  return db::MapRows(rows, FloorFrom);
}

Result<std::optional<PriceFloor>> FloorStarting(db::Tx& tx, int64_t product_id,
                                                const std::string& kind,
                                                const std::string& valid_from) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kFloorSelect) +
                                            " WHERE f.product_id = $1 AND f.customer_kind = $2 "
                                            "AND f.valid_from = $3",
                                        {product_id, kind, valid_from}));
  if (rows.empty()) return std::optional<PriceFloor>();
  return std::optional<PriceFloor>(FloorFrom(rows[0]));
}

Result<int64_t> InsertFloor(db::Tx& tx, const PriceFloor& f, int64_t now_us) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("INSERT INTO catalog_price_floors (product_id, customer_kind, floor_e4, "
                         "valid_from, created_at_us, updated_at_us) VALUES ($1, $2, $3, $4, $5, "
                         "$5) RETURNING id",
                         {f.product_id, f.customer_kind, f.floor_e4, f.valid_from, now_us}));
  return rows[0].Int(0);
}

Result<bool> UpdateFloor(db::Tx& tx, const PriceFloor& f, int64_t now_us) {
  SD_TRY_ASSIGN(int64_t n,
                tx.Exec("UPDATE catalog_price_floors SET floor_e4 = $1, updated_at_us = $2, "
                        "version = version + 1 WHERE id = $3 AND version = $4",
                        {f.floor_e4, now_us, f.id, f.version}));
  return n == 1;
}

Result<void> InsertPriceChange(db::Tx& tx, const PriceChange& c) {
  SD_TRY(tx.Exec(
      "INSERT INTO catalog_price_history (at_us, user_id, user_login, rule_kind, rule_id, "
      "product_id, customer_id, list_id, customer_kind, min_qty_e4, old_e4, new_e4, "
      "effective_from, effective_to, change_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
      "$10, $11, $12, $13, $14, $15)",
      {c.at_us, c.user_id, c.user_login, c.rule_kind, c.rule_id, c.product_id, c.customer_id,
       c.list_id, c.customer_kind, c.min_qty_e4, c.old_e4, c.new_e4, c.effective_from,
       c.effective_to, c.change_id}));
  return Ok();
}

Result<Page<PriceChange>> QueryPriceHistory(db::Tx& tx, std::optional<int64_t> product_id,
                                            std::optional<int64_t> customer_id,
                                            const crm::CustomerScope* scope,
                                            const PageRequest& page) {
  std::vector<db::Value> params;
  std::string where =
      "FROM catalog_price_history h JOIN catalog_products p ON p.id = h.product_id "
      "LEFT JOIN crm_customers k ON k.id = h.customer_id "
      "LEFT JOIN catalog_price_lists l ON l.id = h.list_id WHERE 1 = 1";
  if (product_id) where += " AND h.product_id = " + Next(&params, *product_id);
  if (customer_id) where += " AND h.customer_id = " + Next(&params, *customer_id);
  if (scope != nullptr && !scope->all) {
    where += " AND (h.customer_id IS NULL OR " + SeenBy(*scope, &params) + ")";
  }
  return Paged<PriceChange>(
      tx, where, std::move(params),
      "h.id, h.at_us, h.user_id, h.user_login, h.rule_kind, h.rule_id, h.product_id, "
      "h.customer_id, h.list_id, h.customer_kind, h.min_qty_e4, h.old_e4, h.new_e4, "
      "h.effective_from, h.effective_to, h.change_id, p.code, p.name, COALESCE(k.name, ''), "
      "COALESCE(l.name, '')",
      " ORDER BY h.at_us DESC, h.id DESC", page, [](const db::Row& r) {
        return PriceChange{r.Int(0),     r.Int(1),     r.OptInt(2),  r.Text(3),     r.Text(4),
                           r.Int(5),     r.Int(6),     r.OptInt(7),  r.OptInt(8),   r.Text(9),
                           r.Int(10),    r.OptInt(11), r.OptInt(12), r.OptText(13), r.OptText(14),
                           r.OptInt(15), r.Text(16),   r.Text(17),   r.Text(18),    r.Text(19)};
      });
}

namespace {

Result<std::map<int64_t, std::string>> Labels(db::Tx& tx, std::string sql,
                                              const std::vector<int64_t>& ids) {
  std::map<int64_t, std::string> out;
  if (ids.empty()) return out;
  std::vector<db::Value> params;
  db::AppendIdList(ids, &sql, &params);
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql, params));
  for (const db::Row& r : rows) out[r.Int(0)] = r.Text(1);
  return out;
}

}  // namespace

Result<std::map<int64_t, std::string>> SeasonLabels(db::Tx& tx, const std::vector<int64_t>& ids) {
  return Labels(tx, "SELECT id, name FROM catalog_seasons WHERE id IN ", ids);
}

Result<std::map<int64_t, std::string>> PriceListLabels(db::Tx& tx,
                                                       const std::vector<int64_t>& ids) {
  return Labels(tx, "SELECT id, name FROM catalog_price_lists WHERE id IN ", ids);
}

Result<int64_t> OverlappingActiveLists(db::Tx& tx) {
  return Count(tx,
               "SELECT COUNT(*) FROM catalog_price_lists a JOIN catalog_price_lists b ON "
               "a.id < b.id AND a.customer_kind = b.customer_kind AND a.price_level = "
               "b.price_level AND COALESCE(a.region_id, 0) = COALESCE(b.region_id, 0) AND "
               "COALESCE(a.season_id, 0) = COALESCE(b.season_id, 0) WHERE a.status = 'active' "
               "AND b.status = 'active' AND (a.valid_to IS NULL OR a.valid_to >= b.valid_from) "
               "AND (b.valid_to IS NULL OR b.valid_to >= a.valid_from)",
               {});
}

Result<int64_t> ReversedCustomerPrices(db::Tx& tx) {
  return Count(tx,
               "SELECT COUNT(*) FROM catalog_customer_prices WHERE valid_to IS NOT NULL AND "
               "valid_to < valid_from",
               {});
}

}  // namespace sd::catalog::store
