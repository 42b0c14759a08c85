// Security headers on the UI and the API, and the client's address behind a reverse proxy
// (App::trusted_proxies), on SQLite and PostgreSQL.
#include <string>

#include "support/test_server.h"

namespace sd::testing {
namespace {

using nlohmann::json;

class HttpSecurityApi : public ApiTest {
 protected:
  // Creates a customer as admin with these extra headers; returns the client address the audit
  // recorded for it.
  std::string AuditedAddress(const httplib::Headers& headers, const std::string& name) {
    Caller admin = LoginApi("admin");
    Resp r = Call("POST", "/api/v1/customers", &admin, json{{"name", name}}.dump(), headers);
    EXPECT_EQ(r.status, 201) << r.text;
    std::string addr;
    auto done = db_->Read([&](db::Tx& tx) -> Result<void> {
      SD_TRY_ASSIGN(db::Rows rows, tx.Query("SELECT client_addr FROM audit_log WHERE entity = "
                                            "'customer' AND action = 'create' ORDER BY id DESC",
                                            {}));
      if (!rows.empty()) addr = rows[0].Text(0);
      return Ok();
    });
    EXPECT_TRUE(done.has_value());
    return addr;
  }
};

TEST_P(HttpSecurityApi, EveryAnswerForbidsFramingSniffingAndReferrers) {
  for (const char* path : {"/", "/customers", "/api/v1/auth/me", "/api/v1/no-such-route"}) {
    Resp r = Call("GET", path, nullptr);
    const std::string csp = r.Header("Content-Security-Policy");
    EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos) << path << ": " << csp;
    EXPECT_EQ(r.Header("X-Frame-Options"), "DENY") << path;
    EXPECT_EQ(r.Header("X-Content-Type-Options"), "nosniff") << path;
    EXPECT_EQ(r.Header("Referrer-Policy"), "same-origin") << path;
  }
  // The UI may load its own scripts only (no inline script, no eval); Element Plus needs inline
  // styles. An API answer loads nothing.
  const std::string ui = Call("GET", "/", nullptr).Header("Content-Security-Policy");
  EXPECT_NE(ui.find("script-src 'self';"), std::string::npos) << ui;
  EXPECT_NE(ui.find("style-src 'self' 'unsafe-inline'"), std::string::npos) << ui;
  EXPECT_EQ(ui.find("unsafe-eval"), std::string::npos) << ui;
  EXPECT_EQ(Call("GET", "/api/v1/auth/me", nullptr).Header("Content-Security-Policy"),
            "default-src 'none'; frame-ancestors 'none'");
}

TEST_P(HttpSecurityApi, ForwardedForIsIgnoredFromAPeerThatIsNotATrustedProxy) {
  // No trusted proxy: whatever the client writes, the audit has the peer.
  EXPECT_EQ(AuditedAddress({{"X-Forwarded-For", "203.0.113.7"}}, "测转发地址甲有限公司"),
            "127.0.0.1");
}

class TrustedProxyApi : public HttpSecurityApi {
 protected:
  void SetUp() override {
    trusted_proxies_ = {"127.0.0.1", "10.0.0.2"};  // the test client plays the proxy
    HttpSecurityApi::SetUp();
  }
};

TEST_P(TrustedProxyApi, TheClientIsTheRightMostAddressNotATrustedProxy) {
  EXPECT_EQ(AuditedAddress({{"X-Forwarded-For", "203.0.113.7"}}, "测转发地址乙有限公司"),
            "203.0.113.7");
  // The client wrote 1.2.3.4 itself; 198.51.100.9 is what the outer proxy 10.0.0.2 saw.
  EXPECT_EQ(AuditedAddress({{"X-Forwarded-For", "1.2.3.4, 198.51.100.9, 10.0.0.2"}},
                           "测转发地址丙有限公司"),
            "198.51.100.9");
  // Without the header, or with only proxies in it, the peer stays the address.
  EXPECT_EQ(AuditedAddress({}, "测转发地址丁有限公司"), "127.0.0.1");
  EXPECT_EQ(AuditedAddress({{"X-Forwarded-For", "10.0.0.2"}}, "测转发地址戊有限公司"), "127.0.0.1");
}

SD_API_BACKENDS(HttpSecurityApi);
SD_API_BACKENDS(TrustedProxyApi);

}  // namespace
}  // namespace sd::testing
