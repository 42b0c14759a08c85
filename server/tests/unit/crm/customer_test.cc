// Customer field rules, name keys and duplicate detection by similar names (pure).
#include "crm/customer.h"

#include <gtest/gtest.h>

#include <set>

#include "crm/credit_code.h"

namespace sd::crm {
namespace {

std::set<std::string> Fields(const CustomerFields& f) {
  std::vector<FieldError> errors;
  CheckCustomerFields(f, &errors);
  std::set<std::string> out;
  for (const FieldError& e : errors) out.insert(e.field + ":" + e.key);
  return out;
}

CustomerFields Valid() {
  CustomerFields f;
  f.name = "巴陵石化有限责任公司";
  f.credit_code = "91350100M000100Y43";
  f.contacts.push_back(Contact{0, "王工", "采购经理", "purchasing", "", "13800138000", "", "",
                               "wang@example.com", true, ""});
  f.varieties.push_back(Variety{0, std::nullopt, "SBS改性沥青", 12000000, "吨", 45000000, "", ""});
  return f;
}

TEST(CustomerRules, AValidCustomerHasNoErrors) { EXPECT_TRUE(Fields(Valid()).empty()); }

TEST(CustomerRules, NamesEveryBrokenFieldWithItsPath) {
  CustomerFields f = Valid();
  f.name = "";
  f.credit_code = "91350100M000100Y44";
  f.kind = "retail";
  f.customer_class = "vip";
  f.settlement = "barter";
  f.credit_days = -1;
  f.credit_rating = "E";
  f.agreement_from = "2026-02-30";
  f.contacts.push_back(
      Contact{0, "李工", "", "boss", "", "2380013800", "", "", "li.example.com", true, ""});
  f.varieties.push_back(Variety{0, std::nullopt, "", -1, "", std::nullopt, "", ""});
  EXPECT_EQ(Fields(f), (std::set<std::string>{
                           "name:common.field.required",
                           "credit_code:crm.credit_code.invalid",
                           "kind:common.field.invalid_choice",
                           "class:common.field.invalid_choice",
                           "settlement:common.field.invalid_choice",
                           "credit_days:common.field.out_of_range",
                           "credit_rating:common.field.invalid_choice",
                           "agreement_from:common.field.invalid_date",
                           "contacts[1].role:common.field.invalid_choice",
                           "contacts[1].mobile:crm.contact.mobile_invalid",
                           "contacts[1].email:crm.contact.email_invalid",
                           "contacts[1].is_primary:crm.contact.primary_multiple",
                           "varieties[1].variety:common.field.required",
                           "varieties[1].annual_qty:common.field.out_of_range",
                       }));
}

TEST(CustomerRules, AgreementMustNotEndBeforeItStarts) {
  CustomerFields f = Valid();
  f.agreement_from = "2026-06-01";
  f.agreement_to = "2026-05-31";
  EXPECT_EQ(Fields(f), (std::set<std::string>{"agreement_to:crm.customer.agreement_dates"}));
}

TEST(CustomerRules, MobileNumbers) {
  EXPECT_TRUE(IsValidMobile("13800138000"));
  EXPECT_TRUE(IsValidMobile("138-0013-8000"));
  EXPECT_TRUE(IsValidMobile("+49 30 1234567"));
  EXPECT_FALSE(IsValidMobile("23800138000"));
  EXPECT_FALSE(IsValidMobile("1380013800"));
  EXPECT_FALSE(IsValidMobile("1380013800a"));
  EXPECT_FALSE(IsValidMobile("+123"));
}

TEST(CustomerRules, NormalizeTrimsUpperCasesAndPicksAPrimaryContact) {
  CustomerFields f;
  f.name = "  湖南路桥  ";
  f.credit_code = " 91350100m000100y43 ";
  f.contacts.push_back(
      Contact{0, " 张三 ", "", "other", "", " 13800138000 ", "", "", "", false, ""});
  NormalizeCustomerFields(&f);
  EXPECT_EQ(f.name, "湖南路桥");
  EXPECT_EQ(f.credit_code, "91350100M000100Y43");
  EXPECT_EQ(f.contacts[0].name, "张三");
  EXPECT_EQ(f.contacts[0].mobile, "13800138000");
  EXPECT_TRUE(f.contacts[0].is_primary);
  f.credit_code = "   ";
  NormalizeCustomerFields(&f);
  EXPECT_EQ(f.credit_code, std::nullopt);
}

TEST(NameKey, StripsWidthSpacesPunctuationCaseAndLegalForms) {
  EXPECT_EQ(NameKey("巴陵石化有限责任公司"), "巴陵石化");
  EXPECT_EQ(NameKey("巴陵石化（集团）股份有限公司"), "巴陵石化");
  EXPECT_EQ(NameKey("巴陵 石化 公司"), "巴陵石化");
  EXPECT_EQ(NameKey("ＡＢＣ路桥有限公司"), "abc路桥");
  EXPECT_EQ(NameKey("abc 路桥·有限公司"), "abc路桥");
  EXPECT_EQ(NameKey("中建五局集团有限公司"), "中建五局");
  // The legal form alone is kept: a company called 公司 still has a key.
  EXPECT_EQ(NameKey("公司"), "公司");
}

TEST(NameKey, SimilarNamesAreEqualKeysOrContainmentOfFourCharacters) {
  EXPECT_TRUE(IsSimilarName(NameKey("巴陵石化有限公司"), NameKey("巴陵石化公司")));
  EXPECT_TRUE(IsSimilarName(NameKey("湖南巴陵石化有限公司"), NameKey("巴陵石化")));
  EXPECT_TRUE(IsSimilarName(NameKey("巴陵石化"), NameKey("湖南巴陵石化有限公司")));
  // Three characters are too few to call a containment a duplicate.
  EXPECT_FALSE(IsSimilarName(NameKey("长沙市路桥建设有限公司"), NameKey("长沙市")));
  EXPECT_TRUE(IsSimilarName(NameKey("长沙"), NameKey("长沙公司")));  // equal keys
  EXPECT_FALSE(IsSimilarName(NameKey("岳阳路桥"), NameKey("长沙路桥")));
  EXPECT_FALSE(IsSimilarName("", ""));
}

TEST(NameKey, SimilarNamePartsAreTheRunsOfFourCharactersOrMoreButTheWhole) {
  EXPECT_EQ(SimilarNameParts("巴陵石化"), std::vector<std::string>{});
  EXPECT_EQ(
      SimilarNameParts("湖南巴陵石化"),
      (std::vector<std::string>{"湖南巴陵石", "南巴陵石化", "湖南巴陵", "南巴陵石", "巴陵石化"}));
  EXPECT_EQ(SimilarNameParts("aaaaa"), std::vector<std::string>{"aaaa"});  // once each
  EXPECT_EQ(SimilarNameParts(""), std::vector<std::string>{});
  // Each part is a key IsSimilarName finds in the whole.
  for (const std::string& part : SimilarNameParts("长沙市路桥建设")) {
    EXPECT_TRUE(IsSimilarName(part, "长沙市路桥建设")) << part;
  }
}

TEST(NameKey, EqualNamesNeedTwoDifferentValidCreditCodes) {
  const std::string a = "91350100M000100Y43";
  const std::string b = "91110108551385082Q";
  ASSERT_TRUE(IsValidCreditCode(a));
  ASSERT_TRUE(IsValidCreditCode(b));
  EXPECT_TRUE(DistinctByCreditCode(a, b));
  EXPECT_FALSE(DistinctByCreditCode(a, a));
  EXPECT_FALSE(DistinctByCreditCode(a, std::nullopt));
  EXPECT_FALSE(DistinctByCreditCode(std::nullopt, b));
  EXPECT_FALSE(DistinctByCreditCode(std::nullopt, std::nullopt));
  EXPECT_FALSE(DistinctByCreditCode(a, std::string("91350100M000100Y44")));  // not valid
}

TEST(SearchText, JoinsNameMnemonicCreditCodeAndContactPhonesInLowerCase) {
  CustomerFields f = Valid();
  f.contacts[0].phone = "0730-8450000";
  const std::string text = BuildSearchText("C00001", f, "blshyxzrgs", "balingshihua");
  EXPECT_NE(text.find("巴陵石化"), std::string::npos);
  EXPECT_NE(text.find("blsh"), std::string::npos);
  EXPECT_NE(text.find("91350100m000100y43"), std::string::npos);
  EXPECT_NE(text.find("13800138000"), std::string::npos);
  EXPECT_NE(text.find("0730-8450000"), std::string::npos);
  EXPECT_NE(text.find("c00001"), std::string::npos);
}

TEST(CustomerEnums, NamesRoundTrip) {
  for (auto v : {CustomerKind::kEndUser, CustomerKind::kDealer, CustomerKind::kAgent}) {
    CustomerKind back{};
    ASSERT_TRUE(ParseCustomerKind(CustomerKindName(v), &back));
    EXPECT_EQ(back, v);
  }
  for (auto v : {CustomerClass::kKey, CustomerClass::kRegular, CustomerClass::kProspect}) {
    CustomerClass back{};
    ASSERT_TRUE(ParseCustomerClass(CustomerClassName(v), &back));
    EXPECT_EQ(back, v);
  }
  ContactRole role{};
  EXPECT_TRUE(ParseContactRole("decision_maker", &role));
  EXPECT_EQ(role, ContactRole::kDecisionMaker);
  CreditRating rating{};
  EXPECT_FALSE(ParseCreditRating("E", &rating));
  EXPECT_STREQ(SettlementName(Settlement::kCredit), "credit");
  EXPECT_STREQ(CustomerStatusName(CustomerStatus::kInactive), "inactive");
}

}  // namespace
}  // namespace sd::crm
