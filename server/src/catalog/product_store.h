#pragma once
// SQL for catalog_products and catalog_product_units. Only product_store.cc touches them.
// Functions need a Tx (reads any, writes a write Tx) and return the db errors unchanged unless
// stated.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/page.h"
#include "catalog/product.h"
#include "db/database.h"

namespace sd::catalog {

enum class ProductSort : uint8_t { kCode, kName, kUpdatedDesc };

struct ProductQuery {
  std::optional<std::string> q;  // part of code, name, spec or pinyin initials
  std::optional<int64_t> product_line_id;
  std::optional<ProductSource> source;
  std::optional<ProductState> state;
  ProductSort sort = ProductSort::kCode;
  PageRequest page;
};

// What the store derives from a product's name: its initials, search text and sort key.
struct ProductDerived {
  std::string mnemonic;
  std::string search_text;
  std::string name_sort;
};

namespace store {

Result<Page<Product>> QueryProducts(db::Tx& tx, const ProductQuery& q);
Result<std::optional<Product>> LoadProduct(db::Tx& tx, int64_t id);
// The next number of a generated code: one above the highest "P<digits>" code.
Result<int64_t> NextProductNumber(db::Tx& tx);
std::string ProductCode(int64_t number);  // "P00001"
// Codes already taken among `codes`.
Result<std::vector<std::string>> TakenCodes(db::Tx& tx, const std::vector<std::string>& codes);
// Inserts the product (f.code set) with its units. Errors: kAlreadyExists
// "catalog.product.code_taken" {code}.
Result<int64_t> InsertProduct(db::Tx& tx, const ProductFields& f, const ProductDerived& d,
                              int64_t now_us);
// Writes fields, units and state at expected_version; false on a version mismatch. Errors as
// InsertProduct.
Result<bool> UpdateProduct(db::Tx& tx, int64_t id, int64_t expected_version, const ProductFields& f,
                           const ProductDerived& d, ProductState state, int64_t now_us);
// "P00001 SBS改性沥青 I-D" by id, for the audit log.
Result<std::map<int64_t, std::string>> ProductLabels(db::Tx& tx, const std::vector<int64_t>& ids);
// Invariants: products whose product line is missing; units with factor ≤ 0 or equal to their
// product's base unit.
Result<int64_t> ProductsWithoutLine(db::Tx& tx);
Result<int64_t> BadUnits(db::Tx& tx);

}  // namespace store
}  // namespace sd::catalog
