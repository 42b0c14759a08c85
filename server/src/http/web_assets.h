#pragma once
// The built web UI (web/dist) compiled into the binary (server/cmake/web.cmake). The table is
// generated at build time from the directory in the CMake cache variable SD_WEB_DIST; when that
// is empty the table is empty and the server serves no UI. Bodies live in read-only data for the
// life of the process, so the views never dangle. Thread-safe: everything here is immutable.

#include <span>
#include <string_view>

namespace sd::http {

struct WebAsset {
  std::string_view path;          // "/index.html", "/assets/index-3f2a.js"
  std::string_view content_type;  // "text/javascript; charset=utf-8"
  std::string_view body;          // the file as built
  std::string_view gzip_body;     // gzip -9 of body when that is smaller (text types); else empty
};

// Every asset, sorted by path (byte order).
std::span<const WebAsset> WebAssets();

// The asset whose path is exactly `path` ("/index.html"; "/" is not mapped to anything), or
// nullptr. O(log n).
const WebAsset* FindWebAsset(std::string_view path);

}  // namespace sd::http
