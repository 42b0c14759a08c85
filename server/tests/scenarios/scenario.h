#pragma once
// Business stories in Markdown (STYLE §8, README.md beside this file): the parser, `$name.path`
// substitution and JSON subset matching behind scenario_test. Pure functions: no server, no
// database, no clock.

#include <cstdint>
#include <map>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace sd::testing::scenario {

// The step kinds, one struct each; README.md describes them.
struct Given {
  std::string fixture;  // "demo-company" or "new-company" (only the admin), loaded by SetUp
};
struct Today {
  int64_t at_us = 0;  // 09:00 Asia/Shanghai of the day
};
struct As {
  std::string login;                    // "anonymous": no credentials
  std::optional<std::string> password;  // given: log in afresh; may hold `$name.path`
};
struct Advance {
  int64_t us = 0;
};
struct Header {
  std::string name;
  std::string value;  // may hold `$name.path`
};
struct Request {
  std::string method;  // GET POST PUT PATCH DELETE
  std::string path;    // may hold `$name.path`
  std::string body;    // JSON text, may hold `$name.path`; empty: none
};
struct Expect {
  int status = 0;
  std::string subset;  // JSON text, may hold `$name.path`; empty: status only
  std::string store;   // `-> $store`; empty: none
};
// `lacks {...}`: the last response does not contain this (e.g. a permission not granted).
struct Lacks {
  std::string subset;  // JSON text, may hold `$name.path`
};
struct Audit {
  std::string entity;
  std::string action;
  std::string by;                // who acted (user_login); empty: anyone
  std::string on;                // entity id, may hold `$name.path`; empty: any
  std::optional<int64_t> count;  // `count N`
  std::string latest;            // `latest {...}`: the newest matching row contains this
};

using StepKind = std::variant<Given, Today, As, Advance, Header, Request, Expect, Lacks, Audit>;

struct Step {
  int line = 0;         // 1-based line in the file
  std::string text;     // as written, for failure messages
  std::string heading;  // the nearest heading above, for failure messages
  StepKind what;
};

struct ParseError {
  int line = 0;
  std::string message;
};

// Parses a story file's text into its steps, in order. Returns false with *error set on the first
// malformed line, unknown step kind, request without `=>` after it, or `=>` without a request.
bool Parse(std::string_view text, std::vector<Step>* steps, ParseError* error);

// Named response bodies (`-> $name`).
using Vars = std::map<std::string, nlohmann::json, std::less<>>;

enum class Into {
  kText,  // paths, headers, passwords: a string's characters, other values as JSON
  kJson,  // JSON text: outside strings and as a whole string ("$u.id") the value as JSON, so a
          // number stays a number; inside a longer string its characters, escaped
};

// Replaces every `$name.path.to.field` (array elements by index: `$list.items.0.id`) in text.
// Returns false with *error set when a name or field does not exist.
bool Substitute(std::string_view text, const Vars& vars, Into into, std::string* out,
                std::string* error);

// True when actual contains expected: an object has each expected key with a matching value, an
// array has for each expected element some matching element ([] matches only []), a scalar is
// equal (numbers by value). Otherwise false, *why saying where and what differs.
bool Contains(const nlohmann::json& actual, const nlohmann::json& expected, std::string* why);

}  // namespace sd::testing::scenario
