// Sales regions (片区), a province → city → county tree (org.read, org.manage).
#include <nlohmann/json.hpp>

#include "auth/permissions.h"
#include "http/json_in.h"
#include "http/org/staff_json.h"
#include "http/server.h"
#include "org/region_service.h"

namespace sd::http {
namespace {

// "level", when present and valid.
std::optional<org::RegionLevel> ReadLevel(JsonIn& in, bool required) {
  std::optional<std::string> text = in.String("level", {.required = required, .max_len = 16});
  if (!text) return std::nullopt;
  org::RegionLevel level = org::RegionLevel::kProvince;
  if (!org::ParseRegionLevel(*text, &level)) {
    in.AddError("level", "common.field.invalid_choice", {{"choices", "province, city, county"}});
    return std::nullopt;
  }
  return level;
}

Result<Reply> ListRegions(Ctx& ctx) {
  std::optional<std::string> q = ctx.TextQuery("q");
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(std::vector<org::Region> regions, org::ListRegions(tx, q));
    nlohmann::json items = nlohmann::json::array();
    for (const org::Region& region : regions) items.push_back(RegionJson(region));
    return JsonReply(200, {{"items", items}});
  });
}

Result<Reply> CreateRegion(Ctx& ctx) {
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  org::RegionFields f;
  f.parent_id = in.Int("parent_id");
  f.code = in.String("code", {.required = true, .max_len = 128}).value_or("");
  f.name = in.String("name", {.required = true, .max_len = 256}).value_or("");
  f.level = ReadLevel(in, true).value_or(org::RegionLevel::kProvince);
  f.owner_staff_id = in.Int("owner_staff_id");
  f.sort_order = in.Int("sort_order").value_or(0);
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(org::Region region, org::CreateRegion(tx, ctx.actor().audit, f));
    return JsonReply(201, RegionJson(region));
  });
}

Result<Reply> UpdateRegion(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  org::RegionPatch p;
  p.version = in.Int("version", {.required = true}).value_or(0);
  p.parent_id = in.NullableInt("parent_id");
  p.code = in.String("code", {.max_len = 128});
  p.name = in.String("name", {.max_len = 256});
  p.level = ReadLevel(in, false);
  p.owner_staff_id = in.NullableInt("owner_staff_id");
  p.sort_order = in.Int("sort_order");
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(org::Region region, org::UpdateRegion(tx, ctx.actor().audit, id, p));
    return JsonReply(200, RegionJson(region));
  });
}

Result<Reply> DeleteRegion(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(int64_t version, ctx.VersionQuery());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY(org::DeleteRegion(tx, ctx.actor().audit, id, version));
    return NoContent();
  });
}

}  // namespace

void AddRegionRoutes(Router& r) {
  const std::string read(auth::perm::kOrgRead);
  const std::string manage(auth::perm::kOrgManage);
  r.AddSchema("Region", R"({"type": "object", "properties": {"id": {"type": "integer"},
    "parent_id": {"type": "integer", "nullable": true}, "code": {"type": "string"},
    "name": {"type": "string"}, "level": {"type": "string", "enum": ["province", "city", "county"]},
    "owner_staff_id": {"type": "integer", "nullable": true},
    "owner_name": {"type": "string", "nullable": true}, "sort_order": {"type": "integer"},
    "version": {"type": "integer"}}})");
  r.AddListSchema("RegionList", "Region");
  r.AddSchema("NewRegion", R"({"type": "object", "additionalProperties": false,
    "required": ["code", "name", "level"], "properties": {
    "parent_id": {"type": "integer"}, "code": {"type": "string", "maxLength": 32},
    "name": {"type": "string", "maxLength": 64},
    "level": {"type": "string", "enum": ["province", "city", "county"]},
    "owner_staff_id": {"type": "integer"}, "sort_order": {"type": "integer"}}})");
  r.AddSchema("RegionPatch", R"({"type": "object", "additionalProperties": false,
    "required": ["version"], "properties": {"version": {"type": "integer"},
    "parent_id": {"type": "integer", "nullable": true}, "code": {"type": "string"},
    "name": {"type": "string"}, "level": {"type": "string", "enum": ["province", "city", "county"]},
    "owner_staff_id": {"type": "integer", "nullable": true}, "sort_order": {"type": "integer"}}})");
  r.Add({"GET",
         "/api/v1/regions",
         Access::kSignedIn,
         read,
         {"org",
          "Every region, flat (build the tree from parent_id)",
          {{"q", "query", "string", "part of the code or name"}},
          "",
          "RegionList"},
         ListRegions});
  r.Add({"POST",
         "/api/v1/regions",
         Access::kSignedIn,
         manage,
         {"org",
          "Create a region; a province has no parent, a city sits under a province, a county "
          "under a city (422 org.region.level)",
          {},
          "NewRegion",
          "Region",
          201},
         CreateRegion});
  r.Add({"PATCH",
         "/api/v1/regions/{id}",
         Access::kSignedIn,
         manage,
         {"org", "Change a region (optimistic lock by version)", {}, "RegionPatch", "Region"},
         UpdateRegion});
  r.Add({"DELETE",
         "/api/v1/regions/{id}",
         Access::kSignedIn,
         manage,
         {"org",
          "Delete a region without sub-regions or covering staff (422 org.region.in_use)",
          {{"version", "query", "integer", "the version read"}},
          "",
          "",
          204},
         DeleteRegion});
}

}  // namespace sd::http
