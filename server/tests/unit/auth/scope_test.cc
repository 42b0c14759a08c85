// Permission and data-scope resolution (pure).
#include "auth/scope.h"

#include <gtest/gtest.h>

#include "auth/permissions.h"
#include "org/department.h"

namespace sd::auth {
namespace {

TEST(Resolve, PermissionsAreTheUnionOverGrants) {
  Resolved r = Resolve(
      {RoleGrant("sales_rep", DataScope::kOwn, {"price.propose", "customer.read"}),
       RoleGrant("sales_office", DataScope::kDepartment, {"customer.read", "contract.review"})});
  EXPECT_EQ(r.permissions,
            (std::vector<std::string>{"contract.review", "customer.read", "price.propose"}));
  EXPECT_EQ(r.scope, DataScope::kDepartment);
  EXPECT_EQ(r.roles, (std::vector<std::string>{"sales_office", "sales_rep"}));
}

TEST(Resolve, NoGrantsMeansNothingAndOwnScope) {
  Resolved r = Resolve({});
  EXPECT_TRUE(r.permissions.empty());
  EXPECT_EQ(r.scope, DataScope::kOwn);
}

TEST(Resolve, UnknownPermissionCodesGrantNothing) {
  Resolved r = Resolve({RoleGrant("odd", DataScope::kAll, {"launch.missiles", "user.read"})});
  EXPECT_EQ(r.permissions, std::vector<std::string>{"user.read"});
}

TEST(Actor, CanChecksTheSortedList) {
  Actor a;
  a.permissions =
      Resolve({RoleGrant("r", DataScope::kOwn, {"price.propose", "order.request_date_change"})})
          .permissions;
  EXPECT_TRUE(a.Can("price.propose"));
  EXPECT_FALSE(a.Can("price.set"));
  EXPECT_FALSE(a.Can("order.hold"));
}

// 公司(1) → 销售部(2) → 一区(3), 二区(4); 财务部(5)
std::vector<org::Department> Tree() {
  return {{1, std::nullopt, "HQ", "公司", 1, 1},
          {2, 1, "SALES", "销售部", 2, 1},
          {3, 2, "N", "一区", 3, 1},
          {4, 2, "S", "二区", 4, 1},
          {5, 1, "FIN", "财务部", 5, 1}};
}

TEST(Scope, SubtreeWalksTheDepartmentTree) {
  auto sales = org::Subtree(Tree(), 2);
  EXPECT_EQ(sales, (std::vector<int64_t>{2, 3, 4}));
  EXPECT_EQ(org::Subtree(Tree(), 1).size(), 5u);
  EXPECT_EQ(org::Subtree(Tree(), 3), std::vector<int64_t>{3});
  auto cyclic = Tree();
  cyclic[0].parent_id = 3;                        // a cycle must not loop forever
  EXPECT_EQ(org::Subtree(cyclic, 2).size(), 5u);  // and it ends
}

TEST(Scope, RowsVisibleByScope) {
  Actor manager;
  manager.user_id = 10;
  manager.department_id = 2;
  manager.scope = DataScope::kDepartment;
  auto subtree = org::Subtree(Tree(), 2);
  EXPECT_TRUE(InScope(manager, subtree, 11, 3));   // a rep in 一区
  EXPECT_TRUE(InScope(manager, subtree, 12, 4));   // a rep in 二区
  EXPECT_FALSE(InScope(manager, subtree, 13, 5));  // finance
  EXPECT_FALSE(InScope(manager, subtree, 13, std::nullopt));
  EXPECT_TRUE(InScope(manager, subtree, 10, 5));  // own rows always

  Actor rep;
  rep.user_id = 11;
  rep.scope = DataScope::kOwn;
  EXPECT_TRUE(InScope(rep, {}, 11, 3));
  EXPECT_FALSE(InScope(rep, {}, 12, 3));

  Actor finance;
  finance.scope = DataScope::kAll;
  EXPECT_TRUE(InScope(finance, {}, 99, std::nullopt));
}

TEST(Permissions, CatalogueIsSortedAndKnown) {
  auto all = AllPermissions();
  EXPECT_TRUE(std::is_sorted(all.begin(), all.end()));
  EXPECT_TRUE(IsPermission("price.below_floor"));
  EXPECT_FALSE(IsPermission("price"));
  EXPECT_TRUE(SystemActor(0).Can("user.manage"));
}

}  // namespace
}  // namespace sd::auth
