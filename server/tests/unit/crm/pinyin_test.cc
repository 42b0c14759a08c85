// Pinyin from ICU: mnemonics (巴陵石化 → blsh) and the pinyin sort order of names.
#include "crm/pinyin.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <thread>
#include <vector>

namespace sd::crm {
namespace {

TEST(Pinyin, MnemonicIsTheInitialsOfTheSyllables) {
  EXPECT_EQ(PinyinOf("巴陵石化").mnemonic, "blsh");
  EXPECT_EQ(PinyinOf("巴陵石化").full, "balingshihua");
  EXPECT_EQ(PinyinOf("湖南省交通建设集团").mnemonic, "hnsjtjsjt");
}

TEST(Pinyin, LatinLettersAndDigitsAreKeptPunctuationDropped) {
  EXPECT_EQ(PinyinOf("ABC路桥（集团）2号").mnemonic, "abclqjt2h");
  EXPECT_EQ(PinyinOf("").mnemonic, "");
  EXPECT_EQ(PinyinOf("·、（）").mnemonic, "");
}

TEST(Pinyin, SortKeysOrderNamesInPinyinOrder) {
  // ICU reads 长 as zhang and 重 as chong (the same reading for the mnemonic and the order).
  const std::vector<std::string> expected = {"阿",   "安徽", "巴",   "巴陵石化",
                                             "北京", "重庆", "长沙", "中国"};
  std::vector<std::string> names = {"中国", "长沙", "巴陵石化", "重庆", "北京", "阿", "巴", "安徽"};
  std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
    return PinyinSortKey(a) < PinyinSortKey(b);
  });
  EXPECT_EQ(names, expected);
}

TEST(Pinyin, SortKeysAreLowerCaseHex) {
  const std::string key = PinyinSortKey("巴陵石化");
  ASSERT_FALSE(key.empty());
  EXPECT_EQ(key.size() % 2, 0u);
  EXPECT_EQ(key.find_first_not_of("0123456789abcdef"), std::string::npos);
}

TEST(Pinyin, ThreadsGetTheirOwnIcuObjects) {
  std::vector<std::thread> threads;
  std::vector<std::string> out(4);
  for (size_t i = 0; i < out.size(); ++i) {
    threads.emplace_back([&out, i] { out[i] = PinyinOf("巴陵石化").mnemonic; });
  }
  for (std::thread& t : threads) t.join();
  for (const std::string& m : out) EXPECT_EQ(m, "blsh");
}

}  // namespace
}  // namespace sd::crm
