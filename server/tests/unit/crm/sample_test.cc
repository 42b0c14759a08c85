// The sample workflow table: every state × action, and the self-approval rule.
#include "crm/sample.h"

#include <gtest/gtest.h>

namespace sd::crm {
namespace {

TEST(SampleStates, EveryStateTimesEveryAction) {
  using S = SampleState;
  using A = SampleAction;
  const S states[] = {S::kRequested, S::kApproved, S::kRejected, S::kShipped, S::kFeedback};
  const A actions[] = {A::kApprove, A::kReject, A::kShip, A::kFeedback};
  for (S s : states) {
    for (A a : actions) {
      const SampleTransition* t = FindSampleTransition(s, a);
      const bool allowed = (s == S::kRequested && (a == A::kApprove || a == A::kReject)) ||
                           (s == S::kApproved && a == A::kShip) ||
                           (s == S::kShipped && a == A::kFeedback);
      EXPECT_EQ(t != nullptr, allowed) << SampleStateName(s) << " × " << SampleActionName(a);
    }
  }
  EXPECT_EQ(FindSampleTransition(S::kRequested, A::kApprove)->permission, "sample.approve");
  EXPECT_EQ(FindSampleTransition(S::kApproved, A::kShip)->to, S::kShipped);
  EXPECT_EQ(FindSampleTransition(S::kShipped, A::kFeedback)->permission, "inquiry.manage");
}

TEST(SampleStates, OwnRequestIsTheRequesterStaff) {
  Sample s;
  s.requested_by_staff_id = 14;
  EXPECT_TRUE(IsOwnRequest(s, 14));
  EXPECT_FALSE(IsOwnRequest(s, 1));
  EXPECT_FALSE(IsOwnRequest(s, std::nullopt));
}

TEST(SampleFields, ProductRequired) {
  std::vector<FieldError> errors;
  CheckSampleFields({}, &errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "product");
}

}  // namespace
}  // namespace sd::crm
