// Value and Row: the accessors and what they refuse.

#include <gtest/gtest.h>

#include "db/database.h"

namespace sd::db {
namespace {

TEST(ValueTest, HoldsNullIntegerOrText) {
  EXPECT_TRUE(Value().is_null());
  EXPECT_TRUE(Value(nullptr).is_null());
  EXPECT_TRUE(Value(std::optional<int64_t>()).is_null());
  EXPECT_TRUE(Value(std::optional<std::string>()).is_null());
  EXPECT_EQ(Value(42).AsInt(), 42);
  EXPECT_EQ(Value(int64_t{1} << 40).AsInt(), int64_t{1} << 40);
  EXPECT_EQ(Value(true).AsInt(), 1);
  EXPECT_EQ(Value(false).AsInt(), 0);
  EXPECT_EQ(Value(std::optional<int64_t>(7)).AsInt(), 7);
  EXPECT_EQ(Value("abc").AsText(), "abc");
  EXPECT_EQ(Value(std::string_view("销售")).AsText(), "销售");
  EXPECT_EQ(Value(std::optional<std::string>("x")).AsText(), "x");
  EXPECT_TRUE(Value("").is_text());
}

TEST(RowTest, OptionalAccessorsMapNullToNullopt) {
  Row row({Value(), Value(5), Value("t")});
  EXPECT_EQ(row.size(), 3u);
  EXPECT_TRUE(row.IsNull(0));
  EXPECT_EQ(row.OptInt(0), std::nullopt);
  EXPECT_EQ(row.OptText(0), std::nullopt);
  EXPECT_EQ(row.OptInt(1), 5);
  EXPECT_EQ(row.Int(1), 5);
  EXPECT_EQ(row.OptText(2), "t");
  EXPECT_EQ(row.Text(2), "t");
}

TEST(RowDeathTest, WrongTypeOrColumnIsAProgrammingError) {
  Row row({Value(), Value(5), Value("t")});
  EXPECT_DEATH((void)row.Int(0), "AsInt");
  EXPECT_DEATH((void)row.Text(1), "AsText");
  EXPECT_DEATH((void)row.Int(2), "AsInt");
  EXPECT_DEATH((void)row.At(3), "out of range");
}

}  // namespace
}  // namespace sd::db
