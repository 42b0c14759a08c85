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

}  // namespace sd::http
