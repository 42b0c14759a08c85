#pragma once
// The unified social credit code (统一社会信用代码, GB 32100-2015) that identifies a customer
// company: 18 characters — registration authority, entity type, 6-digit administrative
// division, the 9-character organization code (GB 11714, with its own check character) and a
// final check character over the first 17. Pure functions.

#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"

namespace sd::crm {

// The final check character for the first 17 characters, or nullopt if one of them is not in
// the code's alphabet (0-9 and A-Z without I, O, S, V, Z).
std::optional<char> CreditCodeCheck(std::string_view first17);

// Whether text is a well-formed code: length, alphabet, the organization code's check
// character and the final check character.
bool IsValidCreditCode(std::string_view text);

// The code as stored: surrounding spaces removed, letters upper-cased, then validated.
// Errors: kInvalidArgument, field error {field, "crm.credit_code.invalid"}.
Result<std::string> NormalizeCreditCode(std::string_view text, std::string field);

}  // namespace sd::crm
