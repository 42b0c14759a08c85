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

// The UI's Content-Security-Policy: scripts, styles, fonts and data only from this server (Element
// Plus sets inline styles, so style-src allows them; the UI has no inline script), never framed.
inline constexpr const char* kWebContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
    "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
// API answers are data, never a page: nothing may load from them or frame them.
inline constexpr const char* kApiContentSecurityPolicy =
    "default-src 'none'; frame-ancestors 'none'";

// The headers every answer carries against clickjacking, MIME sniffing and leaking addresses
// in Referer: CSP (the UI's or the API's), X-Frame-Options DENY (browsers without
// frame-ancestors), X-Content-Type-Options nosniff, Referrer-Policy same-origin.
void SecurityHeaders(bool web_ui, httplib::Response& res);

}  // namespace sd::http
