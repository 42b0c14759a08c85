#pragma once
// JSON shapes of the customer archive (contract: Customer, CustomerListItem, Contact, Variety,
// PoolItem, CreditRating, Transfer, CrmSettings) and the readers of customer bodies. The
// readers are shared: POST /customers, PATCH /customers/{id} and lead conversion (H2) read the
// same fields the same way.

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "crm/credit.h"
#include "crm/customer.h"
#include "crm/customer_service.h"
#include "crm/pool.h"
#include "crm/pool_service.h"
#include "crm/transfer.h"
#include "http/context.h"
#include "http/json_in.h"

namespace sd::http {

// The customer list's filters from the query string (q, region_id, owner_staff_id, class,
// kind, credit_rating, overdue, sort) and today's business date: GET /customers and its .xlsx
// export read them alike. Paging is the caller's.
Result<crm::CustomerQuery> CustomerFilterOf(const Ctx& ctx);

// The full customer; actions: GET's list of what the actor may do (omitted when nullopt).
// today (YYYY-MM-DD) decides follow_up_overdue.
nlohmann::json CustomerJson(const crm::Customer& c, const std::string& today,
                            const std::optional<std::vector<std::string>>& actions);
// A list item: without contacts and varieties, with primary_contact {name, mobile} | null.
nlohmann::json CustomerListItemJson(const crm::Customer& c, const std::string& today);
nlohmann::json ContactJson(const crm::Contact& c);
nlohmann::json VarietyJson(const crm::Variety& v);
nlohmann::json PoolItemJson(const crm::PoolItem& p);
nlohmann::json CreditRatingJson(const crm::CreditRatingRecord& k);
nlohmann::json TransferJson(const crm::Transfer& t);
nlohmann::json PoolSettingsJson(const crm::PoolSettings& s);

// Reads the body of POST /customers (every field of the Customer JSON that a client may set,
// plus confirm_similar) into out. Field errors are collected in `in` (call in.Finish()).
void ReadNewCustomer(JsonIn& in, crm::NewCustomer* out);
// Reads a PATCH body (version required).
void ReadCustomerPatch(JsonIn& in, crm::CustomerPatch* out);

// A money field ("1234.50") as fen; absent → nullopt; bad text → field error
// common.money.invalid and nullopt.
std::optional<int64_t> ReadMoney(JsonIn& in, std::string_view key);
// A quantity or price field ("10.5000") as ×10⁴; errors as ReadMoney (common.decimal.invalid).
std::optional<int64_t> ReadDecimal4(JsonIn& in, std::string_view key);

}  // namespace sd::http
