#pragma once
// SQL for the price policy's tables (catalog_seasons, catalog_price_lists, catalog_price_lines,
// catalog_customer_prices, catalog_price_floors, catalog_price_history). Only price_store.cc
// touches them. Functions need a Tx (reads any, writes a write Tx) and return the db errors
// unchanged unless stated.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/page.h"
#include "catalog/price.h"
#include "catalog/pricing.h"
#include "crm/scope.h"
#include "db/database.h"

namespace sd::catalog {

struct PriceListQuery {
  std::optional<std::string> q;  // part of the name
  std::optional<std::string> customer_kind;
  std::optional<int64_t> season_id;
  std::optional<PriceListState> state;
  PageRequest page;
};

struct CustomerPriceQuery {
  std::optional<int64_t> customer_id;
  std::optional<int64_t> product_id;
  // nullptr or scope all: every customer; else the customers the scope sees (crm::Sees).
  const crm::CustomerScope* scope = nullptr;
  PageRequest page;
};

// One row of catalog_price_history.
struct PriceChange {
  int64_t id = 0;
  int64_t at_us = 0;
  std::optional<int64_t> user_id;
  std::string user_login;
  std::string rule_kind;  // "list_line" | "customer_price" | "floor"
  int64_t rule_id = 0;
  int64_t product_id = 0;
  std::optional<int64_t> customer_id;
  std::optional<int64_t> list_id;
  std::string customer_kind;
  int64_t min_qty_e4 = 0;
  std::optional<int64_t> old_e4;
  std::optional<int64_t> new_e4;
  std::optional<std::string> effective_from;
  std::optional<std::string> effective_to;
  std::optional<int64_t> change_id;
  std::string product_code;  // read with the row
  std::string product_name;
  std::string customer_name;
  std::string list_name;
};

namespace store {

// --- The pricing function's reads: two round trips, each a few index lookups.
// The customer's facts, the product's tax rate and cost, and the customer price of the key
// with the latest valid_from not after date. nullopt: no such customer; product_found false:
// no such product.
struct PricingFacts {
  CustomerFacts customer;
  bool product_found = false;
  int64_t tax_rate_e4 = 0;
  int64_t standard_cost_fen = 0;
  std::vector<CustomerPrice> agreed;  // 0 or 1 rows
};
Result<std::optional<PricingFacts>> PricingFactsOf(db::Tx& tx, int64_t customer_id,
                                                   int64_t product_id, const std::string& date);
// The product's lines in active lists of the kind, with their lists and seasons, and its floor
// rows for every kind and the kind (as FloorsFor), in one query.
struct ProductRules {
  std::vector<LineCandidate> lines;
  std::vector<PriceFloor> floors;
};
Result<ProductRules> RulesFor(db::Tx& tx, int64_t product_id, const std::string& kind);
// The single reads, for the use cases:
struct ProductPriceFacts {
  int64_t tax_rate_e4 = 0;
  int64_t standard_cost_fen = 0;
};
Result<std::optional<ProductPriceFacts>> ProductPriceFactsOf(db::Tx& tx, int64_t product_id);
// The product's floor rows for every kind ('') and for `kind`.
Result<std::vector<PriceFloor>> FloorsFor(db::Tx& tx, int64_t product_id, const std::string& kind);
// The customer price row of the key with the latest valid_from not after date (0 or 1 rows).
Result<std::vector<CustomerPrice>> CustomerPricesFor(db::Tx& tx, int64_t customer_id,
                                                     int64_t product_id, const std::string& date);

// --- Seasons.
Result<std::vector<Season>> ListSeasons(db::Tx& tx);
Result<std::optional<Season>> LoadSeason(db::Tx& tx, int64_t id);
// Errors: kAlreadyExists "catalog.season.name_taken" {name}.
Result<int64_t> InsertSeason(db::Tx& tx, const SeasonFields& f, int64_t now_us);
// false on a version mismatch. Errors as InsertSeason.
Result<bool> UpdateSeason(db::Tx& tx, int64_t id, int64_t version, const SeasonFields& f,
                          int64_t now_us);

// --- Price lists and lines.
Result<Page<PriceList>> QueryPriceLists(db::Tx& tx, const PriceListQuery& q);
Result<std::optional<PriceList>> LoadPriceList(db::Tx& tx, int64_t id);
Result<int64_t> InsertPriceList(db::Tx& tx, const PriceListFields& f, int64_t now_us);
// Writes fields and state at version; false on a mismatch.
Result<bool> UpdatePriceList(db::Tx& tx, int64_t id, int64_t version, const PriceListFields& f,
                             PriceListState state, int64_t now_us);
// Active lists other than `except_id` with the same kind, level, region and season.
Result<std::vector<PriceList>> ActiveListsWithKey(db::Tx& tx, const PriceListFields& f,
                                                  int64_t except_id);
Result<std::vector<PriceLine>> LinesOf(db::Tx& tx, int64_t list_id);
Result<std::optional<PriceLine>> LoadLine(db::Tx& tx, int64_t line_id);
// Errors: kAlreadyExists "catalog.price_line.taken" (same product and tier in the list).
Result<int64_t> InsertLine(db::Tx& tx, const PriceLine& l);
Result<void> UpdateLine(db::Tx& tx, const PriceLine& l);
Result<void> DeleteLine(db::Tx& tx, int64_t line_id);
// The list's version + 1 (its lines changed), at version; false on a mismatch.
Result<bool> TouchPriceList(db::Tx& tx, int64_t id, int64_t version, int64_t now_us);

// --- Customer prices and floors.
Result<Page<CustomerPrice>> QueryCustomerPrices(db::Tx& tx, const CustomerPriceQuery& q);
Result<std::optional<CustomerPrice>> LoadCustomerPrice(db::Tx& tx, int64_t id);
// The row of the key starting on valid_from, if any.
Result<std::optional<CustomerPrice>> CustomerPriceStarting(db::Tx& tx, int64_t customer_id,
                                                           int64_t product_id,
                                                           const std::string& valid_from);
Result<int64_t> InsertCustomerPrice(db::Tx& tx, const CustomerPrice& p, int64_t now_us);
// Writes price, valid_to and notes at p.version; false on a mismatch.
Result<bool> UpdateCustomerPrice(db::Tx& tx, const CustomerPrice& p, int64_t now_us);
// Every floor row of the product (or all when product_id is nullopt), newest first.
Result<std::vector<PriceFloor>> ListFloors(db::Tx& tx, std::optional<int64_t> product_id);
Result<std::optional<PriceFloor>> FloorStarting(db::Tx& tx, int64_t product_id,
                                                const std::string& kind,
                                                const std::string& valid_from);
Result<int64_t> InsertFloor(db::Tx& tx, const PriceFloor& f, int64_t now_us);
Result<bool> UpdateFloor(db::Tx& tx, const PriceFloor& f, int64_t now_us);

// --- History.
Result<void> InsertPriceChange(db::Tx& tx, const PriceChange& c);
// Newest first; by product, by customer, or both. With a scope (not all), changes of customer
// prices outside it are left out (list and floor changes stay), so the total counts only what
// the reader sees.
Result<Page<PriceChange>> QueryPriceHistory(db::Tx& tx, std::optional<int64_t> product_id,
                                            std::optional<int64_t> customer_id,
                                            const crm::CustomerScope* scope,
                                            const PageRequest& page);

// Names of seasons and lists by id, for the audit log.
Result<std::map<int64_t, std::string>> SeasonLabels(db::Tx& tx, const std::vector<int64_t>& ids);
Result<std::map<int64_t, std::string>> PriceListLabels(db::Tx& tx, const std::vector<int64_t>& ids);

// --- Invariants.
// Pairs of active lists with the same key whose validities overlap.
Result<int64_t> OverlappingActiveLists(db::Tx& tx);
// Customer prices whose valid_to is before valid_from.
Result<int64_t> ReversedCustomerPrices(db::Tx& tx);

}  // namespace store
}  // namespace sd::catalog
