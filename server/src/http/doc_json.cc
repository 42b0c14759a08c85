#include "http/doc_json.h"

#include <nlohmann/json.hpp>

namespace sd::http {

std::string WithTransitions(std::string_view schema, const std::vector<doc::TransitionText>& rows,
                            std::string_view owner_label) {
  nlohmann::json j = nlohmann::json::parse(schema);
  nlohmann::json out = nlohmann::json::array();
  for (const doc::TransitionText& t : rows) {
    nlohmann::json row = {{"from", t.from},
                          {"action", t.action},
                          {"to", t.to},
                          {"by", t.permission.empty() ? owner_label : t.permission}};
    if (t.who != doc::WhoName(doc::Who::kPermission)) row["who"] = t.who;
    out.push_back(std::move(row));
  }
  j["x-transitions"] = std::move(out);
  return j.dump();
}

std::string WithEnums(std::string_view schema, std::string_view property,
                      const std::vector<std::string_view>& values,
                      const std::vector<std::string_view>* actions) {
  nlohmann::json j = nlohmann::json::parse(schema);
  nlohmann::json& p = j["properties"][std::string(property)];
  if (!p.contains("type")) p["type"] = "string";
  auto strings = [](const std::vector<std::string_view>& v) {
    return std::vector<std::string>(v.begin(), v.end());
  };
  p["enum"] = strings(values);
  if (actions != nullptr && j["properties"].contains("actions")) {
    j["properties"]["actions"]["items"]["enum"] = strings(*actions);
  }
  return j.dump();
}

}  // namespace sd::http
