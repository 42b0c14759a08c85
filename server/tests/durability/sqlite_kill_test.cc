// Durability of the SQLite write path: a child process writes from several threads and reports
// every acknowledged write over a pipe; the parent kill -9's it at a random moment, reopens the
// file and checks that every acknowledged write is there and that no write is there by half
// (each one inserts a document and its line in one transaction: both or neither).

#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "db/database.h"

namespace sd::db {
namespace {

constexpr int kRounds = 4;
constexpr int kChildThreads = 8;
constexpr size_t kBodyBytes = 1000;

constexpr char kSchema[] =
    "CREATE TABLE docs (id BIGINT PRIMARY KEY, body TEXT NOT NULL);"
    "CREATE TABLE doc_lines (doc_id BIGINT PRIMARY KEY REFERENCES docs(id), body TEXT NOT NULL);";

// The child: writes until killed, sending each acknowledged id (8 bytes, atomic on a pipe).
[[noreturn]] void WriteUntilKilled(const std::string& url, int round, int ack_fd) {
  auto db = Database::Open(url);
  if (!db) _exit(2);
  std::vector<std::thread> threads;
  for (int t = 0; t < kChildThreads; ++t) {
    threads.emplace_back([&db, round, t, ack_fd] {
      std::string body(kBodyBytes, static_cast<char>('a' + t));
      for (int64_t seq = 0;; ++seq) {
        int64_t id = int64_t{round} * 1'000'000'000 + int64_t{t} * 10'000'000 + seq;
        auto r = (*db)->Write([&](Tx& tx) -> Result<void> {
          SD_TRY(tx.Exec("INSERT INTO docs (id, body) VALUES ($1, $2)", {id, body}));
          SD_TRY(tx.Exec("INSERT INTO doc_lines (doc_id, body) VALUES ($1, $2)", {id, body}));
          return Ok();
        });
        if (!r) _exit(3);
        if (write(ack_fd, &id, sizeof id) != static_cast<ssize_t>(sizeof id)) _exit(4);
      }
    });
  }
  for (auto& th : threads) th.join();
  _exit(0);
}

// Reads acknowledged ids from fd until `until` (or, when until is null, until EOF).
void ReadAcks(int fd, std::optional<std::chrono::steady_clock::time_point> until,
              std::string& buffer, std::set<int64_t>& acked) {
  char chunk[4096];
  for (;;) {
    if (until) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
          *until - std::chrono::steady_clock::now());
      if (left.count() <= 0) return;
      pollfd p{fd, POLLIN, 0};
      if (poll(&p, 1, static_cast<int>(left.count())) <= 0) continue;
    }
    ssize_t n = read(fd, chunk, sizeof chunk);
    if (n <= 0) return;
    buffer.append(chunk, static_cast<size_t>(n));
    size_t whole = buffer.size() / sizeof(int64_t) * sizeof(int64_t);
    for (size_t at = 0; at < whole; at += sizeof(int64_t)) {
      int64_t id = 0;
      std::memcpy(&id, buffer.data() + at, sizeof id);
      acked.insert(id);
    }
    buffer.erase(0, whole);
  }
}

int64_t Count(Database& db, const char* sql) {
  auto v = ReadValue<int64_t>(db, [sql](Tx& tx) -> Result<int64_t> {
    SD_TRY_ASSIGN(Rows rows, tx.Query(sql));
    return rows[0].Int(0);
  });
  EXPECT_TRUE(v.has_value());
  return v ? *v : -1;
}

void CheckFile(const std::string& url, const std::set<int64_t>& acked) {
  auto db = Database::Open(url);
  ASSERT_TRUE(db.has_value());
  auto missing = ReadValue<int64_t>(**db, [&](Tx& tx) -> Result<int64_t> {
    SD_TRY_ASSIGN(Rows rows,
                  tx.Query("SELECT d.id FROM docs d JOIN doc_lines l ON l.doc_id = d.id"));
    std::set<int64_t> present;
    for (const Row& r : rows) present.insert(r.Int(0));
    int64_t n = 0;
    for (int64_t id : acked) n += present.contains(id) ? 0 : 1;
    return n;
  });
  ASSERT_TRUE(missing.has_value());
  EXPECT_EQ(*missing, 0) << "acknowledged writes lost";
  EXPECT_EQ(Count(**db,
                  "SELECT COUNT(*) FROM docs d LEFT JOIN doc_lines l ON l.doc_id = d.id"
                  " WHERE l.doc_id IS NULL"),
            0)
      << "a document without its line";
  EXPECT_EQ(Count(**db,
                  "SELECT COUNT(*) FROM doc_lines l LEFT JOIN docs d ON d.id = l.doc_id"
                  " WHERE d.id IS NULL"),
            0)
      << "a line without its document";
  EXPECT_EQ(Count(**db, "SELECT COUNT(*) FROM docs WHERE length(body) <> 1000"), 0);
  auto integrity = ReadValue<std::string>(**db, [](Tx& tx) -> Result<std::string> {
    SD_TRY_ASSIGN(Rows rows, tx.Query("PRAGMA integrity_check"));
    return rows[0].Text(0);
  });
  ASSERT_TRUE(integrity.has_value());
  EXPECT_EQ(*integrity, "ok");
  (*db)->Close();
}

TEST(SqliteDurabilityTest, AcknowledgedWritesSurviveKill9) {
  std::string tmpl = (std::filesystem::temp_directory_path() / "sd-durability-XXXXXX").string();
  ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
  std::string url = "sqlite:" + tmpl + "/durable.db";
  {
    auto db = Database::Open(url);
    ASSERT_TRUE(db.has_value());
    ASSERT_TRUE((*db)->Write([](Tx& tx) { return tx.ExecScript(kSchema); }).has_value());
    (*db)->Close();  // no thread of ours may run while we fork
  }
  std::mt19937 rng(std::random_device{}());
  std::set<int64_t> acked;
  for (int round = 0; round < kRounds; ++round) {
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      close(fds[0]);
      WriteUntilKilled(url, round, fds[1]);
    }
    close(fds[1]);
    auto kill_at = std::chrono::steady_clock::now() +
                   std::chrono::milliseconds(400 + static_cast<int>(rng() % 400));
    std::string buffer;
    size_t before = acked.size();
    ReadAcks(fds[0], kill_at, buffer, acked);
    ASSERT_EQ(kill(pid, SIGKILL), 0);
    int status = 0;
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the writer child exited by itself: " << status;
    ReadAcks(fds[0], std::nullopt, buffer, acked);  // what was in the pipe when it died
    close(fds[0]);
    size_t this_round = acked.size() - before;
    std::printf("[          ] round %d: %zu writes acknowledged before kill -9\n", round,
                this_round);
    EXPECT_GT(this_round, 0u);
    CheckFile(url, acked);
    if (HasFatalFailure()) break;
  }
  std::filesystem::remove_all(tmpl);
}

}  // namespace
}  // namespace sd::db
