#include "main/commands.h"

#include <fmt/core.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <thread>

#include "auth/password.h"
#include "auth/user_service.h"
#include "auth/user_store.h"
#include "base/i18n.h"
#include "db/backup.h"
#include "db/migrate.h"
#include "demo/demo.h"
#include "demo/demo_customers.h"
#include "http/idempotency_store.h"
#include "http/server.h"

namespace sd::cli {
namespace {

void Report(const Error& e) {
  std::string text = Catalog::Embedded().Text(e.key, Locale::kZhCN, e.params);
  fmt::print(stderr, "salesdesk: {} ({}){}\n", text, e.key,
             e.detail.empty() ? "" : ": " + e.detail);
  for (const FieldError& f : e.fields) {
    fmt::print(stderr, "  {}: {}\n", f.field,
               Catalog::Embedded().Text(f.key, Locale::kZhCN, f.params));
  }
}

// Opens the database (creating the SQLite folder) and applies pending migrations.
std::unique_ptr<db::Database> OpenMigrated(const Config& c, bool quiet = true) {
  spdlog::set_level(spdlog::level::from_str(c.log_level));
  auth::InitCrypto();
  std::string path = c.db_url;
  if (path.rfind("sqlite:", 0) == 0) path = path.substr(path.rfind("sqlite://", 0) == 0 ? 9 : 7);
  if (c.db_url.rfind("postgres", 0) != 0) {
    auto dir = std::filesystem::path(path).parent_path();
    if (!dir.empty()) std::filesystem::create_directories(dir);
  }
  auto db = db::Database::Open(c.db_url);
  if (!db) {
    Report(db.error());
    return nullptr;
  }
  auto migrations = db::MigrationsFrom(SchemaFiles());
  if (!migrations) {
    Report(migrations.error());
    return nullptr;
  }
  auto applied = db::Migrate(**db, *migrations);
  if (!applied) {
    Report(applied.error());
    return nullptr;
  }
  for (const std::string& id : *applied) {
    if (!quiet) fmt::print("applied {}\n", id);
    spdlog::info("migration applied: {}", id);
  }
  return std::move(*db);
}

int Fails(const Error& e) {
  Report(e);
  return 1;
}

// Finds a user by login for the user subcommands.
Result<auth::User> FindByLogin(db::Database& db, const std::string& login) {
  return db::ReadValue<auth::User>(db, [&](db::Tx& tx) -> Result<auth::User> {
    SD_TRY_ASSIGN(std::optional<auth::store::LoginRow> row, auth::store::LoadLogin(tx, login));
    if (!row) return Fail(Code::kNotFound, "common.not_found");
    SD_TRY_ASSIGN(std::optional<auth::User> u, auth::store::LoadUser(tx, row->id));
    return std::move(*u);
  });
}

}  // namespace

int Serve(const Config& c) {
  // Signals go to one waiting thread that stops the server. Blocked before any thread starts
  // (the database opens writer and pool threads), so every thread inherits the mask.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  auto db = OpenMigrated(c);
  if (!db) return 1;
  auto admin_password = auth::EnsureAdmin(*db, SystemClock::Get()->NowMicros());
  if (!admin_password) return Fails(admin_password.error());
  if (*admin_password) {
    fmt::print(
        "\nFirst start: created user 'admin' with the one-time password {}\n"
        "首次启动：已创建用户 admin，一次性密码 {}（登录后请修改）\n\n",
        **admin_password, **admin_password);
  }
  http::App app;
  app.db = db.get();
  app.clock = SystemClock::Get();
  app.auth.idle_timeout_us = c.idle_minutes * kMicrosPerMinute;
  app.auth.absolute_timeout_us = int64_t{c.absolute_hours} * 60 * kMicrosPerMinute;
  app.auth.max_failures = c.max_failures;
  app.auth.failure_window_us = c.lockout_minutes * kMicrosPerMinute;
  app.limits.threads = c.threads;
  app.limits.attachment_bytes_max = static_cast<size_t>(c.attachment_max_mib) << 20;
  app.web_root = c.web_root;
  app.secure_cookie = c.secure_cookie;
  app.trusted_proxies = c.trusted_proxies;

  http::Server server(app);
  auto port = server.Bind(c.host, c.port);
  if (!port) return Fails(port.error());
  fmt::print("Salesdesk {} listening on http://{}:{}/ ({})\n", SALESDESK_VERSION,
             c.host == "0.0.0.0" ? "localhost" : c.host, *port,
             db->backend() == db::Backend::kSqlite ? "SQLite" : "PostgreSQL");
  std::fflush(stdout);
  std::thread waiter([&] {
    int sig = 0;
    sigwait(&signals, &sig);
    spdlog::info("signal {}: stopping", sig);
    server.Stop();
  });
  // Housekeeping: Idempotency-Key replies are kept for a day, then forgotten.
  std::atomic<bool> stopping{false};
  std::thread housekeeper([&] {
    for (int tick = 0; !stopping.load(); ++tick) {
      if (tick % 600 == 0) {
        int64_t day_ago = SystemClock::Get()->NowMicros() - int64_t{24} * 60 * kMicrosPerMinute;
        auto expired = db->Write([&](db::Tx& tx) -> Result<void> {
          SD_TRY(http::idempotency::Expire(tx, day_ago));
          return Ok();
        });
        if (!expired) spdlog::warn("housekeeping failed: {}", expired.error().key);
      }
      std::this_thread::sleep_for(std::chrono::seconds(1));
    }
  });
  server.Run();
  stopping = true;
  housekeeper.join();
  // Run returned without a signal (bind lost): wake the waiter so it can be joined.
  pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  db->Close();
  return 0;
}

int Migrate(const Config& c) {
  auto db = OpenMigrated(c, /*quiet=*/false);
  if (!db) return 1;
  fmt::print("schema is current\n");
  return 0;
}

int Demo(const Config& c) {
  auto db = OpenMigrated(c);
  if (!db) return 1;
  auto loaded = demo::Load(*db, *SystemClock::Get());
  const bool generate_only =
      !loaded && loaded.error().key == "demo.not_empty" && c.demo_customers > 0;
  if (!loaded && !generate_only) return Fails(loaded.error());
  if (c.demo_customers > 0) {
    const auto started = std::chrono::steady_clock::now();
    auto made = demo::GenerateCustomers(*db, *SystemClock::Get(), c.demo_customers, 3, 10);
    if (!made) return Fails(made.error());
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::steady_clock::now() - started)
                        .count();
    fmt::print("Generated {} customers, {} contacts, {} follow-ups in {} ms.\n", made->customers,
               made->contacts, made->follow_ups, ms);
    if (generate_only) return 0;
  }
  fmt::print("Demo company loaded. Log in with any of these (password {}):\n", demo::kDemoPassword);
  for (const demo::DemoUser& u : demo::DemoUsers()) {
    fmt::print("  {:<14} {}\n", u.login, u.name);
  }
  return 0;
}

int UserAdd(const Config& c, const std::string& login, const std::string& name,
            const std::vector<std::string>& roles, const std::string& password) {
  auto db = OpenMigrated(c);
  if (!db) return 1;
  auth::Actor system = auth::SystemActor(SystemClock::Get()->NowMicros());
  auth::NewUser nu{login, name, roles, std::nullopt, Locale::kZhCN, std::nullopt};
  if (!password.empty()) nu.password = password;
  auto prepared = auth::PrepareNewUser(system, std::move(nu));
  if (!prepared) return Fails(prepared.error());
  auto created = db::WriteValue<auth::CreatedUser>(
      *db, [&](db::Tx& tx) { return auth::CreateUser(tx, system, *prepared); });
  if (!created) return Fails(created.error());
  fmt::print("created user {} (id {})\n", created->user.login, created->user.id);
  if (created->initial_password) fmt::print("one-time password: {}\n", *created->initial_password);
  return 0;
}

int UserDisable(const Config& c, const std::string& login) {
  auto db = OpenMigrated(c);
  if (!db) return 1;
  auto user = FindByLogin(*db, login);
  if (!user) return Fails(user.error());
  auth::Actor system = auth::SystemActor(SystemClock::Get()->NowMicros());
  auto done = db::WriteValue<auth::User>(*db, [&](db::Tx& tx) {
    return auth::SetDisabled(tx, system, user->id, user->version, true);
  });
  if (!done) return Fails(done.error());
  fmt::print("disabled user {}\n", login);
  return 0;
}

int UserResetPassword(const Config& c, const std::string& login) {
  auto db = OpenMigrated(c);
  if (!db) return 1;
  auto user = FindByLogin(*db, login);
  if (!user) return Fails(user.error());
  auth::Actor system = auth::SystemActor(SystemClock::Get()->NowMicros());
  auto pw = auth::PrepareResetPassword(system);
  if (!pw) return Fails(pw.error());
  auto done = db::WriteValue<auth::User>(*db, [&](db::Tx& tx) {
    return auth::ResetPassword(tx, system, user->id, user->version, *pw);
  });
  if (!done) return Fails(done.error());
  fmt::print("one-time password for {}: {}\n", login, pw->plain);
  return 0;
}

int Backup(const Config& c, const std::string& path) {
  auto db = OpenMigrated(c);
  if (!db) return 1;
  auto stats = db::Backup(*db, path);
  if (!stats) return Fails(stats.error());
  fmt::print("backed up {} rows of {} tables to {}\n", stats->rows, stats->tables, path);
  return 0;
}

int Restore(const Config& c, const std::string& path) {
  auto db = OpenMigrated(c);
  if (!db) return 1;
  auto stats = db::Restore(*db, path);
  if (!stats) return Fails(stats.error());
  fmt::print("restored {} rows of {} tables from {}\n", stats->rows, stats->tables, path);
  return 0;
}

int OpenApi() {
  // The routes only: a server that is never bound, without a database.
  http::Server server(http::App{});
  fmt::print("{}\n", http::OpenApiDocument(server.router(), SALESDESK_VERSION));
  return 0;
}

}  // namespace sd::cli
