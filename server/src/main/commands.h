#pragma once
// The salesdesk subcommands. Each returns the process exit code.

#include <cstdint>
#include <string>
#include <vector>

namespace sd::cli {

struct Config {
  std::string db_url = "sqlite:data/salesdesk.db";
  std::string host = "0.0.0.0";
  int port = 8080;
  std::string web_root;
  std::string log_level = "info";
  int threads = 64;
  int attachment_max_mib = 20;  // one attachment at most
  int idle_minutes = 30;
  int absolute_hours = 12;
  int max_failures = 5;
  int lockout_minutes = 15;
  bool secure_cookie = false;
  std::vector<std::string> trusted_proxies;  // peers whose X-Forwarded-For is believed
  int64_t demo_customers = 0;  // demo --customers N: generated customers for benchmarks
};

int Serve(const Config& c);
int Migrate(const Config& c);
int Demo(const Config& c);
int UserAdd(const Config& c, const std::string& login, const std::string& name,
            const std::vector<std::string>& roles, const std::string& password);
int UserDisable(const Config& c, const std::string& login);
int UserResetPassword(const Config& c, const std::string& login);
int Backup(const Config& c, const std::string& path);
int Restore(const Config& c, const std::string& path);
// Prints the OpenAPI document of every route (what GET /api/v1/openapi.json serves), without a
// database: the web's generated types are made from it.
int OpenApi();

}  // namespace sd::cli
