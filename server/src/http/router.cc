#include "http/router.h"

#include <algorithm>
#include <cstdint>

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
  // registration: "/positions/export.xlsx" beats "/positions/{id}". A route's shape is a mask
  // with a bit per parameter segment, the first segment highest, so the smaller mask is the
  // more literal route. Matching allocates nothing; the winner's parameters are copied once.
  std::vector<std::string_view> segs;
  for (size_t i = 0; i < path.size();) {
    if (path[i] == '/') {
      ++i;
      continue;
    }
    size_t j = std::min(path.find('/', i), path.size());
    segs.push_back(path.substr(i, j - i));
    i = j;
  }
  Match m;
  const Route* best = nullptr;
  uint64_t best_shape = 0;
  bool path_matched = false;
  for (const auto& r : routes_) {
    if (r->segments.size() != segs.size() || segs.size() > 64) continue;
    uint64_t shape = 0;
    bool ok = true;
    for (size_t i = 0; i < segs.size() && ok; ++i) {
      if (IsParam(r->segments[i])) {
        shape |= uint64_t{1} << (63 - i);
      } else {
        ok = r->segments[i] == segs[i];
      }
    }
    if (!ok) continue;
    path_matched = true;
    if (r->method != method) continue;
    if (best != nullptr && shape >= best_shape) continue;
    best = r.get();
    best_shape = shape;
  }
  m.method_mismatch = best == nullptr && path_matched;
  if (best == nullptr) return m;
  m.route = best;
  for (size_t i = 0; i < segs.size(); ++i) {
    const std::string& seg = best->segments[i];
    if (IsParam(seg)) m.params.emplace_back(seg.substr(1, seg.size() - 2), std::string(segs[i]));
  }
  return m;
}

}  // namespace sd::http
