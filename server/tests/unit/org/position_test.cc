// Position rules without a database: field validation, indicator weights, the permissions a
// position grants, the audit snapshot.
#include "org/position.h"

#include <gtest/gtest.h>

#include "auth/permissions.h"
#include "org/metrics.h"

namespace sd::org {
namespace {

PositionSpec Valid() {
  PositionSpec p;
  p.code = "XS-05";
  p.name = "销售代表";
  p.department_id = 2;
  p.duties = {{"main", "开发新客户", "每月不少于10户", {"customer.read"}}};
  p.authorities = {{"销售定价建议权", {"price.propose", "customer.read"}}};
  p.indicators = {{"新客户开发数", "crm.new_customers", "每月10户", 60, "monthly", {}, "", ""},
                  {"回款额", "sales.collection", "", 40, "quarterly", 2, "", ""}};
  return p;
}

std::vector<std::string> Fields(const PositionSpec& p) {
  std::vector<FieldError> errors;
  ValidatePosition(p, auth::AllPermissions(), &errors);
  std::vector<std::string> out;
  for (const FieldError& e : errors) out.push_back(e.field + ":" + e.key);
  return out;
}

TEST(Position, AValidDocumentHasNoErrors) { EXPECT_TRUE(Fields(Valid()).empty()); }

TEST(Position, WeightsMustAddUpToAHundredWhenAnyIsSet) {
  PositionSpec p = Valid();
  p.indicators[1].weight = 30;
  EXPECT_EQ(Fields(p), std::vector<std::string>{"indicators:org.position.weights_sum"});
  std::vector<FieldError> errors;
  ValidatePosition(p, auth::AllPermissions(), &errors);
  EXPECT_EQ(errors[0].params, (Params{{"sum", "90"}}));
  for (Indicator& k : p.indicators) k.weight = 0;  // unweighted scorecards are allowed
  EXPECT_TRUE(Fields(p).empty());
  p.indicators.clear();
  EXPECT_TRUE(Fields(p).empty());
  p.indicators = {{"利润", "sales.profit", "", 100, "annual", {}, "", "总经理"}};
  EXPECT_TRUE(Fields(p).empty());
}

TEST(Position, EachWeightIsAPercentage) {
  PositionSpec p = Valid();
  p.indicators[0].weight = 160;
  p.indicators[1].weight = -60;
  // Out-of-range weights are reported one by one, not as a wrong sum as well.
  EXPECT_EQ(Fields(p),
            (std::vector<std::string>{"indicators[0].weight:common.field.out_of_range",
                                      "indicators[1].weight:common.field.out_of_range"}));
}

TEST(Position, UnknownCodesAreFieldErrorsOfTheirRow) {
  PositionSpec p = Valid();
  p.duties.push_back({"daily", "填写日报", "", {"customer.read", "launch.missiles"}});
  p.authorities[0].permissions.push_back("price.anything");
  p.indicators[0].metric_code = "crm.happiness";
  EXPECT_EQ(Fields(p),
            (std::vector<std::string>{"duties[1].permissions:org.position.permission_unknown",
                                      "authorities[0].permissions:org.position.permission_unknown",
                                      "indicators[0].metric_code:org.position.metric_unknown"}));
}

TEST(Position, ChoicesRequiredFieldsAndLimits) {
  PositionSpec p = Valid();
  p.code.clear();
  p.data_scope = "everything";
  p.headcount = -1;
  p.duties[0].category = "main duty";
  p.duties[0].description.clear();
  p.indicators[0].period = "weekly";
  p.summary.assign(kPositionTextMax + 1, 'x');
  EXPECT_EQ(Fields(p),
            (std::vector<std::string>{
                "code:common.field.required", "headcount:common.field.out_of_range",
                "data_scope:common.field.invalid_choice", "summary:common.field.too_long",
                "duties[0].category:common.field.invalid_choice",
                "duties[0].description:common.field.required",
                "indicators[0].period:common.field.invalid_choice"}));
  PositionSpec many = Valid();
  many.authorities.assign(kPositionListMax + 1, {"审批", {}});
  EXPECT_EQ(Fields(many), std::vector<std::string>{"authorities:org.position.too_many"});
}

TEST(Position, GrantsTheUnionOfDutiesAndAuthorities) {
  PositionSpec p = Valid();
  p.duties.push_back({"daily", "合同评审", "", {"contract.review", "customer.read"}});
  EXPECT_EQ(GrantedPermissions(p),
            (std::vector<std::string>{"contract.review", "customer.read", "price.propose"}));
  EXPECT_TRUE(GrantedPermissions(PositionSpec{}).empty());
}

TEST(Position, SnapshotWritesTheListsCompactly) {
  Position pos;
  pos.spec = Valid();
  pos.permissions = GrantedPermissions(pos.spec);
  std::string json = audit::SnapshotJson(PositionSnapshot(pos));
  EXPECT_NE(json.find(R"("duties":["main: 开发新客户 / 每月不少于10户 [customer.read]"])"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find(R"("回款额 (sales.collection) / 40% quarterly / assessor #2")"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find(R"("permissions":["customer.read","price.propose"])"), std::string::npos);
}

TEST(Metrics, CodesAreSortedAndKnown) {
  auto all = AllMetrics();
  EXPECT_EQ(all.size(), 20u);
  EXPECT_TRUE(std::is_sorted(all.begin(), all.end()));
  EXPECT_TRUE(IsMetric("crm.new_customers"));
  EXPECT_FALSE(IsMetric("crm"));
}

}  // namespace
}  // namespace sd::org
