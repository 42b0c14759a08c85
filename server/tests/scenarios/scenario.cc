#include "scenarios/scenario.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <nlohmann/json.hpp>

#include "http/dates.h"

namespace sd::testing::scenario {
namespace {

using nlohmann::json;

constexpr int64_t kMicrosPerHour = 60 * kMicrosPerMinute;
constexpr std::string_view kKnownSteps =
    "given, today, as, advance, header, GET/POST/PUT/PATCH/DELETE, =>, lacks, audit";

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Splits off the first space-separated word of s; s keeps the trimmed rest.
std::string_view NextWord(std::string_view* s) {
  *s = Trim(*s);
  size_t end = std::min(s->find(' '), s->size());
  std::string_view word = s->substr(0, end);
  *s = Trim(s->substr(end));
  return word;
}

std::optional<int64_t> ToInt(std::string_view s) {
  int64_t v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

bool IsMethod(std::string_view w) {
  return w == "GET" || w == "POST" || w == "PUT" || w == "PATCH" || w == "DELETE";
}

// The length of the reference `$name.a.0.b` starting at text[pos] ('$'), 0 if none starts there.
size_t RefLength(std::string_view text, size_t pos) {
  size_t i = pos + 1;
  if (i >= text.size() || !(std::isalpha(static_cast<unsigned char>(text[i])) || text[i] == '_')) {
    return 0;
  }
  while (i < text.size() && IsWordChar(text[i])) ++i;
  while (i + 1 < text.size() && text[i] == '.' && IsWordChar(text[i + 1])) {
    ++i;
    while (i < text.size() && IsWordChar(text[i])) ++i;
  }
  return i - pos;
}

// Looks `$name.a.b` up in vars.
const json* Resolve(std::string_view ref, const Vars& vars, std::string* error) {
  std::string_view rest = ref.substr(1);
  size_t dot = std::min(rest.find('.'), rest.size());
  auto it = vars.find(rest.substr(0, dot));
  if (it == vars.end()) {
    *error = "unknown name $" + std::string(rest.substr(0, dot)) + " (set it with `-> $name`)";
    return nullptr;
  }
  const json* v = &it->second;
  while (dot < rest.size()) {
    rest = rest.substr(dot + 1);
    dot = std::min(rest.find('.'), rest.size());
    const std::string field(rest.substr(0, dot));
    auto index = ToInt(field);
    if (v->is_object() && v->contains(field)) {
      v = &(*v)[field];
    } else if (v->is_array() && index && *index >= 0 && static_cast<size_t>(*index) < v->size()) {
      v = &(*v)[static_cast<size_t>(*index)];
    } else {
      *error = std::string(ref) + ": no field \"" + field + "\" in " + v->dump();
      return nullptr;
    }
  }
  return v;
}

std::string TextOf(const json& v) { return v.is_string() ? v.get<std::string>() : v.dump(); }

// Text mode, or the inside of a JSON string when escape is set.
bool SubstituteText(std::string_view text, const Vars& vars, bool escape, std::string* out,
                    std::string* error) {
  for (size_t i = 0; i < text.size();) {
    size_t n = text[i] == '$' ? RefLength(text, i) : 0;
    if (n == 0) {
      out->push_back(text[i++]);
      continue;
    }
    const json* v = Resolve(text.substr(i, n), vars, error);
    if (!v) return false;
    std::string piece = TextOf(*v);
    if (escape) {
      const std::string quoted = json(piece).dump();
      piece = quoted.substr(1, quoted.size() - 2);
    }
    out->append(piece);
    i += n;
  }
  return true;
}

// The end of the JSON string opening at text[open] (the closing quote's index, or text.size()).
size_t StringEnd(std::string_view text, size_t open) {
  size_t i = open + 1;
  while (i < text.size() && text[i] != '"') i += text[i] == '\\' ? size_t{2} : size_t{1};
  return std::min(i, text.size());
}

bool SubstituteJson(std::string_view text, const Vars& vars, std::string* out, std::string* error) {
  for (size_t i = 0; i < text.size();) {
    if (text[i] == '"') {
      size_t close = StringEnd(text, i);
      std::string_view inner = text.substr(i + 1, close - i - 1);
      if (!inner.empty() && inner[0] == '$' && RefLength(inner, 0) == inner.size()) {
        const json* v = Resolve(inner, vars, error);
        if (!v) return false;
        out->append(v->dump());
      } else {
        out->push_back('"');
        if (!SubstituteText(inner, vars, true, out, error)) return false;
        if (close < text.size()) out->push_back('"');
      }
      i = close + 1;
      continue;
    }
    size_t n = text[i] == '$' ? RefLength(text, i) : 0;
    if (n == 0) {
      out->push_back(text[i++]);
      continue;
    }
    const json* v = Resolve(text.substr(i, n), vars, error);
    if (!v) return false;
    out->append(v->dump());
    i += n;
  }
  return true;
}

bool Match(const json& actual, const json& expected, const std::string& at, std::string* why) {
  const std::string where = at.empty() ? "the body" : at;
  if (expected.is_object()) {
    if (!actual.is_object()) {
      *why = where + ": expected an object, got " + actual.dump();
      return false;
    }
    for (const auto& [key, value] : expected.items()) {
      const std::string here = at.empty() ? key : at + "." + key;
      if (!actual.contains(key)) {
        *why = here + ": missing";
        return false;
      }
      if (!Match(actual[key], value, here, why)) return false;
    }
    return true;
  }
  if (expected.is_array()) {
    if (!actual.is_array() || (expected.empty() && !actual.empty())) {
      *why = where + ": expected " + expected.dump() + ", got " + actual.dump();
      return false;
    }
    for (const json& want : expected) {
      std::string ignored;
      auto matches = [&](const json& have) { return Match(have, want, "", &ignored); };
      if (std::none_of(actual.begin(), actual.end(), matches)) {
        *why = where + ": no element contains " + want.dump();
        return false;
      }
    }
    return true;
  }
  if (actual == expected) return true;
  *why = where + ": expected " + expected.dump() + ", got " + actual.dump();
  return false;
}

// Parsers of the step kinds: each reads the words after the first.
bool ParseAs(std::string_view rest, StepKind* out, std::string* error) {
  As as{std::string(NextWord(&rest)), std::nullopt};
  bool ok = !as.login.empty();
  if (!rest.empty()) {
    ok = ok && NextWord(&rest) == "password" && !rest.empty();
    as.password = std::string(rest);
  }
  if (!ok) {
    *error = "expected `as LOGIN` or `as LOGIN password PASSWORD`";
    return false;
  }
  *out = as;
  return true;
}

bool ParseAdvance(std::string_view rest, StepKind* out, std::string* error) {
  auto n = ToInt(NextWord(&rest));
  std::string_view unit = rest;
  if (unit.size() > 1 && unit.back() == 's') unit.remove_suffix(1);
  int64_t us = unit == "minute" ? kMicrosPerMinute
               : unit == "hour" ? kMicrosPerHour
               : unit == "day"  ? kMicrosPerDay
                                : 0;
  if (!n || *n <= 0 || us == 0) {
    *error = "expected `advance N minutes|hours|days`";
    return false;
  }
  *out = Advance{*n * us};
  return true;
}

bool ParseExpect(std::string_view rest, StepKind* out, std::string* error) {
  Expect e;
  auto status = ToInt(NextWord(&rest));
  size_t arrow = rest.rfind("->");
  if (arrow != std::string_view::npos) {
    std::string_view name = Trim(rest.substr(arrow + 2));
    if (name.size() > 1 && name[0] == '$' && RefLength(name, 0) == name.size() &&
        name.find('.') == std::string_view::npos) {
      e.store = std::string(name.substr(1));
      rest = Trim(rest.substr(0, arrow));
    }
  }
  if (!status || *status < 100 || *status > 599) {
    *error = "expected `=> STATUS [JSON] [-> $name]`";
    return false;
  }
  e.status = static_cast<int>(*status);
  e.subset = std::string(rest);
  *out = e;
  return true;
}

bool ParseAudit(std::string_view rest, StepKind* out, std::string* error) {
  Audit a;
  a.entity = std::string(NextWord(&rest));
  a.action = std::string(NextWord(&rest));
  bool ok = !a.entity.empty() && !a.action.empty();
  while (ok && !rest.empty()) {
    std::string_view key = NextWord(&rest);
    if (key == "latest") {
      a.latest = std::string(rest);
      ok = !rest.empty();
      break;
    }
    std::string_view value = NextWord(&rest);
    if (key == "by" && !value.empty()) {
      a.by = std::string(value);
    } else if (key == "on" && !value.empty()) {
      a.on = std::string(value);
    } else if (key == "count" && ToInt(value)) {
      a.count = ToInt(value);
    } else {
      ok = false;
    }
  }
  if (!ok || (!a.count && a.latest.empty())) {
    *error =
        "expected `audit ENTITY ACTION [by LOGIN] [on ID] count N` or `... latest {JSON subset}`";
    return false;
  }
  *out = a;
  return true;
}

bool ParseStep(std::string_view text, StepKind* out, std::string* error) {
  std::string_view rest = text;
  std::string_view kind = NextWord(&rest);
  if (kind == "given") {
    if (rest != "demo-company" && rest != "new-company") {
      *error = "unknown fixture `" + std::string(rest) + "`; known: demo-company, new-company";
      return false;
    }
    *out = Given{std::string(rest)};
    return true;
  }
  if (kind == "today") {
    auto start = http::DateStartMicros(rest);
    if (!start) *error = "expected `today YYYY-MM-DD`";
    if (start) *out = Today{*start + 9 * kMicrosPerHour};
    return start.has_value();
  }
  if (kind == "as") return ParseAs(rest, out, error);
  if (kind == "advance") return ParseAdvance(rest, out, error);
  if (kind == "=>") return ParseExpect(rest, out, error);
  if (kind == "lacks") {
    if (Trim(rest).empty()) *error = "expected `lacks {JSON}`";
    if (!Trim(rest).empty()) *out = Lacks{std::string(Trim(rest))};
    return !Trim(rest).empty();
  }
  if (kind == "audit") return ParseAudit(rest, out, error);
  if (kind == "header") {
    size_t colon = rest.find(':');
    if (colon == std::string_view::npos || Trim(rest.substr(0, colon)).empty()) {
      *error = "expected `header Name: value`";
      return false;
    }
    *out =
        Header{std::string(Trim(rest.substr(0, colon))), std::string(Trim(rest.substr(colon + 1)))};
    return true;
  }
  if (IsMethod(kind)) {
    std::string_view path = NextWord(&rest);
    if (path.empty() || path[0] != '/') {
      *error = "expected `" + std::string(kind) + " /path [JSON body]`";
      return false;
    }
    *out = Request{std::string(kind), std::string(path), std::string(rest)};
    return true;
  }
  *error = "unknown step `" + std::string(kind) + "`; known: " + std::string(kKnownSteps);
  return false;
}

// Short steps may share a line, separated by `;` (`given demo-company; today 2026-03-02`).
std::vector<std::string_view> SplitLine(std::string_view line) {
  std::string_view first = line.substr(0, std::min(line.find(' '), line.size()));
  if (first != "given" && first != "today" && first != "as" && first != "advance") return {line};
  std::vector<std::string_view> parts;
  for (size_t semi; (semi = line.find(';')) != std::string_view::npos;) {
    parts.push_back(Trim(line.substr(0, semi)));
    line = line.substr(semi + 1);
  }
  parts.push_back(Trim(line));
  return parts;
}

// Every request is answered by the `=>` right after it, and every `=>` answers a request.
bool CheckPairs(const std::vector<Step>& steps, ParseError* error) {
  for (size_t i = 0; i < steps.size(); ++i) {
    bool request = std::holds_alternative<Request>(steps[i].what);
    bool next_expects = i + 1 < steps.size() && std::holds_alternative<Expect>(steps[i + 1].what);
    bool expect = std::holds_alternative<Expect>(steps[i].what);
    bool after_request = i > 0 && std::holds_alternative<Request>(steps[i - 1].what);
    if ((request && !next_expects) || (expect && !after_request)) {
      *error = {steps[i].line, request ? "a request needs a `=> STATUS` step right after it"
                                       : "`=>` must come right after a request"};
      return false;
    }
  }
  return true;
}

}  // namespace

bool Parse(std::string_view text, std::vector<Step>* steps, ParseError* error) {
  std::string heading;
  bool in_fence = false;
  int line_no = 0;
  while (!text.empty()) {
    size_t end = std::min(text.find('\n'), text.size());
    std::string_view line = text.substr(0, end);
    text = text.substr(std::min(end + 1, text.size()));
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.starts_with("```")) in_fence = !in_fence;
    if (in_fence || line.starts_with("```") || Trim(line).empty()) continue;
    if (line.starts_with("#")) {
      heading = std::string(Trim(line));
    } else if (line.starts_with("\t")) {
      *error = {line_no, "indent steps with four spaces, not a tab"};
      return false;
    } else if (line.starts_with("    ")) {
      for (std::string_view part : SplitLine(Trim(line))) {
        Step step{line_no, std::string(part), heading, Given{}};
        std::string message;
        if (!ParseStep(part, &step.what, &message)) {
          *error = {line_no, message};
          return false;
        }
        steps->push_back(std::move(step));
      }
    }  // Any other line is the story's prose.
  }
  return CheckPairs(*steps, error);
}

bool Substitute(std::string_view text, const Vars& vars, Into into, std::string* out,
                std::string* error) {
  out->clear();
  return into == Into::kJson ? SubstituteJson(text, vars, out, error)
                             : SubstituteText(text, vars, false, out, error);
}

bool Contains(const nlohmann::json& actual, const nlohmann::json& expected, std::string* why) {
  return Match(actual, expected, "", why);
}

}  // namespace sd::testing::scenario
