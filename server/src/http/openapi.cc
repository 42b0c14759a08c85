#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "http/router.h"

namespace sd::http {
namespace {

nlohmann::json ProblemResponse(const char* description) {
  return {
      {"description", description},
      {"content",
       {{"application/problem+json", {{"schema", {{"$ref", "#/components/schemas/Problem"}}}}}}}};
}

nlohmann::json Operation(const Route& route) {
  const RouteDoc& d = route.doc;
  nlohmann::json op = {{"summary", d.summary}, {"tags", {d.tag}}};
  op["operationId"] = route.method + " " + route.pattern;
  nlohmann::json params = nlohmann::json::array();
  for (const Param& p : d.params) {
    params.push_back({{"name", p.name},
                      {"in", p.in},
                      {"required", p.in == "path"},
                      {"description", p.description},
                      {"schema", {{"type", p.type}}}});
  }
  for (const std::string& seg : route.segments) {
    if (seg.size() > 2 && seg.front() == '{') {
      std::string name = seg.substr(1, seg.size() - 2);
      bool listed = false;
      for (const Param& p : d.params) listed = listed || p.name == name;
      if (!listed) {
        params.push_back({{"name", name},
                          {"in", "path"},
                          {"required", true},
                          {"schema", {{"type", "integer"}}}});
      }
    }
  }
  if (!params.empty()) op["parameters"] = params;
  if (!d.request.empty()) {
    op["requestBody"] = {
        {"required", true},
        {"content",
         {{"application/json", {{"schema", {{"$ref", "#/components/schemas/" + d.request}}}}}}}};
  }
  nlohmann::json ok = {{"description", "OK"}};
  if (!d.media_type.empty()) {
    ok["content"] = {{d.media_type, {{"schema", {{"$ref", "#/components/schemas/Binary"}}}}}};
  } else if (!d.response.empty()) {
    ok["content"] = {
        {"application/json", {{"schema", {{"$ref", "#/components/schemas/" + d.response}}}}}};
  }
  nlohmann::json responses = {{std::to_string(d.status), ok}};
  if (!d.request.empty()) responses["400"] = ProblemResponse("Invalid input");
  if (route.access == Access::kSignedIn) {
    responses["401"] = ProblemResponse("Not signed in, or the session expired");
    responses["403"] = ProblemResponse("Missing permission, or CSRF token refused");
  }
  op["responses"] = responses;
  if (!route.permission.empty()) op["x-permission"] = route.permission;
  if (route.access == Access::kSignedIn) {
    op["security"] = {{{"session", nlohmann::json::array()}},
                      {{"bearer", nlohmann::json::array()}}};
  } else {
    op["security"] = nlohmann::json::array();
  }
  return op;
}

// The component schemas `node` names through $ref, recursively, into `names`.
void CollectRefs(const nlohmann::json& node, const nlohmann::json& schemas,
                 std::set<std::string>* names) {
  if (node.is_object()) {
    auto ref = node.find("$ref");
    if (ref != node.end() && ref->is_string()) {
      std::string name = ref->get<std::string>().substr(sizeof("#/components/schemas/") - 1);
      if (names->insert(name).second && schemas.contains(name)) {
        CollectRefs(schemas[name], schemas, names);
      }
    }
  }
  if (node.is_structured()) {
    for (const auto& child : node) CollectRefs(child, schemas, names);
  }
}

// Every object under node without `required` gets all its properties required.
void RequireAllProperties(nlohmann::json& node) {
  if (!node.is_structured()) return;
  if (node.is_object() && node.contains("properties") && node["properties"].is_object() &&
      !node.contains("required")) {
    nlohmann::json required = nlohmann::json::array();
    for (const auto& [name, _] : node["properties"].items()) required.push_back(name);
    if (!required.empty()) node["required"] = required;
  }
  for (auto& child : node) RequireAllProperties(child);
}

// The server writes every property of a reply schema (null when nullable), so a schema only
// replies use and that states no `required` has them all required: the web's generated types
// then need no optional fields. Schemas a request body uses keep what they state.
void RequireReplyProperties(const nlohmann::json& paths, nlohmann::json& schemas) {
  std::set<std::string> replies, requests;
  for (const auto& [path, ops] : paths.items()) {
    for (const auto& [method, op] : ops.items()) {
      if (op.contains("requestBody")) CollectRefs(op["requestBody"], schemas, &requests);
      for (const auto& [status, response] : op["responses"].items()) {
        if (status.front() == '2') CollectRefs(response, schemas, &replies);
      }
    }
  }
  for (const std::string& name : replies) {
    if (!requests.contains(name) && schemas.contains(name)) RequireAllProperties(schemas[name]);
  }
}

}  // namespace

std::string OpenApiDocument(const Router& router, std::string_view version) {
  nlohmann::json doc = {
      {"openapi", "3.0.3"},
      {"info",
       {{"title", "Salesdesk API"},
        {"version", std::string(version)},
        {"description",
         "销售台 Salesdesk JSON API. Errors are application/problem+json; money is a string "
         "with two decimals; lists take page and size."}}}};
  nlohmann::json paths = nlohmann::json::object();
  for (const auto& route : router.routes()) {
    std::string method = route->method;
    for (char& c : method) c = static_cast<char>(c - 'A' + 'a');
    paths[route->pattern][method] = Operation(*route);
  }
  doc["paths"] = paths;
  nlohmann::json schemas = nlohmann::json::object();
  schemas["Problem"] = nlohmann::json::parse(R"({"type": "object", "properties": {
      "type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"},
      "code": {"type": "string"}, "detail": {"type": "string"}, "request_id": {"type": "string"},
      "fields": {"type": "array", "items": {"type": "object", "properties": {
        "field": {"type": "string"}, "code": {"type": "string"}, "message": {"type": "string"}}}}}})");
  schemas["Binary"] = {{"type", "string"}, {"format", "binary"}};  // file downloads
  for (const auto& [name, text] : router.schemas()) schemas[name] = nlohmann::json::parse(text);
  RequireReplyProperties(paths, schemas);
  doc["components"] = {
      {"schemas", schemas},
      {"securitySchemes",
       {{"session", {{"type", "apiKey"}, {"in", "cookie"}, {"name", "sd_session"}}},
        {"bearer", {{"type", "http"}, {"scheme", "bearer"}}}}}};
  return doc.dump(2);
}

}  // namespace sd::http
