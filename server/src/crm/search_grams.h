#pragma once
// Grams for customer search by one or two Chinese characters. A trigram index cannot answer a
// query shorter than three characters, and scanning every customer in a manager's scope costs
// ~1 µs a row; the customer's search text is indexed instead by its Han characters and pairs of
// adjacent Han characters (crm_customer_grams, 40_021), so "路桥" or "华" is one index lookup.

#include <string>
#include <string_view>

namespace sd::crm {

// Each Han character of text and each pair of adjacent Han characters, once, separated by
// spaces, in order of first appearance. Han: U+3400–U+9FFF, U+F900–U+FAFF, U+20000–U+3FFFF;
// migration 40_021 computes the same set in SQL for rows written before it.
std::string SearchGrams(std::string_view text);

// Whether q is one or two Han characters: then "text contains q" is exactly "q is one of
// SearchGrams(text)" and the grams index answers the query.
bool IsGramQuery(std::string_view q);

}  // namespace sd::crm
