#include "base/chinese_amount.h"

#include <gtest/gtest.h>

namespace sd {
namespace {

std::string Cap(int64_t fen) { return ChineseCapitals(Money::FromFen(fen)); }

TEST(ChineseCapitals, ExamplesOfTheRules) {
  EXPECT_EQ(Cap(100520), "壹仟零伍元贰角整");
  EXPECT_EQ(Cap(10000000), "壹拾万元整");
  EXPECT_EQ(Cap(5), "伍分");
  EXPECT_EQ(Cap(0), "零元整");
}

TEST(ChineseCapitals, FractionsAndWhole) {
  EXPECT_EQ(Cap(100), "壹元整");
  EXPECT_EQ(Cap(50), "伍角整");
  EXPECT_EQ(Cap(25), "贰角伍分");
  EXPECT_EQ(Cap(1), "壹分");
  EXPECT_EQ(Cap(1050), "壹拾元伍角整");  // zero 元 digit before 角: no 零
  EXPECT_EQ(Cap(1002), "壹拾元零贰分");  // zero 角 before 分: 零 after 元
  EXPECT_EQ(Cap(1640902), "壹万陆仟肆佰零玖元零贰分");
  EXPECT_EQ(Cap(168032), "壹仟陆佰捌拾元叁角贰分");
  EXPECT_EQ(Cap(600714), "陆仟零柒元壹角肆分");
  EXPECT_EQ(Cap(140950), "壹仟肆佰零玖元伍角整");
}

TEST(ChineseCapitals, ZerosWithinAndAcrossGroups) {
  EXPECT_EQ(Cap(1000), "壹拾元整");
  EXPECT_EQ(Cap(10100), "壹佰零壹元整");
  EXPECT_EQ(Cap(100100), "壹仟零壹元整");
  EXPECT_EQ(Cap(1010100), "壹万零壹佰零壹元整");
  EXPECT_EQ(Cap(10000500), "壹拾万零伍元整");
  EXPECT_EQ(Cap(11050000), "壹拾壹万零伍佰元整");
  EXPECT_EQ(Cap(10200000), "壹拾万零贰仟元整");
  EXPECT_EQ(Cap(12500000), "壹拾贰万伍仟元整");
  EXPECT_EQ(Cap(100000000), "壹佰万元整");
  EXPECT_EQ(Cap(1005000000), "壹仟零伍万元整");
  EXPECT_EQ(Cap(100500000000), "壹拾亿零伍佰万元整");
  EXPECT_EQ(Cap(10000000000), "壹亿元整");
  EXPECT_EQ(Cap(10000000100), "壹亿零壹元整");
  EXPECT_EQ(Cap(10000500000), "壹亿零伍仟元整");
  EXPECT_EQ(Cap(10005000000), "壹亿零伍万元整");
  EXPECT_EQ(Cap(10200000000), "壹亿零贰佰万元整");
  EXPECT_EQ(Cap(12000000000), "壹亿贰仟万元整");
  EXPECT_EQ(Cap(10000050000), "壹亿零伍佰元整");
}

TEST(ChineseCapitals, TypicalQuotationTotals) {
  EXPECT_EQ(Cap(52800000), "伍拾贰万捌仟元整");  // 100 t × 5,280.00
  EXPECT_EQ(Cap(1234567891), "壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖角壹分");
  EXPECT_EQ(Cap(99999999), "玖拾玖万玖仟玖佰玖拾玖元玖角玖分");
}

TEST(ChineseCapitals, LargestAndNegative) {
  EXPECT_EQ(Cap(Money::kMaxFen), "壹仟亿元整");
  EXPECT_EQ(Cap(Money::kMaxFen - 1), "玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分");
  EXPECT_EQ(Cap(-350), "负叁元伍角整");
  EXPECT_EQ(Cap(-5), "负伍分");
}

}  // namespace
}  // namespace sd
