#pragma once
// What a handler returns: a status, a body and its type. JSON bodies are built in http/ only.

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <utility>
#include <vector>

namespace sd::http {

struct Reply {
  int status = 200;
  std::string body;
  std::string content_type = "application/json";
  std::vector<std::pair<std::string, std::string>> headers;
};

Reply JsonReply(int status, const nlohmann::json& body);
Reply NoContent();

// RFC 3339 UTC with milliseconds: "2026-11-23T10:58:44.123Z".
std::string FormatTimestamp(int64_t us);

}  // namespace sd::http
