#include "base/i18n.h"

#include <nlohmann/json.hpp>

namespace sd {

const char* LocaleName(Locale l) { return l == Locale::kEnUS ? "en-US" : "zh-CN"; }

bool ParseLocale(std::string_view s, Locale* out) {
  if (s == "zh-CN") {
    *out = Locale::kZhCN;
    return true;
  }
  if (s == "en-US") {
    *out = Locale::kEnUS;
    return true;
  }
  return false;
}

Locale LocaleFromAcceptLanguage(std::string_view header) {
  // The first listed language decides; q-values are rarely used by the browsers we serve.
  size_t start = header.find_first_not_of(' ');
  if (start == std::string_view::npos) return Locale::kZhCN;
  std::string_view first = header.substr(start, header.find_first_of(",;", start) - start);
  if (first.size() >= 2 && (first[0] == 'e' || first[0] == 'E') &&
      (first[1] == 'n' || first[1] == 'N')) {
    return Locale::kEnUS;
  }
  return Locale::kZhCN;
}

Catalog Catalog::FromFiles(std::span<const EmbeddedFile> files) {
  Catalog c;
  for (const EmbeddedFile& f : files) {
    nlohmann::json doc = nlohmann::json::parse(f.text, nullptr, /*allow_exceptions=*/false);
    SD_ASSERT(doc.is_object(), "messages.json must be a JSON object");
    for (const auto& [key, texts] : doc.items()) {
      SD_ASSERT(texts.is_object(), "each message must be an object of locales");
      Entry e;
      e.zh = texts.value("zh-CN", "");
      e.en = texts.value("en-US", "");
      SD_ASSERT(c.entries_.emplace(key, std::move(e)).second, "duplicate message key");
    }
  }
  return c;
}

const Catalog& Catalog::Embedded() {
  static const Catalog catalog = FromFiles(MessageFiles());
  return catalog;
}

std::string Catalog::Text(std::string_view key, Locale locale, const Params& params) const {
  auto it = entries_.find(key);
  if (it == entries_.end()) return std::string(key);
  std::string text = locale == Locale::kEnUS ? it->second.en : it->second.zh;
  for (const auto& [name, value] : params) {
    std::string token = "{" + name + "}";
    for (size_t pos = text.find(token); pos != std::string::npos;
         pos = text.find(token, pos + value.size())) {
      text.replace(pos, token.size(), value);
    }
  }
  return text;
}

bool Catalog::Has(std::string_view key) const { return entries_.contains(key); }

}  // namespace sd
