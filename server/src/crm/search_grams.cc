#include "crm/search_grams.h"

#include <unicode/utf8.h>

#include <cstdint>
#include <set>
#include <vector>

namespace sd::crm {
namespace {

bool IsHan(UChar32 c) {
  return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3FFFF);
}

// The code points of text with their byte offsets (and the end offset last); invalid UTF-8
// reads as U+FFFD (not Han).
struct CodePoint {
  UChar32 c;
  int32_t at;
};

std::vector<CodePoint> Decode(std::string_view text) {
  std::vector<CodePoint> out;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < n) {
    const int32_t at = i;
    UChar32 c = 0;
    U8_NEXT(s, i, n, c);
    out.push_back({c < 0 ? 0xFFFD : c, at});
  }
  out.push_back({0, n});
  return out;
}

}  // namespace

std::string SearchGrams(std::string_view text) {
  const std::vector<CodePoint> cps = Decode(text);
  std::set<std::string_view> seen;
  std::string out;
  auto add = [&](size_t from, size_t to) {
    const std::string_view g = text.substr(static_cast<size_t>(cps[from].at),
                                           static_cast<size_t>(cps[to].at - cps[from].at));
    if (!seen.insert(g).second) return;
    if (!out.empty()) out += ' ';
    out += g;
  };
  for (size_t i = 0; i + 1 < cps.size(); ++i) {
    if (!IsHan(cps[i].c)) continue;
    add(i, i + 1);
    if (i + 2 < cps.size() && IsHan(cps[i + 1].c)) add(i, i + 2);
  }
  return out;
}

bool IsGramQuery(std::string_view q) {
  const std::vector<CodePoint> cps = Decode(q);
  const size_t n = cps.size() - 1;
  if (n < 1 || n > 2) return false;
  for (size_t i = 0; i < n; ++i) {
    if (!IsHan(cps[i].c)) return false;
  }
  return true;
}

}  // namespace sd::crm
