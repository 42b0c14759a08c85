#pragma once
// What the HTTP layer needs from the process: the database, the clock and the settings.

#include <cstddef>
#include <string>
#include <vector>

#include "auth/session_service.h"
#include "base/clock.h"
#include "db/database.h"

namespace sd::http {

struct Limits {
  size_t body_bytes_max = 1 << 20;     // 1 MiB; larger bodies get 413 (Route::body_bytes_max)
  size_t upload_bytes_max = 64 << 20;  // routes taking files (imports) allow up to this
  // One attachment's bytes at most (streamed uploads keep no more than this in memory).
  size_t attachment_bytes_max = 20 << 20;
  int threads = 64;  // each keep-alive connection holds a thread while open
  int keep_alive_timeout_s = 5;
};

struct App {
  db::Database* db = nullptr;
  const Clock* clock = nullptr;
  auth::AuthConfig auth;
  Limits limits;
  std::string web_root;        // serve the UI from this folder instead of the embedded copy
  bool secure_cookie = false;  // add "Secure" to the session cookie (behind HTTPS)
  // Peers (exact addresses, "10.0.0.5", "::1") whose X-Forwarded-For is believed: the reverse
  // proxies in front of the server. Empty: the header is ignored and the peer is the client.
  std::vector<std::string> trusted_proxies;
};

}  // namespace sd::http
