#pragma once
// JSON shapes of the catalog (contract: Product, ProductPage, NewProduct, ProductPatch) and the
// readers of product bodies and list filters, shared by the routes, the export and the tests'
// expectations.

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "catalog/product.h"
#include "catalog/product_service.h"
#include "http/context.h"
#include "http/json_in.h"

namespace sd::http {

// The list's filters from the query string (q, product_line_id, source, status, sort): GET
// /products and its .xlsx export read them alike. Paging is the caller's.
// Errors: kInvalidArgument with the bad parameter as a field error.
Result<catalog::ProductQuery> ProductFilterOf(const Ctx& ctx);

// The product; actions: GET's list of what the actor may do (omitted when nullopt).
nlohmann::json ProductJson(const catalog::Product& p,
                           const std::optional<std::vector<std::string>>& actions);

// Reads the body of POST /products into out; field errors are collected in `in`.
void ReadNewProduct(JsonIn& in, catalog::ProductFields* out);
// Reads a PATCH body (version required).
void ReadProductPatch(JsonIn& in, catalog::ProductPatch* out);

}  // namespace sd::http
