#include "demo/demo_prices.h"

#include <map>

#include "auth/user_store.h"
#include "catalog/price_request_service.h"
#include "catalog/price_service.h"
#include "catalog/product_service.h"
#include "crm/customer_store.h"
#include "demo/demo_customers.h"
#include "demo/demo_products.h"
#include "demo/demo_staff.h"
#include "org/staff_service.h"

namespace sd::demo {
namespace {

using Products = std::map<std::string, catalog::Product, std::less<>>;

// Markups over the price basis (‰) for the tax-inclusive list prices, per customer kind.
struct KindMarkup {
  const char* kind;
  const char* label;
  int64_t peak_permille;
  int64_t low_permille;
  int64_t equipment_permille;
};
constexpr KindMarkup kMarkups[] = {{"end_user", "终端用户", 1220, 1160, 1250},
                                   {"dealer", "经销商", 1170, 1110, 1180},
                                   {"agent", "代理商", 1150, 1090, 1150}};

bool IsEquipment(const catalog::Product& p) {
  return p.f.base_unit == "set" || p.f.base_unit == "unit";
}

// price basis × ‰, rounded to a price a sales sheet would carry: 1,000 yuan for equipment, 10
// yuan per tonne, 0.10 yuan per kilogram. As ×10⁴ yuan.
int64_t PriceE4(const catalog::Product& p, int64_t permille) {
  const int64_t basis = PriceBasisFen(p);
  const int64_t fen = basis * permille / 1000;
  const int64_t step = IsEquipment(p) ? 100'000 : basis >= 100'000 ? 1'000 : 10;
  return (fen + step / 2) / step * step * 100;
}

Result<int64_t> CustomerId(db::Tx& tx, int64_t serial) {
  SD_TRY_ASSIGN(auto found, crm::store::FindByCreditCode(tx, GeneratedCreditCode(900'000 + serial),
                                                         std::nullopt));
  if (!found) return Fail(Code::kFailedPrecondition, "demo.not_loaded");
  return found->id;
}

Result<void> LoadLists(db::Tx& tx, const auth::Actor& head, const Products& products, int64_t peak,
                       int64_t low) {
  for (const KindMarkup& m : kMarkups) {
    struct Plan {
      std::string name;
      std::optional<int64_t> season;
      int64_t permille;
      bool equipment;
    };
    const Plan plans[] = {
        {std::string(m.label) + "旺季价", peak, m.peak_permille, false},
        {std::string(m.label) + "淡季价", low, m.low_permille, false},
        {std::string(m.label) + "设备价", std::nullopt, m.equipment_permille, true}};
    for (const Plan& plan : plans) {
      catalog::PriceListFields f;
      f.name = plan.name + " 2026";
      f.customer_kind = m.kind;
      f.season_id = plan.season;
      f.valid_from = "2026-01-01";
      SD_TRY_ASSIGN(catalog::PriceList list, catalog::CreatePriceList(tx, head, f));
      int64_t version = list.version;
      for (const auto& [key, p] : products) {
        if (IsEquipment(p) != plan.equipment) continue;
        const int64_t price = PriceE4(p, plan.permille);
        SD_TRY_ASSIGN(auto d, catalog::SetPriceLine(tx, head, list.id, version, {p.id, 0, price}));
        version = d.list.version;
        // Dealers buying 100 t or more in a delivery get 60 yuan off per tonne.
        if (std::string_view(m.kind) == "dealer" && p.f.base_unit == "t") {
          SD_TRY_ASSIGN(d, catalog::SetPriceLine(tx, head, list.id, version,
                                                 {p.id, 100 * 10'000, price - 60 * 10'000}));
          version = d.list.version;
        }
      }
      SD_TRY(
          catalog::ActOnPriceList(tx, head, list.id, catalog::PriceListAction::kActivate, version));
    }
  }
  return Ok();
}

Result<void> LoadFloors(db::Tx& tx, const auth::Actor& head, const Products& products) {
  for (const auto& [key, p] : products) {
    SD_TRY(catalog::SetFloor(tx, head,
                             {p.id, "", PriceE4(p, IsEquipment(p) ? 1080 : 1060), "2026-01-01"}));
    if (!IsEquipment(p)) {
      SD_TRY(catalog::SetFloor(tx, head, {p.id, "dealer", PriceE4(p, 1040), "2026-01-01"}));
    }
  }
  return Ok();
}

// Agreed prices the head set directly, and two proposals by the deputies.
Result<void> LoadAgreements(db::Tx& tx, const auth::Actor& system, const auth::Actor& head,
                            const Products& products) {
  struct Agreed {
    int64_t serial;  // demo customer
    const char* product;
    int64_t price_e4;
    const char* notes;
  };
  const Agreed agreed[] = {
      {2, "SBS改性沥青 I-C", 4980 * 10'000, "2026年度供货协议，年用量约6000吨"},
      {1, "助溶剂 RJ-1", 158'000, "长期合作，按季度结算"},
      {20, "道路石油沥青 70# A级", 4150 * 10'000, "成渝扩容项目专供"}};
  for (const Agreed& a : agreed) {
    SD_TRY_ASSIGN(int64_t customer, CustomerId(tx, a.serial));
    SD_TRY(catalog::SetCustomerPrice(
        tx, head,
        {customer, products.at(a.product).id, a.price_e4, "2026-01-01", "2026-12-31", a.notes}));
  }
  SD_TRY_ASSIGN(auth::Actor north, ActAsWithSystemRights(tx, system, "deputy.wang"));
  SD_TRY_ASSIGN(auth::Actor south, ActAsWithSystemRights(tx, system, "deputy.zhou"));
  catalog::PriceRequestFields decided;
  decided.product_id = products.at("SBS改性沥青 I-C").id;
  SD_TRY_ASSIGN(decided.customer_id, CustomerId(tx, 16));  // 浙江交工
  decided.new_e4 = 5080 * 10'000;
  decided.effective_from = "2026-04-01";
  decided.effective_to = "2026-12-31";
  decided.reason = "杭绍甬高速项目中标，全年用量约4000吨";
  SD_TRY_ASSIGN(catalog::PriceRequest r, catalog::ProposePriceChange(tx, south, decided));
  SD_TRY(catalog::ActOnPriceRequest(tx, head, r.id, catalog::PriceRequestAction::kApprove,
                                    r.version, "同意，按协议价执行至年底"));
  catalog::PriceRequestFields pending;
  pending.product_id = products.at("SBS改性沥青 I-D").id;
  SD_TRY_ASSIGN(pending.customer_id, CustomerId(tx, 9));  // 山东路桥
  pending.new_e4 = 5150 * 10'000;
  pending.effective_from = "2026-06-01";
  pending.effective_to = "2026-12-31";
  pending.reason = "济青高速改扩建，竞争对手报价5100元/吨";
  SD_TRY(catalog::ProposePriceChange(tx, north, pending));
  return Ok();
}

}  // namespace

Result<void> LoadPrices(db::Tx& tx, const auth::Actor& system) {
  SD_TRY_ASSIGN(auth::Actor head, ActAsWithSystemRights(tx, system, "head.li"));
  catalog::ProductQuery q;
  q.state = catalog::ProductState::kActive;
  q.page.size = kMaxPageSize;
  SD_TRY_ASSIGN(Page<catalog::Product> page, catalog::ListProducts(tx, q));
  Products products;
  for (catalog::Product& p : page.items) {
    products.emplace(p.f.name + " " + p.f.spec, std::move(p));
  }
  SD_TRY_ASSIGN(catalog::Season peak,
                catalog::CreateSeason(tx, head, {"旺季", true, "03-15", "10-31", "施工旺季"}));
  SD_TRY_ASSIGN(catalog::Season low,
                catalog::CreateSeason(tx, head, {"淡季", true, "11-01", "03-14", "冬季停工期"}));
  SD_TRY(LoadLists(tx, head, products, peak.id, low.id));
  SD_TRY(LoadFloors(tx, head, products));
  return LoadAgreements(tx, system, head, products);
}

}  // namespace sd::demo
