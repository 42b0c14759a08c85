#pragma once
// Price policy use cases (价格政策): reads with price.read, direct changes with price.set (the
// route table checks them; list actions check their table row again). Customer prices and the
// history of a customer follow the customer's data scope (out of scope is kNotFound). Every
// change is audited and written to the price history (who, when, old → new, effective dates),
// with the approved change request that made it when there is one. Each runs in the caller's Tx.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "catalog/price.h"
#include "catalog/price_store.h"
#include "catalog/pricing.h"
#include "db/database.h"

namespace sd::catalog {

// --- Seasons. Errors: kInvalidArgument (CheckSeasonFields), kAlreadyExists
// "catalog.season.name_taken" {name}; updates also kNotFound, kAborted "common.version_conflict".
Result<std::vector<Season>> ListSeasons(db::Tx& tx);
Result<Season> CreateSeason(db::Tx& tx, const auth::Actor& actor, const SeasonFields& f);
Result<Season> UpdateSeason(db::Tx& tx, const auth::Actor& actor, int64_t id, int64_t version,
                            const SeasonFields& f);

// --- Price lists.
struct PriceListDetail {
  PriceList list;
  std::vector<PriceLine> lines;
};
Result<Page<PriceList>> ListPriceLists(db::Tx& tx, const PriceListQuery& q);
// Errors: kNotFound.
Result<PriceListDetail> GetPriceList(db::Tx& tx, int64_t id);
// Errors: kInvalidArgument (CheckPriceListFields; "region_id" / "season_id"
// catalog.price_list.region_unknown / season_unknown).
Result<PriceList> CreatePriceList(db::Tx& tx, const auth::Actor& actor, const PriceListFields& f);
// Changes a draft or active list (an active one must not come to overlap another: kAlreadyExists
// "catalog.price_list.overlaps" {name}). Errors: as CreatePriceList, kNotFound, kAborted,
// kFailedPrecondition "catalog.price_list.closed".
Result<PriceList> UpdatePriceList(db::Tx& tx, const auth::Actor& actor, int64_t id, int64_t version,
                                  const PriceListFields& f);
// Activate or close (kPriceListTransitions). Activation refuses an overlap with an active list
// of the same key: kAlreadyExists "catalog.price_list.overlaps" {name}. Errors: kNotFound,
// kAborted, kFailedPrecondition "catalog.price_list.action_not_allowed", kPermissionDenied.
Result<PriceList> ActOnPriceList(db::Tx& tx, const auth::Actor& actor, int64_t id,
                                 PriceListAction action, int64_t version);
// "update" and the lines' edits while not closed, with price.set; then the table's actions.
std::vector<std::string> PriceListActions(const PriceList& l, const auth::Actor& actor);

struct LineInput {
  int64_t product_id = 0;
  int64_t min_qty_e4 = 0;
  int64_t unit_price_e4 = 0;
};
// Sets the price of (product, tier) in the list: a new line or a new price for the line.
// Errors: kInvalidArgument ("product_id" catalog.price.product_unknown, "unit_price"
// catalog.price.negative / too_large, "min_qty" catalog.price.min_qty_negative), kNotFound,
// kAborted (list version), kFailedPrecondition "catalog.price_list.closed".
Result<PriceListDetail> SetPriceLine(db::Tx& tx, const auth::Actor& actor, int64_t list_id,
                                     int64_t version, const LineInput& in,
                                     std::optional<int64_t> change_id = std::nullopt);
// Errors: kNotFound (list or line of another list), kAborted, kFailedPrecondition closed.
Result<PriceListDetail> RemovePriceLine(db::Tx& tx, const auth::Actor& actor, int64_t list_id,
                                        int64_t version, int64_t line_id);

// --- Customer prices (scope: the customer's).
Result<Page<CustomerPrice>> ListCustomerPrices(db::Tx& tx, const auth::Actor& actor,
                                               CustomerPriceQuery q);
struct CustomerPriceInput {
  int64_t customer_id = 0;
  int64_t product_id = 0;
  int64_t unit_price_e4 = 0;
  std::string valid_from;
  std::optional<std::string> valid_to;
  std::string notes;
};
// The agreed price from valid_from (a row starting the same day gets the new price and end).
// Errors: kNotFound (customer out of scope or unknown), kInvalidArgument (price, period,
// "product_id" catalog.price.product_unknown).
Result<CustomerPrice> SetCustomerPrice(db::Tx& tx, const auth::Actor& actor,
                                       const CustomerPriceInput& in,
                                       std::optional<int64_t> change_id = std::nullopt);
// What SetCustomerPrice would refuse, without writing: field errors and the customer's scope.
Result<void> CheckCustomerPriceInput(db::Tx& tx, const auth::Actor& actor,
                                     const CustomerPriceInput& in);

// --- Floors.
Result<std::vector<PriceFloor>> ListFloors(db::Tx& tx, std::optional<int64_t> product_id);
struct FloorInput {
  int64_t product_id = 0;
  std::string customer_kind;        // "" every kind
  std::optional<int64_t> floor_e4;  // nullopt: no floor from valid_from
  std::string valid_from;
};
// Errors: kInvalidArgument (product, kind, price, date).
Result<PriceFloor> SetFloor(db::Tx& tx, const auth::Actor& actor, const FloorInput& in,
                            std::optional<int64_t> change_id = std::nullopt);
Result<void> CheckFloorInput(db::Tx& tx, const FloorInput& in);

// --- History and the price a customer gets.
// By product and/or customer (a customer out of scope: kNotFound; with neither, price.set
// holders see every change and others get kInvalidArgument "catalog.price.history_needs_key").
Result<Page<PriceChange>> PriceHistory(db::Tx& tx, const auth::Actor& actor,
                                       std::optional<int64_t> product_id,
                                       std::optional<int64_t> customer_id, const PageRequest& page);
// PriceFor after the customer's scope check (out of scope: kNotFound).
Result<PriceAnswer> QuotePrice(db::Tx& tx, const auth::Actor& actor, const PriceQuery& q);

}  // namespace sd::catalog
