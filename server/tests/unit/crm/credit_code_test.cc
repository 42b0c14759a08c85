// 统一社会信用代码 check characters (GB 32100-2015, with the GB 11714 organization code inside).
#include "crm/credit_code.h"

#include <gtest/gtest.h>

namespace sd::crm {
namespace {

// Published codes of real companies: both check characters hold.
constexpr const char* kValid[] = {"91350100M000100Y43", "91110108551385082Q", "91440300708461136T",
                                  "9144030071526726XG"};

TEST(CreditCode, PublishedCodesAreValid) {
  for (const char* code : kValid) {
    EXPECT_TRUE(IsValidCreditCode(code)) << code;
    EXPECT_EQ(CreditCodeCheck(std::string_view(code).substr(0, 17)), code[17]) << code;
  }
}

TEST(CreditCode, AnyChangedCharacterIsCaught) {
  for (const char* code : kValid) {
    for (size_t i = 0; i < 18; ++i) {
      std::string bad = code;
      bad[i] = bad[i] == '0' ? '1' : '0';
      EXPECT_FALSE(IsValidCreditCode(bad)) << bad;
    }
  }
}

TEST(CreditCode, LengthAndAlphabetAreChecked) {
  EXPECT_FALSE(IsValidCreditCode(""));
  EXPECT_FALSE(IsValidCreditCode("91350100M000100Y4"));           // 17
  EXPECT_FALSE(IsValidCreditCode("91350100M000100Y433"));         // 19
  EXPECT_FALSE(IsValidCreditCode("91350100m000100Y43"));          // lower case is not stored
  EXPECT_EQ(CreditCodeCheck("91350100I000100Y4"), std::nullopt);  // I is not in the alphabet
  EXPECT_EQ(CreditCodeCheck("9135"), std::nullopt);
}

TEST(CreditCode, NormalizeTrimsUpperCasesAndNamesTheField) {
  auto ok = NormalizeCreditCode("  9144030071526726xg \t", "credit_code");
  ASSERT_TRUE(ok.has_value());
  EXPECT_EQ(*ok, "9144030071526726XG");
  auto bad = NormalizeCreditCode("91350100M000100Y44", "credit_code");
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ(bad.error().code, Code::kInvalidArgument);
  ASSERT_EQ(bad.error().fields.size(), 1u);
  EXPECT_EQ(bad.error().fields[0].field, "credit_code");
  EXPECT_EQ(bad.error().fields[0].key, "crm.credit_code.invalid");
}

}  // namespace
}  // namespace sd::crm
