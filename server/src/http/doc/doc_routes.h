#pragma once
// The attachment and comment routes of one document type, under the document's own path
// ("/api/v1/customers/{id}/attachments"). Each type adds its rows with one call, naming its
// permissions and its doc::DocType (whose resolver checks scope), so the route table keeps a
// permission and an OpenAPI text per row, and a path names the document as the rest of the API
// does.

#include <string>

#include "doc/attachment_scope.h"
#include "http/router.h"

namespace sd::http {

struct DocRouteSpec {
  const doc::DocType* type = nullptr;
  std::string path;               // "/api/v1/customers/{id}": the document, {id} its id
  std::string tag;                // OpenAPI tag: "crm"
  std::string noun;               // for the descriptions: "customer"
  std::string read_permission;    // list, download, delete (the rule decides who may delete)
  std::string change_permission;  // upload, comment
};

// GET/POST {path}/attachments, GET/DELETE {path}/attachments/{attachment_id},
// GET/POST {path}/comments, and the schemas they use (once per router).
void AddDocRoutes(Router& r, const DocRouteSpec& spec);

}  // namespace sd::http
