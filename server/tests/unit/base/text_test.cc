// Text rules shared by the modules: length in code points, field length errors, ISO dates.
#include "base/text.h"

#include <gtest/gtest.h>

#include <string>

namespace sd {
namespace {

TEST(CodePoints, CountsCharactersNotBytes) {
  EXPECT_EQ(CodePoints(""), 0u);
  EXPECT_EQ(CodePoints("abc"), 3u);
  EXPECT_EQ(CodePoints("张明"), 2u);              // 6 bytes
  EXPECT_EQ(CodePoints("a张b"), 3u);              // mixed
  EXPECT_EQ(CodePoints("\xF0\x9F\x98\x80"), 1u);  // a 4-byte emoji
}

TEST(CheckTextField, RequiredThenLength) {
  std::vector<FieldError> errors;
  CheckTextField("name", "", 4, true, &errors);
  CheckTextField("notes", "", 4, false, &errors);
  CheckTextField("code", "张明张明", 4, true, &errors);  // 4 characters, 12 bytes
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "name");
  EXPECT_EQ(errors[0].key, "common.field.required");
  CheckTextField("code", "张明张明张", 4, true, &errors);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[1].key, "common.field.too_long");
  EXPECT_EQ(errors[1].params, (Params{{"max", "4"}}));
}

TEST(ParseIsoDate, CalendarDatesOnly) {
  using std::chrono::day;
  using std::chrono::month;
  using std::chrono::year;
  EXPECT_EQ(ParseIsoDate("2026-03-02"), std::chrono::year_month_day(year(2026), month(3), day(2)));
  EXPECT_TRUE(ParseIsoDate("2024-02-29"));
  EXPECT_TRUE(ParseIsoDate("0001-01-01"));
  EXPECT_FALSE(ParseIsoDate("2023-02-29"));
  EXPECT_FALSE(ParseIsoDate("1900-02-29"));
  EXPECT_FALSE(ParseIsoDate("2024-04-31"));
  EXPECT_FALSE(ParseIsoDate("2024-00-10"));
  EXPECT_FALSE(ParseIsoDate("2024-13-01"));
  EXPECT_FALSE(ParseIsoDate("2024-1-01"));
  EXPECT_FALSE(ParseIsoDate("2024/01/01"));
  EXPECT_FALSE(ParseIsoDate("-001-01-01"));
  EXPECT_FALSE(ParseIsoDate("2024-01-0a"));
  EXPECT_FALSE(ParseIsoDate("2024-01-01T"));
  EXPECT_FALSE(ParseIsoDate(""));
}

}  // namespace
}  // namespace sd
