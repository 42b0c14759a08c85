// The story runner's own pieces: parsing, substitution and subset matching.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "scenarios/scenario.h"

namespace sd::testing::scenario {
namespace {

using nlohmann::json;

TEST(ScenarioParse, ReadsStepsUnderHeadingsAndSkipsProse) {
  std::vector<Step> steps;
  ParseError error;
  ASSERT_TRUE(
      Parse("# Story\n    given demo-company; today 2026-03-02\nProse.\n## Part\n"
            "    as rep.sun password $u.initial_password\n"
            "    POST /api/v1/users {\"a\": 1}\n    => 201 {\"b\": 2} -> $u\n"
            "```text\n    GET /ignored\n```\n    audit user create by admin count 1\n",
            &steps, &error))
      << error.line << " " << error.message;
  ASSERT_EQ(steps.size(), 6u);
  EXPECT_EQ(steps[1].line, 2);
  EXPECT_EQ(std::get<Today>(steps[1].what).at_us, 1'772'413'200'000'000);  // 01:00 UTC
  EXPECT_EQ(std::get<As>(steps[2].what).password, "$u.initial_password");
  EXPECT_EQ(steps[2].heading, "## Part");
  EXPECT_EQ(std::get<Request>(steps[3].what).body, "{\"a\": 1}");
  const auto& expect = std::get<Expect>(steps[4].what);
  EXPECT_EQ(expect.status, 201);
  EXPECT_EQ(expect.subset, "{\"b\": 2}");
  EXPECT_EQ(expect.store, "u");
  EXPECT_EQ(std::get<Audit>(steps[5].what).by, "admin");
  EXPECT_EQ(std::get<Audit>(steps[5].what).count, 1);
}

TEST(ScenarioParse, ReadsNewCompanyAndLacks) {
  std::vector<Step> steps;
  ParseError error;
  ASSERT_TRUE(
      Parse("# S\n    given new-company\n    GET /api/v1/auth/me\n    => 200\n"
            "    lacks {\"permissions\": [\"order.hold\"]}\n",
            &steps, &error))
      << error.line << " " << error.message;
  ASSERT_EQ(steps.size(), 4u);
  EXPECT_EQ(std::get<Given>(steps[0].what).fixture, "new-company");
  EXPECT_EQ(std::get<Lacks>(steps[3].what).subset, "{\"permissions\": [\"order.hold\"]}");
  EXPECT_FALSE(Parse("# S\n    given old-company\n", &steps, &error));
  EXPECT_FALSE(Parse("# S\n    lacks\n", &steps, &error));
}

TEST(ScenarioParse, RefusesUnknownAndUnpairedStepsWithTheirLine) {
  std::vector<Step> steps;
  ParseError error;
  EXPECT_FALSE(Parse("# S\n    as admin\n    frobnicate now\n", &steps, &error));
  EXPECT_EQ(error.line, 3);
  EXPECT_NE(error.message.find("unknown step `frobnicate`"), std::string::npos);
  steps.clear();
  EXPECT_FALSE(Parse("    GET /api/v1/users\n    as admin\n", &steps, &error));
  EXPECT_EQ(error.line, 1);
  steps.clear();
  EXPECT_FALSE(Parse("    => 200\n", &steps, &error));
  steps.clear();
  EXPECT_FALSE(Parse("    advance 3 fortnights\n", &steps, &error));
  steps.clear();
  EXPECT_FALSE(Parse("    given empty-company\n", &steps, &error));
}

TEST(ScenarioSubstitute, KeepsJsonTypesAndFillsText) {
  Vars vars{{"u", json{{"id", 8}, {"login", "rep.sun"}, {"roles", {"sales_rep"}}}}};
  std::string out;
  std::string error;
  ASSERT_TRUE(Substitute("/api/v1/users/$u.id/disable", vars, Into::kText, &out, &error));
  EXPECT_EQ(out, "/api/v1/users/8/disable");
  ASSERT_TRUE(Substitute(R"({"version": $u.id, "id": "$u.id", "who": "I am $u.login.", "r": )"
                         R"("$u.roles.0"})",
                         vars, Into::kJson, &out, &error));
  EXPECT_EQ(json::parse(out),
            json({{"version", 8}, {"id", 8}, {"who", "I am rep.sun."}, {"r", "sales_rep"}}));
  ASSERT_TRUE(Substitute("costs $5", vars, Into::kText, &out, &error));
  EXPECT_EQ(out, "costs $5");
  EXPECT_FALSE(Substitute("$v.id", vars, Into::kText, &out, &error));
  EXPECT_NE(error.find("unknown name $v"), std::string::npos);
  EXPECT_FALSE(Substitute("$u.idd", vars, Into::kText, &out, &error));
  EXPECT_NE(error.find("no field \"idd\""), std::string::npos);
}

TEST(ScenarioContains, MatchesSubsetsAndSaysWhereNot) {
  const json actual = {{"user", {{"login", "rep.sun"}, {"version", 2}}},
                       {"items", {{{"action", "create"}}, {{"action", "login"}}}}};
  std::string why;
  EXPECT_TRUE(Contains(actual, {{"user", {{"version", 2}}}}, &why));
  EXPECT_TRUE(Contains(actual, {{"items", {{{"action", "login"}}}}}, &why));
  EXPECT_FALSE(Contains(actual, {{"user", {{"version", 3}}}}, &why));
  EXPECT_EQ(why, "user.version: expected 3, got 2");
  EXPECT_FALSE(Contains(actual, {{"user", {{"email", "x"}}}}, &why));
  EXPECT_EQ(why, "user.email: missing");
  EXPECT_FALSE(Contains(actual, {{"items", {{{"action", "delete"}}}}}, &why));
  EXPECT_FALSE(Contains(actual, {{"items", json::array()}}, &why));
  EXPECT_FALSE(Contains(nullptr, {{"a", 1}}, &why));
}

}  // namespace
}  // namespace sd::testing::scenario
