#include "sales/quotation.h"

#include <gtest/gtest.h>

#include <set>

#include "sales/quotation_pricing.h"

namespace sd::sales {
namespace {

Decimal4 D(const char* s) { return *Decimal4::Parse(s); }

QuotationFields Valid() {
  QuotationFields f;
  f.customer_id = 1;
  f.quoted_on = "2026-03-02";
  f.lines.push_back({7, "t", D("100"), D("5280"), ""});
  return f;
}

std::set<std::string> Fields(const QuotationFields& f) {
  std::vector<FieldError> errors;
  CheckQuotationFields(f, &errors);
  std::set<std::string> out;
  for (const FieldError& e : errors) out.insert(e.field + ":" + e.key);
  return out;
}

TEST(QuotationLine, TaxIncludedPriceSplitsIntoNetAndTaxPerLine) {
  // 100 t × 5,280.00 incl. 13% = 528,000.00; net 467,256.64; tax 60,743.36.
  Totals t = *LineAmounts(D("100"), D("5280"), 1300);
  EXPECT_EQ(t.gross.fen(), 52'800'000);
  EXPECT_EQ(t.net.fen(), 46'725'664);
  EXPECT_EQ(t.tax.fen(), 6'074'336);
  // 33.3333 t × 4,150.55 = 138,351.528315 → 138,351.53; net 138,351.53 / 1.13 = 122,434.982…
  t = *LineAmounts(D("33.3333"), D("4150.55"), 1300);
  EXPECT_EQ(t.gross.fen(), 13'835'153);
  EXPECT_EQ(t.net.fen() + t.tax.fen(), t.gross.fen());
  EXPECT_EQ(t.net.fen(), 12'243'498);
  // Half a fen rounds away from zero: 1 × 0.005 = 0.005 → 0.01; net 0.01 / 1.13 = 0.0088 → 0.01.
  t = *LineAmounts(D("1"), D("0.005"), 1300);
  EXPECT_EQ(t.gross.fen(), 1);
  EXPECT_EQ(t.net.fen(), 1);
  EXPECT_EQ(t.tax.fen(), 0);
  // No tax: net is gross.
  t = *LineAmounts(D("2"), D("10350"), 0);
  EXPECT_EQ(t.net.fen(), 2'070'000);
  EXPECT_EQ(t.tax.fen(), 0);
  // A free line.
  EXPECT_EQ(LineAmounts(D("1"), D("0"), 1300)->gross.fen(), 0);
  // Beyond Money's range: refused, not wrapped.
  EXPECT_EQ(LineAmounts(D("1000000"), D("100000000"), 1300).error().key,
            "sales.quotation.line_too_large");
}

TEST(QuotationLine, TotalsAreSumsOfTheStoredLines) {
  std::vector<QuotationLine> lines(3);
  const char* prices[] = {"5280", "4150.55", "0.01"};
  for (size_t i = 0; i < 3; ++i) {
    Totals t = *LineAmounts(D("33.3333"), D(prices[i]), 1300);
    lines[i].net = t.net;
    lines[i].tax = t.tax;
    lines[i].gross = t.gross;
  }
  Totals sum = *SumLines(lines);
  EXPECT_EQ(sum.gross.fen(), lines[0].gross.fen() + lines[1].gross.fen() + lines[2].gross.fen());
  EXPECT_EQ(sum.net.fen(), lines[0].net.fen() + lines[1].net.fen() + lines[2].net.fen());
  EXPECT_EQ(sum.net.fen() + sum.tax.fen(), sum.gross.fen());
  EXPECT_EQ(SumLines(std::vector<QuotationLine>{})->gross.fen(), 0);
}

TEST(QuotationFloor, BelowTheFloorNeedsApprovalUnlessTheMakerMayGoBelow) {
  std::vector<QuotationLine> lines(3);
  for (size_t i = 0; i < lines.size(); ++i) lines[i].line_no = static_cast<int64_t>(i + 1);
  lines[0].in.unit_price = D("5000");
  lines[0].hints.floor_e4 = D("4800").raw();  // above the floor
  lines[1].in.unit_price = D("4800");
  lines[1].hints.floor_e4 = D("4800").raw();  // at the floor: not below
  lines[2].in.unit_price = D("1");            // no floor: never below
  EXPECT_TRUE(LinesBelowFloor(lines).empty());
  EXPECT_FALSE(NeedsFloorApproval(lines, false));

  lines[1].in.unit_price = D("4799.9999");
  EXPECT_EQ(LinesBelowFloor(lines), (std::vector<int64_t>{2}));
  EXPECT_TRUE(NeedsFloorApproval(lines, false));
  EXPECT_FALSE(NeedsFloorApproval(lines, true));  // holds price.below_floor
  EXPECT_EQ(QuotationAfterSubmit(true), QuotationState::kSubmitted);
  EXPECT_EQ(QuotationAfterSubmit(false), QuotationState::kApproved);
}

TEST(QuotationPricing, PolicyPricePerBaseUnitAsALinePriceInTheCurrency) {
  const Decimal4 one = D("1");
  EXPECT_EQ(LinePriceFromBase(D("5280"), one, 1'000'000), D("5280"));
  // 5,280 yuan per tonne, quoted per kg (0.001 t).
  EXPECT_EQ(LinePriceFromBase(D("5280"), D("0.001"), 1'000'000), D("5.28"));
  // In USD at 7.1234: 5,280 / 7.1234 = 741.2191…
  EXPECT_EQ(LinePriceFromBase(D("5280"), one, 7'123'400), D("741.2191"));
  // A drum of 200 kg of a solvent priced per kg.
  EXPECT_EQ(LinePriceFromBase(D("12.35"), D("200"), 1'000'000), D("2470"));
}

TEST(QuotationFields, AValidQuotationHasNoErrors) { EXPECT_TRUE(Fields(Valid()).empty()); }

TEST(QuotationFields, BadInputIsAFieldError) {
  QuotationFields f = Valid();
  f.customer_id.reset();
  f.validity_days = 0;
  f.quoted_on = "2026-02-30";
  f.currency = "XYZ";
  f.lines.push_back({0, "", D("0"), D("-1"), ""});
  f.lines.push_back({7, "t", D("1000000.0001"), D("100000000.0001"), ""});
  EXPECT_EQ(Fields(f), (std::set<std::string>{
                           "customer_id:sales.quotation.party_required",
                           "quoted_on:common.field.invalid_date",
                           "validity_days:sales.quotation.validity_days",
                           "currency:sales.fx.currency_invalid",
                           "lines[1].product_id:common.field.required",
                           "lines[1].qty:sales.quotation.qty_out_of_range",
                           "lines[1].unit_price:sales.quotation.price_out_of_range",
                           "lines[2].qty:sales.quotation.qty_out_of_range",
                           "lines[2].unit_price:sales.quotation.price_out_of_range",
                       }));
  f = Valid();
  f.validity_days = -5;
  f.lines.clear();
  EXPECT_EQ(Fields(f), (std::set<std::string>{"validity_days:sales.quotation.validity_days",
                                              "lines:sales.quotation.lines_required"}));
}

TEST(QuotationFields, ForeignCurrencyNeedsAnIncoterm) {
  QuotationFields f = Valid();
  f.currency = "USD";
  EXPECT_EQ(Fields(f), (std::set<std::string>{"incoterm:sales.quotation.incoterm_required"}));
  f.incoterm = "FOB";
  EXPECT_TRUE(Fields(f).empty());
  f.incoterm = "FOO";
  EXPECT_EQ(Fields(f), (std::set<std::string>{"incoterm:sales.quotation.incoterm_invalid"}));
}

TEST(QuotationDates, ValidUntilIsTheDateDaysLater) {
  EXPECT_EQ(AddDays("2026-03-02", 30), "2026-04-01");
  EXPECT_EQ(AddDays("2026-12-20", 15), "2027-01-04");
  EXPECT_EQ(AddDays("2028-02-28", 1), "2028-02-29");
}

TEST(QuotationStates, EveryStateAndActionPair) {
  using S = QuotationState;
  using A = QuotationAction;
  const S states[] = {S::kDraft,    S::kSubmitted, S::kApproved, S::kSent,
                      S::kAccepted, S::kRejected,  S::kExpired,  S::kCancelled};
  const A actions[] = {A::kSubmit, A::kApprove, A::kDecline, A::kSend,    A::kAccept,
                       A::kReject, A::kExpire,  A::kCancel,  A::kWithdraw};
  std::set<std::string> allowed;
  for (S s : states) {
    EXPECT_FALSE(QuotationStateName(s).empty());
    for (A a : actions) {
      EXPECT_FALSE(QuotationActionName(a).empty());
      if (const QuotationTransition* t = doc::Find(kQuotationTransitions, s, a)) {
        allowed.insert(std::string(QuotationStateName(s)) + " " +
                       std::string(QuotationActionName(a)) + " " +
                       std::string(QuotationStateName(t->to)));
      }
    }
  }
  EXPECT_EQ(allowed, (std::set<std::string>{"draft submit submitted", "draft cancel cancelled",
                                            "submitted approve approved", "submitted decline draft",
                                            "submitted withdraw draft", "approved send sent",
                                            "approved cancel cancelled", "sent accept accepted",
                                            "sent reject rejected", "sent expire expired"}));
  // Approvals are never the maker's: their rows name the approver, not a permission.
  EXPECT_EQ(doc::Find(kQuotationTransitions, S::kSubmitted, A::kApprove)->who, doc::Who::kApprover);
  EXPECT_EQ(doc::Find(kQuotationTransitions, S::kDraft, A::kSubmit)->permission, "quotation.write");
  // Withdrawing is the maker's alone.
  EXPECT_EQ(doc::Find(kQuotationTransitions, S::kSubmitted, A::kWithdraw)->who, doc::Who::kOwner);
}

}  // namespace
}  // namespace sd::sales
