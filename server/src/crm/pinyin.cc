#include "crm/pinyin.h"

#include <unicode/coll.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <memory>
#include <unordered_map>
#include <vector>

namespace sd::crm {
namespace {

// The per-thread ICU objects: creating a transliterator or collator costs milliseconds.
struct IcuObjects {
  std::unique_ptr<icu::Transliterator> to_latin;
  std::unique_ptr<icu::Collator> collator;
  std::unordered_map<UChar32, std::string> readings;  // Han character → toneless syllable

  IcuObjects() {
    UErrorCode status = U_ZERO_ERROR;
    to_latin.reset(icu::Transliterator::createInstance("Han-Latin; Latin-ASCII; Lower",
                                                       UTRANS_FORWARD, status));
    if (U_FAILURE(status)) to_latin.reset();
    status = U_ZERO_ERROR;
    collator.reset(icu::Collator::createInstance(icu::Locale("zh@collation=pinyin"), status));
    if (U_FAILURE(status)) collator.reset();
  }
};

IcuObjects& Icu() {
  thread_local IcuObjects objects;
  return objects;
}

bool IsHan(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(c, &status) == USCRIPT_HAN && U_SUCCESS(status);
}

// The toneless syllable of one Han character ("" when ICU has no reading).
const std::string& ReadingOf(UChar32 c) {
  IcuObjects& icu = Icu();
  auto it = icu.readings.find(c);
  if (it != icu.readings.end()) return it->second;
  std::string syllable;
  if (icu.to_latin) {
    icu::UnicodeString u(c);
    icu.to_latin->transliterate(u);
    std::string text;
    u.toUTF8String(text);
    for (char ch : text) {
      if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) syllable += ch;
    }
  }
  return icu.readings.emplace(c, std::move(syllable)).first->second;
}

}  // namespace

NamePinyin PinyinOf(std::string_view name) {
  NamePinyin out;
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  for (int32_t i = 0; i < text.length();) {
    const UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out.mnemonic += static_cast<char>(c);
      out.full += static_cast<char>(c);
    } else if (c >= 'A' && c <= 'Z') {
      out.mnemonic += static_cast<char>(c - 'A' + 'a');
      out.full += static_cast<char>(c - 'A' + 'a');
    } else if (IsHan(c)) {
      const std::string& syllable = ReadingOf(c);
      if (!syllable.empty()) {
        out.mnemonic += syllable[0];
        out.full += syllable;
      }
    }
  }
  return out;
}

std::string PinyinSortKey(std::string_view text) {
  IcuObjects& icu = Icu();
  if (!icu.collator) return std::string(text);
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  std::vector<uint8_t> key(256);
  int32_t n = icu.collator->getSortKey(u, key.data(), static_cast<int32_t>(key.size()));
  if (n > static_cast<int32_t>(key.size())) {
    key.resize(static_cast<size_t>(n));
    n = icu.collator->getSortKey(u, key.data(), n);
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  // The key ends with a zero byte; leaving it out keeps prefixes sorting first all the same.
  const size_t len = n > 0 ? static_cast<size_t>(n) - 1 : 0;
  out.reserve(len * 2);
  for (size_t i = 0; i < len; ++i) {
    out += kHex[key[i] >> 4];
    out += kHex[key[i] & 0xF];
  }
  return out;
}

}  // namespace sd::crm
