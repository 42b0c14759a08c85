#pragma once
// Quotations (报价单): to a customer in scope or to a lead or inquiry (foreign trade quotes from
// an inquiry), in CNY or a foreign currency at the day's rate, with incoterm, payment and
// delivery terms and a validity; lines of catalog products at tax-inclusive prices (China
// quotes 含税). Types and pure rules only: no SQL (quotation_store.h), no JSON, no clock.
// Contracts and orders will copy this shape.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit.h"
#include "base/money.h"
#include "base/result.h"
#include "sales/quotation_states.h"

namespace sd::sales {

// Incoterms 2020 (贸易术语), for export quotations.
inline constexpr std::string_view kIncoterms[] = {"EXW", "FCA", "FAS", "FOB", "CFR", "CIF",
                                                  "CPT", "CIP", "DAP", "DPU", "DDP"};
bool IsIncoterm(std::string_view code);

inline constexpr size_t kQuotationLinesMax = 200;
inline constexpr int64_t kValidityDaysMax = 365;
inline constexpr size_t kQuotationTextMax = 200;    // incoterm place, payment and delivery terms
inline constexpr size_t kQuotationNotesMax = 4000;  // notes
// A line of more than a million units (tonnes, sets) or a price above a hundred million per
// unit is a typo, not a quotation: refused rather than stored.
inline constexpr int64_t kLineQtyMaxE4 = 1'000'000 * Decimal4::kScale;
inline constexpr int64_t kUnitPriceMaxE4 = 100'000'000 * Decimal4::kScale;

// What the user writes on a line.
struct QuotationLineInput {
  int64_t product_id = 0;
  std::string unit;  // one of the product's units; "" = its base unit
  Decimal4 qty;
  Decimal4 unit_price;  // per `unit`, tax included, in the quotation's currency
  std::string notes;
};

// The price hints of a line, filled by PriceLines (quotation_pricing.h); nullopt when no rule
// of the price policy applies. Per the line's unit, tax included, in the quotation's currency.
struct PriceHints {
  std::optional<int64_t> list_price_e4;
  std::optional<std::string> price_source;  // customer_price | season_list | base_list | none
  std::optional<int64_t> floor_e4;
};

struct QuotationLine {
  int64_t line_no = 0;  // 1-based
  QuotationLineInput in;
  // Copied from the catalog when saved, so the printed quotation stays as it was sent.
  std::string product_code;
  std::string product_name;
  std::string product_spec;
  Decimal4 base_qty;  // qty in the product's base unit
  int64_t tax_rate_e4 = 0;
  Money net;
  Money tax;
  Money gross;
  PriceHints hints;
};

struct QuotationFields {
  std::optional<int64_t> customer_id;
  std::optional<int64_t> lead_id;  // a lead or an inquiry (询盘)
  std::string quoted_on;           // YYYY-MM-DD; empty on create = today
  int64_t validity_days = 30;
  std::string currency = "CNY";
  std::string incoterm;        // "" or one of kIncoterms; required for a foreign currency
  std::string incoterm_place;  // FOB Shanghai: "Shanghai"
  std::string payment_terms;
  std::string delivery_terms;
  std::string notes;
  std::vector<QuotationLineInput> lines;
};

struct Totals {
  Money net;
  Money tax;
  Money gross;
};

struct Quotation {
  int64_t id = 0;
  std::optional<std::string> number;  // taken on submit
  QuotationFields f;
  std::vector<QuotationLine> lines;
  std::string valid_until;  // quoted_on + validity_days
  int64_t fx_rate_e6 = 0;   // yuan per unit of the currency on quoted_on; CNY: 10⁶
  Totals totals;            // sums of the stored lines
  Money gross_cny;          // totals.gross at fx_rate_e6
  QuotationState state = QuotationState::kDraft;
  std::optional<int64_t> owner_staff_id;  // the rep whose quotation it is (data scope)
  std::string owner_name;
  int64_t maker_user_id = 0;
  std::string customer_name;  // or the lead's company
  std::string decision_note;  // the approver's or the customer's last word
  std::optional<std::string> sent_on;
  int64_t version = 1;
  int64_t created_at_us = 0;
  int64_t updated_at_us = 0;
};

// Field errors of f's own values, keyed by the JSON field ("lines[1].qty"): neither customer nor
// lead, dates, validity 1..365 ("sales.quotation.validity_days"), currency, incoterm (unknown,
// or missing for a foreign currency), text lengths, no lines or too many, quantity ≤ 0 or too
// large ("sales.quotation.qty_out_of_range"), price < 0 or too large
// ("sales.quotation.price_out_of_range"). Products and units are the service's checks.
void CheckQuotationFields(const QuotationFields& f, std::vector<FieldError>* errors);

// The amounts of a line at a tax-inclusive price: gross = qty × price rounded half away from
// zero to fen; net = gross ÷ (1 + rate) rounded the same way; tax = gross − net, so net + tax
// is gross to the fen. Errors: kInvalidArgument "sales.quotation.line_too_large" when gross
// exceeds Money::kMaxFen.
Result<Totals> LineAmounts(Decimal4 qty, Decimal4 unit_price, int64_t tax_rate_e4);

// The quotation's totals: sums of the lines' stored amounts (never recomputed from a header).
// Errors: kInvalidArgument "sales.quotation.total_too_large" past Money::kMaxFen.
Result<Totals> SumLines(std::span<const QuotationLine> lines);

// The 1-based numbers of lines priced below their floor (unit_price < floor_e4; lines without
// a floor never are). Pure.
std::vector<int64_t> LinesBelowFloor(std::span<const QuotationLine> lines);

// Whether submitting needs the below-floor approval: some line is below its floor and the
// maker may not go below floors (price.below_floor). Pure.
bool NeedsFloorApproval(std::span<const QuotationLine> lines, bool maker_may_go_below);

// The date `days` after `on` (both YYYY-MM-DD); on must be valid.
std::string AddDays(std::string_view on, int64_t days);

std::string_view QuotationStateName(QuotationState s);
std::string_view QuotationActionName(QuotationAction a);

audit::Snapshot QuotationSnapshot(const Quotation& q);

}  // namespace sd::sales
