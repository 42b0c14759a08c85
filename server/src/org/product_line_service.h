#pragma once
// Product line use cases, validated, written and audited (entity "product_line") in the
// caller's transaction. Permissions are checked by the route table (org.read, org.manage).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit.h"
#include "db/database.h"
#include "org/product_line.h"

namespace sd::org {

Result<std::vector<ProductLine>> ListProductLines(db::Tx& tx);

// Errors: kInvalidArgument (required/too long fields), kAlreadyExists
// "org.product_line.code_taken".
Result<ProductLine> CreateProductLine(db::Tx& tx, const audit::Context& ctx,
                                      const ProductLineFields& f);

struct ProductLinePatch {
  int64_t version = 0;
  std::optional<std::string> code;
  std::optional<std::string> name;
  std::optional<std::string> notes;
  std::optional<int64_t> sort_order;
};

// Errors as CreateProductLine, plus kNotFound and kAborted "common.version_conflict".
Result<ProductLine> UpdateProductLine(db::Tx& tx, const audit::Context& ctx, int64_t id,
                                      const ProductLinePatch& patch);

}  // namespace sd::org
