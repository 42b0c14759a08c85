#pragma once
// Price change request use cases (调价申请), STYLE §3's action shape: propose with
// price.propose (the route checks it), decide with price.set through the doc approval step
// (never the proposer: doc::RequireDecider). Visibility: price.set
// holders see every request, others their own; a customer price request also needs its
// customer in scope (else kNotFound). Each runs in the caller's Tx and audits
// (entity "price_request").

#include <cstdint>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "catalog/price_request.h"
#include "catalog/price_request_store.h"
#include "db/database.h"

namespace sd::catalog {

// Errors: kInvalidArgument (the checks of the change proposed: price, dates, product, list,
// kind; "new_price" common.field.required; "list_id" catalog.price_list.closed), kNotFound
// (customer out of scope, unknown list).
Result<PriceRequest> ProposePriceChange(db::Tx& tx, const auth::Actor& actor, PriceRequestFields f);

Result<Page<PriceRequest>> ListPriceRequests(db::Tx& tx, const auth::Actor& actor,
                                             PriceRequestQuery q);
// Errors: kNotFound (absent or not visible).
Result<PriceRequest> GetPriceRequest(db::Tx& tx, const auth::Actor& actor, int64_t id);

// Approve (applies the change) or reject; or the proposer withdraws it. Errors: kNotFound, kAborted
// "common.version_conflict", kFailedPrecondition "catalog.price_request.action_not_allowed"
// {state, action} / "catalog.price_request.own_request" (the proposer deciding),
// kPermissionDenied; the change's own errors on approval (nothing is written then).
Result<PriceRequest> ActOnPriceRequest(db::Tx& tx, const auth::Actor& actor, int64_t id,
                                       PriceRequestAction action, int64_t version,
                                       const std::string& note);

// What the actor may do to r now (the table ∩ permission ∩ who, maker-checker included).
std::vector<std::string> PriceRequestActions(const PriceRequest& r, const auth::Actor& actor);

// Pending requests whose approval step the actor may decide (never their own), oldest first.
Result<std::vector<PriceRequest>> PriceRequestsToDecide(db::Tx& tx, const auth::Actor& actor);

}  // namespace sd::catalog
