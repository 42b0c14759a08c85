// Customer search by one or two Chinese characters on SQLite and PostgreSQL. SQLite answers
// these from the grams index (crm_customer_grams, 40_021: counted in the index, the page by a
// walk of the name order or by sorting the matches, whichever reads fewer rows); PostgreSQL
// with a LIKE. Both must give exactly the customers whose text holds the characters, in the
// caller's scope, in pinyin order, on every page, and follow owner, support and name changes.
// Also: the migration's SQL computes the same grams as crm::SearchGrams for older rows.
#include <algorithm>
#include <vector>

#include "crm/search_grams.h"
#include "crm_fixture.h"
#include "db/migrate.h"

namespace sd::testing {
namespace {

using nlohmann::json;

class CustomerSearchApi : public CrmApiTest {
 protected:
  // The names of the whole result of q, read in pages of `size`; *total from each page must
  // agree.
  std::vector<std::string> Paged(const std::string& q, const Caller& who, int size,
                                 const std::string& extra = "") {
    std::vector<std::string> names;
    int64_t total = -1;
    for (int page = 1; page <= 50; ++page) {
      Resp r = Get("/api/v1/customers?size=" + std::to_string(size) +
                       "&page=" + std::to_string(page) + "&q=" + Enc(q) + extra,
                   who);
      EXPECT_EQ(r.status, 200) << r.text;
      if (total >= 0) {
        EXPECT_EQ(r.body["total"], total) << "page " << page;
      }
      total = r.body["total"];
      for (const json& c : r.body["items"]) names.push_back(c["name"]);
      if (r.body["items"].size() < static_cast<size_t>(size)) break;
    }
    EXPECT_EQ(static_cast<int64_t>(names.size()), total);
    return names;
  }

  // The names of one request of up to 200 rows.
  std::vector<std::string> All(const std::string& q, const Caller& who,
                               const std::string& extra = "") {
    Resp r = Get("/api/v1/customers?size=200&q=" + Enc(q) + extra, who);
    EXPECT_EQ(r.status, 200) << r.text;
    std::vector<std::string> names;
    for (const json& c : r.body["items"]) names.push_back(c["name"]);
    EXPECT_EQ(r.body["total"], static_cast<int64_t>(names.size()));
    return names;
  }

  static std::vector<std::string> Sorted(std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
  }
};

// Distinct first syllables, so that the names are neither equal nor one inside another.
constexpr const char* kPlaces[] = {"安", "北", "长", "东", "鄂", "福", "广", "海",
                                   "江", "丽", "南", "平", "青", "瑞", "沙", "泰"};

TEST_P(CustomerSearchApi, OneOrTwoCharactersFindTheScopeInPinyinOrderOnEveryPage) {
  Caller chen = LoginApi("rep.chen");
  Caller wu = LoginApi("rep.wu");
  Caller zhang = LoginApi("rep.zhang");
  std::vector<std::string> of_chen, of_wu, of_zhang;
  for (int i = 0; i < 14; ++i) {
    const std::string name = std::string("鼋") + kPlaces[i] + "沥青厂";
    MakeCustomer(chen, {{"name", name}, {"class", i % 3 == 0 ? "key" : "regular"}});
    of_chen.push_back(name);
  }
  // Found through a contact's name only.
  MakeCustomer(chen, {{"name", "测联系人材料厂"}, {"contacts", {{{"name", "鼋工"}}}}});
  of_chen.push_back("测联系人材料厂");
  for (int i = 0; i < 3; ++i) {
    const std::string name = std::string("鼋") + kPlaces[i] + "道路公司";
    MakeCustomer(wu, {{"name", name}});
    of_wu.push_back(name);
  }
  // zhang's second one is supported by 吴婷 (E007), who sees it through support alone.
  const int64_t wu_id = StaffId("E007");
  for (int i = 0; i < 2; ++i) {
    const std::string name = std::string("鼋") + kPlaces[i] + "建材行";
    json body = {{"name", name}};
    if (i == 1) body["support_staff_id"] = wu_id;
    MakeCustomer(zhang, body);
    of_zhang.push_back(name);
  }

  // Each scope: exactly its customers; pages of 2 (the walk for the first pages, sorting for
  // the later ones on SQLite) give the single request's order.
  const std::vector<std::string> chen_all = All("鼋", chen);
  EXPECT_EQ(Sorted(chen_all), Sorted(of_chen));
  EXPECT_EQ(Paged("鼋", chen, 2), chen_all);
  EXPECT_EQ(Paged("鼋", chen, 7), chen_all);
  Caller zhou = LoginApi("deputy.zhou");
  std::vector<std::string> zhou_expected = of_chen;
  zhou_expected.insert(zhou_expected.end(), of_wu.begin(), of_wu.end());
  const std::vector<std::string> zhou_all = All("鼋", zhou);
  EXPECT_EQ(Sorted(zhou_all), Sorted(zhou_expected));
  EXPECT_EQ(Paged("鼋", zhou, 2), zhou_all);
  EXPECT_EQ(Sorted(All("鼋", zhang)), Sorted(of_zhang));
  std::vector<std::string> everyone = zhou_expected;
  everyone.insert(everyone.end(), of_zhang.begin(), of_zhang.end());
  EXPECT_EQ(Sorted(Paged("鼋", admin_, 3)), Sorted(everyone));
  // 吴婷: her own and the one she supports.
  std::vector<std::string> wu_expected = of_wu;
  wu_expected.push_back(of_zhang[1]);
  const std::vector<std::string> wu_all = All("鼋", wu);
  EXPECT_EQ(Sorted(wu_all), Sorted(wu_expected));
  EXPECT_EQ(Paged("鼋", wu, 1), wu_all);

  // Two characters, one character of a contact, nothing.
  EXPECT_EQ(All("鼋安", chen), std::vector<std::string>{"鼋安沥青厂"});
  EXPECT_EQ(Sorted(All("鼋安", zhou)), Sorted({"鼋安沥青厂", "鼋安道路公司"}));
  EXPECT_EQ(All("鼋工", chen), std::vector<std::string>{"测联系人材料厂"});
  EXPECT_TRUE(All("鼍", chen).empty());
  EXPECT_TRUE(Paged("鼍", chen, 2).empty());

  // With a filter or another order: the same rows, filtered.
  std::vector<std::string> keys;
  for (int i = 0; i < 14; i += 3) keys.push_back(of_chen[static_cast<size_t>(i)]);
  EXPECT_EQ(Sorted(All("鼋", chen, "&class=key")), Sorted(keys));
  EXPECT_EQ(Sorted(All("鼋", chen, "&sort=-updated_at")), Sorted(of_chen));
  EXPECT_EQ(Sorted(Paged("鼋", chen, 4, "&sort=-updated_at")), Sorted(of_chen));
}

TEST_P(CustomerSearchApi, FollowsTransfersReleasesAndRenames) {
  Caller chen = LoginApi("rep.chen");
  Caller wu = LoginApi("rep.wu");
  Caller zhou = LoginApi("deputy.zhou");
  json moved = MakeCustomer(chen, {{"name", "鼋北沥青厂"}});
  json released = MakeCustomer(chen, {{"name", "鼋南沥青厂"}});
  json renamed = MakeCustomer(chen, {{"name", "鼋东沥青厂"}});
  EXPECT_EQ(All("鼋", chen).size(), 3u);

  Resp transfer = Post(Path(moved) + "/transfer", zhou,
                       {{"to_staff_id", StaffId("E007")}, {"reason", "片区调整"}});
  ASSERT_EQ(transfer.status, 200) << transfer.text;
  EXPECT_EQ(All("鼋北", chen), std::vector<std::string>{});
  EXPECT_EQ(All("鼋北", wu), std::vector<std::string>{"鼋北沥青厂"});

  Resp release = Post(Path(released) + "/release", chen,
                      {{"version", released["version"]}, {"reason", "无需求"}});
  ASSERT_EQ(release.status, 200) << release.text;
  EXPECT_EQ(All("鼋南", chen), std::vector<std::string>{});
  EXPECT_EQ(All("鼋南", admin_), std::vector<std::string>{"鼋南沥青厂"});  // scope all: the pool

  Resp got = Get(Path(renamed), chen);
  Resp patched =
      Patch(Path(renamed), chen, {{"version", got.body["version"]}, {"name", "测东方沥青厂"}});
  ASSERT_EQ(patched.status, 200) << patched.text;
  EXPECT_EQ(All("鼋", chen), std::vector<std::string>{});
  EXPECT_EQ(All("东方", chen), std::vector<std::string>{"测东方沥青厂"});
}

// The grams of rows written before 40_021 come from the migration's SQL: the same set as
// crm::SearchGrams, on both backends.
class SearchGramsMigration : public db::testing::DbTest {};

TEST_P(SearchGramsMigration, SqlComputesTheSameGramsAsTheServer) {
  auto all = db::MigrationsFrom(SchemaFiles());
  ASSERT_TRUE(all.has_value());
  std::vector<db::Migration> before;
  for (const db::Migration& m : *all) {
    if (m.id < "40_021") before.push_back(m);
  }
  ASSERT_LT(before.size(), all->size());
  SD_ASSERT_OK(db::Migrate(*db_, before));
  const std::vector<std::string> texts = {
      "c00001|巴陵石化有限公司|巴陵石化|blshyxgs|balingshihua|0730-8451000|王建华||139",
      "c00002|abc 路桥 x路y桥|李|李|",
      "c00003|no han at all|13900000000",
      "c00004|鼋𠀀鼋豫﨑|",  // U+20000 (extension B) and U+F951 (compatibility)
      "",
  };
  for (size_t i = 0; i < texts.size(); ++i) {
    const std::string id = std::to_string(i + 1);
    Script(
        "INSERT INTO crm_customers (id, code, name, name_key, name_sort, search_text, "
        "created_at_us, updated_at_us) VALUES (" +
        id + ", 'C" + id + "', 'n" + id + "', 'k" + id + "', 's" + id + "', '" + texts[i] +
        "', 0, 0)");
  }
  SD_ASSERT_OK(db::Migrate(*db_, *all));
  auto split = [](const std::string& s) {
    std::vector<std::string> out;
    size_t at = 0;
    while (at < s.size()) {
      size_t end = s.find(' ', at);
      if (end == std::string::npos) end = s.size();
      out.push_back(s.substr(at, end - at));
      at = end + 1;
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  for (size_t i = 0; i < texts.size(); ++i) {
    std::string grams;
    SD_ASSERT_OK(db_->Read([&](db::Tx& tx) -> Result<void> {
      SD_TRY_ASSIGN(db::Rows rows, tx.Query("SELECT search_grams FROM crm_customers WHERE id = $1",
                                            {static_cast<int64_t>(i + 1)}));
      grams = rows[0].Text(0);
      return Ok();
    }));
    EXPECT_EQ(split(grams), split(crm::SearchGrams(texts[i]))) << texts[i];
  }
  EXPECT_EQ(split(crm::SearchGrams(texts[1])),
            (std::vector<std::string>{"李", "桥", "路", "路桥"}));
}

SD_INSTANTIATE_BACKENDS(CustomerSearchApi);
SD_INSTANTIATE_BACKENDS(SearchGramsMigration);

}  // namespace
}  // namespace sd::testing
