#include "demo/demo_products.h"

#include <map>

#include "base/assert.h"
#include "catalog/product_service.h"
#include "org/product_line_service.h"

namespace sd::demo {
namespace {

// Standard cost as a share of the price basis: 4/5, so that the basis is the cost × 5/4 exactly
// in fen and a list price leaves a margin over cost after VAT, as a real price sheet does.
constexpr int64_t kCostNumerator = 4;
constexpr int64_t kCostDenominator = 5;

struct ProductSeed {
  const char* line;  // product line code
  const char* name;
  const char* spec;
  const char* base_unit;
  const char* units;  // "kg=0.001 bag=1": secondary units with their factor
  int64_t tax_rate_e4;
  // The ex-works price basis per base unit, yuan, net of VAT: the price lists are built on it
  // (demo_prices.cc); the standard cost is kCostShare of it.
  const char* basis;
  bool bought;
  const char* package;
  const char* notes;
  bool discontinued = false;
};

constexpr ProductSeed kProducts[] = {
    {"SBS", "SBS改性沥青", "I-A", "t", "kg=0.001", 1300, "4180.00", false, "散装", "寒冷地区用"},
    {"SBS", "SBS改性沥青", "I-B", "t", "kg=0.001", 1300, "4260.00", false, "散装", ""},
    {"SBS", "SBS改性沥青", "I-C", "t", "kg=0.001", 1300, "4380.00", false, "散装",
     "高速公路上面层常用"},
    {"SBS", "SBS改性沥青", "I-D", "t", "kg=0.001", 1300, "4520.00", false, "散装",
     "高温地区、重载交通"},
    {"SBS", "SBS改性沥青", "I-D 吨袋", "t", "kg=0.001 bag=1", 1300, "4610.00", false, "吨袋",
     "适合偏远工地，带加热"},
    {"SBS", "高粘度改性沥青", "HVA", "t", "kg=0.001", 1300, "5150.00", false, "散装",
     "排水沥青路面、OGFC"},
    {"SBS", "橡胶改性沥青", "AR-1", "t", "kg=0.001", 1300, "3960.00", false, "散装", ""},
    {"SBS", "SBS改性乳化沥青", "BCR", "t", "kg=0.001 drum=0.2", 1300, "3880.00", false, "桶装",
     "200千克/桶"},
    {"ROAD", "道路石油沥青", "70# A级", "t", "kg=0.001", 1300, "3580.00", false, "散装", ""},
    {"ROAD", "道路石油沥青", "90# A级", "t", "kg=0.001", 1300, "3520.00", false, "散装", ""},
    {"ROAD", "道路石油沥青", "70# A级（进口）", "t", "kg=0.001", 1300, "3790.00", true, "散装",
     "外采，船运至岳阳港"},
    {"ROAD", "道路石油沥青", "90# A级（进口）", "t", "kg=0.001", 1300, "3730.00", true, "散装",
     "外采"},
    {"ROAD", "道路石油沥青", "110# B级", "t", "kg=0.001", 1300, "3410.00", true, "散装",
     "县乡道路用，已停售", true},
    {"ROAD", "阳离子乳化沥青", "PC-2", "t", "kg=0.001 drum=0.2", 1300, "3150.00", false, "桶装",
     "透层油"},
    {"ROAD", "阳离子乳化沥青", "PC-3", "t", "kg=0.001 drum=0.2", 1300, "3120.00", false, "桶装",
     "粘层油"},
    {"RUBBER", "橡胶粉", "40目", "t", "kg=0.001 bag=1", 1300, "2150.00", true, "吨袋",
     "废旧轮胎常温粉碎"},
    {"RUBBER", "橡胶粉", "60目", "t", "kg=0.001 bag=0.025", 1300, "2380.00", true, "25千克/袋", ""},
    {"RUBBER", "橡胶粉", "80目", "t", "kg=0.001 bag=0.025", 1300, "2640.00", true, "25千克/袋", ""},
    {"SOLVENT", "助溶剂", "RJ-1", "kg", "drum=200 t=1000", 1300, "12.50", true, "桶装",
     "200千克/桶"},
    {"SOLVENT", "助溶剂", "RJ-2 低温型", "kg", "drum=180 t=1000", 1300, "14.80", true, "桶装",
     "180千克/桶"},
    {"SOLVENT", "SBS改性沥青稳定剂", "WD-3", "kg", "bag=25 t=1000", 1300, "18.60", true,
     "25千克/袋", ""},
    {"EQUIP", "SBS改性沥青生产设备", "GX-20（20吨/小时）", "set", "", 1300, "1280000.00", true, "",
     "含胶体磨、发育罐，安装调试另计"},
    {"EQUIP", "乳化沥青设备", "RH-10（10吨/小时）", "set", "", 1300, "386000.00", true, "", ""},
    {"EQUIP", "沥青储罐", "50立方米 带导热油盘管", "unit", "", 1300, "168000.00", true, "", ""},
    {"EQUIP", "沥青脱桶设备", "TT-6", "unit", "", 1300, "92000.00", true, "", ""},
    {"EQUIP", "智能沥青洒布车", "8立方米", "unit", "", 1300, "465000.00", true, "", "底盘另行上牌"},
    {"EQUIP", "导热油炉", "YLW-1400", "unit", "", 1300, "138000.00", true, "", ""},
};

std::vector<catalog::SecondaryUnit> Units(std::string_view text) {
  std::vector<catalog::SecondaryUnit> out;
  while (!text.empty()) {
    const size_t end = text.find(' ');
    const std::string_view part = text.substr(0, end);
    const size_t eq = part.find('=');
    auto factor = Decimal4::Parse(part.substr(eq + 1));
    SD_ASSERT(eq != std::string_view::npos && factor, "demo units are written unit=factor");
    out.push_back({std::string(part.substr(0, eq)), *factor});
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
  }
  return out;
}

}  // namespace

int64_t PriceBasisFen(const catalog::Product& p) {
  return p.f.standard_cost_fen * kCostDenominator / kCostNumerator;
}

Result<void> LoadProducts(db::Tx& tx, const auth::Actor& actor) {
  std::map<std::string, int64_t, std::less<>> lines;
  SD_TRY_ASSIGN(std::vector<org::ProductLine> all, org::ListProductLines(tx));
  for (const org::ProductLine& l : all) lines[l.f.code] = l.id;
  for (const ProductSeed& s : kProducts) {
    catalog::ProductFields f;
    f.name = s.name;
    f.spec = s.spec;
    f.product_line_id = lines.at(s.line);
    f.base_unit = s.base_unit;
    f.units = Units(s.units);
    f.tax_rate_e4 = s.tax_rate_e4;
    auto basis = Money::Parse(s.basis);
    SD_ASSERT(basis.has_value() && basis->fen() % kCostDenominator == 0,
              "demo price bases are yuan with two decimals, in steps of 5 fen");
    f.standard_cost_fen = basis->fen() * kCostNumerator / kCostDenominator;
    f.source = s.bought ? catalog::ProductSource::kBought : catalog::ProductSource::kMade;
    f.package = s.package;
    f.notes = s.notes;
    SD_TRY_ASSIGN(catalog::Product p, catalog::CreateProduct(tx, actor, std::move(f)));
    if (s.discontinued) {
      SD_TRY(
          catalog::ActOnProduct(tx, actor, p.id, catalog::ProductAction::kDiscontinue, p.version));
    }
  }
  return Ok();
}

}  // namespace sd::demo
