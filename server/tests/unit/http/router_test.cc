#include "http/router.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "http/dates.h"
#include "http/json_in.h"
#include "http/problem.h"

namespace sd::http {
namespace {

Handler Noop() {
  return [](Ctx&) -> Result<Reply> { return NoContent(); };
}

TEST(Router, MatchesLiteralAndParameterSegments) {
  Router r;
  r.Add({"GET", "/api/v1/users", Access::kSignedIn, "user.read", {"users", "list"}, Noop()});
  r.Add({"GET", "/api/v1/users/{id}", Access::kSignedIn, "user.read", {"users", "one"}, Noop()});
  r.Add({"POST", "/api/v1/users/{id}/disable", Access::kSignedIn, "", {"users", "x"}, Noop()});
  Match m = r.Find("GET", "/api/v1/users/42");
  ASSERT_NE(m.route, nullptr);
  EXPECT_EQ(m.route->pattern, "/api/v1/users/{id}");
  ASSERT_EQ(m.params.size(), 1u);
  EXPECT_EQ(m.params[0].second, "42");
  EXPECT_EQ(r.Find("GET", "/api/v1/users").route->pattern, "/api/v1/users");
  EXPECT_EQ(r.Find("GET", "/api/v1/users/").route->pattern, "/api/v1/users");
  EXPECT_EQ(r.Find("GET", "/api/v1/nothing").route, nullptr);
  Match wrong = r.Find("DELETE", "/api/v1/users/42");
  EXPECT_EQ(wrong.route, nullptr);
  EXPECT_TRUE(wrong.method_mismatch);
  EXPECT_NE(r.Find("POST", "/api/v1/users/7/disable").route, nullptr);
}

TEST(Router, LiteralSegmentsWinOverParameters) {
  Router r;
  r.Add({"GET", "/api/v1/positions/{id}", Access::kSignedIn, "", {"org", "one"}, Noop()});
  r.Add({"PUT", "/api/v1/positions/{id}", Access::kSignedIn, "", {"org", "save"}, Noop()});
  r.Add({"GET", "/api/v1/positions/export.xlsx", Access::kSignedIn, "", {"org", "x"}, Noop()});
  r.Add({"POST", "/api/v1/positions/from-template", Access::kSignedIn, "", {"org", "t"}, Noop()});
  EXPECT_EQ(r.Find("GET", "/api/v1/positions/export.xlsx").route->pattern,
            "/api/v1/positions/export.xlsx");
  EXPECT_EQ(r.Find("GET", "/api/v1/positions/7").route->pattern, "/api/v1/positions/{id}");
  EXPECT_EQ(r.Find("POST", "/api/v1/positions/from-template").route->pattern,
            "/api/v1/positions/from-template");
  // Another method on a literal path falls back to the parameter route that has it.
  EXPECT_EQ(r.Find("PUT", "/api/v1/positions/export.xlsx").route->pattern,
            "/api/v1/positions/{id}");
  EXPECT_TRUE(r.Find("DELETE", "/api/v1/positions/7").method_mismatch);
}

TEST(JsonIn, ListsOfObjectsNameTheirFieldsByRow) {
  auto in = JsonIn::Parse(R"({"duties": [{"description": "a", "standard": 1},
    {"extra": true}, 7], "qualifications": {"education": "大专", "degree": "x"}})");
  ASSERT_TRUE(in.has_value());
  auto duties = in->ObjectList("duties");
  ASSERT_TRUE(duties.has_value());
  ASSERT_EQ(duties->size(), 2u);
  EXPECT_EQ((*duties)[0].String("description"), "a");
  EXPECT_FALSE((*duties)[0].String("standard").has_value());
  EXPECT_FALSE((*duties)[1].String("description", {.required = true}).has_value());
  auto q = in->Object("qualifications");
  ASSERT_TRUE(q.has_value());
  EXPECT_EQ(q->String("education"), "大专");
  EXPECT_FALSE(in->ObjectList("absent").has_value());
  auto done = in->Finish();
  ASSERT_FALSE(done.has_value());
  std::vector<std::string> got;
  for (const auto& f : done.error().fields) got.push_back(f.field + ":" + f.key);
  EXPECT_EQ(got, (std::vector<std::string>{"duties[2]:common.field.type_object",
                                           "duties[0].standard:common.field.type_string",
                                           "duties[1].description:common.field.required",
                                           "duties[1].extra:common.field.unknown",
                                           "qualifications.degree:common.field.unknown"}));
}

TEST(JsonIn, CollectsEveryProblemAtOnce) {
  auto in = JsonIn::Parse(R"({"a": 1, "b": "x", "c": [1], "d": true, "extra": null})");
  ASSERT_TRUE(in.has_value());
  EXPECT_FALSE(in->String("a").has_value());
  EXPECT_EQ(in->String("b"), "x");
  EXPECT_FALSE(in->StringList("c").has_value());
  EXPECT_EQ(in->Bool("d"), true);
  EXPECT_FALSE(in->Int("missing", {.required = true}).has_value());
  auto done = in->Finish();
  ASSERT_FALSE(done.has_value());
  std::vector<std::string> got;
  for (const auto& f : done.error().fields) got.push_back(f.field + ":" + f.key);
  EXPECT_EQ(got, (std::vector<std::string>{
                     "a:common.field.type_string", "c[0]:common.field.type_string",
                     "missing:common.field.required", "extra:common.field.unknown"}));
}

TEST(JsonIn, RefusesNonObjectsAndGarbage) {
  EXPECT_EQ(JsonIn::Parse("[]").error().key, "common.json.object_expected");
  EXPECT_EQ(JsonIn::Parse("{").error().key, "common.json.malformed");
  EXPECT_EQ(JsonIn::Parse("").error().key, "common.json.malformed");
  auto big = JsonIn::Parse(R"({"n": 99999999999999999999})");
  ASSERT_TRUE(big.has_value());
  EXPECT_FALSE(big->Int("n").has_value());
  EXPECT_FALSE(big->Finish().has_value());
}

TEST(JsonIn, NullableIntTellsAbsentFromNull) {
  auto in = JsonIn::Parse(R"({"dept": null})");
  auto v = in->NullableInt("dept");
  ASSERT_TRUE(v.has_value());
  EXPECT_FALSE(v->has_value());
  EXPECT_FALSE(in->NullableInt("absent").has_value());
  EXPECT_TRUE(in->Finish().has_value());
}

TEST(Problem, StatusesAndLanguages) {
  EXPECT_EQ(StatusFor(MakeError(Code::kAborted, "common.version_conflict")), 409);
  EXPECT_EQ(StatusFor(MakeError(Code::kFailedPrecondition, "x")), 422);
  EXPECT_EQ(StatusFor(MakeError(Code::kResourceExhausted, "auth.login.locked")), 429);
  EXPECT_EQ(StatusFor(MakeError(Code::kResourceExhausted, "common.body_too_large")), 413);
  Error internal{Code::kInternal, "db.error", {}, {}, "secret detail"};
  Reply r = ProblemReply(internal, Locale::kEnUS, "req-1");
  EXPECT_EQ(r.status, 500);
  EXPECT_EQ(r.body.find("secret detail"), std::string::npos);
  EXPECT_NE(r.body.find("req-1"), std::string::npos);
  Reply zh = ProblemReply(MakeError(Code::kNotFound, "common.not_found"), Locale::kZhCN, "r");
  EXPECT_NE(zh.body.find("找不到该记录"), std::string::npos);
  EXPECT_EQ(zh.content_type, "application/problem+json");
}

TEST(Dates, BusinessDatesAreShanghaiMidnight) {
  // 2026-03-02 00:00 +08:00 == 2026-03-01T16:00:00Z
  EXPECT_EQ(DateStartMicros("2026-03-02"), int64_t{1772380800} * 1'000'000);
  EXPECT_FALSE(DateStartMicros("2026-02-30").has_value());
  EXPECT_FALSE(DateStartMicros("2026-3-2").has_value());
  EXPECT_EQ(FormatTimestamp(int64_t{1772380800} * 1'000'000 + 123'456), "2026-03-01T16:00:00.123Z");
}

}  // namespace
}  // namespace sd::http
