#include "crm/customer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <cctype>
#include <set>
#include <utility>

#include "base/text.h"
#include "crm/credit_code.h"

namespace sd::crm {
namespace {

template <typename E, size_t N>
bool ParseName(const std::array<std::pair<E, const char*>, N>& table, std::string_view s, E* out) {
  for (const auto& [v, name] : table) {
    if (s == name) {
      *out = v;
      return true;
    }
  }
  return false;
}

template <typename E, size_t N>
const char* NameOf(const std::array<std::pair<E, const char*>, N>& table, E v) {
  for (const auto& [value, name] : table) {
    if (value == v) return name;
  }
  SD_ASSERT(false, "enum value missing from its name table");
  return "";
}

template <typename E, size_t N>
std::string Choices(const std::array<std::pair<E, const char*>, N>& table) {
  std::string out;
  for (const auto& [v, name] : table) {
    if (!out.empty()) out += ", ";
    out += name;
  }
  return out;
}

constexpr std::array<std::pair<CustomerKind, const char*>, 3> kKinds{
    {{CustomerKind::kEndUser, "end_user"},
     {CustomerKind::kDealer, "dealer"},
     {CustomerKind::kAgent, "agent"}}};
constexpr std::array<std::pair<CustomerClass, const char*>, 3> kClasses{
    {{CustomerClass::kKey, "key"},
     {CustomerClass::kRegular, "regular"},
     {CustomerClass::kProspect, "prospect"}}};
constexpr std::array<std::pair<Settlement, const char*>, 2> kSettlements{
    {{Settlement::kCash, "cash"}, {Settlement::kCredit, "credit"}}};
constexpr std::array<std::pair<CustomerStatus, const char*>, 2> kStatuses{
    {{CustomerStatus::kActive, "active"}, {CustomerStatus::kInactive, "inactive"}}};
constexpr std::array<std::pair<ContactRole, const char*>, 5> kRoles{
    {{ContactRole::kDecisionMaker, "decision_maker"},
     {ContactRole::kPurchasing, "purchasing"},
     {ContactRole::kTechnical, "technical"},
     {ContactRole::kFinance, "finance"},
     {ContactRole::kOther, "other"}}};
constexpr std::array<std::pair<CreditRating, const char*>, 4> kRatings{{{CreditRating::kA, "A"},
                                                                        {CreditRating::kB, "B"},
                                                                        {CreditRating::kC, "C"},
                                                                        {CreditRating::kD, "D"}}};

// Legal-form suffixes, longest first so that 有限公司 goes before 公司.
constexpr std::array<std::string_view, 5> kSuffixes = {"股份有限公司", "有限责任公司", "有限公司",
                                                       "公司", "集团"};

std::string Trim(std::string_view s) {
  size_t b = 0;
  size_t e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

void TrimInPlace(std::string* s) { *s = Trim(*s); }

template <typename E, size_t N>
void CheckChoice(std::string field, const std::string& value,
                 const std::array<std::pair<E, const char*>, N>& table,
                 std::vector<FieldError>* errors) {
  E v{};
  if (!ParseName(table, value, &v)) {
    errors->push_back(
        {std::move(field), "common.field.invalid_choice", {{"choices", Choices(table)}}});
  }
}

bool IsIsoDay(std::string_view s) {
  const auto d = ParseIsoDate(s);
  return d && d->year() >= std::chrono::year(1900) && d->year() <= std::chrono::year(2999);
}

void CheckContact(const std::string& at, const Contact& c, std::vector<FieldError>* errors) {
  CheckTextField(at + ".name", c.name, 64, true, errors);
  CheckTextField(at + ".title", c.title, 64, false, errors);
  CheckChoice(at + ".role", c.role, kRoles, errors);
  for (const auto& [field, value] : {std::pair{".phone", &c.phone},
                                     {".mobile", &c.mobile},
                                     {".wechat", &c.wechat},
                                     {".qq", &c.qq},
                                     {".email", &c.email}}) {
    CheckTextField(at + field, *value, 64, false, errors);
  }
  if (!c.mobile.empty() && !IsValidMobile(c.mobile)) {
    errors->push_back({at + ".mobile", "crm.contact.mobile_invalid", {}});
  }
  if (!c.email.empty() && c.email.find('@') == std::string::npos) {
    errors->push_back({at + ".email", "crm.contact.email_invalid", {}});
  }
  CheckTextField(at + ".notes", c.notes, 1000, false, errors);
}

void CheckVariety(const std::string& at, const Variety& v, std::vector<FieldError>* errors) {
  CheckTextField(at + ".variety", v.variety, 64, true, errors);
  CheckTextField(at + ".unit", v.unit, 16, false, errors);
  CheckTextField(at + ".supplier", v.supplier, 128, false, errors);
  CheckTextField(at + ".notes", v.notes, 1000, false, errors);
  if (v.annual_qty_e4 < 0) errors->push_back({at + ".annual_qty", "common.field.out_of_range", {}});
  if (v.price_e4 && *v.price_e4 < 0) {
    errors->push_back({at + ".price", "common.field.out_of_range", {}});
  }
}

void CheckLists(const CustomerFields& f, std::vector<FieldError>* errors) {
  if (f.contacts.size() > kContactsMax) {
    errors->push_back(
        {"contacts", "crm.customer.too_many", {{"max", std::to_string(kContactsMax)}}});
  }
  if (f.varieties.size() > kVarietiesMax) {
    errors->push_back(
        {"varieties", "crm.customer.too_many", {{"max", std::to_string(kVarietiesMax)}}});
  }
  bool primary_seen = false;
  for (size_t i = 0; i < f.contacts.size(); ++i) {
    const std::string at = "contacts[" + std::to_string(i) + "]";
    CheckContact(at, f.contacts[i], errors);
    if (f.contacts[i].is_primary) {
      if (primary_seen) errors->push_back({at + ".is_primary", "crm.contact.primary_multiple", {}});
      primary_seen = true;
    }
  }
  for (size_t i = 0; i < f.varieties.size(); ++i) {
    CheckVariety("varieties[" + std::to_string(i) + "]", f.varieties[i], errors);
  }
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

const char* CustomerKindName(CustomerKind v) { return NameOf(kKinds, v); }
bool ParseCustomerKind(std::string_view s, CustomerKind* out) { return ParseName(kKinds, s, out); }
const char* CustomerClassName(CustomerClass v) { return NameOf(kClasses, v); }
bool ParseCustomerClass(std::string_view s, CustomerClass* out) {
  return ParseName(kClasses, s, out);
}
const char* SettlementName(Settlement v) { return NameOf(kSettlements, v); }
bool ParseSettlement(std::string_view s, Settlement* out) {
  return ParseName(kSettlements, s, out);
}
const char* CustomerStatusName(CustomerStatus v) { return NameOf(kStatuses, v); }
bool ParseCustomerStatus(std::string_view s, CustomerStatus* out) {
  return ParseName(kStatuses, s, out);
}
const char* ContactRoleName(ContactRole v) { return NameOf(kRoles, v); }
bool ParseContactRole(std::string_view s, ContactRole* out) { return ParseName(kRoles, s, out); }
const char* CreditRatingName(CreditRating v) { return NameOf(kRatings, v); }
bool ParseCreditRating(std::string_view s, CreditRating* out) {
  return ParseName(kRatings, s, out);
}

void NormalizeCustomerFields(CustomerFields* f) {
  for (std::string* s : {&f->name, &f->short_name, &f->industry, &f->source, &f->address, &f->phone,
                         &f->vat_title, &f->tax_number, &f->invoice_address, &f->invoice_phone,
                         &f->bank_name, &f->bank_account, &f->price_level, &f->dealer_level}) {
    TrimInPlace(s);
  }
  if (f->credit_code) {
    std::string code = Trim(*f->credit_code);
    for (char& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    f->credit_code = code.empty() ? std::nullopt : std::optional<std::string>(code);
  }
  bool any_primary = false;
  for (Contact& c : f->contacts) {
    for (std::string* s : {&c.name, &c.title, &c.phone, &c.mobile, &c.wechat, &c.qq, &c.email}) {
      TrimInPlace(s);
    }
    any_primary = any_primary || c.is_primary;
  }
  if (!any_primary && !f->contacts.empty()) f->contacts[0].is_primary = true;
  for (Variety& v : f->varieties) {
    TrimInPlace(&v.variety);
    TrimInPlace(&v.unit);
    TrimInPlace(&v.supplier);
  }
}

void CheckCustomerFields(const CustomerFields& f, std::vector<FieldError>* errors) {
  CheckTextField("name", f.name, kCustomerNameMax, true, errors);
  for (const auto& [field, value] : {std::pair{"short_name", &f.short_name},
                                     {"industry", &f.industry},
                                     {"source", &f.source},
                                     {"phone", &f.phone},
                                     {"vat_title", &f.vat_title},
                                     {"tax_number", &f.tax_number},
                                     {"invoice_phone", &f.invoice_phone},
                                     {"bank_name", &f.bank_name},
                                     {"bank_account", &f.bank_account},
                                     {"price_level", &f.price_level},
                                     {"dealer_level", &f.dealer_level}}) {
    CheckTextField(field, *value, kCustomerTextMax, false, errors);
  }
  CheckTextField("address", f.address, kCustomerAddressMax, false, errors);
  CheckTextField("invoice_address", f.invoice_address, kCustomerAddressMax, false, errors);
  CheckTextField("notes", f.notes, kCustomerNotesMax, false, errors);
  if (f.credit_code && !IsValidCreditCode(*f.credit_code)) {
    errors->push_back({"credit_code", "crm.credit_code.invalid", {}});
  }
  CheckChoice("kind", f.kind, kKinds, errors);
  CheckChoice("class", f.customer_class, kClasses, errors);
  CheckChoice("settlement", f.settlement, kSettlements, errors);
  CheckChoice("status", f.status, kStatuses, errors);
  if (f.credit_rating) CheckChoice("credit_rating", *f.credit_rating, kRatings, errors);
  if (f.credit_days < 0 || f.credit_days > kCreditDaysMax) {
    errors->push_back({"credit_days", "common.field.out_of_range", {}});
  }
  if (f.credit_limit_fen < 0 || f.credit_limit_fen > kCreditLimitFenMax) {
    errors->push_back({"credit_limit", "common.field.out_of_range", {}});
  }
  bool dates_ok = true;
  for (const auto& [field, value] :
       {std::pair{"agreement_from", &f.agreement_from}, {"agreement_to", &f.agreement_to}}) {
    if (*value && !IsIsoDay(**value)) {
      errors->push_back({field, "common.field.invalid_date", {}});
      dates_ok = false;
    }
  }
  if (dates_ok && f.agreement_from && f.agreement_to && *f.agreement_to < *f.agreement_from) {
    errors->push_back({"agreement_to", "crm.customer.agreement_dates", {}});
  }
  CheckLists(f, errors);
}

bool IsValidMobile(std::string_view mobile) {
  std::string digits;
  bool plus = false;
  for (size_t i = 0; i < mobile.size(); ++i) {
    const char c = mobile[i];
    if (c == '+' && i == 0) {
      plus = true;
    } else if (c >= '0' && c <= '9') {
      digits += c;
    } else if (c != ' ' && c != '-') {
      return false;
    }
  }
  if (plus) return digits.size() >= 7 && digits.size() <= 15;
  return digits.size() == 11 && digits[0] == '1';
}

std::string NameKey(std::string_view name) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCCasefoldInstance(status);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  icu::UnicodeString folded = U_SUCCESS(status) ? nfkc->normalize(text, status) : text;
  if (U_FAILURE(status)) folded = text;
  icu::UnicodeString kept;
  for (int32_t i = 0; i < folded.length();) {
    const UChar32 c = folded.char32At(i);
    i += U16_LENGTH(c);
    if (u_ispunct(c) || u_isUWhiteSpace(c) || u_isspace(c)) continue;
    kept.append(c);
  }
  std::string out;
  kept.toUTF8String(out);
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (std::string_view suffix : kSuffixes) {
      if (out.size() > suffix.size() && EndsWith(out, suffix)) {
        out.resize(out.size() - suffix.size());
        stripped = true;
        break;
      }
    }
  }
  return out;
}

bool IsSimilarName(std::string_view key_a, std::string_view key_b) {
  if (key_a.empty() || key_b.empty()) return false;
  if (key_a == key_b) return true;
  const std::string_view shorter = key_a.size() <= key_b.size() ? key_a : key_b;
  const std::string_view longer = key_a.size() <= key_b.size() ? key_b : key_a;
  return CodePoints(shorter) >= kSimilarMinChars && longer.find(shorter) != std::string::npos;
}

std::vector<std::string> SimilarNameParts(std::string_view key) {
  std::vector<size_t> at;  // byte offsets of code points, and the end
  for (size_t i = 0; i < key.size(); ++i) {
    if ((static_cast<unsigned char>(key[i]) & 0xC0) != 0x80) at.push_back(i);
  }
  at.push_back(key.size());
  const size_t n = at.size() - 1;
  std::vector<std::string> out;
  std::set<std::string_view> seen;
  for (size_t len = n - 1; len >= kSimilarMinChars && len < n; --len) {
    for (size_t b = 0; b + len <= n; ++b) {
      const std::string_view part = key.substr(at[b], at[b + len] - at[b]);
      if (seen.insert(part).second) out.emplace_back(part);
    }
  }
  return out;
}

bool DistinctByCreditCode(const std::optional<std::string>& code_a,
                          const std::optional<std::string>& code_b) {
  return code_a && code_b && *code_a != *code_b && IsValidCreditCode(*code_a) &&
         IsValidCreditCode(*code_b);
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string BuildSearchText(const std::string& code, const CustomerFields& f,
                            std::string_view mnemonic, std::string_view full_pinyin) {
  std::string out = code + "|" + f.name + "|" + f.short_name + "|" + std::string(mnemonic) + "|" +
                    std::string(full_pinyin) + "|" + f.credit_code.value_or("") + "|" + f.phone;
  for (const Contact& c : f.contacts) {
    out += "|" + c.name + "|" + c.phone + "|" + c.mobile;
  }
  return AsciiLower(out);
}

audit::Snapshot CustomerSnapshot(const Customer& c) {
  std::vector<std::string> contacts;
  for (const Contact& k : c.f.contacts) {
    contacts.push_back(k.name + (k.mobile.empty() ? "" : " " + k.mobile));
  }
  std::vector<std::string> varieties;
  for (const Variety& v : c.f.varieties) varieties.push_back(v.variety);
  return {{"code", c.code},
          {"name", c.f.name},
          {"short_name", c.f.short_name},
          {"credit_code", audit::OrNull(c.f.credit_code)},
          {"kind", c.f.kind},
          {"class", c.f.customer_class},
          {"industry", c.f.industry},
          {"region_id", audit::OrNull(c.f.region_id)},
          {"address", c.f.address},
          {"phone", c.f.phone},
          {"owner_staff_id", audit::OrNull(c.f.owner_staff_id)},
          {"support_staff_id", audit::OrNull(c.f.support_staff_id)},
          {"settlement", c.f.settlement},
          {"credit_days", c.f.credit_days},
          {"credit_limit_fen", c.f.credit_limit_fen},
          {"credit_rating", audit::OrNull(c.f.credit_rating)},
          {"price_level", c.f.price_level},
          {"status", c.f.status},
          {"notes", c.f.notes},
          {"contacts", contacts},
          {"varieties", varieties}};
}

}  // namespace sd::crm
