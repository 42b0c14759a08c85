// The credit rating and transfer workflow tables (STYLE §3): every state × action allowed or
// refused, each decision an approver's with the approving permission.
#include <gtest/gtest.h>

#include <map>
#include <utility>

#include "crm/credit.h"
#include "crm/transfer.h"

namespace sd::crm {
namespace {

TEST(CreditStates, EveryStateTimesEveryAction) {
  using S = CreditState;
  using A = CreditAction;
  const std::map<std::pair<S, A>, S> expected = {{{S::kProposed, A::kApprove}, S::kApproved},
                                                 {{S::kProposed, A::kReject}, S::kRejected}};
  for (const auto& s : kCreditStates) {
    for (const auto& a : kCreditActions) {
      const auto* t = doc::Find(kCreditTransitions, s.value, a.value);
      auto it = expected.find({s.value, a.value});
      ASSERT_EQ(t != nullptr, it != expected.end()) << s.name << " × " << a.name;
      if (t == nullptr) continue;
      EXPECT_EQ(t->to, it->second) << s.name << " × " << a.name;
      EXPECT_EQ(t->permission, "customer.credit_approve");
      EXPECT_EQ(t->who, doc::Who::kApprover);
    }
  }
  EXPECT_EQ(std::size(kCreditTransitions), expected.size());
}

TEST(TransferStates, EveryStateTimesEveryAction) {
  using S = TransferState;
  using A = TransferAction;
  const std::map<std::pair<S, A>, S> expected = {{{S::kRequested, A::kApprove}, S::kApproved},
                                                 {{S::kRequested, A::kReject}, S::kRejected}};
  for (const auto& s : kTransferStates) {
    for (const auto& a : kTransferActions) {
      const auto* t = doc::Find(kTransferTransitions, s.value, a.value);
      auto it = expected.find({s.value, a.value});
      ASSERT_EQ(t != nullptr, it != expected.end()) << s.name << " × " << a.name;
      if (t == nullptr) continue;
      EXPECT_EQ(t->to, it->second) << s.name << " × " << a.name;
      EXPECT_EQ(t->permission, "customer.transfer_approve");
      EXPECT_EQ(t->who, doc::Who::kApprover);
    }
  }
  EXPECT_EQ(std::size(kTransferTransitions), expected.size());
}

TEST(CreditTransferStates, NamesRoundTripAndDescribe) {
  TransferState t{};
  EXPECT_TRUE(doc::ParseName(kTransferStates, "requested", &t));
  EXPECT_EQ(t, TransferState::kRequested);
  CreditState c{};
  EXPECT_FALSE(doc::ParseName(kCreditStates, "pending", &c));
  auto rows = doc::Describe(kCreditTransitions, kCreditStates, kCreditActions);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].from, "proposed");
  EXPECT_EQ(rows[0].to, "approved");
  EXPECT_EQ(rows[0].who, "approver");
}

}  // namespace
}  // namespace sd::crm
