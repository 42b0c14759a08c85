// Regions (片区) and the organization chart through the API on SQLite and PostgreSQL: the
// province → city → county rules, deletion only when unused, audit records, permissions.
#include "demo/demo_regions.h"
#include "staff_fixture.h"

namespace sd::testing {
namespace {

using nlohmann::json;

class RegionsApi : public StaffApiTest {};

TEST_P(RegionsApi, ReadsNeedOrgReadAndWritesOrgManage) {
  EXPECT_EQ(Call("GET", "/api/v1/regions", nullptr).status, 401);
  EXPECT_EQ(Call("GET", "/api/v1/org/chart", nullptr).status, 401);
  Caller nobody = AccountFor("t.nobody", std::nullopt);
  EXPECT_EQ(Get("/api/v1/regions", nobody).status, 403);
  EXPECT_EQ(Get("/api/v1/org/chart", nobody).status, 403);
  Caller reader = OrgReader();
  EXPECT_EQ(Get("/api/v1/regions", reader).status, 200);
  EXPECT_EQ(Get("/api/v1/org/chart", reader).status, 200);
  json body = {{"code", "T43"}, {"name", "湖南省"}, {"level", "province"}};
  Resp denied = Post("/api/v1/regions", reader, body);
  EXPECT_EQ(denied.status, 403);
  EXPECT_EQ(denied.body["code"], "auth.permission_denied");
  json province = MakeRegion("T43", "湖南省", "province");
  EXPECT_EQ(Call("DELETE", Path("/api/v1/regions", province) + "?version=1", &reader).status, 403);
  EXPECT_EQ(
      Call("PATCH", Path("/api/v1/regions", province), &reader, json{{"version", 1}}.dump()).status,
      403);
}

TEST_P(RegionsApi, ProvinceCityCountyEachUnderTheLevelAbove) {
  json hunan = MakeRegion("T43", "湖南省", "province");
  json changsha = MakeRegion("T4301", "长沙市", "city", hunan["id"].get<int64_t>());
  json furong = MakeRegion("T430102", "芙蓉区", "county", changsha["id"].get<int64_t>());
  EXPECT_EQ(changsha["parent_id"], hunan["id"]);
  EXPECT_EQ(furong["level"], "county");
  EXPECT_EQ(furong["owner_staff_id"], nullptr);
  EXPECT_EQ(furong["owner_name"], nullptr);

  auto refused = [&](const json& body) {
    Resp r = Post("/api/v1/regions", admin_, body);
    EXPECT_EQ(r.status, 422) << body.dump() << " " << r.text;
    EXPECT_EQ(r.body["code"], "org.region.level");
  };
  refused({{"code", "T1"}, {"name", "无省之市"}, {"level", "city"}});
  refused({{"code", "T2"}, {"name", "省下之县"}, {"level", "county"}, {"parent_id", hunan["id"]}});
  refused(
      {{"code", "T3"}, {"name", "省中之省"}, {"level", "province"}, {"parent_id", hunan["id"]}});
  refused({{"code", "T4"}, {"name", "县下之县"}, {"level", "county"}, {"parent_id", furong["id"]}});

  Resp bad = Post("/api/v1/regions", admin_,
                  {{"code", "T5"}, {"name", ""}, {"level", "town"}, {"parent_id", 999999}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(FieldSet(bad), (std::set<std::string>{"name:common.field.required",
                                                  "level:common.field.invalid_choice"}));
  Resp unknown = Post("/api/v1/regions", admin_,
                      {{"code", "T5"},
                       {"name", "某市"},
                       {"level", "city"},
                       {"parent_id", 999999},
                       {"owner_staff_id", 999998}});
  EXPECT_EQ(unknown.status, 400);
  EXPECT_EQ(FieldSet(unknown), (std::set<std::string>{"parent_id:org.region.parent_unknown",
                                                      "owner_staff_id:org.region.owner_unknown"}));
  Resp taken =
      Post("/api/v1/regions", admin_, {{"code", "T43"}, {"name", "重复"}, {"level", "province"}});
  EXPECT_EQ(taken.status, 409);
  EXPECT_EQ(taken.body["code"], "org.region.code_taken");

  // A level change must keep the children below it; a region is never its own parent.
  Resp demoted = Call("PATCH", Path("/api/v1/regions", changsha), &admin_,
                      json{{"version", 1}, {"level", "county"}, {"parent_id", nullptr}}.dump());
  EXPECT_EQ(demoted.status, 422);
  Resp own_parent = Call("PATCH", Path("/api/v1/regions", hunan), &admin_,
                         json{{"version", 1}, {"parent_id", hunan["id"]}}.dump());
  EXPECT_EQ(own_parent.status, 422);

  Resp listed = Get("/api/v1/regions?q=T430", admin_);
  ASSERT_EQ(listed.status, 200);
  std::vector<std::string> codes;
  for (const json& r : listed.body["items"]) codes.push_back(r["code"]);
  EXPECT_EQ(codes, (std::vector<std::string>{"T4301", "T430102"}));
  EXPECT_EQ(CountAudit("region", "create"), static_cast<int64_t>(demo::DemoRegions().size()) + 3);
}

TEST_P(RegionsApi, OwnersMovesAndDeletionWhenUnused) {
  json hunan = MakeRegion("T43", "湖南省", "province");
  json guangdong = MakeRegion("T44", "广东省", "province");
  json changsha = MakeRegion("T4301", "长沙市", "city", hunan["id"].get<int64_t>());
  json rep = MakeStaff("T003", "张明", "SALES-N", {{"region_ids", {guangdong["id"]}}});
  const std::string city = Path("/api/v1/regions", changsha);

  Resp moved = Call("PATCH", city, &admin_,
                    json{{"version", 1},
                         {"parent_id", guangdong["id"]},
                         {"owner_staff_id", rep["id"]},
                         {"name", "长沙"}}
                        .dump());
  ASSERT_EQ(moved.status, 200) << moved.text;
  EXPECT_EQ(moved.body["parent_id"], guangdong["id"]);
  EXPECT_EQ(moved.body["owner_name"], "张明");
  EXPECT_EQ(moved.body["version"], 2);
  json update = LastAudit("region", "update", changsha["id"]);
  EXPECT_EQ(update["before"]["parent_id"], hunan["id"]);
  EXPECT_EQ(update["after"]["owner_staff_id"], rep["id"]);
  Resp stale = Call("PATCH", city, &admin_, json{{"version", 1}, {"name", "旧"}}.dump());
  EXPECT_EQ(stale.status, 409);

  // Guangdong has a city below it and a rep covering it; Hunan has neither now.
  Resp in_use = Call("DELETE", Path("/api/v1/regions", guangdong) + "?version=1", &admin_);
  EXPECT_EQ(in_use.status, 422);
  EXPECT_EQ(in_use.body["code"], "org.region.in_use");
  EXPECT_EQ(Call("DELETE", city + "?version=1", &admin_).status, 409);
  EXPECT_EQ(Call("DELETE", city, &admin_).status, 400);
  EXPECT_EQ(Call("DELETE", city + "?version=2", &admin_).status, 204);
  EXPECT_EQ(Call("DELETE", city + "?version=2", &admin_).status, 404);
  Resp covered = Call("DELETE", Path("/api/v1/regions", guangdong) + "?version=1", &admin_);
  EXPECT_EQ(covered.status, 422);  // the rep still covers it
  ASSERT_EQ(Call("PATCH", Path("/api/v1/staff", rep), &admin_,
                 json{{"version", 1}, {"region_ids", json::array()}}.dump())
                .status,
            200);
  EXPECT_EQ(Call("DELETE", Path("/api/v1/regions", guangdong) + "?version=1", &admin_).status, 204);
  EXPECT_EQ(Call("DELETE", Path("/api/v1/regions", hunan) + "?version=1", &admin_).status, 204);
  EXPECT_EQ(CountAudit("region", "delete"), 3);
  json deleted = LastAudit("region", "delete", changsha["id"]);
  EXPECT_EQ(deleted["before"]["name"], "长沙");
  EXPECT_EQ(deleted["after"], nullptr);
}

TEST_P(RegionsApi, TheChartShowsDepartmentsPositionsAndActiveHolders) {
  json head = MakePosition("T-XS-01", "销售部长", "SALES", "department", {});
  json rep_pos = MakePosition("T-XS-05", "销售代表", "SALES", "own", {});
  ASSERT_EQ(Call("PUT", Path("/api/v1/positions", rep_pos), &admin_,
                 json{{"version", rep_pos["version"]},
                      {"code", "T-XS-05"},
                      {"name", "销售代表"},
                      {"department_id", DepartmentId("SALES")},
                      {"superior_position_id", head["id"]},
                      {"headcount", 6},
                      {"data_scope", "own"}}
                     .dump())
                .status,
            200);
  json zhang = MakeStaff("T003", "张明", "SALES-N", {{"position_ids", {rep_pos["id"]}}});
  json chen = MakeStaff("T004", "陈磊", "SALES-S", {{"position_ids", {rep_pos["id"]}}});
  ASSERT_EQ(Call("PATCH", Path("/api/v1/staff", chen), &admin_,
                 json{{"version", 1}, {"status", "left"}}.dump())
                .status,
            200);
  Resp chart = Get("/api/v1/org/chart", admin_);
  ASSERT_EQ(chart.status, 200) << chart.text;
  bool sales = false;
  for (const json& d : chart.body["departments"]) {
    if (d["id"] == DepartmentId("HQ")) {
      EXPECT_EQ(chart.body["company"], d["name"]);
    }
    if (d["id"] == DepartmentId("SALES")) {
      sales = true;
      EXPECT_EQ(d["name"], "销售部");
      EXPECT_EQ(d["parent_id"], DepartmentId("HQ"));
    }
  }
  EXPECT_TRUE(sales);
  json rep_entry;
  for (const json& p : chart.body["positions"]) {
    if (p["code"] == "T-XS-05") rep_entry = p;
  }
  ASSERT_TRUE(rep_entry.is_object()) << chart.text;
  EXPECT_EQ(rep_entry["superior_position_id"], head["id"]);
  EXPECT_EQ(rep_entry["headcount"], 6);
  EXPECT_EQ(rep_entry["department_id"], DepartmentId("SALES"));
  EXPECT_EQ(rep_entry["holders"], (json{{{"staff_id", zhang["id"]}, {"name", "张明"}}}));
}

SD_API_BACKENDS(RegionsApi);

}  // namespace
}  // namespace sd::testing
