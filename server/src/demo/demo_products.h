#pragma once
// The demo company's catalog (DESIGN §7): what a Hunan maker and trader of asphalt materials
// sells — SBS modified and road asphalt by the tonne, rubber powder by the bag, solvents by the
// drum, and bought-in asphalt equipment by the set or unit — created through the catalog's
// service as a clerk would, tied to the demo product lines.

#include "auth/actor.h"
#include "base/result.h"
#include "catalog/product.h"
#include "db/database.h"

namespace sd::demo {

// Needs the product lines (org) loaded. Errors: those of catalog::CreateProduct.
Result<void> LoadProducts(db::Tx& tx, const auth::Actor& actor);

// The ex-works price basis (net, fen per base unit) a demo product's list prices are built on:
// its standard cost is 4/5 of it, exactly. Pure.
int64_t PriceBasisFen(const catalog::Product& p);

}  // namespace sd::demo
