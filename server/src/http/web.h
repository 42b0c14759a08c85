#pragma once
// Serves the web UI: embedded in the binary (web_assets.h), or from App::web_root when set.
// Unknown paths without a file extension get index.html (the UI routes in the browser).

#include "http/app.h"

namespace httplib {
struct Request;
struct Response;
}  // namespace httplib

namespace sd::http {

void ServeWeb(const App& app, const httplib::Request& req, httplib::Response& res);

}  // namespace sd::http
