// Lead routing over the region tree: the first owner on the way up, an owner who left replaced
// by their superior, nobody → unassigned.
#include "crm/lead_routing.h"

#include <gtest/gtest.h>

namespace sd::crm {
namespace {

// 湖南 (1, owner 5) → 岳阳 (2, no owner) → 岳阳县 (3, no owner); 湖北 (10, no owner) →
// 武汉 (11, owner 7 who left, superior 3) → 江夏 (12); 广东 (20, owner 8 left, no superior)
// → 广州 (21).
std::vector<RouteRegion> Tree() {
  return {
      {1, std::nullopt, 5, true, 3, true},
      {2, 1, std::nullopt, false, std::nullopt, false},
      {3, 2, std::nullopt, false, std::nullopt, false},
      {10, std::nullopt, std::nullopt, false, std::nullopt, false},
      {11, 10, 7, false, 3, true},
      {12, 11, std::nullopt, false, std::nullopt, false},
      {20, std::nullopt, 8, false, std::nullopt, false},
      {21, 20, std::nullopt, false, std::nullopt, false},
  };
}

TEST(RouteLead, CountyWithoutOwnerGoesUpThroughTheCityToTheProvinceOwner) {
  EXPECT_EQ(RouteLead(Tree(), 3), 5);
  EXPECT_EQ(RouteLead(Tree(), 2), 5);
  EXPECT_EQ(RouteLead(Tree(), 1), 5);
}

TEST(RouteLead, TheNearestOwnerWins) {
  std::vector<RouteRegion> tree = Tree();
  tree[1].owner_staff_id = 6;  // 岳阳 gets its own rep
  tree[1].owner_active = true;
  EXPECT_EQ(RouteLead(tree, 3), 6);
  EXPECT_EQ(RouteLead(tree, 1), 5);
}

TEST(RouteLead, AnOwnerWhoLeftIsReplacedByTheirSuperior) {
  EXPECT_EQ(RouteLead(Tree(), 12), 3);
  EXPECT_EQ(RouteLead(Tree(), 11), 3);
}

TEST(RouteLead, AnOwnerWhoLeftWithoutActiveSuperiorPassesTheLeadUpOrLeavesItUnassigned) {
  EXPECT_EQ(RouteLead(Tree(), 21), std::nullopt);
  std::vector<RouteRegion> tree = Tree();
  tree[4].owner_superior_active = false;  // 武汉's superior left too
  EXPECT_EQ(RouteLead(tree, 12), std::nullopt);
  tree[3].owner_staff_id = 9;  // 湖北 has an owner above
  tree[3].owner_active = true;
  EXPECT_EQ(RouteLead(tree, 12), 9);
}

TEST(RouteLead, NoRegionOrNoOwnerOnThePathIsUnassigned) {
  EXPECT_EQ(RouteLead(Tree(), std::nullopt), std::nullopt);
  EXPECT_EQ(RouteLead(Tree(), 10), std::nullopt);
  EXPECT_EQ(RouteLead(Tree(), 999), std::nullopt);
  EXPECT_EQ(RouteLead({}, 1), std::nullopt);
}

TEST(RouteLead, ACycleInBadDataEnds) {
  std::vector<RouteRegion> loop = {{1, 2, std::nullopt, false, std::nullopt, false},
                                   {2, 1, std::nullopt, false, std::nullopt, false}};
  EXPECT_EQ(RouteLead(loop, 1), std::nullopt);
}

}  // namespace
}  // namespace sd::crm
