#pragma once
// Message catalogues: every module's messages.json maps a stable key to zh-CN and en-US text
// ({"auth.login.failed": {"zh-CN": "…", "en-US": "…"}}). Text may hold {name} parameters.

#include <map>
#include <string>
#include <string_view>

#include "base/embedded.h"
#include "base/result.h"

namespace sd {

enum class Locale : uint8_t { kZhCN, kEnUS };

// "zh-CN", "en-US".
const char* LocaleName(Locale l);
// Parses "zh-CN"/"en-US" exactly; anything else is nullopt-like false.
bool ParseLocale(std::string_view s, Locale* out);
// Picks a locale from an Accept-Language header value ("en-US,en;q=0.9"); zh-CN by default.
Locale LocaleFromAcceptLanguage(std::string_view header);

class Catalog {
 public:
  // Loads every file; SD_ASSERTs on malformed catalogue JSON (a build error, not user input).
  static Catalog FromFiles(std::span<const EmbeddedFile> files);
  // The catalogue built from the embedded message files of all modules. Thread-safe.
  static const Catalog& Embedded();

  // Text for key in locale with {name} replaced from params; the key itself if unknown.
  std::string Text(std::string_view key, Locale locale, const Params& params = {}) const;
  bool Has(std::string_view key) const;
  // Every key with its two texts, for the parity test.
  struct Entry {
    std::string zh;
    std::string en;
  };
  const std::map<std::string, Entry, std::less<>>& entries() const { return entries_; }

 private:
  std::map<std::string, Entry, std::less<>> entries_;
};

}  // namespace sd
