// The inbox's pure parts: which dates are due (company business date, UTC+8) and the order
// and counts of the items.
#include "crm/inbox.h"

#include <gtest/gtest.h>

#include "base/clock.h"
#include "crm/follow_up.h"

namespace sd::crm {
namespace {

InboxItem Make(std::string kind, std::optional<std::string> due_on, int64_t at_us,
               int64_t link_id) {
  InboxItem i;
  i.kind = std::move(kind);
  i.due_on = std::move(due_on);
  i.at_us = at_us;
  i.link_id = link_id;
  return i;
}

TEST(Inbox, BusinessDateIsTheCompanyDayUtcPlus8) {
  // 2026-05-28 15:59:59 UTC is 23:59:59 in Shanghai; a second later it is the 29th.
  EXPECT_EQ(CompanyDay(1'779'983'999'000'000), "2026-05-28");
  EXPECT_EQ(CompanyDay(1'779'984'000'000'000), "2026-05-29");
  EXPECT_EQ(CompanyDay(0), "1970-01-01");
}

TEST(Inbox, DueMeansOnOrBeforeTodayOverdueStrictlyBefore) {
  EXPECT_TRUE(IsDue("2026-05-28", "2026-05-28"));
  EXPECT_TRUE(IsDue("2026-05-01", "2026-05-28"));
  EXPECT_FALSE(IsDue("2026-05-29", "2026-05-28"));
  EXPECT_FALSE(IsOverdue("2026-05-28", "2026-05-28"));
  EXPECT_TRUE(IsOverdue("2026-05-27", "2026-05-28"));
}

TEST(Inbox, DatedItemsFirstThenOldestFirstAndCountsByKind) {
  Inbox inbox = ComposeInbox({
      Make("notice", std::nullopt, 300, 1),
      Make("follow_up_due", "2026-05-28", 0, 7),
      Make("lead_to_contact", std::nullopt, 100, 2),
      Make("follow_up_due", "2026-05-20", 0, 9),
      Make("sample_to_approve", std::nullopt, 200, 3),
  });
  ASSERT_EQ(inbox.items.size(), 5u);
  EXPECT_EQ(inbox.items[0].link_id, 9);
  EXPECT_EQ(inbox.items[1].link_id, 7);
  EXPECT_EQ(inbox.items[2].kind, "lead_to_contact");
  EXPECT_EQ(inbox.items[3].kind, "sample_to_approve");
  EXPECT_EQ(inbox.items[4].kind, "notice");
  EXPECT_EQ(inbox.counts.at("follow_up_due"), 2);
  EXPECT_EQ(inbox.counts.at("notice"), 1);
  EXPECT_EQ(inbox.counts.count("credit_to_approve"), 0u);
  EXPECT_TRUE(ComposeInbox({}).items.empty());
}

TEST(FollowUpRules, PlanAndRecordFields) {
  PlanFields plan;
  plan.planned_on = "2026-02-30";
  plan.planned_time = "25:00";
  std::vector<FieldError> errors;
  CheckPlanFields(plan, &errors);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].key, "common.field.invalid_date");
  EXPECT_EQ(errors[1].key, "crm.follow_up.time_invalid");

  FollowUpFields rec;
  rec.happened_on = "2026-05-28";
  rec.follow_up_on = "06/01/2026";
  rec.duration_min = -5;
  errors.clear();
  CheckFollowUpFields(rec, &errors);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].field, "follow_up_on");
  EXPECT_EQ(errors[1].field, "duration_min");
}

}  // namespace
}  // namespace sd::crm
