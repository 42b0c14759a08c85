// Every message key has zh-CN and en-US text with the same parameters, and every key the code
// uses exists in a catalogue.
#include "base/i18n.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "auth/permissions.h"

namespace sd {
namespace {

std::set<std::string> Placeholders(const std::string& text) {
  std::set<std::string> out;
  static const std::regex re("\\{([a-z_]+)\\}");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator();
       ++it) {
    out.insert((*it)[1]);
  }
  return out;
}

TEST(Messages, EveryKeyHasBothLanguagesWithTheSameParameters) {
  const Catalog& cat = Catalog::Embedded();
  ASSERT_GT(cat.entries().size(), 50u);
  for (const auto& [key, e] : cat.entries()) {
    EXPECT_FALSE(e.zh.empty()) << key << " lacks zh-CN";
    EXPECT_FALSE(e.en.empty()) << key << " lacks en-US";
    EXPECT_EQ(Placeholders(e.zh), Placeholders(e.en)) << key;
  }
}

TEST(Messages, EveryKeyUsedInTheCodeExists) {
  const Catalog& cat = Catalog::Embedded();
  static const std::regex key_re("\"((?:common|auth|org|demo|db|http)\\.[a-z_]+(?:\\.[a-z_]+)*)\"");
  int used = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(SD_SOURCE_DIR "/src")) {
    const auto ext = entry.path().extension();
    if (ext != ".cc" && ext != ".h") continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    const std::string s = text.str();
    for (auto it = std::sregex_iterator(s.begin(), s.end(), key_re); it != std::sregex_iterator();
         ++it) {
      std::string key = (*it)[1];
      if (auth::IsPermission(key)) continue;  // "org.read" is a permission, not a message
      ++used;
      EXPECT_TRUE(cat.Has(key)) << key << " used in " << entry.path() << " has no message";
    }
  }
  EXPECT_GT(used, 40);
}

TEST(Messages, TextSubstitutesParameters) {
  const Catalog& cat = Catalog::Embedded();
  EXPECT_EQ(cat.Text("auth.user.login_taken", Locale::kEnUS, {{"login", "rep.zhang"}}),
            "The login rep.zhang is taken");
  EXPECT_EQ(cat.Text("auth.user.login_taken", Locale::kZhCN, {{"login", "rep.zhang"}}),
            "登录名 rep.zhang 已被使用");
  EXPECT_EQ(cat.Text("no.such.key", Locale::kZhCN), "no.such.key");
}

TEST(Locale, FromAcceptLanguage) {
  EXPECT_EQ(LocaleFromAcceptLanguage("en-US,en;q=0.9"), Locale::kEnUS);
  EXPECT_EQ(LocaleFromAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8"), Locale::kZhCN);
  EXPECT_EQ(LocaleFromAcceptLanguage("EN"), Locale::kEnUS);
  EXPECT_EQ(LocaleFromAcceptLanguage(""), Locale::kZhCN);
  EXPECT_EQ(LocaleFromAcceptLanguage("fr-FR"), Locale::kZhCN);
}

}  // namespace
}  // namespace sd
