#include "base/metrics.h"

#include <algorithm>
#include <charconv>

#include "base/assert.h"

namespace sd::metrics {
namespace {

void AppendNumber(std::string& out, double v) {
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

void AppendEscaped(std::string& out, std::string_view s) {
  for (char c : s) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '"') {
      out += "\\\"";
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
}

// Writes `{a="1",b="2"` plus `,le="…"` when `le` is given, then `}`; nothing when both are empty.
void AppendLabels(std::string& out, const Labels& labels, std::string_view le = {}) {
  if (labels.empty() && le.empty()) return;
  out += '{';
  bool first = true;
  for (const auto& [k, v] : labels) {
    if (!first) out += ',';
    first = false;
    out += k;
    out += "=\"";
    AppendEscaped(out, v);
    out += '"';
  }
  if (!le.empty()) {
    if (!first) out += ',';
    out += "le=\"";
    out += le;
    out += '"';
  }
  out += '}';
}

void RenderHistogram(std::string& out, const std::string& name, const Labels& labels,
                     const Histogram& h) {
  uint64_t cumulative = 0;
  auto bounds = h.bounds();
  for (size_t i = 0; i <= bounds.size(); ++i) {
    cumulative += h.bucket_count(i);
    std::string le = "+Inf";
    if (i < bounds.size()) {
      le.clear();
      AppendNumber(le, bounds[i]);
    }
    out += name;
    out += "_bucket";
    AppendLabels(out, labels, le);
    out += ' ' + std::to_string(cumulative) + '\n';
  }
  out += name + "_sum";
  AppendLabels(out, labels);
  out += ' ';
  AppendNumber(out, h.sum());
  out += '\n';
  out += name + "_count";
  AppendLabels(out, labels);
  out += ' ' + std::to_string(cumulative) + '\n';
}

}  // namespace

Histogram::Histogram(std::span<const double> bounds)
    : bounds_(bounds.begin(), bounds.end()),
      counts_(std::make_unique<std::atomic<uint64_t>[]>(bounds.size() + 1)) {
  SD_ASSERT(std::is_sorted(bounds_.begin(), bounds_.end()), "histogram bounds must ascend");
}

void Histogram::Observe(double v) {
  size_t i = 0;
  while (i < bounds_.size() && v > bounds_[i]) ++i;
  counts_[i].fetch_add(1, std::memory_order_relaxed);
  sum_.fetch_add(v, std::memory_order_relaxed);
}

uint64_t Histogram::count() const {
  uint64_t n = 0;
  for (size_t i = 0; i <= bounds_.size(); ++i) n += bucket_count(i);
  return n;
}

Registry& Registry::Default() {
  static Registry* registry = new Registry();  // never destroyed: used until exit
  return *registry;
}

Registry::Series& Registry::Find(std::string_view name, std::string_view help, Type type,
                                 const Labels& labels) {
  auto it = families_.find(name);
  if (it == families_.end()) {
    it = families_.emplace(std::string(name), Family{type, std::string(help), {}}).first;
  }
  Family& family = it->second;
  SD_ASSERT(family.type == type, "a metric name is registered with two types");
  for (auto& s : family.series) {
    if (s->labels == labels) return *s;
  }
  family.series.push_back(std::make_unique<Series>(Series{labels, nullptr, nullptr}));
  return *family.series.back();
}

Counter& Registry::GetCounter(std::string_view name, std::string_view help, const Labels& labels) {
  std::lock_guard lock(mu_);
  Series& s = Find(name, help, Type::kCounter, labels);
  if (!s.counter) s.counter = std::make_unique<Counter>();
  return *s.counter;
}

Histogram& Registry::GetHistogram(std::string_view name, std::string_view help,
                                  std::span<const double> bounds, const Labels& labels) {
  std::lock_guard lock(mu_);
  Series& s = Find(name, help, Type::kHistogram, labels);
  if (!s.histogram) s.histogram = std::make_unique<Histogram>(bounds);
  SD_ASSERT(std::equal(bounds.begin(), bounds.end(), s.histogram->bounds().begin(),
                       s.histogram->bounds().end()),
            "a histogram is registered with two sets of bounds");
  return *s.histogram;
}

std::string Registry::Render() const {
  std::lock_guard lock(mu_);
  std::string out;
  for (const auto& [name, family] : families_) {
    out += "# HELP " + name + ' ' + family.help + '\n';
    out += "# TYPE " + name + (family.type == Type::kCounter ? " counter\n" : " histogram\n");
    for (const auto& s : family.series) {
      if (family.type == Type::kCounter) {
        out += name;
        AppendLabels(out, s->labels);
        out += ' ' + std::to_string(s->counter->value()) + '\n';
      } else {
        RenderHistogram(out, name, s->labels, *s->histogram);
      }
    }
  }
  return out;
}

}  // namespace sd::metrics
