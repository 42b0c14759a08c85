#include "http/problem.h"

#include <nlohmann/json.hpp>

namespace sd::http {
namespace {

const char* Title(int status) {
  switch (status) {
    case 400:
      return "Bad Request";
    case 401:
      return "Unauthorized";
    case 403:
      return "Forbidden";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    case 409:
      return "Conflict";
    case 413:
      return "Content Too Large";
    case 422:
      return "Unprocessable Content";
    case 429:
      return "Too Many Requests";
    case 503:
      return "Service Unavailable";
    default:
      return "Internal Server Error";
  }
}

}  // namespace

int StatusFor(const Error& e) {
  switch (e.code) {
    case Code::kInvalidArgument:
      return 400;
    case Code::kUnauthenticated:
      return 401;
    case Code::kPermissionDenied:
      return 403;
    case Code::kNotFound:
      return 404;
    case Code::kAlreadyExists:
    case Code::kAborted:
      return 409;
    case Code::kFailedPrecondition:
      return 422;
    case Code::kResourceExhausted:
      // Too much in one request is 413; too many requests (rate limits) 429.
      // Every bound of an uploaded table ("http.table.*", an import's rows) is of the first kind.
      return e.key == "common.body_too_large" || e.key == "common.page_too_large" ||
                     e.key.rfind("http.table.", 0) == 0 || e.key == "doc.attachment.too_large" ||
                     e.key == "catalog.import.too_many_products"
                 ? 413
                 : 429;
    case Code::kUnavailable:
      return 503;
    case Code::kInternal:
      return 500;
  }
  return 500;
}

Reply ProblemReply(const Error& e, Locale locale, const std::string& request_id) {
  const Catalog& cat = Catalog::Embedded();
  int status = e.key == "common.method_not_allowed" ? 405 : StatusFor(e);
  std::string key = e.key;
  Params params = e.params;
  if (e.code == Code::kInternal) {
    key = "common.internal";
    params = {{"request_id", request_id}};
  } else if (e.code == Code::kUnavailable && !cat.Has(key)) {
    key = "common.unavailable";
  }
  nlohmann::json fields = nlohmann::json::array();
  for (const FieldError& f : e.fields) {
    fields.push_back(
        {{"field", f.field}, {"code", f.key}, {"message", cat.Text(f.key, locale, f.params)}});
  }
  nlohmann::json body = {{"type", "about:blank"},
                         {"title", Title(status)},
                         {"status", status},
                         {"code", key},
                         {"detail", cat.Text(key, locale, params)},
                         {"fields", std::move(fields)},
                         {"request_id", request_id}};
  // The message parameters, for clients that link to what the message names (the existing
  // customer of a 409 duplicate, the cap of a refused claim).
  if (!params.empty() && e.code != Code::kInternal) {
    nlohmann::json p = nlohmann::json::object();
    for (const auto& [name, value] : params) p[name] = value;
    body["params"] = std::move(p);
  }
  Reply r = JsonReply(status, body);
  r.content_type = "application/problem+json";
  return r;
}

}  // namespace sd::http
