// The quotation benchmark's data (issue 11), added to a database that holds the demo company
// and its generated customers (`salesdesk demo --customers N`):
//   * P products (10,000) in the demo's product lines, with floors, and R price rules
//     (200,000): general lists per customer kind × (base, 旺季, 淡季) pricing every product,
//     lists per kind × price level A–C × province × season pricing some products in two
//     quantity tiers, and customer agreed prices (a quarter of R) — as bench/catalog does;
//   * Q quotations (1,000,000) over the last four years, 1–8 lines each, owned by the six demo
//     reps in unequal shares (25/20/18/15/12/10 %) for customers they own, made by the rep; the
//     state follows the age: within validity draft, submitted (with its pending below-floor
//     step), approved, sent, accepted or rejected; older ones accepted, rejected, expired,
//     cancelled or an abandoned draft. Numbers BJ-YYYY-NNNNNN are issued in date order per
//     year through doc's counters (doc_numbers and doc_number_counters agree, so later submits
//     continue the series); 3 % are export quotations in USD (FOB Shanghai, zero-rated).
// Quotations go through sales::store::InsertQuotations (db::InsertMany) in transactions of
// 10,000; the catalog rows are a benchmark fixture in plain SQL (bench/catalog's way).
// Deterministic (a fixed LCG).
//   quotation_gen --db URL [--products P] [--rules R] [--quotations Q] [--today YYYY-MM-DD]
#include <algorithm>
#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "base/clock.h"
#include "base/embedded.h"
#include "base/text.h"
#include "db/database.h"
#include "db/migrate.h"
#include "doc/approval_store.h"
#include "doc/number.h"
#include "doc/number_store.h"
#include "sales/fx_rate.h"
#include "sales/quotation.h"
#include "sales/quotation_store.h"

namespace {

using sd::Result;
using sd::db::Value;
namespace chr = std::chrono;

struct Lcg {
  uint64_t s = 0x9E3779B97F4A7C15ULL;
  uint64_t Next(uint64_t n) {
    s = s * 6364136223846793005ULL + 1442695040888963407ULL;
    return (s >> 33) % n;
  }
  int64_t Range(int64_t lo, int64_t hi) {  // [lo, hi]
    return lo + static_cast<int64_t>(Next(static_cast<uint64_t>(hi - lo + 1)));
  }
};

struct Sizes {
  int64_t products = 10'000, rules = 200'000, quotations = 1'000'000;
};

constexpr const char* kKinds[] = {"end_user", "dealer", "agent"};
constexpr const char* kLevels[] = {"A", "B", "C"};

int64_t MaxId(sd::db::Tx& tx, const char* table) {
  auto rows = tx.Query(std::string("SELECT COALESCE(MAX(id), 0) FROM ") + table);
  return rows ? (*rows)[0].Int(0) : 0;
}

std::vector<int64_t> Ids(sd::db::Tx& tx, const std::string& sql) {
  std::vector<int64_t> out;
  if (auto rows = tx.Query(sql)) {
    for (const sd::db::Row& r : *rows) out.push_back(r.Int(0));
  }
  return out;
}

struct Product {
  int64_t id;
  std::string code, name, spec;
  int64_t list_e4;
};

// Products, floors and price rules; returns the products.
Result<std::vector<Product>> FillCatalog(sd::db::Database& db, const Sizes& z, int64_t now_us) {
  std::vector<Product> products;
  SD_TRY(db.Write([&](sd::db::Tx& tx) -> Result<void> {
    if (tx.backend() == sd::db::Backend::kSqlite) {
      // The writer's page cache (for this run): the indexes of a million quotations and 4.5
      // million lines take random inserts; 2 MB made the load wait on reads (5 min, not 1).
      SD_TRY(tx.Exec("PRAGMA cache_size = -1000000"));
    }
    Lcg r{7};
    const std::vector<int64_t> lines = Ids(tx, "SELECT id FROM org_product_lines ORDER BY id");
    const std::vector<int64_t> provinces =
        Ids(tx, "SELECT id FROM org_regions WHERE level = 'province' ORDER BY id");
    const std::vector<int64_t> seasons = Ids(tx, "SELECT id FROM catalog_seasons ORDER BY id");
    const std::vector<int64_t> customers =
        Ids(tx, "SELECT id FROM crm_customers WHERE owner_staff_id IS NOT NULL ORDER BY id");
    if (lines.empty() || provinces.empty() || customers.empty()) {
      return sd::Fail(sd::Code::kFailedPrecondition, "demo.not_loaded");
    }
    static constexpr const char* kNames[] = {"SBS改性沥青", "道路沥青", "橡胶粉",
                                             "助溶剂",      "乳化沥青", "高粘改性沥青"};
    static constexpr const char* kSpecs[] = {"I-D", "I-C", "70#", "90#", "40目", "A级"};
    int64_t id = MaxId(tx, "catalog_products");
    std::vector<Value> rows;
    for (int64_t i = 1; i <= z.products; ++i) {
      const size_t k = static_cast<size_t>(r.Next(6));
      char code[32];
      std::snprintf(code, sizeof code, "G%05" PRId64, i);
      products.push_back({++id, code, std::string(kNames[k]) + " G" + std::to_string(i), kSpecs[k],
                          50'000'000 + r.Range(0, 6'000'000)});
      rows.insert(rows.end(),
                  {id, products.back().code, products.back().name, products.back().spec,
                   "g" + std::string(code + 1) + " " + products.back().name + " " + kSpecs[k],
                   lines[static_cast<size_t>(i) % lines.size()], "吨", 1300,
                   300'000 + r.Range(0, 200'000), "made", now_us, now_us});
    }
    SD_TRY(sd::db::InsertMany(
        tx,
        "INSERT INTO catalog_products (id, code, name, spec, "
        "search_text, product_line_id, base_unit, tax_rate_e4, standard_cost_fen, "
        "source, created_at_us, updated_at_us) VALUES",
        12, rows));
    rows.clear();
    for (const Product& p : products) {
      rows.insert(rows.end(), {p.id, "", 45'000'000, "2020-01-01", now_us, now_us});
      rows.insert(rows.end(), {p.id, "dealer", 44'000'000, "2020-01-01", now_us, now_us});
    }
    SD_TRY(sd::db::InsertMany(tx,
                              "INSERT INTO catalog_price_floors (product_id, customer_kind, "
                              "floor_e4, valid_from, created_at_us, updated_at_us) VALUES",
                              6, rows));
    // Lists: kind × (base, each season) general; kind × level × province × (base, seasons).
    int64_t list = MaxId(tx, "catalog_price_lists");
    std::vector<Value> list_rows, price_rows;
    auto add_list = [&](const char* kind, const char* level, std::optional<int64_t> region,
                        std::optional<int64_t> season) {
      list_rows.insert(list_rows.end(), {++list, "基准价", kind, level, region, season,
                                         "2020-01-01", "active", now_us, now_us});
      return list;
    };
    std::vector<std::optional<int64_t>> season_opts{std::nullopt};
    for (int64_t s : seasons) season_opts.emplace_back(s);
    int64_t general_rules = 0;
    for (const char* kind : kKinds) {
      for (const auto& season : season_opts) {
        const int64_t l = add_list(kind, "", std::nullopt, season);
        for (const Product& p : products) {
          price_rows.insert(price_rows.end(),
                            {l, p.id, 0, p.list_e4 + static_cast<int64_t>(r.Next(3)) * 500'000});
          ++general_rules;
        }
      }
    }
    const int64_t first_specific = list + 1;
    for (const char* kind : kKinds) {
      for (const char* level : kLevels) {
        for (int64_t province : provinces) {
          for (const auto& season : season_opts) add_list(kind, level, province, season);
        }
      }
    }
    const int64_t specific = list - first_specific + 1;
    const int64_t agreed = z.rules / 4;
    const int64_t pairs = std::max<int64_t>(0, (z.rules - general_rules - agreed) / 2);
    for (int64_t i = 0; i < pairs; ++i) {
      const int64_t l = first_specific + i % specific;
      const Product& p = products[static_cast<size_t>((i / specific * 7919 + l * 104'729) %
                                                      static_cast<int64_t>(products.size()))];
      const int64_t price = 48'000'000 + r.Range(0, 8'000'000);
      price_rows.insert(price_rows.end(), {l, p.id, 0, price});
      price_rows.insert(price_rows.end(), {l, p.id, 1'000'000, price - 600'000});
    }
    SD_TRY(sd::db::InsertMany(tx,
                              "INSERT INTO catalog_price_lists (id, name, customer_kind, "
                              "price_level, region_id, season_id, valid_from, status, "
                              "created_at_us, updated_at_us) VALUES",
                              10, list_rows));
    SD_TRY(sd::db::InsertMany(tx,
                              "INSERT INTO catalog_price_lines (list_id, product_id, min_qty_e4, "
                              "unit_price_e4) VALUES",
                              4, price_rows));
    rows.clear();
    const auto nc = static_cast<int64_t>(customers.size());
    for (int64_t i = 0; i < agreed; ++i) {
      // Distinct (customer, product) pairs while i < customers × products / 13.
      const int64_t c = customers[static_cast<size_t>(i % nc)];
      const Product& p = products[static_cast<size_t>((i % nc * 13 + i / nc * 7) % z.products)];
      rows.insert(rows.end(),
                  {c, p.id, p.list_e4 - 1'000'000, "2020-01-01", "2030-12-31", now_us, now_us});
    }
    SD_TRY(sd::db::InsertMany(tx,
                              "INSERT INTO catalog_customer_prices (customer_id, product_id, "
                              "unit_price_e4, valid_from, valid_to, created_at_us, "
                              "updated_at_us) VALUES",
                              7, rows));
    std::printf("catalog: %" PRId64 " products, %" PRId64 " price rules (%" PRId64
                " general, %" PRId64 " tiered, %" PRId64 " customer prices), 2 floors each\n",
                z.products, general_rules + pairs * 2 + agreed, general_rules, pairs * 2, agreed);
    return sd::Ok();
  }));
  return products;
}

struct Rep {
  int64_t staff_id, user_id, superior_staff_id, weight;
  std::vector<int64_t> customers;
};

std::string Day(chr::sys_days d) {
  const chr::year_month_day ymd{d};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

int64_t Micros(chr::sys_days d, int64_t seconds) {
  return chr::duration_cast<chr::microseconds>(d.time_since_epoch()).count() + seconds * 1'000'000;
}

using State = sd::sales::QuotationState;

// The state of a quotation quoted `age` days ago with 30 days' validity, from a roll of 0..99.
State StateFor(int64_t age, int64_t roll, bool* numbered) {
  State s;
  if (age <= 30) {  // still valid
    s = roll < 20   ? State::kDraft
        : roll < 30 ? State::kSubmitted
        : roll < 45 ? State::kApproved
        : roll < 80 ? State::kSent
        : roll < 93 ? State::kAccepted
                    : State::kRejected;
  } else {
    s = roll < 40   ? State::kAccepted
        : roll < 58 ? State::kRejected
        : roll < 90 ? State::kExpired
        : roll < 95 ? State::kCancelled
                    : State::kDraft;  // abandoned
  }
  // A draft cancelled never took a number; one cancelled after approval did (roll parity).
  *numbered = s != State::kDraft && !(s == State::kCancelled && roll % 2 == 0);
  return s;
}

Result<void> FillQuotations(sd::db::Database& db, const Sizes& z,
                            const std::vector<Product>& products, const std::string& today_s) {
  std::vector<Rep> reps;
  SD_TRY(db.Read([&](sd::db::Tx& tx) -> Result<void> {
    SD_TRY_ASSIGN(
        sd::db::Rows rows,
        tx.Query("SELECT s.id, u.id, s.superior_staff_id FROM org_staff s JOIN auth_users u "
                 "ON u.staff_id = s.id WHERE s.code IN ('E004', 'E005', 'E006', "
                 "'E007', 'E008', 'E009') ORDER BY s.code"));
    const int64_t weights[] = {25, 20, 18, 15, 12, 10};
    for (size_t i = 0; i < rows.size() && i < 6; ++i) {
      reps.push_back(
          {rows[i].Int(0), rows[i].Int(1), rows[i].OptInt(2).value_or(0), weights[i], {}});
    }
    SD_TRY_ASSIGN(sd::db::Rows cs,
                  tx.Query("SELECT id, owner_staff_id FROM crm_customers WHERE owner_staff_id "
                           "IS NOT NULL ORDER BY id"));
    for (const sd::db::Row& c : cs) {
      for (Rep& rep : reps) {
        if (rep.staff_id == c.Int(1)) rep.customers.push_back(c.Int(0));
      }
    }
    return sd::Ok();
  }));
  if (reps.size() != 6) return sd::Fail(sd::Code::kFailedPrecondition, "demo.not_loaded");
  for (const Rep& rep : reps) {
    if (rep.customers.empty()) return sd::Fail(sd::Code::kFailedPrecondition, "demo.not_loaded");
  }
  const auto ymd = sd::ParseIsoDate(today_s);
  if (!ymd) return sd::Fail(sd::Code::kInvalidArgument, "today");
  const chr::sys_days today{*ymd};
  constexpr int64_t kDays = 4 * 365;
  const chr::sys_days first = today - chr::days{kDays - 1};
  Lcg r{11};
  std::map<int64_t, int64_t> seq_of_year;
  const sd::doc::NumberSeries series{sd::sales::kQuotationDocType, sd::sales::kQuotationPrefix};
  std::map<State, int64_t> by_state;
  int64_t lines_total = 0, steps = 0;
  constexpr int64_t kBatch = 10'000;
  for (int64_t from = 0; from < z.quotations; from += kBatch) {
    const int64_t to = std::min(z.quotations, from + kBatch);
    SD_TRY(db.Write([&](sd::db::Tx& tx) -> Result<void> {
      std::vector<sd::sales::Quotation> qs;
      qs.reserve(static_cast<size_t>(to - from));
      for (int64_t i = from; i < to; ++i) {
        // Dates rise with i, so numbers rise with dates within a year.
        const chr::sys_days on = first + chr::days{i * kDays / z.quotations};
        const int64_t age = (today - on).count();
        int64_t pick = static_cast<int64_t>(r.Next(100));
        size_t k = 0;
        while (pick >= reps[k].weight) pick -= reps[k++].weight;
        const Rep& rep = reps[k];
        sd::sales::Quotation q;
        q.f.customer_id = rep.customers[r.Next(rep.customers.size())];
        q.owner_staff_id = rep.staff_id;
        q.maker_user_id = rep.user_id;
        q.f.quoted_on = Day(on);
        q.f.validity_days = 30;
        q.valid_until = Day(on + chr::days{30});
        const bool usd = r.Next(100) < 3;
        q.f.currency = usd ? "USD" : "CNY";
        q.fx_rate_e6 = usd ? 7'120'000 : 1'000'000;
        if (usd) {
          q.f.incoterm = "FOB";
          q.f.incoterm_place = "Shanghai";
        }
        q.f.payment_terms = "款到发货";
        q.f.delivery_terms = "汽运到工地";
        const int64_t n_lines = r.Range(1, 8);
        for (int64_t n = 1; n <= n_lines; ++n) {
          const Product& p = products[r.Next(products.size())];
          sd::sales::QuotationLine l;
          l.line_no = n;
          l.in.product_id = p.id;
          l.in.unit = "吨";
          l.in.qty = sd::Decimal4::FromInt(r.Range(5, 600));
          const int64_t cny_e4 = p.list_e4 - r.Range(0, 40) * 100'000;
          l.in.unit_price = sd::Decimal4::FromRaw(usd ? cny_e4 * 1'000'000 / q.fx_rate_e6 : cny_e4);
          l.base_qty = l.in.qty;
          l.product_code = p.code;
          l.product_name = p.name;
          l.product_spec = p.spec;
          l.tax_rate_e4 = usd ? 0 : 1300;
          SD_TRY_ASSIGN(sd::sales::Totals t,
                        sd::sales::LineAmounts(l.in.qty, l.in.unit_price, l.tax_rate_e4));
          l.net = t.net;
          l.tax = t.tax;
          l.gross = t.gross;
          l.hints.list_price_e4 = usd ? p.list_e4 * 1'000'000 / q.fx_rate_e6 : p.list_e4;
          l.hints.price_source = "base_list";
          l.hints.floor_e4 = usd ? int64_t{45'000'000} * 1'000'000 / q.fx_rate_e6 : 45'000'000;
          q.lines.push_back(std::move(l));
        }
        SD_TRY_ASSIGN(q.totals, sd::sales::SumLines(q.lines));
        q.gross_cny = sd::sales::ToCny(q.totals.gross, q.fx_rate_e6);
        bool numbered = false;
        q.state = StateFor(age, static_cast<int64_t>(r.Next(100)), &numbered);
        if (numbered) {
          const int64_t year = static_cast<int>(chr::year_month_day{on}.year());
          auto [it, fresh] = seq_of_year.try_emplace(year, 0);
          if (fresh) {
            SD_TRY_ASSIGN(it->second, sd::doc::store::LastSeq(tx, series.doc_type, year));
          }
          q.number = sd::doc::FormatNumber(series.prefix, year, ++it->second);
        }
        const bool sent = q.state == State::kSent || q.state == State::kAccepted ||
                          q.state == State::kRejected || q.state == State::kExpired;
        if (sent) q.sent_on = Day(on + chr::days{std::min<int64_t>(age, r.Range(0, 3))});
        if (q.state == State::kRejected) q.decision_note = "价格偏高，客户选择了其他供应商";
        q.version = q.state == State::kDraft ? 1 : sent ? 4 : 2;
        q.created_at_us = Micros(on, r.Range(0, 36'000));  // 08:00–18:00 in Shanghai
        q.updated_at_us = q.created_at_us + (q.version - 1) * 3'600'000'000;
        ++by_state[q.state];
        lines_total += n_lines;
        qs.push_back(std::move(q));
      }
      SD_TRY_ASSIGN(std::vector<int64_t> ids, sd::sales::store::InsertQuotations(tx, qs));
      std::vector<sd::doc::store::IssuedRow> issued;
      std::map<int64_t, int64_t> last_of_year;
      for (size_t n = 0; n < qs.size(); ++n) {
        const sd::sales::Quotation& q = qs[n];
        if (q.number) {
          const int64_t year = std::stoll(q.number->substr(3, 4));
          const int64_t seq = std::stoll(q.number->substr(8));
          issued.push_back({{*q.number, year, seq}, ids[n], q.created_at_us});
          last_of_year[year] = seq;
        }
        if (q.state == State::kSubmitted) {  // waits for the rep's superior (below floor)
          sd::doc::ApprovalStep s;
          s.doc_type = std::string(sd::sales::kQuotationDocType);
          s.doc_id = ids[n];
          s.decider = sd::doc::Decider::Superior();
          s.decider.staff_id = reps[0].superior_staff_id;
          for (const Rep& rep : reps) {
            if (rep.staff_id == q.owner_staff_id) s.decider.staff_id = rep.superior_staff_id;
          }
          s.maker_user_id = q.maker_user_id;
          s.maker_staff_id = q.owner_staff_id;
          s.created_at_us = q.created_at_us;
          SD_TRY(sd::doc::store::InsertStep(tx, s));
          ++steps;
        }
      }
      SD_TRY(sd::doc::store::InsertIssuedMany(tx, series.doc_type, issued));
      for (const auto& [year, last] : last_of_year) {
        SD_TRY(sd::doc::store::RaiseCounter(tx, series.doc_type, year, last));
      }
      return sd::Ok();
    }));
  }
  std::printf("quotations: %" PRId64 " with %" PRId64 " lines over %s..%s, %" PRId64
              " pending approval steps; by state:",
              z.quotations, lines_total, Day(first).c_str(), today_s.c_str(), steps);
  for (const auto& [state, n] : by_state) {
    std::printf(" %s %" PRId64, std::string(sd::sales::QuotationStateName(state)).c_str(), n);
  }
  std::printf("\nnumbers per year:");
  for (const auto& [year, last] : seq_of_year) std::printf(" %" PRId64 " ..%06" PRId64, year, last);
  std::printf("\n");
  return sd::Ok();
}

int64_t Arg(int argc, char** argv, const char* name, int64_t fallback) {
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::string(argv[i]) == name) return std::strtoll(argv[i + 1], nullptr, 10);
  }
  return fallback;
}

}  // namespace

int main(int argc, char** argv) {
  std::string url;
  std::string today;
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::string(argv[i]) == "--db") url = argv[i + 1];
    if (std::string(argv[i]) == "--today") today = argv[i + 1];
  }
  if (url.empty()) return std::fprintf(stderr, "usage: quotation_gen --db URL [...]\n"), 2;
  Sizes z;
  z.products = Arg(argc, argv, "--products", z.products);
  z.rules = Arg(argc, argv, "--rules", z.rules);
  z.quotations = Arg(argc, argv, "--quotations", z.quotations);
  sd::SystemClock clock;
  const int64_t now_us = clock.NowMicros();
  if (today.empty()) today = sd::CompanyDay(now_us);
  auto db = sd::db::Database::Open(url);
  if (!db) return std::fprintf(stderr, "open %s: %s\n", url.c_str(), db.error().key.c_str()), 1;
  auto migrations = sd::db::MigrationsFrom(sd::SchemaFiles());
  if (!migrations || !sd::db::Migrate(**db, *migrations)) {
    return std::fprintf(stderr, "migrate failed\n"), 1;
  }
  auto fail = [](const char* what, const sd::Error& e) {
    std::fprintf(stderr, "%s: %s %s\n", what, e.key.c_str(), e.detail.c_str());
    return 1;
  };
  const auto t0 = chr::steady_clock::now();
  auto products = FillCatalog(**db, z, now_us);
  if (!products) return fail("catalog", products.error());
  const auto t1 = chr::steady_clock::now();
  if (auto ok = FillQuotations(**db, z, *products, today); !ok) {
    return fail("quotations", ok.error());
  }
  if ((*db)->backend() == sd::db::Backend::kPostgres) {
    // Statistics, as autovacuum would gather within a minute of the load (bench/catalog's
    // fixture measured without them).
    auto analyzed = (*db)->Write([](sd::db::Tx& tx) -> Result<void> {
      SD_TRY(tx.Exec("ANALYZE"));
      return sd::Ok();
    });
    if (!analyzed) return fail("analyze", analyzed.error());
  }
  const auto t2 = chr::steady_clock::now();
  auto ms = [](auto d) {
    return static_cast<int64_t>(chr::duration_cast<chr::milliseconds>(d).count());
  };
  std::printf("written in %" PRId64 " ms (catalog %" PRId64 " ms, quotations %" PRId64 " ms)\n",
              ms(t2 - t0), ms(t1 - t0), ms(t2 - t1));
  return 0;
}
