#include "auth/password.h"

#include <gtest/gtest.h>

#include <set>

namespace sd::auth {
namespace {

TEST(Password, HashIsArgon2idAndVerifies) {
  auto hash = HashPassword("correct horse");
  ASSERT_TRUE(hash.has_value());
  EXPECT_EQ(hash->rfind("$argon2id$", 0), 0u) << *hash;
  EXPECT_NE(hash->find("m=19456,t=2"), std::string::npos) << *hash;
  EXPECT_TRUE(VerifyPassword(*hash, "correct horse"));
  EXPECT_FALSE(VerifyPassword(*hash, "correct horse "));
  EXPECT_FALSE(VerifyPassword(*hash, ""));
}

TEST(Password, SamePasswordGetsDifferentSalts) {
  EXPECT_NE(*HashPassword("demo1234"), *HashPassword("demo1234"));
}

TEST(Password, MalformedHashesNeverVerify) {
  EXPECT_FALSE(VerifyPassword("", "x"));
  EXPECT_FALSE(VerifyPassword("$argon2id$garbage", "x"));
  EXPECT_FALSE(VerifyPassword(std::string(500, 'a'), "x"));
}

TEST(Tokens, AreRandomAndUrlSafe) {
  std::set<std::string> seen;
  for (int i = 0; i < 100; ++i) {
    std::string t = RandomToken();
    EXPECT_EQ(t.size(), 43u);
    EXPECT_EQ(
        t.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        std::string::npos);
    seen.insert(t);
  }
  EXPECT_EQ(seen.size(), 100u);
  EXPECT_EQ(TokenHash("abc"), TokenHash("abc"));
  EXPECT_NE(TokenHash("abc"), TokenHash("abd"));
  EXPECT_EQ(TokenHash("abc").size(), 64u);
}

TEST(Tokens, OneTimePasswordsAvoidLookAlikes) {
  for (int i = 0; i < 50; ++i) {
    std::string p = RandomPassword();
    EXPECT_EQ(p.size(), 12u);
    EXPECT_EQ(p.find_first_of("0O1lI"), std::string::npos) << p;
  }
}

TEST(Tokens, SecureEquals) {
  EXPECT_TRUE(SecureEquals("abc", "abc"));
  EXPECT_FALSE(SecureEquals("abc", "abd"));
  EXPECT_FALSE(SecureEquals("abc", "ab"));
  EXPECT_FALSE(SecureEquals("", "a"));
}

}  // namespace
}  // namespace sd::auth
