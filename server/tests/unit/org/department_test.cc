// Department tree rules without a database: subtrees and the move cycle check.
#include "org/department.h"

#include <gtest/gtest.h>

namespace sd::org {
namespace {

// HQ(1) → SALES(2) → SALES-N(3), SALES-S(4); HQ → FIN(5).
std::vector<Department> Tree() {
  return {{1, std::nullopt, "HQ", "公司", 1, 1},
          {2, 1, "SALES", "销售部", 2, 1},
          {3, 2, "SALES-N", "销售一区", 3, 1},
          {4, 2, "SALES-S", "销售二区", 4, 1},
          {5, 1, "FIN", "财务部", 5, 1}};
}

TEST(Department, SubtreeListsTheRootFirst) {
  EXPECT_EQ(Subtree(Tree(), 2), (std::vector<int64_t>{2, 3, 4}));
  EXPECT_EQ(Subtree(Tree(), 5), (std::vector<int64_t>{5}));
  EXPECT_EQ(Subtree(Tree(), 1).size(), 5u);
}

TEST(Department, AMoveUnderItselfOrBelowIsACycle) {
  EXPECT_TRUE(MoveWouldCycle(Tree(), 2, 2));
  EXPECT_TRUE(MoveWouldCycle(Tree(), 2, 3));
  EXPECT_TRUE(MoveWouldCycle(Tree(), 1, 4));
  EXPECT_FALSE(MoveWouldCycle(Tree(), 3, 4));  // a sibling
  EXPECT_FALSE(MoveWouldCycle(Tree(), 5, 3));
  EXPECT_FALSE(MoveWouldCycle(Tree(), 4, 1));
}

TEST(Department, CyclesAlreadyPresentDoNotHang) {
  std::vector<Department> looped = {{1, 2, "A", "a", 0, 1}, {2, 1, "B", "b", 0, 1}};
  EXPECT_EQ(Subtree(looped, 1), (std::vector<int64_t>{1, 2}));
  EXPECT_TRUE(MoveWouldCycle(looped, 1, 2));
}

}  // namespace
}  // namespace sd::org
