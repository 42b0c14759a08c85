#pragma once
// The request pipeline shared by every /api route (see server.h).

#include "http/app.h"
#include "http/router.h"

namespace httplib {
struct Request;
struct Response;
class ContentReader;
}  // namespace httplib

namespace sd::http {

// Answers one request: routes, authenticates, checks, calls the handler, renders errors,
// records metrics and logs. Never throws. `reader` is the unread body of a streams_body route
// (nullptr when httplib has read the body into req.body); what the handler leaves unread is
// drained and dropped, so the connection stays usable.
void HandleRequest(App& app, const Router& router, const httplib::Request& req,
                   httplib::Response& res, const httplib::ContentReader* reader = nullptr);

// A unique request id: a per-process random prefix and a counter.
std::string NewRequestId();

// The largest body the request's route accepts: its own limit, else Limits::body_bytes_max.
size_t BodyLimit(const App& app, const Route& route);

// Before the body is read: when the Content-Length is over the route's limit and over 8 MiB
// (any excess, if the client sent "Expect: 100-continue"), puts the 413 problem+json into res
// and returns true, so the body is never read. Smaller excess is read and refused by
// HandleRequest, so that a client still writing its body gets the answer.
bool RefuseOversizedBody(const App& app, const Router& router, const httplib::Request& req,
                         httplib::Response& res);

// The address of the client: the peer, or — when the peer is one of app.trusted_proxies — the
// right-most address of X-Forwarded-For that is not a trusted proxy (what the nearest proxy
// saw; addresses further left are whatever the client wrote).
std::string ClientAddress(const App& app, const httplib::Request& req);

// The session token from the cookie or the bearer header; `bearer` tells which.
std::string SessionToken(const httplib::Request& req, bool* bearer);

}  // namespace sd::http
