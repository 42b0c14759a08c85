#include "db/db_metrics.h"

namespace sd::db {
namespace {

constexpr char kQueryName[] = "sd_db_query_seconds";
constexpr char kQueryHelp[] = "Time of one database Read or Write, commit included.";

QueryTimers Make(const char* backend) {
  auto& r = metrics::Registry::Default();
  return {&r.GetHistogram(kQueryName, kQueryHelp, metrics::kLatencyBuckets,
                          {{"backend", backend}, {"kind", "read"}}),
          &r.GetHistogram(kQueryName, kQueryHelp, metrics::kLatencyBuckets,
                          {{"backend", backend}, {"kind", "write"}})};
}

}  // namespace

QueryTimers QueryTimersFor(Backend backend) {
  if (backend == Backend::kSqlite) {
    static const QueryTimers sqlite = Make("sqlite");
    return sqlite;
  }
  static const QueryTimers postgres = Make("postgres");
  return postgres;
}

metrics::Histogram& CommitBatchSizes() {
  static metrics::Histogram& h = metrics::Registry::Default().GetHistogram(
      "sd_db_commit_batch_size", "Write requests committed together by the SQLite writer.",
      metrics::kSizeBuckets);
  return h;
}

}  // namespace sd::db
