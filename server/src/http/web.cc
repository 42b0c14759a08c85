#include "http/web.h"

#include <httplib.h>

#include <fstream>
#include <sstream>

#include "http/web_assets.h"

namespace sd::http {
namespace {

bool HasExtension(std::string_view path) {
  size_t slash = path.rfind('/');
  return path.find('.', slash == std::string_view::npos ? 0 : slash) != std::string_view::npos;
}

const char* TypeOf(std::string_view path) {
  auto ends = [&](std::string_view ext) {
    return path.size() >= ext.size() && path.substr(path.size() - ext.size()) == ext;
  };
  if (ends(".html")) return "text/html; charset=utf-8";
  if (ends(".js") || ends(".mjs")) return "text/javascript; charset=utf-8";
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".svg")) return "image/svg+xml";
  if (ends(".json")) return "application/json";
  if (ends(".png")) return "image/png";
  if (ends(".ico")) return "image/x-icon";
  if (ends(".woff2")) return "font/woff2";
  if (ends(".woff")) return "font/woff";
  if (ends(".ttf")) return "font/ttf";
  return "application/octet-stream";
}

void CacheHeaders(std::string_view path, httplib::Response& res) {
  // Vite puts content hashes into /assets/ names, so those never change; index.html must.
  if (path.rfind("/assets/", 0) == 0) {
    res.set_header("Cache-Control", "public, max-age=31536000, immutable");
  } else {
    res.set_header("Cache-Control", "no-cache");
  }
}

void NotFound(httplib::Response& res) {
  res.status = 404;
  res.set_content("Not Found", "text/plain; charset=utf-8");
}

bool ServeFromDisk(const std::string& root, std::string path, httplib::Response& res) {
  if (path.find("..") != std::string::npos) return false;
  std::ifstream in(root + path, std::ios::binary);
  if (!in) return false;
  std::ostringstream body;
  body << in.rdbuf();
  CacheHeaders(path, res);
  res.set_content(body.str(), TypeOf(path));
  return true;
}

}  // namespace

void SecurityHeaders(bool web_ui, httplib::Response& res) {
  res.set_header("Content-Security-Policy",
                 web_ui ? kWebContentSecurityPolicy : kApiContentSecurityPolicy);
  res.set_header("X-Frame-Options", "DENY");
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Referrer-Policy", "same-origin");
}

void ServeWeb(const App& app, const httplib::Request& req, httplib::Response& res) {
  if (req.method != "GET" && req.method != "HEAD") {
    NotFound(res);
    return;
  }
  std::string path = req.path == "/" ? "/index.html" : req.path;
  if (!app.web_root.empty()) {
    if (ServeFromDisk(app.web_root, path, res)) return;
    if (!HasExtension(path) && ServeFromDisk(app.web_root, "/index.html", res)) return;
    NotFound(res);
    return;
  }
  const WebAsset* asset = FindWebAsset(path);
  if (!asset && !HasExtension(path)) {
    path = "/index.html";
    asset = FindWebAsset(path);
  }
  if (!asset) {
    NotFound(res);
    return;
  }
  CacheHeaders(path, res);
  res.set_content(asset->body.data(), asset->body.size(), std::string(asset->content_type));
}

}  // namespace sd::http
