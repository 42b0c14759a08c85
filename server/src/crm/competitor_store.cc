#include "crm/competitor_store.h"

#include "db/errors.h"

namespace sd::crm::store {
namespace {

constexpr std::string_view kCompetitorColumns =
    "SELECT c.id, c.name, c.brands, c.region_id, c.strengths, c.weaknesses, c.notes, c.version, "
    "c.created_at_us, c.updated_at_us, COALESCE(r.name, ''), "
    "(SELECT COUNT(*) FROM crm_competitor_prices p WHERE p.competitor_id = c.id), "
    "(SELECT MAX(p.seen_on) FROM crm_competitor_prices p WHERE p.competitor_id = c.id) "
    "FROM crm_competitors c LEFT JOIN org_regions r ON r.id = c.region_id";

Competitor CompetitorFromRow(const db::Row& r) {
  Competitor c;
  c.id = r.Int(0);
  c.f.name = r.Text(1);
  c.f.brands = r.Text(2);
  c.f.region_id = r.OptInt(3);
  c.f.strengths = r.Text(4);
  c.f.weaknesses = r.Text(5);
  c.f.notes = r.Text(6);
  c.version = r.Int(7);
  c.created_at_us = r.Int(8);
  c.updated_at_us = r.Int(9);
  c.region_name = r.Text(10);
  c.price_count = r.Int(11);
  c.last_seen_on = r.OptText(12);
  return c;
}

constexpr std::string_view kPriceColumns =
    "SELECT p.id, p.competitor_id, p.product, p.brand, p.price_e4, p.unit, p.seen_on, "
    "p.region_id, p.customer_id, p.notes, p.recorded_by_staff_id, p.created_at_us, "
    "COALESCE(r.name, ''), COALESCE(cu.name, ''), COALESCE(s.name, '') "
    "FROM crm_competitor_prices p LEFT JOIN org_regions r ON r.id = p.region_id "
    "LEFT JOIN crm_customers cu ON cu.id = p.customer_id "
    "LEFT JOIN org_staff s ON s.id = p.recorded_by_staff_id";

CompetitorPrice PriceFromRow(const db::Row& r) {
  CompetitorPrice p;
  p.id = r.Int(0);
  p.competitor_id = r.Int(1);
  p.f.product = r.Text(2);
  p.f.brand = r.Text(3);
  p.f.price_e4 = r.OptInt(4);
  p.f.unit = r.Text(5);
  p.f.seen_on = r.Text(6);
  p.f.region_id = r.OptInt(7);
  p.f.customer_id = r.OptInt(8);
  p.f.notes = r.Text(9);
  p.recorded_by_staff_id = r.OptInt(10);
  p.created_at_us = r.Int(11);
  p.region_name = r.Text(12);
  p.customer_name = r.Text(13);
  p.recorded_by_name = r.Text(14);
  return p;
}

}  // namespace

Result<Page<Competitor>> QueryCompetitors(db::Tx& tx, const std::optional<std::string>& q,
                                          const PageRequest& page) {
  std::optional<std::string> like;
  if (q) like = "%" + *q + "%";
  const std::string where = " WHERE CAST($1 AS TEXT) IS NULL OR c.name LIKE $1 OR c.brands LIKE $1";
  Page<Competitor> out;
  out.page = page.page;
  out.size = page.size;
  SD_TRY_ASSIGN(db::Rows count, tx.Query("SELECT COUNT(*) FROM crm_competitors c" + where, {like}));
  out.total = count[0].Int(0);
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kCompetitorColumns) + where +
                                            " ORDER BY c.name, c.id LIMIT $2 OFFSET $3",
                                        {like, static_cast<int64_t>(page.size), page.offset()}));
  out.items = db::MapRows(rows, CompetitorFromRow);
  return out;
}

Result<std::optional<Competitor>> LoadCompetitor(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query(std::string(kCompetitorColumns) + " WHERE c.id = $1", {id}));
  return db::FirstRow(rows, CompetitorFromRow);
}

Result<int64_t> InsertCompetitor(db::Tx& tx, const CompetitorFields& f, int64_t now_us) {
  auto rows = tx.Query(
      "INSERT INTO crm_competitors (name, brands, region_id, strengths, weaknesses, notes, "
      "created_at_us, updated_at_us) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
      {f.name, f.brands, f.region_id, f.strengths, f.weaknesses, f.notes, now_us});
  // The only unique column is name.
  if (!rows) {
    return db::UniqueViolationAs(std::move(rows).error(), "crm.competitor.name_taken",
                                 {{"name", f.name}});
  }
  return (*rows)[0].Int(0);
}

Result<bool> UpdateCompetitor(db::Tx& tx, int64_t id, int64_t expected_version,
                              const CompetitorFields& f, int64_t now_us) {
  auto n = tx.Exec(
      "UPDATE crm_competitors SET name = $1, brands = $2, region_id = $3, strengths = $4, "
      "weaknesses = $5, notes = $6, updated_at_us = $7, version = version + 1 "
      "WHERE id = $8 AND version = $9",
      {f.name, f.brands, f.region_id, f.strengths, f.weaknesses, f.notes, now_us, id,
       expected_version});
  if (!n) {
    return db::UniqueViolationAs(std::move(n).error(), "crm.competitor.name_taken",
                                 {{"name", f.name}});
  }
  return *n == 1;
}

Result<std::vector<CompetitorPrice>> ListPrices(db::Tx& tx, int64_t competitor_id) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kPriceColumns) +
                                            " WHERE p.competitor_id = $1 ORDER BY p.seen_on "
                                            "DESC, p.id DESC LIMIT 500",
                                        {competitor_id}));
  return db::MapRows(rows, PriceFromRow);
}

Result<std::optional<CompetitorPrice>> LoadPrice(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kPriceColumns) + " WHERE p.id = $1", {id}));
  return db::FirstRow(rows, PriceFromRow);
}

Result<int64_t> InsertPrice(db::Tx& tx, int64_t competitor_id, const PriceFields& f,
                            std::optional<int64_t> staff_id, int64_t now_us) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("INSERT INTO crm_competitor_prices (competitor_id, product, brand, "
                         "price_e4, unit, seen_on, region_id, customer_id, notes, "
                         "recorded_by_staff_id, created_at_us) VALUES ($1, $2, $3, $4, $5, $6, "
                         "$7, $8, $9, $10, $11) RETURNING id",
                         {competitor_id, f.product, f.brand, f.price_e4, f.unit, f.seen_on,
                          f.region_id, f.customer_id, f.notes, staff_id, now_us}));
  return rows[0].Int(0);
}

}  // namespace sd::crm::store
