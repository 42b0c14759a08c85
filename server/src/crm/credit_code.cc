#include "crm/credit_code.h"

#include <array>
#include <cctype>

namespace sd::crm {
namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";  // 31 characters
constexpr std::array<int, 17> kWeights = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                          29, 25, 13, 8,  24, 10, 30, 28};
// GB 11714 organization code: 8 characters (digits or A-Z as 10-35) and a check character.
constexpr std::array<int, 8> kOrgWeights = {3, 7, 9, 10, 5, 8, 4, 2};

std::optional<char> OrgCodeCheck(std::string_view first8) {
  int sum = 0;
  for (size_t i = 0; i < first8.size(); ++i) {
    const char c = first8[i];
    int v = 0;
    if (c >= '0' && c <= '9') {
      v = c - '0';
    } else if (c >= 'A' && c <= 'Z') {
      v = c - 'A' + 10;
    } else {
      return std::nullopt;
    }
    sum += v * kOrgWeights[i];
  }
  const int check = 11 - sum % 11;
  if (check == 10) return 'X';
  return static_cast<char>('0' + check % 11);
}

}  // namespace

std::optional<char> CreditCodeCheck(std::string_view first17) {
  if (first17.size() != kWeights.size()) return std::nullopt;
  int sum = 0;
  for (size_t i = 0; i < first17.size(); ++i) {
    const size_t v = kAlphabet.find(first17[i]);
    if (v == std::string_view::npos) return std::nullopt;
    sum += static_cast<int>(v) * kWeights[i];
  }
  return kAlphabet[static_cast<size_t>((31 - sum % 31) % 31)];
}

bool IsValidCreditCode(std::string_view text) {
  if (text.size() != 18) return false;
  const std::optional<char> check = CreditCodeCheck(text.substr(0, 17));
  if (!check || *check != text[17]) return false;
  const std::optional<char> org_check = OrgCodeCheck(text.substr(8, 8));
  return org_check && *org_check == text[16];
}

Result<std::string> NormalizeCreditCode(std::string_view text, std::string field) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  std::string code;
  code.reserve(text.size());
  for (char c : text) {
    code.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  if (!IsValidCreditCode(code))
    return Fail(InvalidField(std::move(field), "crm.credit_code.invalid"));
  return code;
}

}  // namespace sd::crm
