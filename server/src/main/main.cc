// salesdesk: the command line. Configuration comes from flags, then SALESDESK_* environment
// variables, then an optional config file (--config, TOML/INI "key = value").
#include <CLI/CLI.hpp>

#include "main/commands.h"

#ifndef SALESDESK_VERSION
#define SALESDESK_VERSION "dev"
#endif

int main(int argc, char** argv) {
  sd::cli::Config c;
  CLI::App app{"销售台 Salesdesk: sales-department management", "salesdesk"};
  app.set_version_flag("--version", SALESDESK_VERSION);
  app.set_config("--config", "",
                 "Config file (TOML: db = ..., log-level = ...; serve options under [serve])");
  app.require_subcommand(1);
  app.fallthrough();  // global options may follow the subcommand: salesdesk serve --db …
  app.add_option("--db", c.db_url, "Database URL: sqlite:PATH or postgresql://...")
      ->envname("SALESDESK_DB")
      ->capture_default_str();
  app.add_option("--log-level", c.log_level, "trace, debug, info, warn, error")
      ->envname("SALESDESK_LOG_LEVEL")
      ->capture_default_str();

  auto* serve = app.add_subcommand("serve", "Serve the web UI and the API");
  serve->add_option("--port", c.port, "TCP port (0: any free port)")
      ->envname("SALESDESK_PORT")
      ->capture_default_str();
  serve->add_option("--host", c.host, "Address to listen on")
      ->envname("SALESDESK_HOST")
      ->capture_default_str();
  serve->add_option("--web-root", c.web_root, "Serve the UI from this folder, not the binary")
      ->envname("SALESDESK_WEB_ROOT");
  serve->add_option("--threads", c.threads, "Worker threads (one per open connection)")
      ->envname("SALESDESK_THREADS")
      ->capture_default_str();
  serve
      ->add_option("--attachment-max-mib", c.attachment_max_mib,
                   "Largest attachment a document accepts, in MiB")
      ->envname("SALESDESK_ATTACHMENT_MAX_MIB")
      ->check(CLI::Range(1, 1024))
      ->capture_default_str();
  serve->add_option("--idle-minutes", c.idle_minutes, "Session idle timeout")
      ->envname("SALESDESK_IDLE_MINUTES")
      ->capture_default_str();
  serve->add_option("--absolute-hours", c.absolute_hours, "Session absolute timeout")
      ->envname("SALESDESK_ABSOLUTE_HOURS")
      ->capture_default_str();
  serve->add_option("--max-failures", c.max_failures, "Failed logins before lockout")
      ->envname("SALESDESK_MAX_FAILURES")
      ->capture_default_str();
  serve->add_option("--lockout-minutes", c.lockout_minutes, "Lockout window")
      ->envname("SALESDESK_LOCKOUT_MINUTES")
      ->capture_default_str();
  serve->add_flag("--secure-cookie", c.secure_cookie, "Mark the session cookie Secure (HTTPS)")
      ->envname("SALESDESK_SECURE_COOKIE");
  serve
      ->add_option("--trusted-proxy", c.trusted_proxies,
                   "Address of a reverse proxy whose X-Forwarded-For names the client (the audit "
                   "records it); repeat or separate with commas. Others' headers are ignored")
      ->delimiter(',')
      ->envname("SALESDESK_TRUSTED_PROXIES");

  auto* migrate = app.add_subcommand("migrate", "Apply pending schema migrations");
  auto* demo = app.add_subcommand("demo", "Load the demo company into an empty database");
  demo->add_option("--customers", c.demo_customers,
                   "Also generate N customers (3 contacts, 10 follow-ups each) for benchmarks; "
                   "with the demo company already loaded, only generate them");

  auto* user = app.add_subcommand("user", "Administer users");
  user->require_subcommand(1);
  std::string login, name, password;
  std::vector<std::string> roles;
  auto* add = user->add_subcommand("add", "Create a user");
  add->add_option("login", login, "Login")->required();
  add->add_option("--name", name, "Display name")->required();
  add->add_option("--role", roles, "Role code (repeatable)");
  add->add_option("--password", password, "Password (default: a one-time password is printed)");
  auto* disable = user->add_subcommand("disable", "Disable a user and end their sessions");
  disable->add_option("login", login, "Login")->required();
  auto* reset = user->add_subcommand("reset-password", "Give a user a one-time password");
  reset->add_option("login", login, "Login")->required();

  std::string file;
  auto* backup = app.add_subcommand("backup", "Write a consistent backup of every table to FILE");
  backup->add_option("file", file, "Backup file (JSON lines)")->required();
  auto* restore = app.add_subcommand("restore", "Load a backup FILE into an empty database");
  restore->add_option("file", file, "Backup file")->required();

  auto* openapi = app.add_subcommand("openapi", "Print the OpenAPI document (no database needed)");

  CLI11_PARSE(app, argc, argv);

  if (*serve) return sd::cli::Serve(c);
  if (*migrate) return sd::cli::Migrate(c);
  if (*demo) return sd::cli::Demo(c);
  if (*add) return sd::cli::UserAdd(c, login, name, roles, password);
  if (*disable) return sd::cli::UserDisable(c, login);
  if (*reset) return sd::cli::UserResetPassword(c, login);
  if (*backup) return sd::cli::Backup(c, file);
  if (*restore) return sd::cli::Restore(c, file);
  if (*openapi) return sd::cli::OpenApi();
  return 1;
}
