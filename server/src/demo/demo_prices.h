#pragma once
// The demo company's price policy (issue 11 §2): seasons 旺季 (03-15..10-31) and 淡季
// (11-01..03-14), season price lists per customer kind for the asphalt materials (dealers get a
// lower price from 100 t), an equipment list per kind, floors for every kind and lower ones for
// dealers, a few customer agreed prices, and two price change requests proposed by the sales
// deputies — one approved by the head of sales, one waiting in his inbox. Loaded through the
// catalog's services as those users would; figures derive from each product's standard cost.

#include "auth/actor.h"
#include "base/result.h"
#include "db/database.h"

namespace sd::demo {

// Needs the catalog, the customers and the demo accounts loaded. Errors: "demo.not_loaded";
// the catalog's.
Result<void> LoadPrices(db::Tx& tx, const auth::Actor& system);

}  // namespace sd::demo
