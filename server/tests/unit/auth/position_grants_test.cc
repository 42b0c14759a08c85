// Permissions and data scope from positions (pure): a linked staff member's positions grant
// like roles do, and "department" scope walks the department tree.
#include <gtest/gtest.h>

#include "auth/permissions.h"
#include "auth/scope.h"
#include "org/department.h"

namespace sd::auth {
namespace {

TEST(PositionGrants, PermissionsAreTheUnionOverPositionsAndRoles) {
  Resolved r = Resolve(
      {PositionGrant("XS-07", DataScope::kOwn, {"contract.review"}, "销售内勤"),
       PositionGrant("XS-05", DataScope::kOwn, {"price.propose", "customer.read"}, "销售代表"),
       PositionGrant("XS-05", DataScope::kOwn, {}, "销售代表"),
       RoleGrant("viewer", DataScope::kOwn, {"org.read", "customer.read"})});
  EXPECT_EQ(r.permissions, (std::vector<std::string>{"contract.review", "customer.read", "org.read",
                                                     "price.propose"}));
  EXPECT_EQ(r.roles, std::vector<std::string>{"viewer"});
  // Sorted by code, each once, with its name.
  EXPECT_EQ(r.positions, (std::vector<PositionRef>{{"XS-05", "销售代表"}, {"XS-07", "销售内勤"}}));
}

TEST(PositionGrants, TheWidestScopeWinsWhoeverGrantsIt) {
  EXPECT_EQ(Resolve({PositionGrant("XS-05", DataScope::kOwn, {}),
                     PositionGrant("XS-03", DataScope::kDepartment, {})})
                .scope,
            DataScope::kDepartment);
  EXPECT_EQ(Resolve({RoleGrant("sales_rep", DataScope::kOwn, {}),
                     PositionGrant("CW-01", DataScope::kAll, {})})
                .scope,
            DataScope::kAll);
  EXPECT_EQ(Resolve({PositionGrant("XS-05", DataScope::kOwn, {})}).scope, DataScope::kOwn);
}

TEST(PositionGrants, UnknownCodesAreDropped) {
  Resolved r = Resolve(
      {PositionGrant("XS-05", DataScope::kOwn, {"price.propose", "price.guess", "", "PRICE.SET"})});
  EXPECT_EQ(r.permissions, std::vector<std::string>{"price.propose"});
  for (const std::string& p : r.permissions) EXPECT_TRUE(IsPermission(p));
}

TEST(PositionGrants, APositionWithoutPermissionsStillCountsAsHeld) {
  Resolved r = Resolve({PositionGrant("ZL-01", DataScope::kOwn, {})});
  EXPECT_TRUE(r.permissions.empty());
  EXPECT_EQ(r.positions, (std::vector<PositionRef>{{"ZL-01", ""}}));
  EXPECT_TRUE(r.roles.empty());
}

// The demo company's tree: HQ(1) → SALES(2) → SALES-N(3), SALES-S(4); FIN(5).
std::vector<org::Department> Company() {
  return {{1, std::nullopt, "HQ", "公司", 1, 1},
          {2, 1, "SALES", "销售部", 2, 1},
          {3, 2, "SALES-N", "销售一区（华北）", 3, 1},
          {4, 2, "SALES-S", "销售二区（华南）", 4, 1},
          {5, 1, "FIN", "财务部", 5, 1}};
}

Actor ActorHolding(int64_t user_id, int64_t department_id, const std::vector<Grant>& grants) {
  Actor a;
  Resolved r = Resolve(grants);
  a.user_id = user_id;
  a.department_id = department_id;
  a.scope = r.scope;
  a.permissions = r.permissions;
  a.positions = r.positions;
  return a;
}

TEST(PositionScope, AManagerOfSalesSeesTheRowsOfTheRegionalGroups) {
  Actor manager = ActorHolding(20, 2, {PositionGrant("XS-03", DataScope::kDepartment, {})});
  auto subtree = org::Subtree(Company(), *manager.department_id);
  EXPECT_TRUE(InScope(manager, subtree, 21, 3));   // a rep's row in SALES-N
  EXPECT_TRUE(InScope(manager, subtree, 22, 4));   // and in SALES-S
  EXPECT_TRUE(InScope(manager, subtree, 23, 2));   // SALES itself
  EXPECT_FALSE(InScope(manager, subtree, 24, 5));  // finance's rows
  EXPECT_FALSE(InScope(manager, subtree, 24, 1));  // the company's own rows
}

TEST(PositionScope, ARepSeesOnlyOwnRows) {
  Actor rep = ActorHolding(21, 3, {PositionGrant("XS-05", DataScope::kOwn, {"customer.read"})});
  auto subtree = org::Subtree(Company(), *rep.department_id);
  EXPECT_TRUE(InScope(rep, subtree, 21, 3));
  EXPECT_FALSE(InScope(rep, subtree, 25, 3));  // a colleague in the same group
}

TEST(PositionScope, FinanceSeesEverything) {
  Actor finance = ActorHolding(30, 5, {PositionGrant("CW-01", DataScope::kAll, {})});
  auto subtree = org::Subtree(Company(), *finance.department_id);
  EXPECT_TRUE(InScope(finance, subtree, 21, 3));
  EXPECT_TRUE(InScope(finance, subtree, 99, std::nullopt));
}

TEST(PositionScope, ARoleAndAPositionTogetherGiveTheWiderView) {
  Actor office = ActorHolding(40, 2,
                              {RoleGrant("sales_rep", DataScope::kOwn, {}),
                               PositionGrant("XS-07", DataScope::kDepartment, {})});
  auto subtree = org::Subtree(Company(), *office.department_id);
  EXPECT_TRUE(InScope(office, subtree, 21, 3));
}

}  // namespace
}  // namespace sd::auth
