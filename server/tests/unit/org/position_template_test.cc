// The embedded position template (org/templates/default_positions.json): it parses, every
// position passes the position rules with real permission and metric codes, and superiors and
// assessors name template positions that come earlier (so applying in order resolves them).
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "auth/permissions.h"
#include "base/i18n.h"
#include "org/metrics.h"
#include "org/template.h"

namespace sd::org {
namespace {

// The contract's template codes in their order (superiors first).
const std::vector<std::string> kOrder = {"sales_head",       "sales_deputy", "sales_manager",
                                         "sales_supervisor", "sales_rep",    "office_supervisor",
                                         "sales_office",     "online_sales", "foreign_trade",
                                         "finance",          "quality"};

std::span<const TemplatePosition> Template() {
  auto parsed = DefaultTemplate();
  EXPECT_TRUE(parsed.has_value()) << parsed.error().detail;
  return parsed ? *parsed : std::span<const TemplatePosition>();
}

TEST(PositionTemplate, ParsesAndHasEveryPosition) { EXPECT_EQ(Template().size(), kOrder.size()); }

TEST(PositionTemplate, EveryPositionPassesThePositionRules) {
  for (const TemplatePosition& t : Template()) {
    std::vector<FieldError> errors;
    ValidatePosition(t.spec, auth::AllPermissions(), &errors);
    for (const FieldError& e : errors) {
      ADD_FAILURE() << t.template_code << ": " << e.field << " " << e.key
                    << (e.params.empty() ? "" : " " + e.params[0].second);
    }
    EXPECT_EQ(t.spec.template_code, t.template_code);
    EXPECT_EQ(t.assessors.size(), t.spec.indicators.size());
  }
}

TEST(PositionTemplate, CodesAreUniqueAndInTheContractOrder) {
  std::set<std::string> codes;
  size_t last = 0;
  for (const TemplatePosition& t : Template()) {
    EXPECT_TRUE(codes.insert(t.spec.code).second) << "code twice: " << t.spec.code;
    auto it = std::find(kOrder.begin(), kOrder.end(), t.template_code);
    ASSERT_NE(it, kOrder.end()) << "not a template code of the contract: " << t.template_code;
    size_t at = static_cast<size_t>(it - kOrder.begin());
    EXPECT_TRUE(codes.size() == 1 || at > last) << t.template_code << " is out of order";
    last = at;
  }
}

TEST(PositionTemplate, SuperiorsAndAssessorsComeEarlier) {
  std::set<std::string> earlier;
  for (const TemplatePosition& t : Template()) {
    if (t.superior) {
      EXPECT_TRUE(earlier.contains(*t.superior))
          << t.template_code << ": superior " << *t.superior << " is not an earlier position";
    }
    for (const auto& assessor : t.assessors) {
      if (!assessor) continue;
      EXPECT_TRUE(earlier.contains(*assessor))
          << t.template_code << ": assessor " << *assessor << " is not an earlier position";
    }
    earlier.insert(t.template_code);
  }
}

TEST(PositionTemplate, DepartmentsAreThoseOfTheDemoCompany) {
  const std::set<std::string> departments = {"HQ",  "SALES", "SALES-N", "SALES-S", "MKT",
                                             "FIN", "QA",    "PROD",    "ADMIN"};
  for (const TemplatePosition& t : Template()) {
    EXPECT_TRUE(departments.contains(t.department_code))
        << t.template_code << ": department " << t.department_code;
  }
}

TEST(PositionTemplate, ParsingIsStrict) {
  EXPECT_EQ(ParseTemplate("{").error().key, "org.template.invalid");
  auto typo = ParseTemplate(R"({"positions": [{"template_code": "x", "code": "X", "name": "x",
    "department_code": "HQ", "headcount": 1, "superior_note": "", "summary": "",
    "data_scope": "own", "internal_coordination": "", "external_coordination": "", "tools": "",
    "work_environment": "", "working_hours": "", "records": "", "notes": "", "source": "",
    "duties": [{"category": "main", "description": "d", "standard": "", "permision": []}]}]})");
  ASSERT_FALSE(typo.has_value());
  EXPECT_NE(typo.error().detail.find("positions[0].duties[0].permision"), std::string::npos)
      << typo.error().detail;
  auto missing = ParseTemplate(R"({"positions": [{"template_code": "x"}]})");
  ASSERT_FALSE(missing.has_value());
  EXPECT_NE(missing.error().detail.find("positions[0].code: should be present"), std::string::npos)
      << missing.error().detail;
  auto empty = ParseTemplate(R"({"positions": []})");
  ASSERT_TRUE(empty.has_value());
  EXPECT_TRUE(empty->empty());
}

TEST(Metrics, EveryMetricHasANameInBothLanguages) {
  const Catalog& cat = Catalog::Embedded();
  for (std::string_view code : AllMetrics()) {
    EXPECT_TRUE(cat.Has("metric." + std::string(code))) << code;
  }
}

}  // namespace
}  // namespace sd::org
