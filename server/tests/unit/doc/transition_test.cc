#include "doc/transition.h"

#include <gtest/gtest.h>

namespace sd::doc {
namespace {

enum class S : uint8_t { kDraft, kSubmitted, kCancelled };
enum class A : uint8_t { kSubmit, kCancel };

constexpr EnumName<S> kStates[] = {
    {S::kDraft, "draft"}, {S::kSubmitted, "submitted"}, {S::kCancelled, "cancelled"}};
constexpr EnumName<A> kActions[] = {{A::kSubmit, "submit"}, {A::kCancel, "cancel"}};
constexpr Transition<S, A> kTable[] = {
    {S::kDraft, A::kSubmit, S::kSubmitted, "", Who::kOwner},
    {S::kDraft, A::kCancel, S::kCancelled, "", Who::kOwner},
    {S::kSubmitted, A::kCancel, S::kCancelled, "doc.cancel"},
};
static_assert(PairsUnique(kTable));

TEST(Transition, FindsEveryRowAndRefusesTheRest) {
  for (S s : {S::kDraft, S::kSubmitted, S::kCancelled}) {
    for (A a : {A::kSubmit, A::kCancel}) {
      const Transition<S, A>* t = Find(kTable, s, a);
      bool allowed = (s == S::kDraft) || (s == S::kSubmitted && a == A::kCancel);
      EXPECT_EQ(t != nullptr, allowed) << NameOf(kStates, s) << " " << NameOf(kActions, a);
      if (t != nullptr) {
        EXPECT_EQ(t->from, s);
      }
    }
  }
  EXPECT_EQ(Find(kTable, S::kSubmitted, A::kCancel)->permission, "doc.cancel");
}

TEST(Transition, NamesRoundTrip) {
  S s{};
  EXPECT_TRUE(ParseName(kStates, "submitted", &s));
  EXPECT_EQ(s, S::kSubmitted);
  EXPECT_FALSE(ParseName(kStates, "Submitted", &s));
  EXPECT_EQ(NameOf(kActions, A::kCancel), "cancel");
}

TEST(Transition, DescribesTheTableAsText) {
  std::vector<TransitionText> rows = Describe(kTable, kStates, kActions);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].from, "draft");
  EXPECT_EQ(rows[0].to, "submitted");
  EXPECT_EQ(rows[0].who, "owner");
  EXPECT_EQ(rows[2].permission, "doc.cancel");
  EXPECT_EQ(rows[2].who, "permission");
}

}  // namespace
}  // namespace sd::doc
