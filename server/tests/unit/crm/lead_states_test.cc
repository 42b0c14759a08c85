// The lead workflow table: every state × action allowed or refused, who may take each step,
// and the response-time figures.
#include "crm/lead_states.h"

#include <gtest/gtest.h>

#include <map>
#include <utility>

#include "crm/lead.h"

namespace sd::crm {
namespace {

using S = LeadState;
using A = LeadAction;

// The expected outcome of each allowed (state, action); every other pair is refused.
const std::map<std::pair<S, A>, std::pair<S, doc::Who>>& Expected() {
  static const std::map<std::pair<S, A>, std::pair<S, doc::Who>> m = {
      {{S::kNew, A::kAssign}, {S::kAssigned, doc::Who::kPermission}},
      {{S::kNew, A::kDiscard}, {S::kDiscarded, doc::Who::kPermission}},
      {{S::kAssigned, A::kAssign}, {S::kAssigned, doc::Who::kPermission}},
      {{S::kAssigned, A::kContact}, {S::kContacted, doc::Who::kOwner}},
      {{S::kAssigned, A::kDiscard}, {S::kDiscarded, doc::Who::kOwner}},
      {{S::kContacted, A::kQualify}, {S::kQualified, doc::Who::kOwner}},
      {{S::kContacted, A::kConvert}, {S::kConverted, doc::Who::kOwner}},
      {{S::kContacted, A::kDiscard}, {S::kDiscarded, doc::Who::kOwner}},
      {{S::kQualified, A::kConvert}, {S::kConverted, doc::Who::kOwner}},
      {{S::kQualified, A::kDiscard}, {S::kDiscarded, doc::Who::kOwner}},
  };
  return m;
}

TEST(LeadStates, EveryStateTimesEveryAction) {
  int allowed = 0;
  for (S s : kLeadStates) {
    for (A a : kLeadActions) {
      const LeadTransition* t = FindLeadTransition(s, a);
      auto it = Expected().find({s, a});
      if (it == Expected().end()) {
        EXPECT_EQ(t, nullptr) << LeadStateName(s) << " × " << LeadActionName(a);
        continue;
      }
      ++allowed;
      ASSERT_NE(t, nullptr) << LeadStateName(s) << " × " << LeadActionName(a);
      EXPECT_EQ(t->to, it->second.first) << LeadStateName(s) << " × " << LeadActionName(a);
      EXPECT_EQ(t->who, it->second.second) << LeadStateName(s) << " × " << LeadActionName(a);
      if (t->who == doc::Who::kPermission) {
        EXPECT_EQ(t->permission, "lead.assign");
      } else {
        EXPECT_EQ(t->permission, "");
      }
    }
  }
  EXPECT_EQ(allowed, static_cast<int>(std::size(kLeadTransitions)));
}

TEST(LeadStates, ClosedStatesAllowNothing) {
  for (A a : kLeadActions) {
    EXPECT_EQ(FindLeadTransition(S::kConverted, a), nullptr);
    EXPECT_EQ(FindLeadTransition(S::kDiscarded, a), nullptr);
  }
}

TEST(LeadStates, WhoMayTakeAStep) {
  const LeadTransition* contact = FindLeadTransition(S::kAssigned, A::kContact);
  EXPECT_TRUE(MayTake(*contact, true, false));
  EXPECT_FALSE(MayTake(*contact, false, true));  // lead.assign is not enough to contact
  const LeadTransition* assign = FindLeadTransition(S::kNew, A::kAssign);
  EXPECT_TRUE(MayTake(*assign, false, true));
  EXPECT_FALSE(MayTake(*assign, true, false));
}

TEST(LeadStates, NamesRoundTrip) {
  for (S s : kLeadStates) {
    S back = S::kNew;
    ASSERT_TRUE(ParseLeadState(LeadStateName(s), &back));
    EXPECT_EQ(back, s);
  }
  for (A a : kLeadActions) {
    A back = A::kAssign;
    ASSERT_TRUE(ParseLeadAction(LeadActionName(a), &back));
    EXPECT_EQ(back, a);
  }
  S s = S::kNew;
  EXPECT_FALSE(ParseLeadState("open", &s));
}

TEST(LeadResponse, MinutesFromReceiptToFirstContact) {
  Lead l;
  l.received_at_us = 1'000'000'000;
  EXPECT_EQ(ResponseMinutes(l), std::nullopt);
  l.contacted_at_us = l.received_at_us + 95 * 60'000'000LL + 59'000'000;
  EXPECT_EQ(ResponseMinutes(l), 95);
}

TEST(LeadResponse, AverageAndNearestRankP90) {
  EXPECT_EQ(SummariseResponse({}).count, 0);
  EXPECT_EQ(SummariseResponse({}).p90_minutes, std::nullopt);
  ResponseFigures one = SummariseResponse({42});
  EXPECT_EQ(one.average_minutes, 42);
  EXPECT_EQ(one.p90_minutes, 42);
  ResponseFigures ten = SummariseResponse({10, 1, 9, 2, 8, 3, 7, 4, 6, 100});
  EXPECT_EQ(ten.count, 10);
  EXPECT_EQ(ten.average_minutes, 15);
  EXPECT_EQ(ten.p90_minutes, 10);
  ResponseFigures eleven = SummariseResponse({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
  EXPECT_EQ(eleven.p90_minutes, 10);
}

TEST(LeadFields, CompanyRequiredAndEmailShape) {
  LeadFields f;
  f.email = "buyer.example.com";
  std::vector<FieldError> errors;
  CheckLeadFields(f, &errors);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].field, "company");
  EXPECT_EQ(errors[1].key, "crm.lead.email_invalid");
}

}  // namespace
}  // namespace sd::crm
