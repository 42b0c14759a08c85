#include "org/region_store.h"

#include "db/errors.h"

namespace sd::org::store {
namespace {

constexpr std::string_view kRegionColumns =
    "SELECT r.id, r.parent_id, r.code, r.name, r.level, r.owner_staff_id, COALESCE(s.name, ''), "
    "r.sort_order, r.version FROM org_regions r LEFT JOIN org_staff s ON s.id = r.owner_staff_id";

Region RegionFromRow(const db::Row& r) {
  Region out;
  out.id = r.Int(0);
  out.f.parent_id = r.OptInt(1);
  out.f.code = r.Text(2);
  out.f.name = r.Text(3);
  ParseRegionLevel(r.Text(4), &out.f.level);
  out.f.owner_staff_id = r.OptInt(5);
  out.owner_name = r.Text(6);
  out.f.sort_order = r.Int(7);
  out.version = r.Int(8);
  return out;
}

}  // namespace

Result<std::vector<Region>> ListRegions(db::Tx& tx, const std::optional<std::string>& q) {
  std::optional<std::string> like;
  if (q) like = "%" + *q + "%";
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query(std::string(kRegionColumns) +
                             " WHERE CAST($1 AS TEXT) IS NULL OR r.code LIKE $1 OR r.name LIKE $1"
                             " ORDER BY r.sort_order, r.code, r.id",
                         {like}));
  return db::MapRows(rows, RegionFromRow);
}

Result<std::optional<Region>> LoadRegion(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kRegionColumns) + " WHERE r.id = $1", {id}));
  return db::FirstRow(rows, RegionFromRow);
}

Result<int64_t> InsertRegion(db::Tx& tx, const RegionFields& f, int64_t now_us) {
  auto rows = tx.Query(
      "INSERT INTO org_regions (parent_id, code, name, level, owner_staff_id, sort_order, "
      "created_at_us, updated_at_us) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
      {f.parent_id, f.code, f.name, RegionLevelName(f.level), f.owner_staff_id, f.sort_order,
       now_us});
  // The only unique column of org_regions is code.
  if (!rows) {
    return db::UniqueViolationAs(std::move(rows).error(), "org.region.code_taken",
                                 {{"code", f.code}});
  }
  return (*rows)[0].Int(0);
}

Result<bool> UpdateRegion(db::Tx& tx, int64_t id, int64_t expected_version, const RegionFields& f,
                          int64_t now_us) {
  auto changed = tx.Exec(
      "UPDATE org_regions SET parent_id = $1, code = $2, name = $3, level = $4, "
      "owner_staff_id = $5, sort_order = $6, updated_at_us = $7, version = version + 1 "
      "WHERE id = $8 AND version = $9",
      {f.parent_id, f.code, f.name, RegionLevelName(f.level), f.owner_staff_id, f.sort_order,
       now_us, id, expected_version});
  if (!changed) {
    return db::UniqueViolationAs(std::move(changed).error(), "org.region.code_taken",
                                 {{"code", f.code}});
  }
  return *changed == 1;
}

Result<bool> DeleteRegion(db::Tx& tx, int64_t id, int64_t expected_version) {
  SD_TRY_ASSIGN(int64_t deleted, tx.Exec("DELETE FROM org_regions WHERE id = $1 AND version = $2",
                                         {id, expected_version}));
  return deleted == 1;
}

Result<std::vector<RegionLevel>> ChildLevels(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT level FROM org_regions WHERE parent_id = $1", {id}));
  std::vector<RegionLevel> out;
  for (const db::Row& r : rows) {
    RegionLevel level = RegionLevel::kProvince;
    ParseRegionLevel(r.Text(0), &level);
    out.push_back(level);
  }
  return out;
}

Result<int64_t> CountRegionCoverage(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT COUNT(*) FROM org_staff_regions WHERE region_id = $1", {id}));
  return rows[0].Int(0);
}

Result<std::vector<RegionOwnerLink>> RegionOwnerLinks(db::Tx& tx) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT r.id, r.parent_id, r.owner_staff_id, COALESCE(s.status, ''), "
                         "s.superior_staff_id, COALESCE(u.status, '') FROM org_regions r "
                         "LEFT JOIN org_staff s ON s.id = r.owner_staff_id "
                         "LEFT JOIN org_staff u ON u.id = s.superior_staff_id"));
  return db::MapRows(rows, [](const db::Row& r) {
    RegionOwnerLink out;
    out.id = r.Int(0);
    out.parent_id = r.OptInt(1);
    out.owner_staff_id = r.OptInt(2);
    out.owner_active = r.Text(3) == "active";
    out.owner_superior_id = r.OptInt(4);
    out.owner_superior_active = r.Text(5) == "active";
    return out;
  });
}

Result<bool> RegionExists(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query("SELECT 1 FROM org_regions WHERE id = $1", {id}));
  return !rows.empty();
}

}  // namespace sd::org::store
