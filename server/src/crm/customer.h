#pragma once
// Customers (客户档案): the company a rep sells to, with contacts (联系人) and the varieties it
// uses (使用品种). Types and pure rules only (no SQL, no clock); SQL in customer_store.cc, use
// cases in customer_service.h. Choice fields (kind, class, settlement, status, contact role,
// credit rating) are held as their API text so that every reader (JSON, import rows) reports a
// bad value the same way: CheckCustomerFields gives the field error.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit.h"
#include "base/result.h"

namespace sd::crm {

enum class CustomerKind : uint8_t { kEndUser, kDealer, kAgent };
enum class CustomerClass : uint8_t { kKey, kRegular, kProspect };
enum class Settlement : uint8_t { kCash, kCredit };
enum class CustomerStatus : uint8_t { kActive, kInactive };
enum class ContactRole : uint8_t { kDecisionMaker, kPurchasing, kTechnical, kFinance, kOther };
enum class CreditRating : uint8_t { kA, kB, kC, kD };

// API/storage text of each value ("end_user", "key", "cash", "active", "decision_maker", "A")
// and the reverse; Parse returns false for any other text. Pure.
const char* CustomerKindName(CustomerKind v);
bool ParseCustomerKind(std::string_view s, CustomerKind* out);
const char* CustomerClassName(CustomerClass v);
bool ParseCustomerClass(std::string_view s, CustomerClass* out);
const char* SettlementName(Settlement v);
bool ParseSettlement(std::string_view s, Settlement* out);
const char* CustomerStatusName(CustomerStatus v);
bool ParseCustomerStatus(std::string_view s, CustomerStatus* out);
const char* ContactRoleName(ContactRole v);
bool ParseContactRole(std::string_view s, ContactRole* out);
const char* CreditRatingName(CreditRating v);
bool ParseCreditRating(std::string_view s, CreditRating* out);

struct Contact {
  int64_t id = 0;  // 0: new (a PATCH list item without id)
  std::string name;
  std::string title;  // 职务
  std::string role = "other";
  std::string phone;
  std::string mobile;
  std::string wechat;
  std::string qq;
  std::string email;
  bool is_primary = false;
  std::string notes;
};

struct Variety {
  int64_t id = 0;
  std::optional<int64_t> product_line_id;
  std::string variety;  // 品种, e.g. "SBS改性沥青"
  int64_t annual_qty_e4 = 0;
  std::string unit;
  std::optional<int64_t> price_e4;
  std::string supplier;  // who supplies it today
  std::string notes;
};

// The editable fields of a customer, as stored (with its contacts and varieties, which are
// saved with it as whole lists).
struct CustomerFields {
  std::string name;
  std::string short_name;
  std::optional<std::string> credit_code;  // 统一社会信用代码, normalised (upper case)
  std::string kind = "end_user";
  std::string customer_class = "prospect";  // API field "class"
  std::string industry;
  std::string source;
  std::optional<int64_t> region_id;
  std::string address;
  std::string phone;
  std::optional<int64_t> owner_staff_id;  // nullopt: in the pool (公海)
  std::optional<int64_t> support_staff_id;
  std::string vat_title;  // 开票信息
  std::string tax_number;
  std::string invoice_address;
  std::string invoice_phone;
  std::string bank_name;
  std::string bank_account;
  std::string settlement = "cash";
  int64_t credit_days = 0;
  int64_t credit_limit_fen = 0;
  std::optional<std::string> credit_rating;  // "A".."D"; set by an approved rating
  std::string price_level;
  std::string dealer_level;
  std::optional<int64_t> dealer_region_id;
  std::optional<std::string> agreement_from;  // dealer agreement, YYYY-MM-DD
  std::optional<std::string> agreement_to;
  std::string notes;
  std::string status = "active";
  std::vector<Contact> contacts;
  std::vector<Variety> varieties;
};

struct Customer {
  int64_t id = 0;
  std::string code;  // C00001
  CustomerFields f;
  std::string mnemonic;  // pinyin initials (助记码)
  std::string region_name;
  std::string owner_name;
  std::string support_name;
  std::optional<int64_t> claimed_at_us;
  std::optional<int64_t> last_follow_up_at_us;
  std::optional<std::string> next_follow_up_on;
  std::optional<int64_t> created_by_staff_id;
  std::optional<Contact> primary_contact;  // filled in lists (contacts are not)
  int64_t version = 1;
  int64_t created_at_us = 0;
  int64_t updated_at_us = 0;
};

// What scope checks and other modules need of a customer.
struct CustomerHead {
  int64_t id = 0;
  std::string code;
  std::string name;
  std::optional<int64_t> owner_staff_id;
  std::optional<int64_t> support_staff_id;
  std::optional<int64_t> region_id;
  std::string customer_class;  // "key" | "regular" | "prospect"
  int64_t version = 1;
};

inline constexpr size_t kCustomerNameMax = 128;
inline constexpr size_t kCustomerTextMax = 128;  // short name, industry, phone, bank, …
inline constexpr size_t kCustomerAddressMax = 256;
inline constexpr size_t kCustomerNotesMax = 4000;
inline constexpr size_t kContactsMax = 50;
inline constexpr size_t kVarietiesMax = 100;
inline constexpr int64_t kCreditDaysMax = 3650;
inline constexpr int64_t kCreditLimitFenMax = 1'000'000'000'000;  // ¥10¹⁰

// Trims the text fields, upper-cases the credit code (empty → nullopt), and makes the first
// contact primary when none is. Call before CheckCustomerFields. Pure.
void NormalizeCustomerFields(CustomerFields* f);

// Field rules over the whole record as it would be stored: required name, lengths (code
// points), choices, the credit code's check characters ("credit_code" crm.credit_code.invalid),
// credit days/limit ranges, agreement dates, and per contact / variety ("contacts[2].mobile"
// crm.contact.mobile_invalid, "contacts[0].email" crm.contact.email_invalid,
// "contacts[1].is_primary" crm.contact.primary_multiple, "varieties[0].variety" required).
// Appends one FieldError per broken rule, named as the API fields are. Pure.
void CheckCustomerFields(const CustomerFields& f, std::vector<FieldError>* errors);

// Whether a mobile number is plausible: 11 digits starting with 1 (mainland), or "+" and 7–15
// digits; spaces and dashes are ignored. Empty is not valid (callers skip empty fields).
bool IsValidMobile(std::string_view mobile);

// The name reduced for duplicate detection: NFKC with case folding (full-width → half-width,
// upper → lower), white space and punctuation removed, then the common legal-form suffixes
// (股份有限公司, 有限责任公司, 有限公司, 公司, 集团) stripped from the end, repeatedly.
// "巴陵石化（集团）有限公司" → "巴陵石化". Pure; thread-safe.
std::string NameKey(std::string_view name);

// Whether two name keys name the same company as far as the archive can tell: equal, or one
// contains the other and the shorter has at least kSimilarMinChars code points. Empty keys are
// never similar. Pure.
inline constexpr size_t kSimilarMinChars = 4;
bool IsSimilarName(std::string_view key_a, std::string_view key_b);

// The keys a shorter key must equal to be IsSimilarName to key by containment: each distinct
// run of at least kSimilarMinChars code points of key other than key itself, longest first.
// Pure.
std::vector<std::string> SimilarNameParts(std::string_view key);

// Whether two customers whose names have equal keys may both stay: only when both carry a
// credit code, both codes are valid (IsValidCreditCode) and they differ — else the second is an
// exact duplicate, refused whatever the user confirms. Pure.
bool DistinctByCreditCode(const std::optional<std::string>& code_a,
                          const std::optional<std::string>& code_b);

// The text the search box matches (lower case, parts separated by '|'): code, name, short
// name, mnemonic and full pinyin, credit code, the customer's phone, contacts' names, phones
// and mobiles. Pure.
std::string BuildSearchText(const std::string& code, const CustomerFields& f,
                            std::string_view mnemonic, std::string_view full_pinyin);

// ASCII lower case (search terms and text); other bytes unchanged. Pure.
std::string AsciiLower(std::string_view s);

audit::Snapshot CustomerSnapshot(const Customer& c);

}  // namespace sd::crm
