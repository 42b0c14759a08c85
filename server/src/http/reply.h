#pragma once
// What a handler returns: a status, a body and its type. JSON bodies are built in http/ only.

#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/page.h"

namespace sd::http {

struct Reply {
  int status = 200;
  std::string body;
  std::string content_type = "application/json";
  std::vector<std::pair<std::string, std::string>> headers;
};

Reply JsonReply(int status, const nlohmann::json& body);
Reply NoContent();
// 201 with body and a Location header naming the new resource ("/api/v1/staff/7").
Reply CreatedReply(const nlohmann::json& body, std::string location);
// 200 {"items", "total", "page", "size"}: one page of a paged list (contract: *Page schemas).
Reply PageReply(const nlohmann::json& items, int64_t total, int page, int size);
template <typename T>
Reply PageReply(const nlohmann::json& items, const Page<T>& page) {
  return PageReply(items, page.total, page.page, page.size);
}

// A JSON value that is null when v is empty.
nlohmann::json OrNull(const std::optional<int64_t>& v);
nlohmann::json OrNull(const std::optional<std::string>& v);

// RFC 3339 UTC with milliseconds: "2026-11-23T10:58:44.123Z".
std::string FormatTimestamp(int64_t us);

}  // namespace sd::http
