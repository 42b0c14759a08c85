// Uploads that expand past the bounds (http/table_reader.h) on SQLite and PostgreSQL: a small
// crafted .xlsx — a part expanding to hundreds of MB, a zip-bomb ratio, a huge shared-strings
// part, one huge cell — and CSV with a huge cell or too many columns are refused with 413 and
// the bound's key, change nothing, and leave the server's peak memory near where it was. The
// server runs in this process, so its peak is this process's VmHWM (reset before each upload).
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <zip.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>

#include "support/test_server.h"

namespace sd::testing {
namespace {

constexpr const char* kXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
constexpr int64_t kMiB = int64_t{1} << 20;

// A zip part made on demand: head, then `count` pieces made by piece(i), then tail, so a part
// of hundreds of MB is compressed without ever being held.
struct Generated {
  std::string head;
  std::function<std::string(int64_t)> piece;
  int64_t count = 0;
  std::string tail;
};

struct GenState {
  Generated g;
  int64_t next = 0;  // -1: head not yet sent; count: tail
  std::string pending;
  bool done = false;
};

zip_int64_t GenCallback(void* user, void* data, zip_uint64_t len, zip_source_cmd_t cmd) {
  auto* s = static_cast<GenState*>(user);
  switch (cmd) {
    case ZIP_SOURCE_OPEN:
      s->next = -1;
      s->pending.clear();
      s->done = false;
      return 0;
    case ZIP_SOURCE_READ: {
      while (s->pending.size() < len && !s->done) {
        if (s->next < 0) {
          s->pending += s->g.head;
        } else if (s->next < s->g.count) {
          s->pending += s->g.piece(s->next);
        } else {
          s->pending += s->g.tail;
          s->done = true;
        }
        ++s->next;
      }
      const size_t n = std::min<size_t>(len, s->pending.size());
      std::memcpy(data, s->pending.data(), n);
      s->pending.erase(0, n);
      return static_cast<zip_int64_t>(n);
    }
    case ZIP_SOURCE_CLOSE:
      return 0;
    case ZIP_SOURCE_STAT: {
      auto* st = static_cast<zip_stat_t*>(data);
      zip_stat_init(st);
      return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
      return 2 * sizeof(int);
    case ZIP_SOURCE_FREE:
      delete s;
      return 0;
    case ZIP_SOURCE_SUPPORTS:
      return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
                                            ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
    default:
      return -1;
  }
}

// The .xlsx bytes of the named parts (deflated by libzip), built through a temporary file.
std::string BuildZip(const std::vector<std::pair<std::string, Generated>>& parts) {
  char path[] = "/tmp/sd-upload-test-XXXXXX";
  const int fd = mkstemp(path);
  EXPECT_GE(fd, 0);
  close(fd);
  int err = 0;
  zip_t* z = zip_open(path, ZIP_TRUNCATE, &err);
  EXPECT_NE(z, nullptr) << err;
  for (const auto& [name, g] : parts) {
    zip_source_t* src = zip_source_function(z, GenCallback, new GenState{g, 0, "", false});
    EXPECT_GE(zip_file_add(z, name.c_str(), src, ZIP_FL_ENC_UTF_8), 0) << zip_strerror(z);
  }
  EXPECT_EQ(zip_close(z), 0);
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  std::remove(path);
  return std::move(bytes).str();
}

Generated Fixed(std::string text) { return {std::move(text), nullptr, 0, ""}; }

constexpr const char* kSheetHead =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
    "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
    "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>客户名称</t></is></c></row>";
constexpr const char* kSheetTail = "</sheetData></worksheet>";

// Peak memory of this process (which runs the server): reset, then read in kB.
void ResetPeak() { std::ofstream("/proc/self/clear_refs") << "5"; }
int64_t StatusKb(const std::string& field) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind(field + ":", 0) == 0) return std::atoll(line.c_str() + field.size() + 1);
  }
  return -1;
}

class UploadLimitsApi : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    admin_ = LoginApi("admin");
    customers_ = Total();
  }

  int64_t Total() {
    Resp r = Get("/api/v1/customers?size=1", admin_);
    EXPECT_EQ(r.status, 200) << r.text;
    return r.body.value("total", int64_t{-1});
  }

  // Uploads body, expects 413 with code, nothing changed, and the server's peak memory grown by
  // less than max_growth over what the process held before the upload.
  void ExpectRefused(const std::string& body, const char* type, const std::string& code,
                     int64_t max_growth) {
    ResetPeak();
    const int64_t before_kb = StatusKb("VmRSS");
    Resp r = Call("POST", "/api/v1/customers/import?filename=upload", &admin_, body,
                  {{"Content-Type", type}});
    const int64_t growth = (StatusKb("VmHWM") - before_kb) * 1024;
    EXPECT_EQ(r.status, 413) << code << ": " << r.text.substr(0, 500);
    EXPECT_EQ(r.body.value("code", ""), code) << r.text.substr(0, 500);
    EXPECT_EQ(r.Header("Content-Type"), "application/problem+json");
    EXPECT_FALSE(r.body.value("detail", "").empty());
    EXPECT_LT(growth, max_growth) << code << ": the server's peak grew by " << growth / kMiB
                                  << " MiB for a body of " << body.size() / 1024 << " KiB";
    EXPECT_EQ(Total(), customers_);
    EXPECT_EQ(CountAudit("customer", "import"), 0);
  }

  Caller admin_;
  int64_t customers_ = 0;
};

TEST_P(UploadLimitsApi, AnXlsxThatExpandsPastTheBoundsIsRefusedInBoundedMemory) {
  // One cell of 300 MB in a part that deflates to about 300 KB (the reported file held 600 MB
  // and drove the server to 2.3 GB before it answered).
  const std::string cell =
      BuildZip({{"xl/worksheets/sheet1.xml",
                 {std::string(kSheetHead) + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>",
                  [](int64_t) { return std::string(1 << 16, 'A'); }, 300 * 16,
                  "</t></is></c></row>" + std::string(kSheetTail)}}});
  ASSERT_LT(cell.size(), size_t{2} << 20);
  ExpectRefused(cell, kXlsx, "http.table.part_too_large", 64 * kMiB);

  // A zip bomb's ratio: 40 MB of rows that deflate a thousand times.
  const std::string row = "<row><c t=\"inlineStr\"><is><t>巴陵石化有限公司</t></is></c></row>";
  const std::string bomb = BuildZip({{"xl/worksheets/sheet1.xml",
                                      {kSheetHead, [&](int64_t) { return row; },
                                       40 * kMiB / static_cast<int64_t>(row.size()), kSheetTail}}});
  ExpectRefused(bomb, kXlsx, "http.table.compression_ratio", 64 * kMiB);

  // A shared-strings part of distinct strings, compressed only some 6 times: past 64 MiB held.
  auto shared = [](int64_t i) {
    char n[16];
    std::snprintf(n, sizeof n, "%08lld", static_cast<long long>(i));  // NOLINT
    return "<si><t>" + std::string(n) + n + n + n + "</t></si>";
  };
  const std::string strings =
      BuildZip({{"xl/sharedStrings.xml",
                 {"<?xml version=\"1.0\"?><sst "
                  "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">",
                  shared, 1'700'000, "</sst>"}},
                {"xl/worksheets/sheet1.xml",
                 Fixed(std::string(kSheetHead) +
                       "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>" + kSheetTail)}});
  ExpectRefused(strings, kXlsx, "http.table.shared_strings_too_large",
                96 * kMiB + 4 * static_cast<int64_t>(strings.size()));

  // One cell of 1 MB that does not compress well: only the cell's own bound stops it.
  uint32_t seed = 12345;
  const std::string noisy =
      BuildZip({{"xl/worksheets/sheet1.xml",
                 {std::string(kSheetHead) + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>",
                  [&seed](int64_t) {
                    std::string s(64, ' ');
                    for (char& c : s) {
                      seed = seed * 1103515245u + 12345u;
                      c = static_cast<char>('a' + (seed >> 16) % 26);
                    }
                    return s;
                  },
                  (int64_t{1} << 20) / 64, "</t></is></c></row>" + std::string(kSheetTail)}}});
  ExpectRefused(noisy, kXlsx, "http.table.cell_too_large", 32 * kMiB);
}

TEST_P(UploadLimitsApi, ACsvCellOrRowPastTheBoundsIsRefused) {
  ExpectRefused("客户名称,备注\n某某有限公司," + std::string(1 << 20, 'x') + "\n", "text/csv",
                "http.table.cell_too_large", 32 * kMiB);
  ExpectRefused("客户名称" + std::string(4'000'000, ',') + "\n", "text/csv",
                "http.table.too_many_columns", 32 * kMiB);
}

// Sends only the head of a request announcing content_length bytes; returns the status line of
// the answer, which must come without the body being sent.
std::string StatusBeforeBody(int port, const std::string& path, int64_t content_length,
                             const std::string& token, bool expect_continue) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) return "no connect";
  timeval timeout{10, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  const std::string head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
                           "Authorization: Bearer " + token + "\r\nContent-Type: text/csv\r\n" +
                           (expect_continue ? "Expect: 100-continue\r\n" : "") +
                           "Content-Length: " + std::to_string(content_length) + "\r\n\r\n";
  EXPECT_EQ(send(fd, head.data(), head.size(), 0), static_cast<ssize_t>(head.size()));
  std::string got(4096, '\0');
  const ssize_t n = recv(fd, got.data(), got.size(), 0);
  close(fd);
  if (n <= 0) return "no answer";
  got.resize(static_cast<size_t>(n));
  return got.substr(0, got.find("\r\n"));
}

TEST_P(UploadLimitsApi, ABodyOverTheRoutesLimitIsRefusedBeforeItIsRead) {
  const int64_t over_upload = 200 * kMiB;  // over the import's 64 MiB
  EXPECT_EQ(StatusBeforeBody(port_, "/api/v1/customers/import", over_upload, admin_.token, false),
            "HTTP/1.1 413 Payload Too Large");
  EXPECT_EQ(StatusBeforeBody(port_, "/api/v1/customers/import", over_upload, admin_.token, true),
            "HTTP/1.1 413 Payload Too Large");
  // A JSON route's limit is 1 MiB: 16 MiB is refused there though it would pass as an upload.
  EXPECT_EQ(StatusBeforeBody(port_, "/api/v1/customers", 16 * kMiB, admin_.token, false),
            "HTTP/1.1 413 Payload Too Large");
  EXPECT_EQ(Total(), customers_);
}

SD_API_BACKENDS(UploadLimitsApi);

}  // namespace
}  // namespace sd::testing
