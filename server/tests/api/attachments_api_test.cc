// Attachments and comments of customers (the document pattern's first user), on SQLite and
// PostgreSQL: round trip, content addressing, the size bound and the type check (refused with
// problem+json and nothing stored), scope (another group's rep gets 404 on every route), the
// delete rule, audit records, the timeline, and backup/restore keeping the bytes.
#include <filesystem>

#include "api/crm_fixture.h"
#include "base/embedded.h"
#include "db/backup.h"
#include "db/migrate.h"
#include "doc/blob_store.h"

namespace sd::testing {
namespace {

constexpr size_t kLimit = 1 << 20;  // the test server's attachment bound: 1 MiB

std::string Pdf(size_t size) {
  std::string b = "%PDF-1.7\n";
  b.resize(size, 'x');
  return b;
}

class AttachmentsApi : public CrmApiTest {
 protected:
  AttachmentsApi() { limits_.attachment_bytes_max = kLimit; }

  void SetUp() override {
    CrmApiTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    chen_ = LoginApi("rep.chen");
    zhang_ = LoginApi("rep.zhang");
    customer_ = MakeCustomer(chen_, {{"name", "测附件路桥有限公司"}});
    files_ = Path(customer_) + "/attachments";
  }

  static httplib::Headers Auth(const Caller& who) {
    return {{"Authorization", "Bearer " + who.token}, {"Accept-Language", who.locale}};
  }

  // Uploads as a browser form does: multipart/form-data with the part "file".
  Resp Upload(const Caller& who, const std::string& path, const std::string& name,
              const std::string& bytes) {
    httplib::Client cli("127.0.0.1", port_);
    cli.set_read_timeout(30, 0);
    httplib::MultipartFormDataItems items = {{"file", bytes, name, "application/octet-stream"}};
    return ToResp(cli.Post(path.c_str(), Auth(who), items), "POST " + path);
  }

  // Uploads the bytes as the body, named by ?filename=.
  Resp UploadRaw(const Caller& who, const std::string& path, const std::string& name,
                 const std::string& bytes) {
    httplib::Client cli("127.0.0.1", port_);
    cli.set_read_timeout(30, 0);
    return ToResp(cli.Post((path + "?filename=" + Enc(name)).c_str(), Auth(who), bytes,
                           "application/octet-stream"),
                  "POST " + path);
  }

  int64_t Count(const std::string& sql) {
    int64_t n = -1;
    auto done = db_->Read([&](db::Tx& tx) -> Result<void> {
      SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql));
      n = rows[0].Int(0);
      return Ok();
    });
    EXPECT_TRUE(done.has_value());
    return n;
  }
  int64_t Blobs() { return Count("SELECT COUNT(*) FROM doc_blobs"); }
  int64_t LiveFiles() {
    return Count("SELECT COUNT(*) FROM doc_attachments WHERE deleted_at_us IS NULL");
  }

  std::string FilePath(const std::string& files, const json& attachment) const {
    return files + "/" + std::to_string(attachment["id"].get<int64_t>());
  }
  std::string FilePath(const json& attachment) const { return FilePath(files_, attachment); }

  Caller chen_, zhang_;
  json customer_;
  std::string files_;
};

TEST_P(AttachmentsApi, UploadListDownloadRoundTrip) {
  const std::string bytes = Pdf(300000);
  Resp up = Upload(chen_, files_, "营业执照 扫描件.pdf", bytes);
  ASSERT_EQ(up.status, 201) << up.text;
  EXPECT_EQ(up.body["file_name"], "营业执照 扫描件.pdf");
  EXPECT_EQ(up.body["media_type"], "application/pdf");
  EXPECT_EQ(up.body["size_bytes"], 300000);
  EXPECT_EQ(up.Header("Location"), FilePath(up.body));

  Resp list = Get(files_, chen_);
  ASSERT_EQ(list.status, 200) << list.text;
  ASSERT_EQ(list.body["items"].size(), 1u);
  EXPECT_EQ(list.body["items"][0]["actions"], json::array({"download", "delete"}));
  EXPECT_EQ(list.body["actions"], json::array({"upload"}));
  EXPECT_EQ(list.body["max_bytes"], kLimit);

  Resp down = Get(FilePath(up.body), chen_);
  ASSERT_EQ(down.status, 200);
  EXPECT_TRUE(down.text == bytes);
  EXPECT_EQ(down.Header("Content-Type"), "application/pdf");
  EXPECT_EQ(down.Header("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(down.Header("Content-Disposition"),
            // httplib's client decodes %XX in header values; the server sent
            // filename*=UTF-8''%E8%90%A5…%20…pdf.
            "attachment; filename=\"____________ _________.pdf\"; filename*=UTF-8''"
            "营业执照 扫描件.pdf");

  // A raw body works the same; a text file is served as plain text whatever it holds.
  Resp txt = UploadRaw(chen_, files_, "notes.txt", "<script>alert(1)</script>\n");
  ASSERT_EQ(txt.status, 201) << txt.text;
  Resp txt_down = Get(FilePath(txt.body), chen_);
  EXPECT_EQ(txt_down.Header("Content-Type"), "text/plain; charset=utf-8");

  EXPECT_EQ(CountAudit("attachment", "upload"), 2);
  EXPECT_EQ(CountAudit("attachment", "download"), 2);
}

TEST_P(AttachmentsApi, EqualBytesAreStoredOnce) {
  json other = MakeCustomer(chen_, {{"name", "测附件第二公司"}});
  const std::string other_files = Path(other) + "/attachments";
  const std::string bytes = Pdf(700000);  // two parts of 512 KiB
  Resp a = Upload(chen_, files_, "合同.pdf", bytes);
  Resp b = Upload(chen_, other_files, "合同副本.pdf", bytes);
  ASSERT_EQ(a.status, 201) << a.text;
  ASSERT_EQ(b.status, 201) << b.text;
  EXPECT_EQ(a.body["sha256"], b.body["sha256"]);
  EXPECT_EQ(Blobs(), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM doc_blob_parts"), 2);

  // Deleting one keeps the bytes for the other; deleting both frees them.
  ASSERT_EQ(Call("DELETE", FilePath(a.body), &chen_).status, 204);
  EXPECT_EQ(Blobs(), 1);
  EXPECT_TRUE(Get(FilePath(other_files, b.body), chen_).text == bytes);
  ASSERT_EQ(Call("DELETE", FilePath(other_files, b.body), &chen_).status, 204);
  EXPECT_EQ(Blobs(), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM doc_blob_parts"), 0);
}

TEST_P(AttachmentsApi, OverTheLimitIs413AndStoresNothing) {
  for (bool multipart : {true, false}) {
    const std::string bytes = Pdf(kLimit + 1);
    Resp r = multipart ? Upload(chen_, files_, "big.pdf", bytes)
                       : UploadRaw(chen_, files_, "big.pdf", bytes);
    ASSERT_EQ(r.status, 413) << r.text;
    EXPECT_EQ(r.Header("Content-Type"), "application/problem+json");
    EXPECT_EQ(r.body["code"], "doc.attachment.too_large");
  }
  EXPECT_EQ(LiveFiles(), 0);
  EXPECT_EQ(Blobs(), 0);
  EXPECT_EQ(CountAudit("attachment", "upload"), 0);
  // Exactly the limit is fine, on the same server.
  EXPECT_EQ(Upload(chen_, files_, "max.pdf", Pdf(kLimit)).status, 201);
}

TEST_P(AttachmentsApi, WrongTypesAreRefusedInTheUsersLanguage) {
  chen_.locale = "en-US";
  Resp exe = Upload(chen_, files_, "合同.pdf", std::string("MZ\x90\x00\x03\x00", 6) + "payload");
  ASSERT_EQ(exe.status, 400) << exe.text;
  EXPECT_EQ(exe.body["code"], "doc.attachment.executable");
  EXPECT_EQ(exe.body["detail"], "Programs and scripts cannot be uploaded: 合同.pdf");
  Resp png = Upload(chen_, files_, "合同.pdf", std::string("\x89PNG\r\n\x1a\n", 8) + "....");
  ASSERT_EQ(png.status, 400) << png.text;
  EXPECT_EQ(png.body["code"], "doc.attachment.type_mismatch");
  Resp zip = Upload(chen_, files_, "a.zip", std::string("PK\x03\x04", 4) + "x.exe");
  EXPECT_EQ(zip.body["code"], "doc.attachment.type_refused");
  chen_.locale = "zh-CN";
  Resp empty = Upload(chen_, files_, "a.pdf", "");
  EXPECT_EQ(empty.body["code"], "doc.attachment.empty");
  EXPECT_EQ(empty.body["detail"], "文件是空的");
  EXPECT_EQ(LiveFiles(), 0);
  EXPECT_EQ(Blobs(), 0);
}

TEST_P(AttachmentsApi, AnotherGroupsRepGets404OnEveryRoute) {
  Resp up = Upload(chen_, files_, "合同.pdf", Pdf(1000));
  ASSERT_EQ(up.status, 201);
  const std::string comments = Path(customer_) + "/comments";
  ASSERT_EQ(Post(comments, chen_, {{"body", "客户要求月底前回款"}}).status, 201);
  const std::string one = FilePath(up.body);
  const std::vector<Resp> replies = {Get(files_, zhang_),
                                     Get(one, zhang_),
                                     Call("DELETE", one, &zhang_),
                                     Upload(zhang_, files_, "x.pdf", Pdf(1000)),
                                     UploadRaw(zhang_, files_, "x.pdf", Pdf(1000)),
                                     Get(comments, zhang_),
                                     Post(comments, zhang_, {{"body", "看不到的客户"}})};
  for (const Resp& r : replies) {
    EXPECT_EQ(r.status, 404) << r.text;
    EXPECT_EQ(r.body["code"], "common.not_found");
  }
  EXPECT_EQ(LiveFiles(), 1);
  EXPECT_EQ(CountAudit("attachment", "upload"), 1);
  EXPECT_EQ(CountAudit("attachment", "download"), 0);
  EXPECT_EQ(CountAudit("comment", "create"), 1);
  // The attachment's id under a customer zhang does see reads as not found too.
  json mine = MakeCustomer(zhang_, {{"name", "测张的客户公司"}});
  EXPECT_EQ(Get(FilePath(Path(mine) + "/attachments", up.body), zhang_).status, 404);
}

TEST_P(AttachmentsApi, OnlyTheUploaderOrAnEditorDeletes) {
  Caller finance = LoginApi("finance.zhao");  // sees every customer, changes none
  Resp up = Upload(chen_, files_, "合同.pdf", Pdf(1000));
  ASSERT_EQ(up.status, 201);
  Resp list = Get(files_, finance);
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(list.body["items"][0]["actions"], json::array({"download"}));
  EXPECT_EQ(list.body["actions"], json::array());
  EXPECT_EQ(Upload(finance, files_, "f.pdf", Pdf(10)).status, 403);
  Resp denied = Call("DELETE", FilePath(up.body), &finance);
  EXPECT_EQ(denied.status, 403) << denied.text;
  EXPECT_EQ(denied.body["code"], "doc.attachment.delete_denied");

  ASSERT_EQ(Call("DELETE", FilePath(up.body), &chen_).status, 204);
  EXPECT_EQ(Get(FilePath(up.body), chen_).status, 404);
  EXPECT_EQ(Call("DELETE", FilePath(up.body), &chen_).status, 404);
  EXPECT_TRUE(Get(files_, chen_).body["items"].empty());
  EXPECT_EQ(CountAudit("attachment", "delete"), 1);
}

TEST_P(AttachmentsApi, CommentsAreListedNewestFirstAndAudited) {
  const std::string comments = Path(customer_) + "/comments";
  Resp first = Post(comments, chen_, {{"body", "  第一次拜访，对SBS改性沥青有兴趣  "}});
  ASSERT_EQ(first.status, 201) << first.text;
  EXPECT_EQ(first.body["body"], "第一次拜访，对SBS改性沥青有兴趣");
  clock_.Advance(1'000'000);
  ASSERT_EQ(Post(comments, chen_, {{"body", "寄送样品"}}).status, 201);
  Resp list = Get(comments, chen_);
  ASSERT_EQ(list.status, 200);
  ASSERT_EQ(list.body["items"].size(), 2u);
  EXPECT_EQ(list.body["items"][0]["body"], "寄送样品");
  EXPECT_EQ(list.body["items"][0]["author"], first.body["author"]);
  EXPECT_FALSE(first.body["author"].get<std::string>().empty());
  EXPECT_EQ(list.body["actions"], json::array({"add"}));

  Resp blank = Post(comments, chen_, {{"body", "   "}});
  EXPECT_EQ(blank.status, 400);
  EXPECT_EQ(FieldSet(blank), std::set<std::string>{"body:common.field.required"});
  std::string long_text;
  for (int i = 0; i < 2001; ++i) long_text += "长";
  Resp too_long = Post(comments, chen_, {{"body", long_text}});
  EXPECT_EQ(too_long.status, 400);
  EXPECT_EQ(FieldSet(too_long), std::set<std::string>{"body:common.field.too_long"});
  EXPECT_EQ(CountAudit("comment", "create"), 2);
}

TEST_P(AttachmentsApi, TheCustomerTimelineShowsCommentsAndFiles) {
  clock_.Advance(1'000'000);  // after the customer's creation
  ASSERT_EQ(Post(Path(customer_) + "/comments", chen_, {{"body", "电话确认报价"}}).status, 201);
  clock_.Advance(1'000'000);
  Resp up = Upload(chen_, files_, "报价单.pdf", Pdf(100));
  ASSERT_EQ(up.status, 201);
  clock_.Advance(1'000'000);
  ASSERT_EQ(Call("DELETE", FilePath(up.body), &chen_).status, 204);
  Resp tl = Get(Path(customer_) + "/timeline", chen_);
  ASSERT_EQ(tl.status, 200) << tl.text;
  const json& items = tl.body["items"];
  ASSERT_GE(items.size(), 4u);
  EXPECT_EQ(items[0]["type"], "attachment");
  EXPECT_EQ(items[0]["action"], "delete");
  EXPECT_EQ(items[0]["summary"], "报价单.pdf");
  EXPECT_EQ(items[1]["type"], "attachment");
  EXPECT_EQ(items[1]["action"], "upload");
  EXPECT_EQ(items[2]["type"], "comment");
  EXPECT_EQ(items[2]["summary"], "电话确认报价");
  EXPECT_EQ(items.back()["type"], "audit");  // the customer's creation
}

TEST_P(AttachmentsApi, BackupAndRestoreKeepTheBytes) {
  std::string bytes = Pdf(600000);
  for (size_t i = 9; i < bytes.size(); ++i) bytes[i] = static_cast<char>((i * 131) % 256);
  Resp up = Upload(chen_, files_, "扫描件.pdf", bytes);
  ASSERT_EQ(up.status, 201) << up.text;
  const std::string sha = up.body["sha256"];
  std::string dir = db::testing::MakeTempDir();
  ASSERT_TRUE(db::Backup(*db_, dir + "/b.jsonl").has_value());
  auto target = db::Database::Open("sqlite:" + dir + "/restored.db");
  ASSERT_TRUE(target.has_value());
  auto migrations = db::MigrationsFrom(SchemaFiles());
  ASSERT_TRUE(db::Migrate(**target, *migrations).has_value());
  auto restored = db::Restore(**target, dir + "/b.jsonl");
  ASSERT_TRUE(restored.has_value()) << restored.error().key << " " << restored.error().detail;
  std::optional<std::string> back;
  ASSERT_TRUE((*target)
                  ->Read([&](db::Tx& tx) -> Result<void> {
                    SD_TRY_ASSIGN(back, doc::store::ReadBlob(tx, sha));
                    return Ok();
                  })
                  .has_value());
  ASSERT_TRUE(back.has_value());
  EXPECT_TRUE(*back == bytes);
  (*target)->Close();
  std::filesystem::remove_all(dir);
}

SD_API_BACKENDS(AttachmentsApi);

}  // namespace
}  // namespace sd::testing
