// Grams of the customer search text: Han characters and adjacent pairs, once each.
#include "crm/search_grams.h"

#include <gtest/gtest.h>

namespace sd::crm {
namespace {

TEST(SearchGrams, HanCharactersAndAdjacentPairsOnceInOrder) {
  EXPECT_EQ(SearchGrams("c00001|巴陵石化|blsh|王华"), "巴 巴陵 陵 陵石 石 石化 化 王 王华 华");
  // Pairs never span a non-Han character; repeats appear once.
  EXPECT_EQ(SearchGrams("路a桥|路桥"), "路 桥 路桥");
  EXPECT_EQ(SearchGrams("0730-8451000 abc"), "");
  EXPECT_EQ(SearchGrams(""), "");
  // Extension A, compatibility ideographs and extension B count as Han.
  EXPECT_EQ(SearchGrams("㐀﨑𠀀"), "㐀 㐀﨑 﨑 﨑𠀀 𠀀");
  // Full-width letters, kana and Hangul do not; broken UTF-8 is skipped.
  EXPECT_EQ(SearchGrams("Ａ路ア\xff桥한"), "路 桥");
}

TEST(SearchGrams, GramQueriesAreOneOrTwoHanCharacters) {
  EXPECT_TRUE(IsGramQuery("华"));
  EXPECT_TRUE(IsGramQuery("路桥"));
  EXPECT_FALSE(IsGramQuery("巴陵石"));
  EXPECT_FALSE(IsGramQuery(""));
  EXPECT_FALSE(IsGramQuery("bl"));
  EXPECT_FALSE(IsGramQuery("路1"));
  EXPECT_FALSE(IsGramQuery("\xe8\xb7"));  // half a character
}

}  // namespace
}  // namespace sd::crm
