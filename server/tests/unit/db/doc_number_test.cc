// Document numbers on a real database, SQLite and PostgreSQL: many threads take numbers in
// their own transactions, some of which roll back; the issued numbers have no gap and no
// duplicate, and doc::CheckInvariants agrees.

#include <algorithm>
#include <atomic>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "base/embedded.h"
#include "db/migrate.h"
#include "db_test_support.h"
#include "doc/invariants.h"
#include "doc/number.h"

namespace sd::doc {
namespace {

using db::testing::Describe;

constexpr NumberSeries kQuotations{"quotation", "BJ"};
constexpr NumberSeries kOrders{"order", "DD"};
// 2026-03-02 12:00 UTC, and the last minute of 2026 in the company's zone.
constexpr int64_t kMarch2026Us = 1'772'452'800'000'000;
constexpr int64_t kNewYearsEve2026Us = 1'798'732'740'000'000;  // 2026-12-31 15:59 UTC

class DocNumberTest : public db::testing::DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto migrations = db::MigrationsFrom(SchemaFiles());
    ASSERT_TRUE(migrations.has_value()) << Describe(migrations.error());
    auto applied = db::Migrate(*db_, *migrations);
    ASSERT_TRUE(applied.has_value()) << Describe(applied.error());
  }

  Result<IssuedNumber> Take(const NumberSeries& s, int64_t doc_id, int64_t at_us) {
    IssuedNumber n;
    SD_TRY(db_->Write([&](db::Tx& tx) -> Result<void> {
      SD_TRY_ASSIGN(n, TakeNumber(tx, s, doc_id, at_us));
      return {};
    }));
    return n;
  }

  void ExpectInvariants() {
    auto ok = db_->Read([](db::Tx& tx) { return CheckInvariants(tx); });
    EXPECT_TRUE(ok.has_value()) << Describe(ok.error()) << " " << ok.error().detail;
  }
};

TEST(DocNumber, FormatsPrefixYearAndSixDigits) {
  EXPECT_EQ(FormatNumber("BJ", 2026, 123), "BJ-2026-000123");
  EXPECT_EQ(FormatNumber("HT", 2027, 999'999), "HT-2027-999999");
  EXPECT_TRUE(ValidPrefix("FP"));
  EXPECT_FALSE(ValidPrefix("bj"));
  EXPECT_FALSE(ValidPrefix("ABCDE"));
  EXPECT_FALSE(ValidPrefix(""));
  // The year is the company's (UTC+8): 2026-12-31 15:59 UTC is still 2026 there, 16:00 is 2027.
  EXPECT_EQ(CompanyYear(kNewYearsEve2026Us), 2026);
  EXPECT_EQ(CompanyYear(kNewYearsEve2026Us + 60'000'000), 2027);
}

TEST_P(DocNumberTest, CountsPerTypeAndYearAndRollbacksBurnNone) {
  auto a = Take(kQuotations, 1, kMarch2026Us);
  ASSERT_TRUE(a.has_value()) << Describe(a.error());
  EXPECT_EQ(a->number, "BJ-2026-000001");
  // A transaction that takes a number and then fails leaves the counter where it was.
  auto failed = db_->Write([&](db::Tx& tx) -> Result<void> {
    SD_TRY(TakeNumber(tx, kQuotations, 2, kMarch2026Us));
    return Fail(Code::kFailedPrecondition, "test.refused");
  });
  ASSERT_FALSE(failed.has_value());
  EXPECT_EQ(Take(kQuotations, 3, kMarch2026Us)->number, "BJ-2026-000002");
  EXPECT_EQ(Take(kOrders, 1, kMarch2026Us)->number, "DD-2026-000001");
  EXPECT_EQ(Take(kQuotations, 4, kNewYearsEve2026Us + 60'000'000)->number, "BJ-2027-000001");
  // One number per document.
  auto again = Take(kQuotations, 3, kMarch2026Us);
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code, Code::kAlreadyExists);
  EXPECT_EQ(Take(kQuotations, 5, kMarch2026Us)->number, "BJ-2026-000003");
  ExpectInvariants();
}

TEST_P(DocNumberTest, ConcurrentTakersLeaveNoGapAndNoDuplicate) {
  constexpr int kThreads = 8;
  constexpr int kEach = 40;
  std::atomic<int64_t> next_doc{1};
  std::mutex mu;
  std::vector<int64_t> committed;
  std::vector<std::string> errors;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        const int64_t doc = next_doc++;
        const bool roll_back = (t + i) % 3 == 0;
        IssuedNumber n;
        auto r = db_->Write([&](db::Tx& tx) -> Result<void> {
          SD_TRY_ASSIGN(n, TakeNumber(tx, kQuotations, doc, kMarch2026Us));
          if (roll_back) return Fail(Code::kFailedPrecondition, "test.refused");
          return {};
        });
        std::lock_guard<std::mutex> lock(mu);
        if (r.has_value()) {
          committed.push_back(n.seq);
        } else if (r.error().key != "test.refused") {
          errors.push_back(Describe(r.error()));
        }
      }
    });
  }
  for (std::thread& th : threads) th.join();
  ASSERT_TRUE(errors.empty()) << errors.front();
  std::sort(committed.begin(), committed.end());
  ASSERT_FALSE(committed.empty());
  for (size_t i = 0; i < committed.size(); ++i) {
    ASSERT_EQ(committed[i], static_cast<int64_t>(i + 1)) << "gap or duplicate at " << i;
  }
  EXPECT_EQ(Take(kQuotations, next_doc++, kMarch2026Us)->seq,
            static_cast<int64_t>(committed.size() + 1));
  ExpectInvariants();
}

SD_INSTANTIATE_BACKENDS(DocNumberTest);

}  // namespace
}  // namespace sd::doc
