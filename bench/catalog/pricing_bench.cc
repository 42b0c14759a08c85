// The pricing function in process: a database with P products, C customers over a region tree
// (31 provinces × 10 cities × 5 counties) and R price rules — general lists per kind and season
// pricing every product, lists per kind × level × province × season with two quantity tiers,
// and customer prices (a quarter) — and floors;
// then Q PriceFor calls for random customers, products, quantities and days, each timed alone
// inside read transactions of 1,000 calls. Prints p50, p99 and max beside the target.
//   pricing_bench [--db URL] [--products P] [--customers C] [--rules R] [--queries Q]
// The data are written with plain SQL in batches (a benchmark fixture, not the application's
// path); deterministic (a fixed LCG).
#include <algorithm>
#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "base/embedded.h"
#include "catalog/pricing.h"
#include "db/database.h"
#include "db/migrate.h"

namespace {

using sd::Result;

struct Lcg {
  uint64_t s = 0x2545F4914F6CDD1DULL;
  uint64_t Next(uint64_t n) {
    s = s * 6364136223846793005ULL + 1442695040888963407ULL;
    return (s >> 33) % n;
  }
};

constexpr int64_t kProvinces = 31, kCities = 10, kCounties = 5;
constexpr const char* kKinds[] = {"end_user", "dealer", "agent"};
constexpr const char* kLevels[] = {"", "A", "B", "C"};

// Runs INSERT … VALUES in batches of rows (each row text "(…)").
class Batch {
 public:
  Batch(sd::db::Tx& tx, std::string head) : tx_(tx), head_(std::move(head)) {}
  Result<void> Add(const std::string& row) {
    sql_ += (n_ == 0 ? head_ + " VALUES " : ", ") + row;
    if (++n_ == 500) return Flush();
    return {};
  }
  Result<void> Flush() {
    if (n_ == 0) return {};
    SD_TRY(tx_.Exec(sql_));
    sql_.clear();
    n_ = 0;
    return {};
  }

 private:
  sd::db::Tx& tx_;
  std::string head_;
  std::string sql_;
  int n_ = 0;
};

std::string S(int64_t v) { return std::to_string(v); }

struct Sizes {
  int64_t products = 10'000, customers = 100'000, rules = 200'000, queries = 20'000;
};

// Customer price i is for this customer and product (distinct pairs for i < customers × 7).
int64_t AgreedCustomer(int64_t i, const Sizes& z) { return i % z.customers + 1; }
int64_t AgreedProduct(int64_t i, const Sizes& z) {
  return (i % z.customers * 13 + i / z.customers * 7) % z.products + 1;
}

// Regions 1..31 provinces, then cities, then counties; returns the first county id.
Result<int64_t> Regions(sd::db::Tx& tx) {
  Batch b(tx,
          "INSERT INTO org_regions (id, parent_id, code, name, level, created_at_us, "
          "updated_at_us)");
  int64_t id = 0;
  for (int64_t p = 0; p < kProvinces; ++p) {
    ++id;
    SD_TRY(b.Add("(" + S(id) + ", NULL, 'P" + S(id) + "', 'P', 'province', 0, 0)"));
  }
  for (int64_t p = 1; p <= kProvinces; ++p) {
    for (int64_t c = 0; c < kCities; ++c) {
      ++id;
      SD_TRY(b.Add("(" + S(id) + ", " + S(p) + ", 'C" + S(id) + "', 'C', 'city', 0, 0)"));
    }
  }
  const int64_t first_county = id + 1;
  for (int64_t c = kProvinces + 1; c <= kProvinces + kProvinces * kCities; ++c) {
    for (int64_t k = 0; k < kCounties; ++k) {
      ++id;
      SD_TRY(b.Add("(" + S(id) + ", " + S(c) + ", 'K" + S(id) + "', 'K', 'county', 0, 0)"));
    }
  }
  SD_TRY(b.Flush());
  return first_county;
}

Result<void> Fill(sd::db::Database& db, const Sizes& z) {
  return db.Write([&](sd::db::Tx& tx) -> Result<void> {
    Lcg r;
    SD_TRY(
        tx.Exec("INSERT INTO org_product_lines (id, code, name, created_at_us) VALUES (1, "
                "'B', 'bench', 0)"));
    SD_TRY_ASSIGN(int64_t first_county, Regions(tx));
    const int64_t counties = kProvinces * kCities * kCounties;
    Batch products(tx,
                   "INSERT INTO catalog_products (id, code, name, product_line_id, "
                   "base_unit, tax_rate_e4, standard_cost_fen, source, created_at_us, "
                   "updated_at_us)");
    for (int64_t p = 1; p <= z.products; ++p) {
      SD_TRY(products.Add("(" + S(p) + ", 'P" + S(p) + "', 'p', 1, 't', 1300, " +
                          S(300'000 + static_cast<int64_t>(r.Next(200'000))) + ", 'made', 0, 0)"));
    }
    SD_TRY(products.Flush());
    Batch customers(tx,
                    "INSERT INTO crm_customers (id, code, name, name_key, name_sort, kind, "
                    "price_level, region_id, created_at_us, updated_at_us)");
    for (int64_t c = 1; c <= z.customers; ++c) {
      SD_TRY(customers.Add("(" + S(c) + ", 'C" + S(c) + "', 'c', 'c" + S(c) + "', 'c', '" +
                           kKinds[r.Next(3)] + "', '" + kLevels[r.Next(4)] + "', " +
                           S(first_county + static_cast<int64_t>(r.Next(counties))) + ", 0, 0)"));
    }
    SD_TRY(customers.Flush());
    SD_TRY(
        tx.Exec("INSERT INTO catalog_seasons (id, name, recurring, starts, ends, "
                "created_at_us, updated_at_us) VALUES (1, 'peak', 1, '03-15', '10-31', 0, "
                "0), (2, 'low', 1, '11-01', '03-14', 0, 0)"));
    // General lists: each kind × (base, peak, low) prices every product. Specific lists:
    // kind × level A–C × province × season, each pricing some products in two tiers. Then
    // customer prices. Together z.rules rows.
    Batch lists(tx,
                "INSERT INTO catalog_price_lists (id, name, customer_kind, price_level, "
                "region_id, season_id, valid_from, status, created_at_us, updated_at_us)");
    Batch lines(tx,
                "INSERT INTO catalog_price_lines (list_id, product_id, min_qty_e4, "
                "unit_price_e4)");
    int64_t list_count = 0;
    auto add_list = [&](const char* kind, const char* level, int64_t region,
                        int64_t season) -> Result<void> {
      ++list_count;
      return lists.Add("(" + S(list_count) + ", 'L', '" + kind + "', '" + level + "', " +
                       (region ? S(region) : "NULL") + ", " + (season ? S(season) : "NULL") +
                       ", '2026-01-01', 'active', 0, 0)");
    };
    for (const char* kind : kKinds) {
      for (int64_t season = 0; season <= 2; ++season) {
        SD_TRY(add_list(kind, "", 0, season));
        SD_TRY(lists.Flush());  // before its lines
        for (int64_t p = 1; p <= z.products; ++p) {
          SD_TRY(lines.Add("(" + S(list_count) + ", " + S(p) + ", 0, " +
                           S(50'000'000 + static_cast<int64_t>(r.Next(6'000'000))) + ")"));
        }
      }
    }
    const int64_t general = list_count;
    for (const char* kind : kKinds) {
      for (int64_t level = 1; level <= 3; ++level) {
        for (int64_t region = 1; region <= kProvinces; ++region) {
          for (int64_t season = 0; season <= 2; ++season) {
            SD_TRY(add_list(kind, kLevels[level], region, season));
          }
        }
      }
    }
    SD_TRY(lists.Flush());
    const int64_t specific = list_count - general;
    const int64_t agreed_rows = z.rules / 4;
    const int64_t pairs = (z.rules - general * z.products - agreed_rows) / 2;
    for (int64_t i = 0; i < pairs; ++i) {
      // Each (list, product) once: walk the products list by list.
      const int64_t list = general + i % specific + 1;
      const int64_t product = (i / specific * 7919 + list * 104'729) % z.products + 1;
      const int64_t price = 48'000'000 + static_cast<int64_t>(r.Next(8'000'000));
      SD_TRY(lines.Add("(" + S(list) + ", " + S(product) + ", 0, " + S(price) + ")"));
      SD_TRY(
          lines.Add("(" + S(list) + ", " + S(product) + ", 1000000, " + S(price - 600'000) + ")"));
    }
    SD_TRY(lines.Flush());
    Batch agreed(tx,
                 "INSERT INTO catalog_customer_prices (customer_id, product_id, "
                 "unit_price_e4, valid_from, valid_to, created_at_us, updated_at_us)");
    for (int64_t i = 0; i < agreed_rows; ++i) {
      SD_TRY(agreed.Add("(" + S(AgreedCustomer(i, z)) + ", " + S(AgreedProduct(i, z)) +
                        ", 50000000, '2026-01-01', '2026-12-31', 0, 0)"));
    }
    SD_TRY(agreed.Flush());
    Batch floors(tx,
                 "INSERT INTO catalog_price_floors (product_id, customer_kind, floor_e4, "
                 "valid_from, created_at_us, updated_at_us)");
    for (int64_t p = 1; p <= z.products; ++p) {
      SD_TRY(floors.Add("(" + S(p) + ", '', 45000000, '2026-01-01', 0, 0)"));
      SD_TRY(floors.Add("(" + S(p) + ", 'dealer', 44000000, '2026-01-01', 0, 0)"));
    }
    return floors.Flush();
  });
}

int64_t Arg(int argc, char** argv, const char* name, int64_t fallback) {
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::string(argv[i]) == name) return std::strtoll(argv[i + 1], nullptr, 10);
  }
  return fallback;
}

}  // namespace

int main(int argc, char** argv) {
  std::string url = "sqlite:/tmp/salesdesk-pricing-bench.db";
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::string(argv[i]) == "--db") url = argv[i + 1];
  }
  Sizes z;
  z.products = Arg(argc, argv, "--products", z.products);
  z.customers = Arg(argc, argv, "--customers", z.customers);
  z.rules = Arg(argc, argv, "--rules", z.rules);
  z.queries = Arg(argc, argv, "--queries", z.queries);
  auto db = sd::db::Database::Open(url);
  if (!db) return std::fprintf(stderr, "open %s: %s\n", url.c_str(), db.error().key.c_str()), 1;
  auto migrations = sd::db::MigrationsFrom(sd::SchemaFiles());
  if (!migrations || !sd::db::Migrate(**db, *migrations)) {
    return std::fprintf(stderr, "migrate failed\n"), 1;
  }
  const auto t0 = std::chrono::steady_clock::now();
  if (auto ok = Fill(**db, z); !ok) {
    return std::fprintf(stderr, "fill: %s %s\n", ok.error().key.c_str(), ok.error().detail.c_str()),
           1;
  }
  const auto t1 = std::chrono::steady_clock::now();
  std::printf(
      "data: %" PRId64 " products, %" PRId64 " customers, %" PRId64
      " price rules, 2 floors per product (%" PRId64 " ms to write)\n",
      z.products, z.customers, z.rules,
      static_cast<int64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(t1 - t0).count()));
  Lcg r{42};
  std::vector<int64_t> ns;
  ns.reserve(static_cast<size_t>(z.queries));
  int64_t by_source[4] = {0, 0, 0, 0};
  const char* days[] = {"2026-01-20", "2026-04-10", "2026-07-01", "2026-11-15"};
  for (int64_t done = 0; done < z.queries;) {
    auto ok = (*db)->Read([&](sd::db::Tx& tx) -> Result<void> {
      for (int i = 0; i < 1000 && done < z.queries; ++i, ++done) {
        // One call in four for a customer and product with an agreed price.
        sd::catalog::PriceQuery q;
        if (r.Next(4) == 0) {
          const auto k = static_cast<int64_t>(r.Next(static_cast<uint64_t>(z.rules / 4)));
          q.customer_id = AgreedCustomer(k, z);
          q.product_id = AgreedProduct(k, z);
        } else {
          q.customer_id = static_cast<int64_t>(r.Next(static_cast<uint64_t>(z.customers))) + 1;
          q.product_id = static_cast<int64_t>(r.Next(static_cast<uint64_t>(z.products))) + 1;
        }
        q.qty_e4 = static_cast<int64_t>(r.Next(2'000'000));
        q.date = days[r.Next(4)];
        const auto a = std::chrono::steady_clock::now();
        SD_TRY_ASSIGN(sd::catalog::PriceAnswer answer, sd::catalog::PriceFor(tx, q));
        const auto b = std::chrono::steady_clock::now();
        ns.push_back(std::chrono::duration_cast<std::chrono::nanoseconds>(b - a).count());
        ++by_source[static_cast<int>(answer.source)];
      }
      return {};
    });
    if (!ok) return std::fprintf(stderr, "query: %s\n", ok.error().key.c_str()), 1;
  }
  std::sort(ns.begin(), ns.end());
  auto at = [&](int64_t permille) {
    return ns[static_cast<size_t>(static_cast<int64_t>(ns.size() - 1) * permille / 1000)];
  };
  std::printf("answers: %" PRId64 " customer price, %" PRId64 " season list, %" PRId64
              " base list, %" PRId64 " none\n",
              by_source[0], by_source[1], by_source[2], by_source[3]);
  std::printf("PriceFor (%s, %" PRId64 " calls)  p50 %" PRId64 " us  p99 %" PRId64
              " us  max %" PRId64 " us   target p99 < 200 us  %s\n",
              url.substr(0, url.find(':')).c_str(), z.queries, at(500) / 1000, at(990) / 1000,
              ns.back() / 1000, at(990) < 200'000 ? "ok" : "MISSED");
  return 0;
}
