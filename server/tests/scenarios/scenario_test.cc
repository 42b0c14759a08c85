// Runs the business stories in this folder (README.md): each NN_<story>.md × backend is one test
// over the real server and a fresh database with the demo company. Steps run in order; after
// every step the invariants are checked; the first failure stops the story and names its
// file:line.
#include "scenarios/scenario.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "catalog/invariants.h"
#include "crm/invariants.h"
#include "doc/invariants.h"
#include "sales/invariants.h"
#include "support/test_server.h"

namespace sd::testing::scenario {
namespace {

using nlohmann::json;

struct Case {
  std::string path;
  std::string name;  // the test's name: file stem and backend
  db::Backend backend;
};

// Every story file (name starting with a digit) × backend, in file-name order. Read once, at
// test registration.
const std::vector<Case>& Cases() {
  static const std::vector<Case> cases = [] {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(SD_SCENARIO_DIR, ec)) {
      const std::filesystem::path& p = entry.path();
      const std::string file = p.filename().string();
      if (p.extension() == ".md" && std::isdigit(static_cast<unsigned char>(file[0]))) {
        files.push_back(p);
      }
    }
    std::sort(files.begin(), files.end());
    std::vector<Case> out;
    for (const std::filesystem::path& p : files) {
      std::string stem = p.stem().string();
      for (char& c : stem) {
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
      }
      out.push_back({p.string(), stem + "_Sqlite", db::Backend::kSqlite});
      out.push_back({p.string(), stem + "_Postgres", db::Backend::kPostgres});
    }
    return out;
  }();
  return cases;
}

std::vector<db::Backend> CaseBackends() {
  std::vector<db::Backend> out;
  for (const Case& c : Cases()) out.push_back(c.backend);
  return out;
}

std::string Shorten(const std::string& text) {
  constexpr size_t kMax = 4000;
  return text.size() <= kMax ? text : text.substr(0, kMax) + "…";
}

std::string Describe(const Error& e) { return e.key + (e.detail.empty() ? "" : ": " + e.detail); }

// Percent-encodes a query value.
std::string QueryValue(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '-' || c == '_' || c == '.' || c == '~') {
      out.push_back(c);
    } else {
      out += {'%', kHex[u >> 4], kHex[u & 15]};
    }
  }
  return out;
}

class Scenario : public ApiTest {
 protected:
  void SetUp() override;
  void RunStory();

 private:
  // Each step returns what went wrong, or an empty string.
  std::string Do(const Given& step);
  std::string Do(const Today& step);
  std::string Do(const As& step);
  std::string Do(const Advance& step);
  std::string Do(const Header& step);
  std::string Do(const Request& step);
  std::string Do(const Expect& step);
  std::string Do(const Lacks& step);
  std::string Do(const Audit& step);

  // Logs in through the API (client "api"); returns what went wrong, or an empty string.
  std::string LogIn(const std::string& login, const std::string& password, Caller* out);
  std::string ReadAudit(const std::string& query, Resp* out);
  std::string CheckInvariants();
  Result<std::string> CheckAuditAppendOnly(db::Tx& tx);

  const Case* case_ = nullptr;
  std::vector<Step> steps_;
  std::map<std::string, Caller> sessions_;  // by login, the latest session of each
  Caller auditor_;                          // the runner's own admin session for `audit`
  std::optional<std::string> as_;           // the current caller's login; none: anonymous
  Vars vars_;
  httplib::Headers next_headers_;  // `header` steps, for the next request only
  std::string last_request_;       // the request the next `=>` checks, as sent
  Resp last_;
  int64_t audit_rows_ = 0;
  int64_t audit_max_id_ = 0;
};

void Scenario::SetUp() {
  const std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
  const std::string wanted = name.substr(name.find('/') + 1);
  for (const Case& c : Cases()) {
    if (c.name == wanted) case_ = &c;
  }
  ASSERT_NE(case_, nullptr) << "no story for test " << name;
  std::ifstream in(case_->path);
  std::stringstream text;
  text << in.rdbuf();
  ParseError error{1, "no steps (steps are lines indented by four spaces)"};
  if (!Parse(text.str(), &steps_, &error) || steps_.empty()) {
    GTEST_FAIL_AT(case_->path.c_str(), error.line)
        << "cannot read the story at " << std::filesystem::path(case_->path).filename().string()
        << ":" << error.line << ": " << error.message;
    return;
  }
  // The story starts on its first `today`: the demo company is set up that morning.
  for (const Step& step : steps_) {
    if (const auto* today = std::get_if<Today>(&step.what)) clock_.Set(today->at_us);
    if (const auto* given = std::get_if<Given>(&step.what)) {
      if (given->fixture == "new-company") fixture_ = Fixture::kNewCompany;
    }
    if (!std::holds_alternative<Given>(step.what) && !std::holds_alternative<Today>(step.what)) {
      break;
    }
  }
  ApiTest::SetUp();
  if (HasFatalFailure() || IsSkipped()) return;
  // http::Server::Stop does nothing until Run has started accepting, so a story failing before
  // its first request would hang TearDown: wait for the server's first answer.
  ASSERT_EQ(Call("GET", "/healthz", nullptr).status, 200);
  const std::string baseline = CheckInvariants();
  ASSERT_TRUE(baseline.empty()) << baseline;
}

void Scenario::RunStory() {
  for (const Step& step : steps_) {
    std::string problem = std::visit([&](const auto& s) { return Do(s); }, step.what);
    if (problem.empty()) problem = CheckInvariants();
    if (!problem.empty()) {
      const std::string file = std::filesystem::path(case_->path).filename().string();
      GTEST_FAIL_AT(case_->path.c_str(), step.line)
          << "story step failed at " << file << ":" << step.line << " ("
          << (GetParam() == db::Backend::kSqlite ? "SQLite" : "PostgreSQL") << ")\n"
          << "  under: " << step.heading << "\n"
          << "  step:  " << step.text << "\n"
          << "  " << problem;
      return;
    }
  }
}

std::string Scenario::Do(const Given&) { return ""; }  // SetUp loaded the fixture

std::string Scenario::Do(const Today& step) {
  clock_.Set(step.at_us);
  return "";
}

std::string Scenario::Do(const Advance& step) {
  clock_.Advance(step.us);
  return "";
}

std::string Scenario::Do(const As& step) {
  if (step.login == "anonymous") {
    as_.reset();
    return "";
  }
  as_ = step.login;
  if (!step.password && sessions_.count(step.login)) return "";
  std::string password = "demo1234";
  std::string error;
  if (step.password && !Substitute(*step.password, vars_, Into::kText, &password, &error)) {
    return error;
  }
  return LogIn(step.login, password, &sessions_[step.login]);
}

std::string Scenario::LogIn(const std::string& login, const std::string& password, Caller* out) {
  Resp r = Call("POST", "/api/v1/auth/login", nullptr,
                json{{"login", login}, {"password", password}, {"client", "api"}}.dump());
  if (r.status != 200) {
    return "cannot log in as " + login + ": status " + std::to_string(r.status) + "\n  " +
           Shorten(r.text);
  }
  *out = Caller();
  out->token = r.body.value("token", "");
  return "";
}

std::string Scenario::Do(const Header& step) {
  std::string value;
  std::string error;
  if (!Substitute(step.value, vars_, Into::kText, &value, &error)) return error;
  next_headers_.emplace(step.name, value);
  return "";
}

std::string Scenario::Do(const Request& step) {
  std::string path;
  std::string body;
  std::string error;
  if (!Substitute(step.path, vars_, Into::kText, &path, &error) ||
      !Substitute(step.body, vars_, Into::kJson, &body, &error)) {
    return error;
  }
  if (!body.empty() && json::parse(body, nullptr, false).is_discarded()) {
    return "the body is not JSON: " + body;
  }
  const Caller* who = as_ ? &sessions_[*as_] : nullptr;
  last_request_ = step.method + " " + path + (body.empty() ? "" : " " + body);
  last_ = Call(step.method, path, who, body, next_headers_);
  next_headers_.clear();
  return "";
}

std::string Scenario::Do(const Lacks& step) {
  std::string text, problem;
  if (!Substitute(step.subset, vars_, Into::kJson, &text, &problem)) return problem;
  json unwanted = json::parse(text, nullptr, false);
  if (unwanted.is_discarded()) return "the expectation is not JSON: " + text;
  std::string why;
  if (!Contains(last_.body, unwanted, &why)) return "";
  return "sent:  " + last_request_ + "\n  the response contains " + text + ", which it must not" +
         "\n  response " + std::to_string(last_.status) + ": " + Shorten(last_.text);
}

std::string Scenario::Do(const Expect& step) {
  std::string problem;
  if (last_.status != step.status) {
    problem =
        "expected status " + std::to_string(step.status) + ", got " + std::to_string(last_.status);
  } else if (!step.subset.empty()) {
    std::string text;
    if (!Substitute(step.subset, vars_, Into::kJson, &text, &problem)) return problem;
    json want = json::parse(text, nullptr, false);
    if (want.is_discarded()) return "the expectation is not JSON: " + text;
    std::string why;
    if (!Contains(last_.body, want, &why))
      problem = "the response does not contain " + text + "\n  " + why;
  }
  if (!problem.empty()) {
    return "sent:  " + last_request_ + "\n  " + problem + "\n  response " +
           std::to_string(last_.status) + ": " + Shorten(last_.text);
  }
  if (!step.store.empty()) vars_[step.store] = last_.body;
  return "";
}

std::string Scenario::Do(const Audit& step) {
  std::string query = "/api/v1/audit?size=1&entity=" + QueryValue(step.entity) +
                      "&action=" + QueryValue(step.action);
  if (!step.by.empty()) query += "&user_login=" + QueryValue(step.by);
  std::string error;
  std::string id;
  if (!Substitute(step.on, vars_, Into::kText, &id, &error)) return error;
  if (!id.empty()) query += "&entity_id=" + QueryValue(id);
  Resp r;
  if (std::string problem = ReadAudit(query, &r); !problem.empty()) return problem;
  const json newest = r.body["items"].empty() ? json() : r.body["items"][0];
  if (step.count && r.body["total"] != *step.count) {
    return "expected " + std::to_string(*step.count) + " audit rows, found " +
           r.body["total"].dump() + "\n  newest: " + Shorten(newest.dump());
  }
  if (step.latest.empty()) return "";
  std::string text;
  if (!Substitute(step.latest, vars_, Into::kJson, &text, &error)) return error;
  json want = json::parse(text, nullptr, false);
  if (want.is_discarded()) return "the expectation is not JSON: " + text;
  std::string why;
  if (!Contains(newest, want, &why)) {
    return "the newest audit row does not contain " + text + "\n  " + why +
           "\n  newest: " + Shorten(newest.dump());
  }
  return "";
}

// Reads as admin through a session of the runner's own, apart from the story's callers: signs
// in on first use and again when that session has expired (each sign-in is an audit row).
std::string Scenario::ReadAudit(const std::string& query, Resp* out) {
  if (!auditor_.token.empty()) *out = Call("GET", query, &auditor_);
  if (auditor_.token.empty() || out->status == 401) {
    if (std::string problem = LogIn("admin", "demo1234", &auditor_); !problem.empty()) {
      return problem;
    }
    *out = Call("GET", query, &auditor_);
  }
  if (out->status == 200) return "";
  return "GET " + query + " as admin: status " + std::to_string(out->status) + "\n  " +
         Shorten(out->text);
}

// Runs after every step. Module invariants join here as the modules land (STYLE §5: each
// module's CheckInvariants(tx) — stock = sum of moves, customer balance = invoices − allocated
// payments); all in the same read transaction: the audit log only grows, doc's numbers are
// gap-free and no approval was decided by its maker, crm's documents agree with their steps,
// every product has its product line, every quotation's totals are its lines' sums and its
// number the one doc issued to it.
std::string Scenario::CheckInvariants() {
  std::string problem;
  auto done = db_->Read([&](db::Tx& tx) -> Result<void> {
    SD_TRY_ASSIGN(problem, CheckAuditAppendOnly(tx));
    if (!problem.empty()) return Ok();
    for (auto check : {&doc::CheckInvariants, &crm::CheckInvariants, &catalog::CheckInvariants,
                       &sales::CheckInvariants}) {
      if (auto r = check(tx); !r) {
        problem = r.error().detail.empty() ? Describe(r.error()) : r.error().detail;
        return Ok();
      }
    }
    return Ok();
  });
  if (!done) return "invariants: " + Describe(done.error());
  return problem.empty() ? "" : "invariant broken: " + problem;
}

// The audit log only grows: the total never falls and no row seen before has gone.
Result<std::string> Scenario::CheckAuditAppendOnly(db::Tx& tx) {
  SD_TRY_ASSIGN(db::Rows now, tx.Query("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM audit_log"));
  SD_TRY_ASSIGN(db::Rows kept,
                tx.Query("SELECT COUNT(*) FROM audit_log WHERE id <= $1", {audit_max_id_}));
  const int64_t rows = now[0].Int(0);
  if (rows < audit_rows_ || kept[0].Int(0) != audit_rows_) {
    return "the audit log lost rows: " + std::to_string(audit_rows_) + " before, " +
           std::to_string(kept[0].Int(0)) + " of them left, " + std::to_string(rows) + " now";
  }
  audit_rows_ = rows;
  audit_max_id_ = now[0].Int(1);
  return std::string();
}

TEST_P(Scenario, Runs) { RunStory(); }

std::string CaseName(const ::testing::TestParamInfo<db::Backend>& param) {
  return Cases()[param.index].name;
}

INSTANTIATE_TEST_SUITE_P(Stories, Scenario, ::testing::ValuesIn(CaseBackends()), CaseName);

TEST(ScenarioFiles, AreFound) {
  EXPECT_FALSE(Cases().empty()) << "no NN_<story>.md files in " << SD_SCENARIO_DIR;
}

}  // namespace
}  // namespace sd::testing::scenario
