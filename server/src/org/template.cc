// The full nlohmann header here, not only json_fwd (STYLE §11 keeps it to http/ and audit/):
// the template is a JSON document compiled into the binary and read by org itself, below the
// http layer. It is parsed once per process, with exceptions off, so the cost stays in this file.
#include "org/template.h"

#include <nlohmann/json.hpp>
#include <set>

#include "base/embedded.h"

namespace sd::org {
namespace {

using nlohmann::json;

// Reads one JSON object strictly: each accessor marks its key as known; Done() reports keys
// nobody asked for. The first problem wins and names its path ("positions[3].duties[1].x").
class ObjectReader {
 public:
  ObjectReader(const json& obj, std::string path, std::string* error)
      : obj_(obj), path_(std::move(path)), error_(error) {
    if (!obj_.is_object()) Fail(path_, "an object");
  }

  std::string Text(const char* key) {
    const json* v = Find(key, true);
    if (v == nullptr) return "";
    if (v->is_string()) return v->get<std::string>();
    Fail(Path(key), "a string");
    return "";
  }

  std::optional<std::string> OptText(const char* key) {
    const json* v = Find(key, false);
    if (v == nullptr || v->is_null()) return std::nullopt;
    if (v->is_string()) return v->get<std::string>();
    Fail(Path(key), "a string or null");
    return std::nullopt;
  }

  int64_t Int(const char* key) {
    const json* v = Find(key, true);
    if (v == nullptr) return 0;
    if (v->is_number_integer()) return v->get<int64_t>();
    Fail(Path(key), "an integer");
    return 0;
  }

  std::vector<std::string> Codes(const char* key) {
    std::vector<std::string> out;
    const json* v = Find(key, false);
    if (v == nullptr || v->is_null()) return out;
    bool ok = v->is_array();
    for (size_t i = 0; ok && i < v->size(); ++i) {
      ok = (*v)[i].is_string();
      if (ok) out.push_back((*v)[i].get<std::string>());
    }
    if (!ok) Fail(Path(key), "a list of strings");
    return out;
  }

  // Calls fn(reader) for each object of the list `key`.
  template <typename F>
  void Objects(const char* key, F&& fn) {
    const json* v = Find(key, false);
    if (v == nullptr || v->is_null()) return;
    if (!v->is_array()) {
      Fail(Path(key), "a list of objects");
      return;
    }
    for (size_t i = 0; i < v->size() && error_->empty(); ++i) {
      ObjectReader child((*v)[i], Path(key) + "[" + std::to_string(i) + "]", error_);
      fn(child);
      child.Done();
    }
  }

  ObjectReader Object(const char* key) {
    static const json kEmpty = json::object();
    const json* v = Find(key, false);
    return ObjectReader(v == nullptr ? kEmpty : *v, Path(key), error_);
  }

  void Done() {
    if (!obj_.is_object()) return;
    for (const auto& [key, value] : obj_.items()) {
      if (!seen_.contains(key)) Fail(Path(key.c_str()), "a known key");
    }
  }

 private:
  std::string Path(const char* key) const { return path_.empty() ? key : path_ + "." + key; }

  const json* Find(const char* key, bool required) {
    seen_.insert(key);
    if (!obj_.is_object()) return nullptr;
    auto it = obj_.find(key);
    if (it == obj_.end()) {
      if (required) Fail(Path(key), "present");
      return nullptr;
    }
    return &*it;
  }

  void Fail(const std::string& path, const char* expected) {
    if (error_->empty()) *error_ = path + ": should be " + expected;
  }

  const json& obj_;
  std::string path_;
  std::string* error_;
  std::set<std::string, std::less<>> seen_;
};

void ReadLists(ObjectReader& r, TemplatePosition* t) {
  PositionSpec& s = t->spec;
  r.Objects("duties", [&](ObjectReader& d) {
    s.duties.push_back(
        {d.Text("category"), d.Text("description"), d.Text("standard"), d.Codes("permissions")});
  });
  r.Objects("authorities", [&](ObjectReader& a) {
    s.authorities.push_back({a.Text("description"), a.Codes("permissions")});
  });
  r.Objects("indicators", [&](ObjectReader& k) {
    Indicator i;
    i.metric = k.Text("metric");
    i.metric_code = k.OptText("metric_code");
    i.target = k.Text("target");
    i.weight = k.Int("weight");
    i.period = k.Text("period");
    i.assessor_note = k.Text("assessor_note");
    t->assessors.push_back(k.OptText("assessor"));
    s.indicators.push_back(std::move(i));
  });
}

TemplatePosition ReadPosition(ObjectReader& r) {
  TemplatePosition t;
  PositionSpec& s = t.spec;
  t.template_code = r.Text("template_code");
  s.template_code = t.template_code;
  s.code = r.Text("code");
  s.name = r.Text("name");
  t.department_code = r.Text("department_code");
  s.headcount = r.Int("headcount");
  t.superior = r.OptText("superior");
  s.superior_note = r.Text("superior_note");
  s.summary = r.Text("summary");
  s.data_scope = r.Text("data_scope");
  s.internal_coordination = r.Text("internal_coordination");
  s.external_coordination = r.Text("external_coordination");
  s.tools = r.Text("tools");
  s.work_environment = r.Text("work_environment");
  s.working_hours = r.Text("working_hours");
  s.records = r.Text("records");
  ReadLists(r, &t);
  ObjectReader q = r.Object("qualifications");
  s.qualifications = {q.Text("education"), q.Text("experience"), q.Text("abilities"),
                      q.Text("other")};
  q.Done();
  s.notes = r.Text("notes");
  s.source = r.Text("source");
  return t;
}

}  // namespace

Result<std::vector<TemplatePosition>> ParseTemplate(std::string_view json_text) {
  json doc = json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  std::string error;
  std::vector<TemplatePosition> out;
  if (doc.is_discarded()) {
    error = "not valid JSON";
  } else {
    ObjectReader root(doc, "", &error);
    root.Objects("positions", [&](ObjectReader& r) { out.push_back(ReadPosition(r)); });
    root.Done();
  }
  if (error.empty()) return out;
  Error e = MakeError(Code::kInternal, "org.template.invalid");
  e.detail = std::string(kDefaultTemplate) + ": " + error;
  return e;
}

Result<std::span<const TemplatePosition>> DefaultTemplate() {
  static const Result<std::vector<TemplatePosition>> parsed = [] {
    for (const EmbeddedFile& f : ResourceFiles()) {
      if (f.name == kDefaultTemplate) return ParseTemplate(f.text);
    }
    Error e = MakeError(Code::kInternal, "org.template.invalid");
    e.detail = std::string(kDefaultTemplate) + " is not embedded";
    return Result<std::vector<TemplatePosition>>(std::move(e));
  }();
  if (!parsed) return Fail(parsed.error());
  return std::span<const TemplatePosition>(*parsed);
}

}  // namespace sd::org
