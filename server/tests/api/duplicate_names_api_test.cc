// Duplicate names of customers on SQLite and PostgreSQL. An equal name key is an exact
// duplicate that "仍然保存" (confirm_similar) cannot override, unless both customers carry
// different valid credit codes; a similar name (containment of at least four characters) is
// refused until confirmed. The similar-name lookup runs on indexes (40_030) inside the write
// transaction: it must find exactly what the old scan of every name key found.
#include <vector>

#include "crm/customer_row_store.h"
#include "crm/customer_store.h"
#include "crm_fixture.h"

namespace sd::testing {
namespace {

using nlohmann::json;

class DuplicateNamesApi : public CrmApiTest {};

TEST_P(DuplicateNamesApi, AnEqualNameIsRefusedEvenWhenConfirmed) {
  Caller chen = LoginApi("rep.chen");
  Caller zhang = LoginApi("rep.zhang");
  json first = MakeCustomer(chen, {{"name", "测湘江沥青有限公司"}});
  // Width, spaces, punctuation and the legal form do not make another name.
  for (const char* name :
       {"测湘江沥青有限公司", "测湘江沥青公司", "测 湘江·沥青（集团）有限公司"}) {
    for (bool confirm : {false, true}) {
      Resp dup = Post("/api/v1/customers", zhang, {{"name", name}, {"confirm_similar", confirm}});
      ASSERT_EQ(dup.status, 409) << name << " " << dup.text;
      EXPECT_EQ(dup.body["code"], "crm.customer.duplicate_name");
      EXPECT_EQ(dup.body["params"]["code"], first["code"]);
      EXPECT_EQ(dup.body["params"]["owner"], first["owner_name"]);
    }
  }
  // A credit code on one side only is no proof of another company.
  Resp one_code = Post(
      "/api/v1/customers", zhang,
      {{"name", "测湘江沥青公司"}, {"credit_code", CreditCode(31)}, {"confirm_similar", true}});
  ASSERT_EQ(one_code.status, 409) << one_code.text;
  EXPECT_EQ(one_code.body["code"], "crm.customer.duplicate_name");
  // Renaming another customer to the same name is refused the same way.
  json other = MakeCustomer(zhang, {{"name", "测北方筑路机械有限公司"}});
  Resp renamed = Patch(Path(other), zhang,
                       {{"version", other["version"]},
                        {"name", "测湘江沥青（集团）公司"},
                        {"confirm_similar", true}});
  ASSERT_EQ(renamed.status, 409) << renamed.text;
  EXPECT_EQ(renamed.body["code"], "crm.customer.duplicate_name");
}

TEST_P(DuplicateNamesApi, EqualNamesWithDifferentCreditCodesAreSimilarNames) {
  Caller chen = LoginApi("rep.chen");
  Caller zhang = LoginApi("rep.zhang");
  json first =
      MakeCustomer(chen, {{"name", "测长沙路桥建设有限公司"}, {"credit_code", CreditCode(32)}});
  Resp similar = Post("/api/v1/customers", zhang,
                      {{"name", "测长沙路桥建设公司"}, {"credit_code", CreditCode(33)}});
  ASSERT_EQ(similar.status, 409) << similar.text;
  EXPECT_EQ(similar.body["code"], "crm.customer.similar_name");
  EXPECT_EQ(similar.body["params"]["code"], first["code"]);
  json second = MakeCustomer(
      zhang,
      {{"name", "测长沙路桥建设公司"}, {"credit_code", CreditCode(33)}, {"confirm_similar", true}});
  // A third of that name without a code, or dropping a code from one of the two: exact
  // duplicates.
  Resp third =
      Post("/api/v1/customers", zhang, {{"name", "测长沙路桥建设公司"}, {"confirm_similar", true}});
  ASSERT_EQ(third.status, 409) << third.text;
  EXPECT_EQ(third.body["code"], "crm.customer.duplicate_name");
  Resp dropped =
      Patch(Path(second), zhang, {{"version", second["version"]}, {"credit_code", nullptr}});
  ASSERT_EQ(dropped.status, 409) << dropped.text;
  EXPECT_EQ(dropped.body["code"], "crm.customer.duplicate_name");
  EXPECT_EQ(dropped.body["params"]["code"], first["code"]);
  // Other edits of either customer stay possible.
  EXPECT_EQ(Patch(Path(second), zhang, {{"version", second["version"]}, {"notes", "x"}}).status,
            200);
}

// The similar-name check before 40_030, verbatim: equal keys by index, then a LIKE both ways
// over every customer (at most 50 candidates), checked with IsSimilarName.
Result<std::optional<int64_t>> OldSimilar(db::Tx& tx, const std::string& key) {
  SD_TRY_ASSIGN(db::Rows equal, tx.Query("SELECT c.id FROM crm_customers c WHERE c.name_key = $1 "
                                         "AND c.id <> $2 ORDER BY c.id LIMIT 1",
                                         {key, int64_t{0}}));
  if (!equal.empty()) return std::optional<int64_t>(equal[0].Int(0));
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT c.id, c.name_key FROM crm_customers c WHERE c.id <> $2 AND "
                         "(c.name_key LIKE $3 ESCAPE '\\' OR $1 LIKE '%' || c.name_key || '%') "
                         "ORDER BY c.id LIMIT 50",
                         {key, int64_t{0}, "%" + crm::store::LikeEscape(key) + "%"}));
  for (const db::Row& r : rows) {
    if (crm::IsSimilarName(key, r.Text(1))) return std::optional<int64_t>(r.Int(0));
  }
  return std::optional<int64_t>();
}

TEST_P(DuplicateNamesApi, IndexedSimilarNameCheckFindsWhatTheScanFound) {
  // The archive: the demo's customers plus names that contain one another, share three
  // characters only, differ in width, case, spaces, punctuation and legal form.
  const std::vector<std::string> archive = {"测洞庭湖沥青科技有限公司",
                                            "湖南测洞庭湖沥青科技集团",
                                            "测洞庭湖",
                                            "测洞庭",
                                            "ＡＢＣ路桥工程有限公司",
                                            "abc 路桥·工程",
                                            "XYZ Road Works Co",
                                            "xyzroad",
                                            "测岳阳（华盛）石化股份有限公司",
                                            "测岳阳华盛",
                                            "华盛石化",
                                            "测株洲市政建设有限责任公司",
                                            "株洲市政",
                                            "市政建设",
                                            "测𠀀𠀁𠀂𠀃有限公司"};
  SD_ASSERT_OK(db_->Write([&](db::Tx& tx) -> Result<void> {
    std::vector<crm::store::NewCustomerRow> rows;
    for (const std::string& name : archive) {
      crm::CustomerFields f;
      f.name = name;
      rows.push_back({f, std::nullopt});
    }
    SD_TRY(crm::store::InsertCustomers(tx, rows, 1));
    return Ok();
  }));
  const std::vector<std::string> probes = {"测洞庭湖沥青科技",
                                           "洞庭湖沥青",
                                           "测洞庭湖沥青科技有限责任公司",
                                           "测洞庭湖",
                                           "测洞庭",
                                           "洞庭湖沥",
                                           "庭湖沥",
                                           "abc路桥工程",
                                           "ＡＢＣ 路桥",
                                           "ABC路桥工程集团",
                                           "路桥工程",
                                           "xyz road works",
                                           "XYZROAD有限公司",
                                           "roadworks",
                                           "road",
                                           "测岳阳华盛石化",
                                           "岳阳（华盛）石化",
                                           "华盛石化有限公司",
                                           "湖南华盛石化集团",
                                           "测株洲市政建设",
                                           "株洲市政建设工程",
                                           "市政建",
                                           "长沙市政建设",
                                           "巴陵石化有限公司",
                                           "湖南巴陵石化",
                                           "巴陵",
                                           "岳阳",
                                           "𠀀𠀁𠀂𠀃",
                                           "测𠀀𠀁𠀂",
                                           "完全无关的名字公司",
                                           "100%沥青_科技",
                                           "公司",
                                           "有限公司"};
  SD_ASSERT_OK(db_->Read([&](db::Tx& tx) -> Result<void> {
    for (const std::string& name : probes) {
      const std::string key = crm::NameKey(name);
      SD_TRY_ASSIGN(std::optional<int64_t> old_id, OldSimilar(tx, key));
      SD_TRY_ASSIGN(auto found, crm::store::FindSimilarName(tx, key, std::nullopt));
      const std::optional<int64_t> new_id =
          found ? std::optional<int64_t>(found->id) : std::nullopt;
      EXPECT_EQ(new_id, old_id) << name << " (key " << key << ")";
    }
    return Ok();
  }));
}

SD_INSTANTIATE_BACKENDS(DuplicateNamesApi);

}  // namespace
}  // namespace sd::testing
