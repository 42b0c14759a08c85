#pragma once
// The visit calendar (拜访日历) beside its plans: the visits and calls logged and the customers'
// next follow-up dates in a date range, for one staff member or everyone the actor's customer
// scope covers (crm/scope.h). Read-only; the route checks customer.read.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "crm/calendar_store.h"
#include "db/database.h"

namespace sd::crm {

struct CalendarQuery {
  std::optional<int64_t> staff_id;  // whose calendar (out of scope: nothing); nullopt: all seen
  std::string from;                 // YYYY-MM-DD, inclusive
  std::string to;
};

// One entry of the calendar: a logged visit or call, or a customer's next follow-up date.
using CalendarItem = store::CalendarItem;

struct Calendar {
  std::vector<CalendarItem> follow_ups;       // logged visits and calls
  std::vector<CalendarItem> next_follow_ups;  // customers to follow up on that day
};

inline constexpr int kCalendarDaysMax = 100;
// Errors: kInvalidArgument ("from"/"to" common.field.invalid_date or required; "to"
// common.field.out_of_range when before from or more than kCalendarDaysMax days after it).
Result<Calendar> LoadCalendar(db::Tx& tx, const auth::Actor& actor, const CalendarQuery& q);

}  // namespace sd::crm
