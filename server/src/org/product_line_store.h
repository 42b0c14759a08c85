#pragma once
// SQL for org_product_lines. Only product_line_store.cc touches the table.

#include <cstdint>
#include <optional>
#include <vector>

#include "db/database.h"
#include "org/product_line.h"

namespace sd::org::store {

// Every product line by sort_order, code.
Result<std::vector<ProductLine>> ListProductLines(db::Tx& tx);
Result<std::optional<ProductLine>> LoadProductLine(db::Tx& tx, int64_t id);
// Errors: kAlreadyExists "org.product_line.code_taken".
Result<int64_t> InsertProductLine(db::Tx& tx, const ProductLineFields& f, int64_t now_us);
// False on a version mismatch. Errors: kAlreadyExists "org.product_line.code_taken".
Result<bool> UpdateProductLine(db::Tx& tx, int64_t id, int64_t expected_version,
                               const ProductLineFields& f);

}  // namespace sd::org::store
