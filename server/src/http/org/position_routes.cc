// Positions (岗位): list, read, create, whole-document save, delete (org.read / org.manage).
#include <nlohmann/json.hpp>

#include "auth/permissions.h"
#include "http/org/position_json.h"
#include "http/server.h"
#include "org/position_service.h"

namespace sd::http {
namespace {

Result<Reply> ListPositions(Ctx& ctx) {
  org::PositionListFilter f;
  SD_TRY_ASSIGN(f.page, ctx.Paging());
  SD_TRY_ASSIGN(f.department_id, ctx.IdQuery("department_id"));
  f.q = ctx.TextQuery("q");
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(Page<org::PositionSummary> page, org::ListPositions(tx, f));
    nlohmann::json items = nlohmann::json::array();
    for (const org::PositionSummary& p : page.items) items.push_back(PositionSummaryJson(p));
    return PageReply(items, page);
  });
}

Result<Reply> GetPosition(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(org::Position p, org::GetPosition(tx, id));
    return JsonReply(200, PositionJson(p));
  });
}

Result<Reply> CreatePosition(Ctx& ctx) {
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  org::PositionSpec spec = ReadPositionSpec(in);
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(org::Position p,
                  org::CreatePosition(tx, ctx.actor().audit, auth::AllPermissions(), spec));
    return CreatedReply(PositionJson(p), "/api/v1/positions/" + std::to_string(p.id));
  });
}

Result<Reply> SavePosition(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  int64_t version = in.Int("version", {.required = true}).value_or(0);
  org::PositionSpec spec = ReadPositionSpec(in);
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(org::Position p, org::UpdatePosition(tx, ctx.actor().audit,
                                                       auth::AllPermissions(), id, version, spec));
    return JsonReply(200, PositionJson(p));
  });
}

Result<Reply> DeletePosition(Ctx& ctx) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(int64_t version, ctx.VersionQuery());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY(org::DeletePosition(tx, ctx.actor().audit, id, version));
    return NoContent();
  });
}

}  // namespace

void AddPositionRoutes(Router& r) {
  const std::string read(auth::perm::kOrgRead);
  const std::string manage(auth::perm::kOrgManage);
  AddPositionSchemas(r);
  r.Add({"GET",
         "/api/v1/positions",
         Access::kSignedIn,
         read,
         {"org",
          "List positions (by department order, then code)",
          {{"department_id", "query", "integer", "this department and the ones below it"},
           {"q", "query", "string", "part of the code or name"},
           {"page", "query", "integer", "1-based"},
           {"size", "query", "integer", "rows per page, at most 200"}},
          "",
          "PositionPage"},
         ListPositions});
  r.Add(
      {"GET",
       "/api/v1/positions/{id}",
       Access::kSignedIn,
       read,
       {"org", "One position with duties, authorities, indicators and holders", {}, "", "Position"},
       GetPosition});
  r.Add({"POST",
         "/api/v1/positions",
         Access::kSignedIn,
         manage,
         {"org", "Create a position", {}, "PositionSpec", "Position", 201},
         CreatePosition});
  r.Add({"PUT",
         "/api/v1/positions/{id}",
         Access::kSignedIn,
         manage,
         {"org",
          "Save a whole position (lists rewritten, permissions re-granted; optimistic lock)",
          {},
          "PositionSave",
          "Position"},
         SavePosition});
  r.Add({"DELETE",
         "/api/v1/positions/{id}",
         Access::kSignedIn,
         manage,
         {"org",
          "Delete a position nobody holds, that heads or assesses no other position",
          {{"version", "query", "integer", "the version read"}},
          "",
          "",
          204},
         DeletePosition});
}

}  // namespace sd::http
