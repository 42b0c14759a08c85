// Approval rules: the maker never decides (same account or same staff member under another),
// and each decider kind names exactly whom it should.
#include "doc/approval.h"

#include <gtest/gtest.h>

#include "doc/action.h"
#include "doc/approval_service.h"

namespace sd::doc {
namespace {

auth::Actor Person(int64_t user_id, std::optional<int64_t> staff_id,
                   std::vector<std::string> permissions = {},
                   std::vector<auth::PositionRef> positions = {}) {
  auth::Actor a;
  a.user_id = user_id;
  a.staff_id = staff_id;
  a.permissions = std::move(permissions);
  a.positions = std::move(positions);
  return a;
}

ApprovalStep Step(Decider d) {
  ApprovalStep s;
  s.doc_type = "credit_rating";
  s.doc_id = 7;
  s.decider = std::move(d);
  s.maker_user_id = 1;
  s.maker_staff_id = 11;
  return s;
}

TEST(Approval, TheMakerNeverDecides) {
  ApprovalStep s = Step(Decider::Permission("customer.credit_approve"));
  // The maker holds the permission, under their own account and under a second one.
  EXPECT_FALSE(MayDecide(s, Person(1, 11, {"customer.credit_approve"})));
  EXPECT_FALSE(MayDecide(s, Person(9, 11, {"customer.credit_approve"})));
  EXPECT_TRUE(MayDecide(s, Person(2, 12, {"customer.credit_approve"})));
  EXPECT_FALSE(MayDecide(s, Person(2, 12, {"customer.read"})));
  auto own = RequireDecider(s, Person(1, 11, {"customer.credit_approve"}),
                            {"crm.credit.not_proposed", "crm.credit.self_approval"});
  ASSERT_FALSE(own.has_value());
  EXPECT_EQ(own.error().code, Code::kFailedPrecondition);
  EXPECT_EQ(own.error().key, "crm.credit.self_approval");
  auto other = RequireDecider(s, Person(2, 12, {"customer.read"}));
  ASSERT_FALSE(other.has_value());
  EXPECT_EQ(other.error().code, Code::kPermissionDenied);
}

TEST(Approval, ADecidedStepIsDecidedOnce) {
  ApprovalStep s = Step(Decider::Permission("sample.approve"));
  s.state = ApprovalState::kApproved;
  EXPECT_FALSE(MayDecide(s, Person(2, 12, {"sample.approve"})));
  auto r = RequireDecider(s, Person(2, 12, {"sample.approve"}));
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().key, "doc.approval.not_pending");
  for (const auto& st : kApprovalStates) {
    for (const auto& a : kApprovalActions) {
      EXPECT_EQ(Find(kApprovalTransitions, st.value, a.value) != nullptr,
                st.value == ApprovalState::kPending)
          << st.name << " × " << a.name;
    }
  }
}

TEST(Approval, TheSuperiorRuleNamesTheRecordedSuperiorOnly) {
  ApprovalStep s = Step(Decider::Superior());
  s.decider.staff_id = 20;
  EXPECT_TRUE(MayDecide(s, Person(3, 20)));
  EXPECT_FALSE(MayDecide(s, Person(4, 21, {"customer.credit_approve"})));  // another manager
  EXPECT_FALSE(MayDecide(s, Person(5, std::nullopt)));                     // no staff member
  // A maker who is (wrongly) recorded as their own superior still may not decide.
  s.decider.staff_id = 11;
  EXPECT_FALSE(MayDecide(s, Person(1, 11)));
}

TEST(Approval, ThePositionRuleNamesItsHolders) {
  ApprovalStep s = Step(Decider::Position("sales_manager"));
  EXPECT_TRUE(MayDecide(s, Person(2, 12, {}, {{"sales_manager", "销售经理"}})));
  EXPECT_FALSE(MayDecide(s, Person(2, 12, {}, {{"sales_rep", "销售代表"}})));
  EXPECT_FALSE(MayDecide(s, Person(1, 11, {}, {{"sales_manager", "销售经理"}})));
}

enum class S : uint8_t { kDraft, kSubmitted };
enum class A : uint8_t { kSubmit, kApprove };
constexpr EnumName<S> kStates[] = {{S::kDraft, "draft"}, {S::kSubmitted, "submitted"}};
constexpr EnumName<A> kActions[] = {{A::kSubmit, "submit"}, {A::kApprove, "approve"}};
constexpr Transition<S, A> kTable[] = {
    {S::kDraft, A::kSubmit, S::kSubmitted, "", Who::kOwner},
    {S::kSubmitted, A::kApprove, S::kDraft, "doc.approve", Who::kApprover}};

TEST(Action, ChecksVersionThenRowThenPermissionThenWho) {
  const auth::Actor owner = Person(1, 11);
  auto stale = CheckAction(kTable, kStates, kActions, S::kDraft, A::kSubmit, owner,
                           {.version = 2, .expected_version = 1, .is_owner = true});
  ASSERT_FALSE(stale.has_value());
  EXPECT_EQ(stale.error().code, Code::kAborted);
  auto wrong = CheckAction(kTable, kStates, kActions, S::kDraft, A::kApprove, owner,
                           {.version = 1, .expected_version = 1});
  ASSERT_FALSE(wrong.has_value());
  EXPECT_EQ(wrong.error().code, Code::kFailedPrecondition);
  EXPECT_EQ(wrong.error().key, "doc.action_not_allowed");
  auto denied = CheckAction(kTable, kStates, kActions, S::kSubmitted, A::kApprove, owner,
                            {.version = 1, .expected_version = 1});
  ASSERT_FALSE(denied.has_value());
  EXPECT_EQ(denied.error().code, Code::kPermissionDenied);
  auto not_owner = CheckAction(kTable, kStates, kActions, S::kDraft, A::kSubmit, owner,
                               {.version = 1, .expected_version = 1});
  ASSERT_FALSE(not_owner.has_value());
  EXPECT_EQ(not_owner.error().key, "doc.not_owner");
  auto ok = CheckAction(kTable, kStates, kActions, S::kDraft, A::kSubmit, owner,
                        {.version = 1, .expected_version = 1, .is_owner = true});
  ASSERT_TRUE(ok.has_value());
  EXPECT_EQ((*ok)->to, S::kSubmitted);
  auto approver = Person(2, 12, {"doc.approve"});
  EXPECT_EQ(ActionsFor(kTable, S::kSubmitted, approver, {.may_approve = true}).size(), 1u);
  EXPECT_TRUE(ActionsFor(kTable, S::kSubmitted, approver, {.may_approve = false}).empty());
}

}  // namespace
}  // namespace sd::doc
