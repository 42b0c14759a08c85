#include "http/router.h"

namespace sd::http {
namespace {

std::vector<std::string> Split(std::string_view path) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < path.size()) {
    if (path[i] == '/') {
      ++i;
      continue;
    }
    size_t j = path.find('/', i);
    if (j == std::string_view::npos) j = path.size();
    out.emplace_back(path.substr(i, j - i));
    i = j;
  }
  return out;
}

bool IsParam(const std::string& segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

}  // namespace

void Router::Add(Route route) {
  route.segments = Split(route.pattern);
  auto& reg = metrics::Registry::Default();
  metrics::Labels labels{{"method", route.method}, {"route", route.pattern}};
  route.latency = &reg.GetHistogram("sd_http_request_seconds", "HTTP request latency",
                                    metrics::kLatencyBuckets, labels);
  for (int c = 0; c < 5; ++c) {
    metrics::Labels l = labels;
    l.emplace_back("status", std::to_string(c + 1) + "xx");
    route.by_class[c] = &reg.GetCounter("sd_http_requests_total", "HTTP requests", l);
  }
  for (const auto& r : routes_) {
    SD_ASSERT(!(r->method == route.method && r->pattern == route.pattern), "duplicate route");
  }
  routes_.push_back(std::make_unique<Route>(std::move(route)));
}

void Router::AddSchema(std::string name, std::string json_schema) {
  schemas_.emplace_back(std::move(name), std::move(json_schema));
}

void Router::AddListSchema(std::string name, std::string_view item_schema) {
  AddSchema(std::move(name), R"({"type": "object", "properties": {"items": {"type": "array",
    "items": {"$ref": "#/components/schemas/)" +
                                 std::string(item_schema) + R"("}}}})");
}

Match Router::Find(std::string_view method, std::string_view path) const {
  // Literal segments win over parameters, position by position, whatever the order of
  // registration: "/positions/export.xlsx" beats "/positions/{id}".
  Match m;
  std::vector<std::string> segs = Split(path);
  std::vector<bool> best_shape;  // per segment: is it a parameter in the best route so far
  for (const auto& r : routes_) {
    if (r->segments.size() != segs.size()) continue;
    std::vector<std::pair<std::string, std::string>> params;
    std::vector<bool> shape;
    bool ok = true;
    for (size_t i = 0; i < segs.size() && ok; ++i) {
      shape.push_back(IsParam(r->segments[i]));
      if (shape.back()) {
        params.emplace_back(r->segments[i].substr(1, r->segments[i].size() - 2), segs[i]);
      } else {
        ok = r->segments[i] == segs[i];
      }
    }
    if (!ok) continue;
    if (r->method != method) {
      if (m.route == nullptr) m.method_mismatch = true;
      continue;
    }
    if (m.route != nullptr && !(shape < best_shape)) continue;
    m.route = r.get();
    m.params = std::move(params);
    m.method_mismatch = false;
    best_shape = std::move(shape);
  }
  return m;
}

}  // namespace sd::http
