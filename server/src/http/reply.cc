#include "http/reply.h"

#include <ctime>
#include <nlohmann/json.hpp>

namespace sd::http {

Reply JsonReply(int status, const nlohmann::json& body) {
  Reply r;
  r.status = status;
  r.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return r;
}

Reply NoContent() {
  Reply r;
  r.status = 204;
  r.content_type.clear();
  return r;
}

Reply CreatedReply(const nlohmann::json& body, std::string location) {
  Reply r = JsonReply(201, body);
  r.headers.emplace_back("Location", std::move(location));
  return r;
}

Reply PageReply(const nlohmann::json& items, int64_t total, int page, int size) {
  return JsonReply(200, {{"items", items}, {"total", total}, {"page", page}, {"size", size}});
}

nlohmann::json OrNull(const std::optional<int64_t>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json();
}

nlohmann::json OrNull(const std::optional<std::string>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json();
}

std::string FormatTimestamp(int64_t us) {
  std::time_t secs = static_cast<std::time_t>(us / 1'000'000);
  int64_t ms = (us % 1'000'000) / 1000;
  if (ms < 0) {
    ms += 1000;
    --secs;
  }
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[80];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms));
  return buf;
}

}  // namespace sd::http
