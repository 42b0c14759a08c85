#include "sales/quotation.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "base/assert.h"
#include "base/text.h"
#include "sales/fx_rate.h"

namespace sd::sales {
namespace {

std::string LineField(size_t i, std::string_view name) {
  return "lines[" + std::to_string(i) + "]." + std::string(name);
}

void CheckLine(size_t i, const QuotationLineInput& l, std::vector<FieldError>* errors) {
  if (l.product_id <= 0)
    errors->push_back({LineField(i, "product_id"), "common.field.required", {}});
  if (l.qty.raw() <= 0 || l.qty.raw() > kLineQtyMaxE4) {
    errors->push_back({LineField(i, "qty"), "sales.quotation.qty_out_of_range", {}});
  }
  if (l.unit_price.raw() < 0 || l.unit_price.raw() > kUnitPriceMaxE4) {
    errors->push_back({LineField(i, "unit_price"), "sales.quotation.price_out_of_range", {}});
  }
  CheckTextField(LineField(i, "notes"), l.notes, kQuotationTextMax, false, errors);
}

}  // namespace

bool IsIncoterm(std::string_view code) {
  return std::find(std::begin(kIncoterms), std::end(kIncoterms), code) != std::end(kIncoterms);
}

void CheckQuotationFields(const QuotationFields& f, std::vector<FieldError>* errors) {
  if (!f.customer_id && !f.lead_id) {
    errors->push_back({"customer_id", "sales.quotation.party_required", {}});
  }
  if (!f.quoted_on.empty() && !ParseIsoDate(f.quoted_on)) {
    errors->push_back({"quoted_on", "common.field.invalid_date", {}});
  }
  if (f.validity_days < 1 || f.validity_days > kValidityDaysMax) {
    errors->push_back({"validity_days",
                       "sales.quotation.validity_days",
                       {{"max", std::to_string(kValidityDaysMax)}}});
  }
  if (!IsCurrency(f.currency)) {
    errors->push_back({"currency", "sales.fx.currency_invalid", {{"choices", CurrencyChoices()}}});
  }
  if (!f.incoterm.empty() && !IsIncoterm(f.incoterm)) {
    errors->push_back({"incoterm", "sales.quotation.incoterm_invalid", {}});
  } else if (f.incoterm.empty() && IsCurrency(f.currency) && f.currency != kBaseCurrency) {
    errors->push_back({"incoterm", "sales.quotation.incoterm_required", {}});
  }
  CheckTextField("incoterm_place", f.incoterm_place, kQuotationTextMax, false, errors);
  CheckTextField("payment_terms", f.payment_terms, kQuotationTextMax, false, errors);
  CheckTextField("delivery_terms", f.delivery_terms, kQuotationTextMax, false, errors);
  CheckTextField("notes", f.notes, kQuotationNotesMax, false, errors);
  if (f.lines.empty()) errors->push_back({"lines", "sales.quotation.lines_required", {}});
  if (f.lines.size() > kQuotationLinesMax) {
    errors->push_back(
        {"lines", "sales.quotation.too_many_lines", {{"max", std::to_string(kQuotationLinesMax)}}});
    return;
  }
  for (size_t i = 0; i < f.lines.size(); ++i) CheckLine(i, f.lines[i], errors);
}

Result<Totals> LineAmounts(Decimal4 qty, Decimal4 unit_price, int64_t tax_rate_e4) {
  SD_ASSERT(tax_rate_e4 >= 0 && tax_rate_e4 < Decimal4::kScale, "catalog holds rates to 0..1");
  const Int128 product = Int128{qty.raw()} * unit_price.raw();
  if (product / 1'000'000 > Money::kMaxFen) {
    return Fail(Code::kInvalidArgument, "sales.quotation.line_too_large");
  }
  Totals t;
  t.gross = Extend(qty, unit_price);
  t.net = Money::FromFen(
      DivRoundHalfAway(Int128{t.gross.fen()} * Decimal4::kScale, Decimal4::kScale + tax_rate_e4));
  t.tax = t.gross - t.net;
  return t;
}

Result<Totals> SumLines(std::span<const QuotationLine> lines) {
  Totals t;
  for (const QuotationLine& l : lines) {
    t.net = t.net + l.net;
    t.tax = t.tax + l.tax;
    t.gross = t.gross + l.gross;
    // Each line is within kMaxFen and there are at most kQuotationLinesMax of them: no overflow.
    if (t.gross.fen() > Money::kMaxFen) {
      return Fail(Code::kInvalidArgument, "sales.quotation.total_too_large");
    }
  }
  return t;
}

std::vector<int64_t> LinesBelowFloor(std::span<const QuotationLine> lines) {
  std::vector<int64_t> out;
  for (const QuotationLine& l : lines) {
    if (l.hints.floor_e4 && l.in.unit_price.raw() < *l.hints.floor_e4) out.push_back(l.line_no);
  }
  return out;
}

bool NeedsFloorApproval(std::span<const QuotationLine> lines, bool maker_may_go_below) {
  return !maker_may_go_below && !LinesBelowFloor(lines).empty();
}

std::string AddDays(std::string_view on, int64_t days) {
  std::optional<std::chrono::year_month_day> d = ParseIsoDate(on);
  SD_ASSERT(d.has_value(), "AddDays takes a checked date");
  const std::chrono::year_month_day out{std::chrono::sys_days(*d) + std::chrono::days(days)};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(out.year()),
                static_cast<unsigned>(out.month()), static_cast<unsigned>(out.day()));
  return buf;
}

std::string_view QuotationStateName(QuotationState s) { return doc::NameOf(kQuotationStates, s); }

std::string_view QuotationActionName(QuotationAction a) {
  return doc::NameOf(kQuotationActions, a);
}

audit::Snapshot QuotationSnapshot(const Quotation& q) {
  std::vector<std::string> lines;
  for (const QuotationLine& l : q.lines) {
    lines.push_back(std::to_string(l.line_no) + ". " + l.product_code + " " + l.product_name +
                    " × " + l.in.qty.ToString() + " " + l.in.unit + " @ " +
                    l.in.unit_price.ToString() + " = " + l.gross.ToString());
  }
  return {{"number", audit::OrNull(q.number)},
          {"customer_id", audit::OrNull(q.f.customer_id)},
          {"lead_id", audit::OrNull(q.f.lead_id)},
          {"quoted_on", q.f.quoted_on},
          {"validity_days", q.f.validity_days},
          {"valid_until", q.valid_until},
          {"currency", q.f.currency},
          {"fx_rate", FormatRate(q.fx_rate_e6)},
          {"incoterm", q.f.incoterm},
          {"incoterm_place", q.f.incoterm_place},
          {"payment_terms", q.f.payment_terms},
          {"delivery_terms", q.f.delivery_terms},
          {"notes", q.f.notes},
          {"lines", lines},
          {"gross_fen", q.totals.gross.fen()},
          {"status", std::string(QuotationStateName(q.state))},
          {"owner_staff_id", audit::OrNull(q.owner_staff_id)}};
}

}  // namespace sd::sales
