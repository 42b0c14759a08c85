#pragma once
// The route table: every endpoint with its method, path pattern, access rule, permission and
// OpenAPI description. The OpenAPI document is generated from this table, so a route cannot
// exist without being documented.

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/metrics.h"
#include "base/result.h"
#include "http/context.h"
#include "http/reply.h"

namespace sd::http {

using Handler = std::function<Result<Reply>(Ctx&)>;

enum class Access : uint8_t {
  kPublic,    // no session needed (login, health, the UI)
  kSignedIn,  // any signed-in user; `permission` names what the route further needs
};

struct Param {
  std::string name;
  std::string in;    // "path" | "query"
  std::string type;  // "integer" | "string" | "boolean"
  std::string description;
};

struct RouteDoc {
  std::string tag;
  std::string summary;
  std::vector<Param> params{};
  std::string request{};   // component schema name, or "" for no body
  std::string response{};  // component schema name, or "" for no body (204)
  int status = 200;        // success status
  // Media type of a non-JSON success body (a file download); `response` is then unused.
  std::string media_type{};
};

struct Route {
  std::string method;   // "GET", "POST", "PUT", "PATCH", "DELETE"
  std::string pattern;  // "/api/v1/users/{id}"
  Access access = Access::kSignedIn;
  std::string permission;  // "" = none beyond access
  RouteDoc doc;
  Handler handler{};
  // Filled by Router::Add.
  std::vector<std::string> segments{};
  metrics::Histogram* latency = nullptr;
  metrics::Counter* by_class[5] = {};  // responses by status class 1xx…5xx
  // Largest request body; 0 = App::limits.body_bytes_max. File uploads (imports) raise it, up
  // to Limits::upload_bytes_max, which is what the HTTP library reads at most.
  size_t body_bytes_max = 0;
  // The handler reads the body itself, in pieces, through ReadUpload (http/doc/upload_body.h),
  // which keeps at most its own bound in memory: the HTTP library does not buffer it first.
  bool streams_body = false;
};

struct Match {
  const Route* route = nullptr;
  std::vector<std::pair<std::string, std::string>> params;
  bool method_mismatch = false;  // the path exists, not with this method
};

class Router {
 public:
  void Add(Route route);
  // JSON Schema of a named component (an object literal as text), for OpenAPI.
  void AddSchema(std::string name, std::string json_schema);
  // The schema `name` of an unpaged list reply: {"items": [<item_schema>, …]}.
  void AddListSchema(std::string name, std::string_view item_schema);

  Match Find(std::string_view method, std::string_view path) const;
  const std::vector<std::unique_ptr<Route>>& routes() const { return routes_; }
  const std::vector<std::pair<std::string, std::string>>& schemas() const { return schemas_; }

 private:
  std::vector<std::unique_ptr<Route>> routes_;
  std::vector<std::pair<std::string, std::string>> schemas_;
};

// The OpenAPI 3 document for every route and schema (served at /api/v1/openapi.json).
std::string OpenApiDocument(const Router& router, std::string_view version);

}  // namespace sd::http
