#pragma once
// The request pipeline shared by every /api route (see server.h).

#include "http/app.h"
#include "http/router.h"

namespace httplib {
struct Request;
struct Response;
}  // namespace httplib

namespace sd::http {

// Answers one request: routes, authenticates, checks, calls the handler, renders errors,
// records metrics and logs. Never throws.
void HandleRequest(App& app, const Router& router, const httplib::Request& req,
                   httplib::Response& res);

// A unique request id: a per-process random prefix and a counter.
std::string NewRequestId();

// The session token from the cookie or the bearer header; `bearer` tells which.
std::string SessionToken(const httplib::Request& req, bool* bearer);

}  // namespace sd::http
