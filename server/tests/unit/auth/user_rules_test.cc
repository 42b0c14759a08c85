#include <gtest/gtest.h>

#include "auth/user.h"

namespace sd::auth {
namespace {

std::vector<std::string> LoginErrors(std::string_view login) {
  std::vector<FieldError> errors;
  CheckLogin(login, &errors);
  std::vector<std::string> keys;
  for (const auto& e : errors) keys.push_back(e.key);
  return keys;
}

TEST(UserRules, Logins) {
  EXPECT_TRUE(LoginErrors("rep.zhang").empty());
  EXPECT_TRUE(LoginErrors("a1_b-c").empty());
  EXPECT_EQ(LoginErrors(""), std::vector<std::string>{"common.field.required"});
  EXPECT_EQ(LoginErrors("a"), std::vector<std::string>{"auth.user.login_length"});
  EXPECT_EQ(LoginErrors(std::string(65, 'a')), std::vector<std::string>{"auth.user.login_length"});
  EXPECT_EQ(LoginErrors("Rep"), std::vector<std::string>{"auth.user.login_chars"});
  EXPECT_EQ(LoginErrors("张明"), std::vector<std::string>{"auth.user.login_chars"});
  EXPECT_EQ(LoginErrors("a b"), std::vector<std::string>{"auth.user.login_chars"});
}

TEST(UserRules, DisplayNamesCountCharactersNotBytes) {
  std::vector<FieldError> errors;
  std::string chinese;
  for (int i = 0; i < 64; ++i) chinese += "张";  // 64 characters, 192 bytes
  CheckDisplayName(chinese, &errors);
  EXPECT_TRUE(errors.empty());
  CheckDisplayName(chinese + "明", &errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].key, "common.field.too_long");
}

TEST(UserRules, Passwords) {
  std::vector<FieldError> errors;
  CheckPassword("12345678", "password", &errors);
  EXPECT_TRUE(errors.empty());
  CheckPassword("1234567", "password", &errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "password");
  EXPECT_FALSE(FieldsOk(errors).has_value());
  EXPECT_EQ(FieldsOk(errors).error().code, Code::kInvalidArgument);
  EXPECT_TRUE(FieldsOk({}).has_value());
}

TEST(UserRules, SnapshotNeverHoldsSecrets) {
  User u;
  u.login = "rep.zhang";
  u.roles = {"sales_rep"};
  audit::Snapshot s = UserSnapshot(u);
  for (const auto& [name, value] : s) {
    EXPECT_EQ(name.find("password_hash"), std::string::npos);
  }
  EXPECT_EQ(audit::SnapshotJson(s).find("hash"), std::string::npos);
}

}  // namespace
}  // namespace sd::auth
