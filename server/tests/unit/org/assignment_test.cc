// The division of work and its maker-checker rule (pure): only an assigned auditor audits a
// person's pricing, and never the person themself.
#include "org/assignment.h"

#include <gtest/gtest.h>

namespace sd::org {
namespace {

Assignment Make(AssignmentKind kind, int64_t staff, int64_t subject,
                std::optional<int64_t> line = std::nullopt) {
  Assignment a;
  a.kind = kind;
  a.staff_id = staff;
  a.subject_staff_id = subject;
  a.product_line_id = line;
  return a;
}

constexpr int64_t kLiu = 10;   // 刘芳, clerk
constexpr int64_t kMa = 11;    // 马丽, clerk
constexpr int64_t kYang = 12;  // 杨帆, their supervisor
constexpr int64_t kSbs = 1;
constexpr int64_t kRoad = 2;

TEST(MakerChecker, OnlyAnAssignedAuditorAuditsPricing) {
  std::vector<Assignment> work = {Make(AssignmentKind::kPriceAudit, kMa, kLiu),
                                  Make(AssignmentKind::kSupervise, kYang, kLiu),
                                  Make(AssignmentKind::kOrderCheck, kLiu, kMa)};
  EXPECT_TRUE(MayAuditPricing(work, kMa, kLiu, std::nullopt));
  EXPECT_TRUE(MayAuditPricing(work, kMa, kLiu, kSbs));  // a general assignment covers every line
  EXPECT_FALSE(MayAuditPricing(work, kLiu, kMa, std::nullopt));    // order_check is not pricing
  EXPECT_FALSE(MayAuditPricing(work, kYang, kLiu, std::nullopt));  // supervising is not either
  EXPECT_FALSE(MayAuditPricing({}, kMa, kLiu, std::nullopt));
  EXPECT_EQ(PricingAuditors(work, kLiu, std::nullopt), std::vector<int64_t>{kMa});
  EXPECT_TRUE(PricingAuditors(work, kMa, std::nullopt).empty());
}

TEST(MakerChecker, NobodyAuditsTheirOwnPricingEvenIfARowSaysSo) {
  std::vector<Assignment> work = {Make(AssignmentKind::kPriceAudit, kLiu, kLiu),
                                  Make(AssignmentKind::kPriceAudit, kMa, kLiu)};
  EXPECT_FALSE(MayAuditPricing(work, kLiu, kLiu, std::nullopt));
  EXPECT_FALSE(MayAuditPricing(work, kLiu, kLiu, kSbs));
  EXPECT_EQ(PricingAuditors(work, kLiu, std::nullopt), std::vector<int64_t>{kMa});
}

TEST(MakerChecker, AnAssignmentForOneProductLineCoversThatLineOnly) {
  std::vector<Assignment> work = {Make(AssignmentKind::kPriceAudit, kMa, kLiu, kSbs),
                                  Make(AssignmentKind::kPriceAudit, kYang, kLiu)};
  EXPECT_TRUE(MayAuditPricing(work, kMa, kLiu, kSbs));
  EXPECT_FALSE(MayAuditPricing(work, kMa, kLiu, kRoad));
  EXPECT_FALSE(MayAuditPricing(work, kMa, kLiu, std::nullopt));
  EXPECT_EQ(PricingAuditors(work, kLiu, kSbs), (std::vector<int64_t>{kMa, kYang}));
  EXPECT_EQ(PricingAuditors(work, kLiu, kRoad), std::vector<int64_t>{kYang});
}

TEST(MakerChecker, AuditorsAreListedOnce) {
  std::vector<Assignment> work = {Make(AssignmentKind::kPriceAudit, kMa, kLiu),
                                  Make(AssignmentKind::kPriceAudit, kMa, kLiu, kSbs)};
  EXPECT_EQ(PricingAuditors(work, kLiu, kSbs), std::vector<int64_t>{kMa});
}

TEST(AssignmentKind, NamesRoundTrip) {
  for (AssignmentKind k : {AssignmentKind::kSupport, AssignmentKind::kPriceAudit,
                           AssignmentKind::kOrderCheck, AssignmentKind::kSupervise}) {
    AssignmentKind parsed = AssignmentKind::kSupport;
    ASSERT_TRUE(ParseAssignmentKind(AssignmentKindName(k), &parsed));
    EXPECT_EQ(parsed, k);
  }
  AssignmentKind k = AssignmentKind::kSupport;
  EXPECT_FALSE(ParseAssignmentKind("approve", &k));
}

}  // namespace
}  // namespace sd::org
