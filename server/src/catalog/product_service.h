#pragma once
// Catalog use cases (产品目录): read with product.read, write with product.manage (the route
// table checks them; state actions check their table row's permission again). Each runs in the
// caller's transaction and audits (entity "product").

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "catalog/product.h"
#include "catalog/product_store.h"
#include "db/database.h"

namespace sd::catalog {

Result<Page<Product>> ListProducts(db::Tx& tx, const ProductQuery& q);

// Errors: kNotFound.
Result<Product> GetProduct(db::Tx& tx, int64_t id);

// Creates f with the next "P00001" code when f.code is empty. Errors: kInvalidArgument
// (CheckProductFields; "product_line_id" catalog.product.product_line_unknown), kAlreadyExists
// "catalog.product.code_taken" {code}.
Result<Product> CreateProduct(db::Tx& tx, const auth::Actor& actor, ProductFields f);

struct ProductPatch {
  int64_t version = 0;
  std::optional<std::string> code;
  std::optional<std::string> name;
  std::optional<std::string> spec;
  std::optional<int64_t> product_line_id;
  std::optional<std::string> base_unit;
  std::optional<std::vector<SecondaryUnit>> units;  // the whole list
  std::optional<int64_t> tax_rate_e4;
  std::optional<int64_t> standard_cost_fen;
  std::optional<ProductSource> source;
  std::optional<std::string> package;
  std::optional<std::string> notes;
};
// Errors: as CreateProduct (an emptied code is common.field.required), kNotFound, kAborted
// "common.version_conflict".
Result<Product> UpdateProduct(db::Tx& tx, const auth::Actor& actor, int64_t id,
                              const ProductPatch& p);

// Discontinue or reactivate (kProductTransitions). Errors: kNotFound, kAborted
// "common.version_conflict", kFailedPrecondition "catalog.product.action_not_allowed" {state,
// action}, kPermissionDenied "auth.permission_denied".
Result<Product> ActOnProduct(db::Tx& tx, const auth::Actor& actor, int64_t id, ProductAction action,
                             int64_t version);

// What the actor may do to p now: "update" with product.manage, then the table's actions.
std::vector<std::string> ProductActions(const Product& p, const auth::Actor& actor);

// The catalog's checks on f beyond CheckProductFields: the product line exists. Any Tx.
Result<void> CheckProductLine(db::Tx& tx, const ProductFields& f, std::vector<FieldError>* errors);

}  // namespace sd::catalog
