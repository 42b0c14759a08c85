#include "sales/fx_rate.h"

#include <gtest/gtest.h>

namespace sd::sales {
namespace {

FxRate Rate(const char* on, int64_t e6) {
  FxRate r;
  r.currency = "USD";
  r.rate_on = on;
  r.rate_e6 = e6;
  return r;
}

TEST(FxRate, TheLatestDatedOnOrBeforeTheDay) {
  const std::vector<FxRate> rates = {Rate("2026-03-02", 7'123'400), Rate("2026-01-05", 7'180'000),
                                     Rate("2026-02-10", 7'150'000)};
  EXPECT_FALSE(RateOn(rates, "2026-01-04"));
  EXPECT_EQ(RateOn(rates, "2026-01-05")->rate_e6, 7'180'000);
  EXPECT_EQ(RateOn(rates, "2026-02-09")->rate_e6, 7'180'000);
  EXPECT_EQ(RateOn(rates, "2026-02-10")->rate_e6, 7'150'000);
  EXPECT_EQ(RateOn(rates, "2026-03-01")->rate_e6, 7'150'000);
  EXPECT_EQ(RateOn(rates, "2026-03-02")->rate_e6, 7'123'400);
  EXPECT_EQ(RateOn(rates, "2027-01-01")->rate_e6, 7'123'400);
  EXPECT_FALSE(RateOn(std::vector<FxRate>{}, "2026-01-01"));
}

TEST(FxRate, ParsesSixDecimalsAndRefusesTheRest) {
  EXPECT_EQ(*ParseRate("7.1234"), 7'123'400);
  EXPECT_EQ(*ParseRate("0.047823"), 47'823);  // the yen: four places would keep 0.0478
  EXPECT_EQ(*ParseRate("1"), 1'000'000);
  EXPECT_EQ(*ParseRate("10000"), kRateMaxE6);
  for (const char* bad : {"", "0", "0.000000", "-7.1", "7.1234567", "7.", ".5", "7,12", "1e3",
                          "10000.000001", "123456", " 7.1"}) {
    EXPECT_FALSE(ParseRate(bad)) << bad;
  }
  EXPECT_EQ(ParseRate("x").error().fields[0].field, "rate");
}

TEST(FxRate, FormatsSixPlaces) {
  EXPECT_EQ(FormatRate(7'123'400), "7.123400");
  EXPECT_EQ(FormatRate(47'823), "0.047823");
  EXPECT_EQ(FormatRate(kRateScale), "1.000000");
}

TEST(FxRate, ConvertsToYuanHalfAwayFromZero) {
  // 73,920.00 USD at 7.1234 = 526,561.73 (526,561.7280 rounded).
  EXPECT_EQ(ToCny(Money::FromFen(7'392'000), 7'123'400).fen(), 52'656'173);
  EXPECT_EQ(ToCny(Money::FromFen(-7'392'000), 7'123'400).fen(), -52'656'173);
  EXPECT_EQ(ToCny(Money::FromFen(100), kRateScale).fen(), 100);
  // 0.05 at 0.5 is 0.025 → 0.03.
  EXPECT_EQ(ToCny(Money::FromFen(5), 500'000).fen(), 3);
  // 1,000,000 yen at 0.047823 = 47,823.00 yuan.
  EXPECT_EQ(ToCny(Money::FromFen(100'000'000), 47'823).fen(), 4'782'300);
  EXPECT_EQ(PriceToCny(Decimal4::FromRaw(7'250'000), 7'123'400).raw(), 51'644'650);
}

TEST(FxRate, Currencies) {
  EXPECT_TRUE(IsCurrency("CNY"));
  EXPECT_TRUE(IsCurrency("USD"));
  EXPECT_FALSE(IsCurrency("usd"));
  EXPECT_FALSE(IsCurrency("XXX"));
  EXPECT_NE(CurrencyChoices().find("EUR"), std::string::npos);
}

}  // namespace
}  // namespace sd::sales
