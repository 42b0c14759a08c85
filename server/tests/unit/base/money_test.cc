#include "base/money.h"

#include <gtest/gtest.h>

namespace sd {
namespace {

TEST(Money, ParsesAndFormatsTwoPlaces) {
  EXPECT_EQ(Money::Parse("1234.5")->fen(), 123450);
  EXPECT_EQ(Money::Parse("0.01")->fen(), 1);
  EXPECT_EQ(Money::Parse("-7")->fen(), -700);
  EXPECT_EQ(Money::FromFen(123450).ToString(), "1234.50");
  EXPECT_EQ(Money::FromFen(-5).ToString(), "-0.05");
  EXPECT_EQ(Money::FromFen(0).ToString(), "0.00");
}

TEST(Money, RefusesWhatIsNotPlainMoney) {
  for (const char* bad : {"1.234", "1e3", "", "-", ".5", "5.", "1,000", " 1", "1 ", "+1", "--1",
                          "12a", "100000000000.01", "1.2.3"}) {
    auto r = Money::Parse(bad);
    ASSERT_FALSE(r.has_value()) << bad;
    EXPECT_EQ(r.error().key, "common.money.invalid");
  }
  EXPECT_TRUE(Money::Parse("100000000000.00").has_value());  // exactly 10^13 fen
}

TEST(Decimal4, ParsesFourPlaces) {
  EXPECT_EQ(Decimal4::Parse("10.5")->raw(), 105000);
  EXPECT_EQ(Decimal4::Parse("-0.0001")->raw(), -1);
  EXPECT_EQ(Decimal4::FromRaw(105000).ToString(), "10.5000");
  EXPECT_FALSE(Decimal4::Parse("0.00001").has_value());
}

TEST(Money, ExtendRoundsHalfAwayFromZero) {
  // 3 t × 33.3333 元/t = 99.9999 元 → 100.00
  EXPECT_EQ(Extend(Decimal4::FromInt(3), *Decimal4::Parse("33.3333")).fen(), 10000);
  // 0.5 fen rounds away from zero on both sides, so red-letter lines mirror exactly.
  EXPECT_EQ(Extend(*Decimal4::Parse("0.5"), *Decimal4::Parse("0.01")).fen(), 1);
  EXPECT_EQ(Extend(*Decimal4::Parse("-0.5"), *Decimal4::Parse("0.01")).fen(), -1);
  EXPECT_EQ(Extend(*Decimal4::Parse("0.4999"), *Decimal4::Parse("0.01")).fen(), 0);
  // Large: 100,000 t × 99,999.9999 元 stays exact in 128 bits.
  EXPECT_EQ(Extend(Decimal4::FromInt(100000), *Decimal4::Parse("99999.9999")).fen(),
            999'999'999'000);
}

TEST(Money, ApplyRateIsVatPerLine) {
  // 13% VAT on 1,234.56 = 160.4928 → 160.49
  EXPECT_EQ(ApplyRate(*Money::Parse("1234.56"), *Decimal4::Parse("0.13")).fen(), 16049);
  EXPECT_EQ(ApplyRate(*Money::Parse("-1234.56"), *Decimal4::Parse("0.13")).fen(), -16049);
  EXPECT_EQ(ApplyRate(*Money::Parse("0.50"), *Decimal4::Parse("0.01")).fen(), 1);  // 0.5 fen
}

TEST(Money, Arithmetic) {
  Money a = *Money::Parse("10.10");
  Money b = *Money::Parse("0.90");
  EXPECT_EQ((a + b).ToString(), "11.00");
  EXPECT_EQ((b - a).ToString(), "-9.20");
  EXPECT_LT(b, a);
  EXPECT_EQ(DivRoundHalfAway(-15, 10), -2);
  EXPECT_EQ(DivRoundHalfAway(14, 10), 1);
}

}  // namespace
}  // namespace sd
