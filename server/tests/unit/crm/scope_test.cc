// The customer data scope rule (pure part): who sees a customer by owner and support staff.
#include "crm/scope.h"

#include <gtest/gtest.h>

namespace sd::crm {
namespace {

TEST(CustomerScope, AllSeesEverythingIncludingThePool) {
  CustomerScope s;
  s.all = true;
  EXPECT_TRUE(Sees(s, 7, std::nullopt));
  EXPECT_TRUE(Sees(s, std::nullopt, std::nullopt));
}

TEST(CustomerScope, OwnSeesOwnersInTheListAndCustomersItSupports) {
  CustomerScope s;
  s.owner_ids = {4, 5, 9};  // self 4, supports 5 and 9
  s.self_staff_id = 4;
  EXPECT_TRUE(Sees(s, 4, std::nullopt));
  EXPECT_TRUE(Sees(s, 9, std::nullopt));
  EXPECT_FALSE(Sees(s, 6, std::nullopt));
  EXPECT_TRUE(Sees(s, 6, 4));   // support staff of the customer
  EXPECT_FALSE(Sees(s, 6, 7));  // someone else supports it
}

TEST(CustomerScope, PoolCustomersAreOutsideEveryScopeButAll) {
  CustomerScope s;
  s.owner_ids = {4};
  s.self_staff_id = 4;
  EXPECT_FALSE(Sees(s, std::nullopt, std::nullopt));
}

TEST(CustomerScope, AnAccountWithoutStaffSeesNothing) {
  CustomerScope s;
  EXPECT_FALSE(Sees(s, 4, std::nullopt));
  EXPECT_FALSE(Sees(s, 4, 4));
}

}  // namespace
}  // namespace sd::crm
