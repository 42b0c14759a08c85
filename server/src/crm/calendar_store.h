#pragma once
// SQL for the visit calendar's other two feeds (拜访日历): the visits and calls logged in a date
// range, and the customers whose next follow-up date falls in it. Plans come from
// follow_up_store. Need any Tx; db errors unchanged.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "db/database.h"

namespace sd::crm::store {

struct CalendarItem {
  int64_t id = 0;    // the follow-up record, or the customer (next follow-up dates)
  std::string kind;  // visit | call (records); "" for a next follow-up date
  std::string on;    // YYYY-MM-DD
  int64_t customer_id = 0;
  std::string customer_code;
  std::string customer_name;
  std::optional<int64_t> staff_id;  // who logged it, or the customer's owner
  std::string staff_name;
  std::string text;  // a record's purpose and outcome
};

inline constexpr int64_t kCalendarMax = 2000;

// Records with happened_on in [from, to] logged by any of staff_ids (nullopt: by anyone),
// ordered by date and id; at most kCalendarMax.
Result<std::vector<CalendarItem>> FollowUpsBetween(
    db::Tx& tx, const std::optional<std::vector<int64_t>>& staff_ids, const std::string& from,
    const std::string& to);

// Customers owned by any of staff_ids (nullopt: by anyone) whose next_follow_up_on is in
// [from, to], ordered by date and id; at most kCalendarMax.
Result<std::vector<CalendarItem>> NextFollowUpsBetween(
    db::Tx& tx, const std::optional<std::vector<int64_t>>& staff_ids, const std::string& from,
    const std::string& to);

}  // namespace sd::crm::store
