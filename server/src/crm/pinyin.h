#pragma once
// Pinyin for customer names, from ICU (no hand-written tables): the mnemonic (助记码, the
// initials of the syllables: 巴陵石化 → "blsh"), the full toneless pinyin ("balingshihua") and
// the sort key of the pinyin collation (zh@collation=pinyin) as hex text, so that both SQLite
// and PostgreSQL (COLLATE "C") order names as a Chinese reader expects.
//
// Each Han character is read alone (ICU "Han-Latin" takes its most common reading: 长 → zhang,
// 重 → chong), the same reading the collation uses. ICU objects are created once per thread
// (thread_local) and each character's reading is cached per thread; all functions are
// thread-safe.

#include <string>
#include <string_view>

namespace sd::crm {

struct NamePinyin {
  std::string mnemonic;  // lower-case initials; ASCII letters and digits are kept as they are
  std::string full;      // lower-case syllables without tones or spaces
};

// Initials and full pinyin of a name. Characters that are neither Han nor ASCII letters or
// digits (punctuation, spaces) are skipped.
NamePinyin PinyinOf(std::string_view name);

// The ICU pinyin collation sort key of text as lower-case hex (without the terminating zero
// byte): comparing two keys as bytes ("C" collation) compares the names in pinyin order.
std::string PinyinSortKey(std::string_view text);

}  // namespace sd::crm
