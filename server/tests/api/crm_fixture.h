#pragma once
// Builders for the customer archive API tests (customers_api_test.cc, pool_api_test.cc): the
// demo company's accounts, customers made through the API with names and credit codes the demo
// does not use, and a few reads straight from the database.

#include <cctype>
#include <cstdio>
#include <set>
#include <string>

#include "crm/credit_code.h"
#include "support/test_server.h"

namespace sd::testing {

class CrmApiTest : public ApiTest {
 protected:
  using json = nlohmann::json;

  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    admin_ = LoginApi("admin");
  }

  Resp Patch(const std::string& path, const Caller& who, const json& body) {
    return Call("PATCH", path, &who, body.dump());
  }
  Resp Put(const std::string& path, const Caller& who, const json& body) {
    return Call("PUT", path, &who, body.dump());
  }

  // The staff id of a 工号 (E005).
  int64_t StaffId(const std::string& code) {
    Resp r = Get("/api/v1/staff?q=" + code, admin_);
    for (const json& s : r.body["items"]) {
      if (s["code"] == code) return s["id"];
    }
    ADD_FAILURE() << "no staff " << code;
    return 0;
  }

  // A valid unified social credit code that differs for each n (43 = 湖南).
  static std::string CreditCode(int n) {
    std::string org = std::to_string(10000000 + n).substr(0, 8);
    for (char check : std::string("0123456789X")) {
      std::string first17 = "91430100" + org + check;
      std::optional<char> last = crm::CreditCodeCheck(first17);
      if (last && crm::IsValidCreditCode(first17 + *last)) return first17 + *last;
    }
    ADD_FAILURE() << "no credit code for " << n;
    return "";
  }

  // Creates a customer as `who`; the body's name and any other fields given.
  json MakeCustomer(const Caller& who, json body) {
    Resp r = Post("/api/v1/customers", who, body);
    EXPECT_EQ(r.status, 201) << r.text;
    return r.body;
  }

  static std::string Path(const json& customer) {
    return "/api/v1/customers/" + std::to_string(customer["id"].get<int64_t>());
  }

  // Whether a list reply holds the customer with this id.
  static bool Holds(const Resp& list, int64_t id) {
    for (const json& c : list.body["items"]) {
      if (c["id"] == id) return true;
    }
    return false;
  }

  // Percent-encodes a query value (Chinese names, "+").
  static std::string Enc(const std::string& s) {
    std::string out;
    for (char ch : s) {
      const auto c = static_cast<unsigned char>(ch);
      if (std::isalnum(c) || c == '-' || c == '_' || c == '.') {
        out += ch;
      } else {
        char buf[4];
        std::snprintf(buf, sizeof buf, "%%%02X", c);
        out += buf;
      }
    }
    return out;
  }

  static std::set<std::string> FieldSet(const Resp& r) {
    std::set<std::string> out;
    for (const json& f : r.body["fields"]) {
      out.insert(f["field"].get<std::string>() + ":" + f["code"].get<std::string>());
    }
    return out;
  }

  Caller admin_;
};

}  // namespace sd::testing
