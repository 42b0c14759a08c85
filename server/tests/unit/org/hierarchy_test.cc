// The reporting-line rule shared by positions and staff: nobody ends up above themself.
#include "org/hierarchy.h"

#include <gtest/gtest.h>

namespace sd::org {
namespace {

// 李(1) ← 王(2) ← 张(3), 陈(4); 赵(5) has no superior.
SuperiorMap Chain() { return {{1, std::nullopt}, {2, 1}, {3, 2}, {4, 2}, {5, std::nullopt}}; }

TEST(SuperiorWouldCycle, NobodyReportsToThemselfOrToSomeoneBelowThem) {
  const SuperiorMap superiors = Chain();
  EXPECT_TRUE(SuperiorWouldCycle(superiors, 2, 2));    // oneself
  EXPECT_TRUE(SuperiorWouldCycle(superiors, 1, 3));    // the head under a rep
  EXPECT_TRUE(SuperiorWouldCycle(superiors, 2, 4));    // a deputy under their own rep
  EXPECT_FALSE(SuperiorWouldCycle(superiors, 3, 4));   // a rep under a colleague
  EXPECT_FALSE(SuperiorWouldCycle(superiors, 5, 3));   // anyone under a rep
  EXPECT_FALSE(SuperiorWouldCycle(superiors, 3, 1));   // moving up
  EXPECT_FALSE(SuperiorWouldCycle(superiors, 3, 99));  // unknown ids end the walk
}

TEST(SuperiorWouldCycle, AChainOfPositions) {
  // 1 部长 ← 2 副部长 ← 3 经理 ← 4 主管; 5 stands alone.
  const SuperiorMap chain = {{1, std::nullopt}, {2, 1}, {3, 2}, {4, 3}, {5, std::nullopt}};
  EXPECT_TRUE(SuperiorWouldCycle(chain, 2, 2));
  EXPECT_TRUE(SuperiorWouldCycle(chain, 2, 4));  // 4 is below 2
  EXPECT_TRUE(SuperiorWouldCycle(chain, 1, 3));
  EXPECT_FALSE(SuperiorWouldCycle(chain, 4, 1));
  EXPECT_FALSE(SuperiorWouldCycle(chain, 5, 4));
  EXPECT_FALSE(SuperiorWouldCycle(chain, 3, 5));
}

TEST(SuperiorWouldCycle, AnOldLoopElsewhereDoesNotHang) {
  SuperiorMap superiors = Chain();
  superiors[1] = 3;  // 1 → 3 → 2 → 1, written before the rule existed
  EXPECT_FALSE(SuperiorWouldCycle(superiors, 5, 3));
  EXPECT_TRUE(SuperiorWouldCycle(superiors, 2, 3));
  // A loop already in the data that does not pass through the record ends the walk.
  const SuperiorMap looped = {{7, 8}, {8, 7}, {9, 1}};
  EXPECT_FALSE(SuperiorWouldCycle(looped, 9, 7));
  EXPECT_TRUE(SuperiorWouldCycle(looped, 7, 8));
}

}  // namespace
}  // namespace sd::org
