// Staff rules (pure): field checks, dates, audit snapshots.
#include "org/staff.h"

#include <gtest/gtest.h>

namespace sd::org {
namespace {

std::vector<std::string> Fields(const std::vector<FieldError>& errors) {
  std::vector<std::string> out;
  for (const FieldError& e : errors) out.push_back(e.field + ":" + e.key);
  return out;
}

StaffFields Valid() {
  StaffFields f;
  f.code = "E003";
  f.name = "张明";
  f.department_id = 3;
  f.joined_on = "2024-03-01";
  return f;
}

TEST(StaffFields, AValidRecordHasNoErrors) {
  std::vector<FieldError> errors;
  CheckStaffFields(Valid(), &errors);
  EXPECT_TRUE(errors.empty()) << Fields(errors).front();
}

TEST(StaffFields, EveryBrokenRuleIsReportedAtOnce) {
  StaffFields f = Valid();
  f.code = "";
  f.name = std::string(65 * 3, 'x');  // 195 code points
  f.email = "not-an-address";
  f.status = "fired";
  f.joined_on = "2024-02-30";
  std::vector<FieldError> errors;
  CheckStaffFields(f, &errors);
  EXPECT_EQ(Fields(errors),
            (std::vector<std::string>{"code:common.field.required", "name:common.field.too_long",
                                      "email:org.staff.email_invalid",
                                      "status:common.field.invalid_choice",
                                      "joined_on:common.field.invalid_date"}));
}

TEST(StaffFields, NamesCountCharactersNotBytes) {
  StaffFields f = Valid();
  f.name = "";
  for (int i = 0; i < 64; ++i) f.name += "张";  // 64 characters, 192 bytes
  std::vector<FieldError> errors;
  CheckStaffFields(f, &errors);
  EXPECT_TRUE(errors.empty());
  f.name += "明";
  CheckStaffFields(f, &errors);
  EXPECT_EQ(Fields(errors), std::vector<std::string>{"name:common.field.too_long"});
}

TEST(StaffFields, LeavingCannotPrecedeJoining) {
  StaffFields f = Valid();
  f.status = "left";
  f.left_on = "2024-02-29";
  std::vector<FieldError> errors;
  CheckStaffFields(f, &errors);
  EXPECT_EQ(Fields(errors), std::vector<std::string>{"left_on:org.staff.left_before_joined"});
  f.left_on = "2024-03-01";
  errors.clear();
  CheckStaffFields(f, &errors);
  EXPECT_TRUE(errors.empty());
}

TEST(IsIsoDate, AcceptsCalendarDatesOnly) {
  EXPECT_TRUE(IsIsoDate("2024-02-29"));
  EXPECT_TRUE(IsIsoDate("2000-02-29"));
  EXPECT_FALSE(IsIsoDate("1900-02-29"));
  EXPECT_FALSE(IsIsoDate("2023-02-29"));
  EXPECT_FALSE(IsIsoDate("2024-04-31"));
  EXPECT_FALSE(IsIsoDate("2024-13-01"));
  EXPECT_FALSE(IsIsoDate("2024-1-01"));
  EXPECT_FALSE(IsIsoDate("2024/01/01"));
  EXPECT_FALSE(IsIsoDate("2024-01-0a"));
  EXPECT_FALSE(IsIsoDate(""));
}

TEST(StaffSnapshot, PositionsHaveTheirOwnRecordWithCodeAndName) {
  Staff s;
  s.f = Valid();
  s.positions = {{5, "XS-05", "销售代表"}, {6, "XS-06", "内勤主管"}};
  s.regions = {{11, "430000", "湖南省"}};
  audit::Snapshot positions = PositionsSnapshot(s.positions);
  ASSERT_EQ(positions.size(), 1u);
  EXPECT_EQ(positions[0].first, "positions");
  EXPECT_EQ(std::get<std::vector<std::string>>(positions[0].second),
            (std::vector<std::string>{"XS-05 销售代表", "XS-06 内勤主管"}));
  audit::Snapshot fields = StaffSnapshot(s);
  for (const auto& [name, value] : fields) EXPECT_NE(name, "positions");
  EXPECT_EQ(audit::SnapshotJson(PositionsSnapshot({})), R"({"positions":[]})");
}

TEST(UniqueIds, SortsAndDropsRepeats) {
  EXPECT_EQ(UniqueIds({5, 3, 5, 1}), (std::vector<int64_t>{1, 3, 5}));
  EXPECT_TRUE(UniqueIds({}).empty());
}

}  // namespace
}  // namespace sd::org
