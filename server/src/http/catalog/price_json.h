#pragma once
// JSON shapes of the price policy (contract: Season, PriceList, PriceListDetail, PriceLine,
// CustomerPrice, PriceFloor, PriceChange, PriceRequest, PriceAnswer) and the readers of their
// bodies. Prices travel as strings with four places ("5200.0000", tax-inclusive per base unit);
// a price with more than four decimals, or not a number, is the field error
// catalog.price.invalid. Dates are "YYYY-MM-DD".

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "catalog/price_request_service.h"
#include "catalog/price_service.h"
#include "http/context.h"
#include "http/json_in.h"

namespace sd::http {

// A price ×10⁴ read from the string at key; nullopt when absent or bad (the error is in `in`).
std::optional<int64_t> ReadPriceE4(JsonIn& in, std::string_view key, bool required);
// An optional date at key: absent or null is nullopt.
std::optional<std::string> ReadOptDate(JsonIn& in, std::string_view key);

nlohmann::json SeasonJson(const catalog::Season& s);
void ReadSeason(JsonIn& in, catalog::SeasonFields* out);

nlohmann::json PriceListJson(const catalog::PriceList& l, const std::vector<std::string>& actions);
nlohmann::json PriceLineJson(const catalog::PriceLine& l);
nlohmann::json PriceListDetailJson(const catalog::PriceListDetail& d,
                                   const std::vector<std::string>& actions);
void ReadPriceList(JsonIn& in, catalog::PriceListFields* out);
Result<catalog::PriceListQuery> PriceListFilterOf(const Ctx& ctx);

nlohmann::json CustomerPriceJson(const catalog::CustomerPrice& p);
nlohmann::json FloorJson(const catalog::PriceFloor& f);
nlohmann::json PriceChangeJson(const catalog::PriceChange& c);
nlohmann::json PriceRequestJson(const catalog::PriceRequest& r,
                                const std::vector<std::string>& actions);
void ReadPriceRequest(JsonIn& in, catalog::PriceRequestFields* out);
nlohmann::json PriceAnswerJson(const catalog::PriceAnswer& a);

}  // namespace sd::http
