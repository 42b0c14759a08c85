#include "demo/demo_customers.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <map>

#include "auth/actor.h"
#include "auth/user_store.h"
#include "crm/competitor_service.h"
#include "crm/credit_code.h"
#include "crm/credit_service.h"
#include "crm/customer_service.h"
#include "crm/customer_store.h"
#include "crm/follow_up.h"
#include "crm/follow_up_service.h"
#include "crm/follow_up_store.h"
#include "crm/lead_service.h"
#include "crm/sample_service.h"
#include "demo/demo_staff.h"
#include "org/product_line_service.h"
#include "org/region_service.h"
#include "org/staff_service.h"

namespace sd::demo {
namespace {

using Ids = std::map<std::string, int64_t, std::less<>>;

struct ContactSeed {
  const char* name;
  const char* title;
  const char* role;
  const char* mobile;
};

struct CustomerSeed {
  const char* name;
  const char* short_name;
  const char* kind;   // end_user | dealer | agent
  const char* klass;  // key | regular | prospect
  const char* industry;
  const char* region;  // region code
  const char* owner;   // staff code, "" = pool
  const char* address;
  const char* phone;
  std::array<ContactSeed, 2> contacts;  // name "" = none
  const char* varieties;                // "LINE:品种:年用量:单位;…"
  const char* rating;                   // "" or A–D (approved)
  int follow_up_in_days;                // next follow-up relative to today; 0 = none, < 0 overdue
};

// The hand-written part of the archive: road builders, asphalt plants, dealers and a few
// prospects in the pool. Region owners: north E004/E006/E008, south E005/E007/E009.
constexpr CustomerSeed kSeeds[] = {
    {"巴陵石化有限公司",
     "巴陵石化",
     "end_user",
     "key",
     "石油化工",
     "430600",
     "E005",
     "湖南省岳阳市云溪区巴陵石化路1号",
     "0730-8451000",
     {{{"王建华", "物资采购部经理", "purchasing", "13907300101"},
       {"刘洋", "总工程师", "technical", "13907300102"}}},
     "SBS:SBS改性沥青:8000:吨;SOLVENT:助溶剂:300:吨",
     "A",
     7},
    {"湖南路桥建设集团有限责任公司",
     "湖南路桥",
     "end_user",
     "key",
     "公路施工",
     "430100",
     "E005",
     "湖南省长沙市天心区芙蓉南路",
     "0731-85012000",
     {{{"谭志勇", "采购中心主任", "purchasing", "13807310201"},
       {"彭丽", "财务部长", "finance", "13807310202"}}},
     "SBS:SBS改性沥青:12000:吨;ROAD:道路沥青:20000:吨",
     "A",
     -3},
    {"岳阳市公路桥梁基建总公司",
     "岳阳路桥",
     "end_user",
     "regular",
     "公路施工",
     "430602",
     "E005",
     "湖南省岳阳市岳阳楼区",
     "0730-8223300",
     {{{"李国强", "副总经理", "decision_maker", "13973000301"}, {"", "", "", ""}}},
     "ROAD:道路沥青:6000:吨",
     "B",
     -10},
    {"株洲市政工程有限公司",
     "株洲市政",
     "end_user",
     "regular",
     "市政工程",
     "430200",
     "E005",
     "湖南省株洲市天元区",
     "0731-22880000",
     {{{"罗斌", "材料科长", "purchasing", "13907330401"}, {"", "", "", ""}}},
     "ROAD:道路沥青:3500:吨",
     "B",
     14},
    {"湖北交投建设集团有限公司",
     "湖北交投",
     "end_user",
     "key",
     "公路施工",
     "420000",
     "E005",
     "湖北省武汉市汉阳区",
     "027-84560000",
     {{{"胡振华", "物资部部长", "purchasing", "13907100501"},
       {"陈晓", "试验室主任", "technical", "13907100502"}}},
     "SBS:SBS改性沥青:9000:吨;RUBBER:橡胶粉:800:吨",
     "A",
     5},
    {"江西赣粤高速公路工程有限责任公司",
     "赣粤高速",
     "end_user",
     "regular",
     "公路养护",
     "360000",
     "E005",
     "江西省南昌市",
     "0791-86660000",
     {{{"黄伟", "养护中心主任", "decision_maker", "13907910601"}, {"", "", "", ""}}},
     "SBS:SBS改性沥青:4000:吨",
     "",
     -1},
    {"河北交通投资集团有限公司",
     "河北交投",
     "end_user",
     "key",
     "公路施工",
     "130100",
     "E004",
     "河北省石家庄市桥西区",
     "0311-87650000",
     {{{"赵建军", "采购部经理", "purchasing", "13903110701"},
       {"孙悦", "财务经理", "finance", "13903110702"}}},
     "SBS:SBS改性沥青:10000:吨;ROAD:道路沥青:15000:吨",
     "A",
     10},
    {"北京市政路桥股份有限公司",
     "北京市政路桥",
     "end_user",
     "key",
     "市政工程",
     "110000",
     "E004",
     "北京市西城区",
     "010-63520000",
     {{{"刘振宇", "材料公司总经理", "decision_maker", "13901000801"}, {"", "", "", ""}}},
     "SBS:SBS改性沥青:7000:吨;EQUIP:沥青设备:2:套",
     "A",
     -5},
    {"山东高速路桥集团股份有限公司",
     "山东路桥",
     "end_user",
     "key",
     "公路施工",
     "370000",
     "E004",
     "山东省济南市历下区",
     "0531-68900000",
     {{{"王磊", "物资设备部经理", "purchasing", "13905310901"}, {"", "", "", ""}}},
     "SBS:SBS改性沥青:11000:吨",
     "B",
     20},
    {"天津津路沥青经销有限公司",
     "津路沥青",
     "dealer",
     "regular",
     "沥青贸易",
     "120000",
     "E004",
     "天津市滨海新区",
     "022-25300000",
     {{{"张涛", "总经理", "decision_maker", "13902201001"}, {"", "", "", ""}}},
     "ROAD:道路沥青:5000:吨",
     "C",
     0},
    {"山西路桥建设集团有限公司",
     "山西路桥",
     "end_user",
     "regular",
     "公路施工",
     "140000",
     "E006",
     "山西省太原市小店区",
     "0351-7020000",
     {{{"郭亮", "采购部部长", "purchasing", "13903511101"}, {"", "", "", ""}}},
     "SBS:SBS改性沥青:5000:吨",
     "B",
     3},
    {"河南交通投资集团有限公司",
     "河南交投",
     "end_user",
     "key",
     "公路施工",
     "410000",
     "E006",
     "河南省郑州市郑东新区",
     "0371-69150000",
     {{{"马超", "物资处处长", "purchasing", "13903711201"}, {"", "", "", ""}}},
     "SBS:SBS改性沥青:8500:吨;RUBBER:橡胶粉:600:吨",
     "A",
     -2},
    {"陕西建工路桥集团有限公司",
     "陕建路桥",
     "end_user",
     "regular",
     "公路施工",
     "610000",
     "E006",
     "陕西省西安市雁塔区",
     "029-87890000",
     {{{"杨帆", "项目经理", "decision_maker", "13902901301"}, {"", "", "", ""}}},
     "ROAD:道路沥青:4000:吨",
     "",
     12},
    {"辽宁省交通建设投资集团有限责任公司",
     "辽宁交投",
     "end_user",
     "key",
     "公路施工",
     "210000",
     "E008",
     "辽宁省沈阳市和平区",
     "024-23180000",
     {{{"孙立新", "采购中心主任", "purchasing", "13902401401"}, {"", "", "", ""}}},
     "SBS:SBS改性沥青:6000:吨",
     "B",
     8},
    {"内蒙古路桥集团有限责任公司",
     "内蒙古路桥",
     "end_user",
     "regular",
     "公路施工",
     "150000",
     "E008",
     "内蒙古呼和浩特市赛罕区",
     "0471-6600000",
     {{{"巴特尔", "材料部经理", "purchasing", "13904711501"}, {"", "", "", ""}}},
     "ROAD:道路沥青:3000:吨",
     "C",
     -7},
    {"浙江交工集团股份有限公司",
     "浙江交工",
     "end_user",
     "key",
     "公路施工",
     "330000",
     "E007",
     "浙江省杭州市滨江区",
     "0571-87560000",
     {{{"吴浩", "物资部经理", "purchasing", "13905711601"},
       {"钱敏", "技术中心主任", "technical", "13905711602"}}},
     "SBS:SBS改性沥青:9500:吨;EQUIP:沥青设备:1:套",
     "A",
     4},
    {"广东冠粤路桥有限公司",
     "冠粤路桥",
     "end_user",
     "key",
     "公路施工",
     "440100",
     "E007",
     "广东省广州市天河区",
     "020-38860000",
     {{{"陈志明", "采购经理", "purchasing", "13902001701"}, {"", "", "", ""}}},
     "SBS:SBS改性沥青:7500:吨",
     "A",
     -4},
    {"福建省高速公路养护工程有限公司",
     "福建高速养护",
     "end_user",
     "regular",
     "公路养护",
     "350000",
     "E007",
     "福建省福州市",
     "0591-87090000",
     {{{"林峰", "养护部主任", "decision_maker", "13905911801"}, {"", "", "", ""}}},
     "ROAD:道路沥青:2500:吨",
     "",
     0},
    {"广西北部湾沥青贸易有限公司",
     "北部湾沥青",
     "dealer",
     "regular",
     "沥青贸易",
     "450000",
     "E007",
     "广西南宁市良庆区",
     "0771-5600000",
     {{{"黄海", "总经理", "decision_maker", "13907711901"}, {"", "", "", ""}}},
     "ROAD:道路沥青:6000:吨;SOLVENT:助溶剂:200:吨",
     "C",
     0},
    {"四川公路桥梁建设集团有限公司",
     "四川路桥",
     "end_user",
     "key",
     "公路施工",
     "510000",
     "E009",
     "四川省成都市高新区",
     "028-85120000",
     {{{"何勇", "物资中心主任", "purchasing", "13902802001"}, {"", "", "", ""}}},
     "SBS:SBS改性沥青:10000:吨",
     "A",
     6},
    {"重庆市智翔铺道技术工程有限公司",
     "智翔铺道",
     "end_user",
     "regular",
     "桥面铺装",
     "500000",
     "E009",
     "重庆市南岸区",
     "023-62650000",
     {{{"邓军", "技术总监", "technical", "13902302101"}, {"", "", "", ""}}},
     "SBS:SBS改性沥青:2000:吨;RUBBER:橡胶粉:300:吨",
     "B",
     -6},
    {"云南滇中沥青代理有限公司",
     "滇中沥青",
     "agent",
     "prospect",
     "沥青贸易",
     "530000",
     "E009",
     "云南省昆明市官渡区",
     "0871-63300000",
     {{{"李云", "经理", "decision_maker", "13908712201"}, {"", "", "", ""}}},
     "ROAD:道路沥青:1500:吨",
     "",
     0},
    // 公海 pool: prospects nobody owns now.
    {"常德市德山公路工程有限公司",
     "德山公路",
     "end_user",
     "prospect",
     "公路施工",
     "430700",
     "",
     "湖南省常德市",
     "0736-7300000",
     {{{"周平", "经理", "decision_maker", "13907362301"}, {"", "", "", ""}}},
     "",
     "",
     0},
    {"邯郸市交通建设有限公司",
     "邯郸交建",
     "end_user",
     "prospect",
     "公路施工",
     "130400",
     "",
     "河北省邯郸市",
     "0310-3100000",
     {{{"冯刚", "副经理", "purchasing", "13903102401"}, {"", "", "", ""}}},
     "",
     "",
     0},
    {"珠海横琴路面材料有限公司",
     "横琴路面",
     "dealer",
     "prospect",
     "沥青贸易",
     "440400",
     "",
     "广东省珠海市",
     "0756-8800000",
     {{{"", "", "", ""}, {"", "", "", ""}}},
     "",
     "",
     0},
};

// Generated demo customers fill the archive to about 60, round-robin over these reps and
// regions (each region owned by the rep, GB/T 2260 codes).
struct OwnedRegion {
  const char* owner;
  const char* region;
};
constexpr OwnedRegion kFill[] = {
    {"E005", "430400"}, {"E004", "130200"}, {"E006", "620000"}, {"E007", "440300"},
    {"E008", "230000"}, {"E009", "520000"}, {"E005", "320000"}, {"E004", "130600"},
    {"E006", "640000"}, {"E007", "460000"}, {"E008", "220000"}, {"E009", "510000"},
};
constexpr int64_t kFillCount = 36;
constexpr const char* kFillLines[] = {"SBS", "ROAD", "RUBBER", "SOLVENT", "EQUIP"};
constexpr const char* kFillVarieties[] = {"SBS改性沥青", "道路沥青", "橡胶粉", "助溶剂",
                                          "沥青设备"};

constexpr std::string_view kCities[] = {
    "岳阳", "长沙", "株洲", "湘潭", "衡阳", "常德",   "益阳", "郴州", "石家庄", "唐山",
    "保定", "廊坊", "沧州", "济南", "青岛", "潍坊",   "太原", "郑州", "洛阳",   "西安",
    "兰州", "银川", "沈阳", "大连", "长春", "哈尔滨", "包头", "杭州", "宁波",   "温州",
    "福州", "厦门", "广州", "深圳", "佛山", "东莞",   "南宁", "海口", "成都",   "绵阳",
    "重庆", "贵阳", "昆明", "南京", "苏州", "合肥",   "南昌", "武汉"};
constexpr std::string_view kBrands[] = {
    "华盛", "鼎力", "通达", "宏远", "永安", "恒信", "金路", "顺捷", "远航", "嘉禾",
    "瑞丰", "中联", "天成", "广厦", "新元", "博远", "立信", "锦程", "长风", "启明",
    "凯越", "汇通", "鸿运", "泰和", "宇通", "正邦", "弘毅", "振华", "兴业", "坤元",
    "佳诚", "晨光", "东方", "前进", "海川", "云程", "德润", "北辰", "南山", "新城",
    "同力", "安达", "昌盛", "润通", "华兴", "方圆", "盛达", "路安", "聚力", "腾飞"};
constexpr std::string_view kTrades[] = {"路桥工程", "公路建设", "市政工程", "沥青材料",
                                        "建设工程", "交通建设", "道路养护", "路面工程",
                                        "建材贸易", "工程机械", "防水材料", "基础设施"};
constexpr std::string_view kSuffixes[] = {"有限公司", "有限责任公司", "股份有限公司",
                                          "集团有限公司"};
constexpr std::string_view kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵",
                                          "周", "吴", "徐", "孙", "马", "朱", "胡", "郭"};
constexpr std::string_view kGiven[] = {"伟", "芳", "强", "敏", "磊", "军", "洋", "勇",
                                       "杰", "娟", "涛", "明", "超", "霞", "平", "刚"};
constexpr std::string_view kTitles[] = {"采购经理", "总经理", "技术负责人", "财务主管"};
constexpr std::string_view kRoles[] = {"purchasing", "decision_maker", "technical", "finance"};

// A bijective scramble of i within [0, 2⁴⁰), so neighbouring customers differ in every part.
uint64_t Mix(int64_t i) {
  uint64_t x = static_cast<uint64_t>(i) & ((uint64_t{1} << 40) - 1);
  for (int round = 0; round < 3; ++round) {
    x = (x * 0x9E3779B1ULL + 0x7F4A7C15ULL) & ((uint64_t{1} << 40) - 1);
    x ^= x >> 17;
  }
  return x;
}

template <size_t N>
std::string_view Pick(const std::string_view (&list)[N], uint64_t* x) {
  const std::string_view out = list[*x % N];
  *x /= N;
  return out;
}

// The business date n days from today (UTC+8), "YYYY-MM-DD".
std::string DayFrom(int64_t now_us, int offset_days) {
  using namespace std::chrono;
  const int64_t local_us = now_us + int64_t{8} * 3600 * 1'000'000;
  const sys_days today{floor<days>(sys_time<microseconds>(microseconds(local_us)))};
  const year_month_day d{today + std::chrono::days(offset_days)};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return buf;
}

Result<Ids> StaffIds(db::Tx& tx) {
  Ids out;
  org::StaffQuery q;
  q.page.size = kMaxPageSize;
  SD_TRY_ASSIGN(Page<org::Staff> page, org::ListStaff(tx, q));
  for (const org::Staff& s : page.items) out[s.f.code] = s.id;
  return out;
}

Result<Ids> RegionIds(db::Tx& tx) {
  Ids out;
  SD_TRY_ASSIGN(std::vector<org::Region> all, org::ListRegions(tx, std::nullopt));
  for (const org::Region& r : all) out[r.f.code] = r.id;
  return out;
}

Result<Ids> ProductLineIds(db::Tx& tx) {
  Ids out;
  SD_TRY_ASSIGN(std::vector<org::ProductLine> all, org::ListProductLines(tx));
  for (const org::ProductLine& p : all) out[p.f.code] = p.id;
  return out;
}

// "LINE:品种:年用量:单位;…" → varieties.
std::vector<crm::Variety> VarietiesOf(std::string_view text, const Ids& lines) {
  std::vector<crm::Variety> out;
  while (!text.empty()) {
    const size_t end = text.find(';');
    std::string_view item = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    std::array<std::string, 4> part;
    for (size_t k = 0; k < part.size(); ++k) {
      const size_t colon = item.find(':');
      part[k] = std::string(item.substr(0, colon));
      item = colon == std::string_view::npos ? std::string_view() : item.substr(colon + 1);
    }
    crm::Variety v;
    if (auto it = lines.find(part[0]); it != lines.end()) v.product_line_id = it->second;
    v.variety = part[1];
    v.annual_qty_e4 = std::stoll(part[2]) * 10'000;
    v.unit = part[3];
    out.push_back(std::move(v));
  }
  return out;
}

// Acting as a rep for what the demo does in their name (follow-ups).
auth::Actor RepActor(const auth::Actor& system, int64_t staff_id) {
  auth::Actor a = system;
  a.staff_id = staff_id;
  return a;
}

struct Loaded {
  int64_t id;
  std::optional<int64_t> owner;
  const char* rating;
  int follow_up_in_days;
  const char* purpose;
};

Result<void> AddFollowUps(db::Tx& tx, const auth::Actor& system, const Loaded& c, int index) {
  if (!c.owner) return Ok();
  const auth::Actor rep = RepActor(system, *c.owner);
  crm::FollowUpFields f;
  f.customer_id = c.id;
  f.kind = index % 2 == 0 ? crm::FollowUpKind::kVisit : crm::FollowUpKind::kCall;
  f.happened_on = DayFrom(system.audit.at_us, -20 - index % 10);
  f.duration_min = 30 + index % 4 * 15;
  f.purpose = "了解今年沥青用量和招标计划";
  f.outcome = "对方计划下月招标，需提供检测报告和报价";
  f.next_step = "准备报价与检测报告";
  SD_TRY(crm::LogFollowUp(tx, rep, f));
  f.kind = crm::FollowUpKind::kCall;
  f.happened_on = DayFrom(system.audit.at_us, -3 - index % 5);
  f.duration_min = 10;
  f.purpose = c.purpose;
  f.outcome = "已电话沟通，客户确认需求";
  f.next_step = "按约定时间回访";
  if (c.follow_up_in_days != 0) f.follow_up_on = DayFrom(system.audit.at_us, c.follow_up_in_days);
  SD_TRY(crm::LogFollowUp(tx, rep, f));
  return Ok();
}

Result<Loaded> CreateSeed(db::Tx& tx, const auth::Actor& system, const CustomerSeed& s,
                          const Ids& staff, const Ids& regions, const Ids& lines, int64_t serial) {
  crm::NewCustomer nc;
  nc.confirm_similar = true;
  crm::CustomerFields& f = nc.f;
  f.name = s.name;
  f.short_name = s.short_name;
  f.credit_code = GeneratedCreditCode(900'000 + serial);
  f.kind = s.kind;
  f.customer_class = s.klass;
  f.industry = s.industry;
  f.source = serial % 3 == 0 ? "展会" : serial % 3 == 1 ? "老客户介绍" : "网络";
  f.region_id = regions.at(s.region);
  f.address = s.address;
  f.phone = s.phone;
  if (*s.owner) f.owner_staff_id = staff.at(s.owner);
  f.vat_title = s.name;
  f.settlement = *s.rating == 'A' ? "credit" : "cash";
  for (const ContactSeed& k : s.contacts) {
    if (!*k.name) continue;
    crm::Contact c;
    c.name = k.name;
    c.title = k.title;
    c.role = k.role;
    c.mobile = k.mobile;
    f.contacts.push_back(std::move(c));
  }
  f.varieties = VarietiesOf(s.varieties, lines);
  // The rating comes later, through the approval (LoadCreditRatings), once accounts exist.
  SD_TRY_ASSIGN(crm::Customer created, crm::CreateCustomer(tx, system, nc));
  return Loaded{created.id, f.owner_staff_id, s.rating, s.follow_up_in_days, "确认合同与供货安排"};
}

Result<Loaded> CreateFill(db::Tx& tx, const auth::Actor& system, int64_t i, const Ids& staff,
                          const Ids& regions, const Ids& lines) {
  const OwnedRegion& at = kFill[static_cast<size_t>(i) % std::size(kFill)];
  crm::NewCustomer nc;
  nc.confirm_similar = true;
  crm::CustomerFields& f = nc.f;
  f.name = GeneratedCustomerName(i);
  f.credit_code = GeneratedCreditCode(i);
  f.kind = i % 7 == 3 ? "dealer" : "end_user";
  f.customer_class = i % 3 == 0 ? "regular" : "prospect";
  f.industry = "公路施工";
  f.source = "网络";
  f.region_id = regions.at(at.region);
  f.owner_staff_id = staff.at(at.owner);
  crm::Contact c;
  uint64_t x = Mix(i + 77);
  c.name = std::string(Pick(kSurnames, &x)) + std::string(Pick(kGiven, &x)) +
           std::string(Pick(kGiven, &x));
  c.title = "采购经理";
  c.role = "purchasing";
  c.mobile = GeneratedMobile(i, 0);
  f.contacts.push_back(std::move(c));
  const size_t line = static_cast<size_t>(i) % std::size(kFillLines);
  crm::Variety v;
  v.product_line_id = lines.at(kFillLines[line]);
  v.variety = kFillVarieties[line];
  v.annual_qty_e4 = (500 + i * 50) * 10'000;
  v.unit = line == 4 ? "套" : "吨";
  f.varieties.push_back(std::move(v));
  SD_TRY_ASSIGN(crm::Customer created, crm::CreateCustomer(tx, system, nc));
  return Loaded{created.id, f.owner_staff_id, "", i % 5 == 0 ? -2 : 10, "回访报价反馈"};
}

struct LeadSeed {
  const char* source;
  const char* company;
  const char* contact;
  const char* phone;
  const char* region;  // "" = none: the lead stays unassigned
  const char* products;
  const char* message;
};

// Leads from the online platforms (网络销售 online.lin enters them); routed by region.
constexpr LeadSeed kLeads[] = {
    {"1688", "岳阳云溪建设工程有限公司", "周先生", "13973001234", "430603", "SBS改性沥青",
     "云溪区道路改造，约800吨，求报价"},
    {"website", "石家庄路达养护工程有限公司", "孟经理", "13903119876", "130100", "道路沥青",
     "市政养护用沥青，长期合作"},
    {"baidu", "广州穗通路面材料有限公司", "梁小姐", "13802001111", "440100", "橡胶粉",
     "询橡胶粉价格与供货周期"},
    {"1688", "成都天府路桥养护有限公司", "蒋工", "13908002222", "510000", "SBS改性沥青",
     "需要检测报告和样品"},
    {"website", "济南齐鲁沥青设备租赁有限公司", "韩总", "13905313333", "370000", "沥青设备",
     "了解改性沥青设备价格"},
    {"douyin", "未留地区的询价客户", "匿名", "13600004444", "", "道路沥青", "请联系我"},
};

struct InquirySeed {
  const char* company;
  const char* contact;
  const char* email;
  const char* country;
  const char* time_zone;
  const char* products;
  const char* message;
};

// 外贸询盘 foreign inquiries (外贸 trade.xu).
constexpr InquirySeed kInquiries[] = {
    {"Gulf Road Contracting LLC", "Ahmed Saleh", "ahmed@gulfroad.example", "AE", "Asia/Dubai",
     "SBS modified bitumen", "We need 2,000 t PMB 76-22 for a highway project, CIF Jebel Ali."},
    {"Lagos Asphalt Works Ltd", "Chinedu Okafor", "chinedu@lagosasphalt.example", "NG",
     "Africa/Lagos", "Bitumen 60/70, drums", "Monthly 500 t bitumen in drums, please quote."},
    {"Saigon Infrastructure JSC", "Nguyen Van An", "an.nguyen@saigoninfra.example", "VN",
     "Asia/Ho_Chi_Minh", "Rubber powder", "Looking for crumb rubber 40 mesh, sample first."},
};

struct CompetitorSeed {
  const char* name;
  const char* brands;
  const char* region;
  const char* strengths;
  const char* weaknesses;
  const char* product;
  int64_t price_yuan;
};

constexpr CompetitorSeed kCompetitors[] = {
    {"中石化沥青销售公司", "东海牌", "430000", "资源稳定、品牌强", "价格高、服务慢", "SBS改性沥青",
     5200},
    {"湖南宝利沥青", "宝利", "430000", "本地仓储、响应快", "产能有限", "SBS改性沥青", 4950},
    {"河北华通新材料", "华通", "130000", "价格低", "质量波动", "道路沥青", 3900},
};

Result<void> LoadLeadsAndCompetitors(db::Tx& tx, const auth::Actor& system, const Ids& staff,
                                     const Ids& regions, int64_t barling_id) {
  const auth::Actor online = RepActor(system, staff.at("E013"));
  for (const LeadSeed& l : kLeads) {
    crm::LeadFields f;
    f.source = l.source;
    f.company = l.company;
    f.contact_name = l.contact;
    f.phone = l.phone;
    if (*l.region) f.region_id = regions.at(l.region);
    f.products = l.products;
    f.message = l.message;
    SD_TRY(crm::CreateLead(tx, online, crm::LeadKind::kLead, f));
  }
  const auth::Actor trade = RepActor(system, staff.at("E014"));
  int n = 0;
  for (const InquirySeed& q : kInquiries) {
    crm::LeadFields f;
    f.source = "alibaba.com";
    f.company = q.company;
    f.contact_name = q.contact;
    f.email = q.email;
    f.country = q.country;
    f.time_zone = q.time_zone;
    f.products = q.products;
    f.message = q.message;
    SD_TRY_ASSIGN(crm::Lead inquiry, crm::CreateLead(tx, trade, crm::LeadKind::kInquiry, f));
    if (n++ == 2) {
      SD_TRY(crm::RequestSample(tx, trade, inquiry.id,
                                {"橡胶粉 40目", "5 kg", 30'000, "快递到胡志明市，含检测报告"}));
    }
  }
  for (const CompetitorSeed& c : kCompetitors) {
    crm::CompetitorFields f;
    f.name = c.name;
    f.brands = c.brands;
    f.region_id = regions.at(c.region);
    f.strengths = c.strengths;
    f.weaknesses = c.weaknesses;
    SD_TRY_ASSIGN(crm::Competitor created, crm::CreateCompetitor(tx, system, f));
    crm::PriceFields p;
    p.product = c.product;
    p.brand = c.brands;
    p.price_e4 = c.price_yuan * 10'000;
    p.unit = "吨";
    p.seen_on = DayFrom(system.audit.at_us, -12);
    p.region_id = f.region_id;
    if (std::string_view(c.region) == "430000") p.customer_id = barling_id;
    p.notes = "客户处了解到的报价";
    SD_TRY(crm::AddCompetitorPrice(tx, system, created.id, p));
  }
  return Ok();
}

}  // namespace

std::string GeneratedCustomerName(int64_t i) {
  uint64_t x = Mix(i);
  std::string out(Pick(kCities, &x));
  out += Pick(kBrands, &x);
  out += Pick(kTrades, &x);
  out += Pick(kSuffixes, &x);
  return out;
}

std::string GeneratedCreditCode(int64_t i) {
  // 91 (enterprise) + 430600 (division) + 8-digit organization serial + its GB 11714 check +
  // the final check over the first 17.
  char serial[16];
  std::snprintf(serial, sizeof serial, "%08lld", static_cast<long long>(i % 100'000'000));
  static constexpr int kOrgWeights[] = {3, 7, 9, 10, 5, 8, 4, 2};
  int sum = 0;
  for (int k = 0; k < 8; ++k) sum += (serial[k] - '0') * kOrgWeights[k];
  const int check = 11 - sum % 11;
  const char org_check = check == 10 ? 'X' : static_cast<char>('0' + check % 11);
  std::string code = std::string("91430600") + serial + org_check;
  std::optional<char> last = crm::CreditCodeCheck(code);
  SD_ASSERT(last.has_value(), "generated codes use the code alphabet");
  return code + *last;
}

// Mobile prefixes in use in China (China Mobile, Unicom, Telecom).
constexpr const char* kMobilePrefixes[] = {
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151",
    "152", "153", "155", "156", "157", "158", "159", "166", "173", "177", "180",
    "181", "182", "183", "185", "186", "187", "188", "189", "191", "198", "199"};

std::string GeneratedMobile(int64_t i, int64_t k) {
  // n ↦ n × 73,939,133 mod 10⁸ is a bijection (the factor is prime to 10⁸): unique, spread
  // digits, as real numbers have (a search index sees realistic shared fragments).
  const int64_t n = i * 3 + k;
  const int64_t digits = (n % 100'000'000) * 73'939'133 % 100'000'000;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%s%08lld", kMobilePrefixes[Mix(n) % std::size(kMobilePrefixes)],
                static_cast<long long>(digits));
  return buf;
}

// Area codes of Hunan; 长沙 (0731) numbers have 8 digits, the others 7.
constexpr const char* kAreaCodes[] = {"0731", "0730", "0734", "0735", "0736", "0737",
                                      "0738", "0739", "0743", "0744", "0745", "0746"};

std::string GeneratedPhone(int64_t i) {
  const char* area = kAreaCodes[Mix(i + 5) % std::size(kAreaCodes)];
  const int64_t local = 2'000'000 + (i % 7'000'000) * 1'299'709 % 7'000'000;  // 2xxxxxx–8xxxxxx
  char buf[24];
  std::snprintf(buf, sizeof buf, "%s-%s%07lld", area, std::string_view(area) == "0731" ? "8" : "",
                static_cast<long long>(local));
  return buf;
}

Result<void> LoadCustomers(db::Tx& tx, const audit::Context& ctx) {
  auth::Actor system = auth::SystemActor(ctx.at_us);
  system.audit = ctx;
  SD_TRY_ASSIGN(Ids staff, StaffIds(tx));
  SD_TRY_ASSIGN(Ids regions, RegionIds(tx));
  SD_TRY_ASSIGN(Ids lines, ProductLineIds(tx));
  int index = 0;
  int64_t serial = 0;
  int64_t barling_id = 0;  // 巴陵石化, the first seed
  for (const CustomerSeed& s : kSeeds) {
    SD_TRY_ASSIGN(Loaded c, CreateSeed(tx, system, s, staff, regions, lines, ++serial));
    if (barling_id == 0) barling_id = c.id;
    SD_TRY(AddFollowUps(tx, system, c, index++));
  }
  for (int64_t i = 0; i < kFillCount; ++i) {
    SD_TRY_ASSIGN(Loaded c, CreateFill(tx, system, 800'000 + i, staff, regions, lines));
    if (i % 2 == 0) SD_TRY(AddFollowUps(tx, system, c, index++));
  }
  return LoadLeadsAndCompetitors(tx, system, staff, regions, barling_id);
}

namespace {

// The six reps and the regions each owns, for the generator.
struct RepRegions {
  int64_t staff_id;
  std::vector<int64_t> regions;
};

Result<std::vector<RepRegions>> RepsWithRegions(db::Tx& tx) {
  SD_TRY_ASSIGN(Ids staff, StaffIds(tx));
  SD_TRY_ASSIGN(std::vector<org::Region> all, org::ListRegions(tx, std::nullopt));
  std::vector<RepRegions> out;
  for (const char* code : {"E004", "E005", "E006", "E007", "E008", "E009"}) {
    auto it = staff.find(code);
    if (it == staff.end()) return Fail(Code::kFailedPrecondition, "demo.not_loaded");
    RepRegions r{it->second, {}};
    for (const org::Region& region : all) {
      if (region.f.owner_staff_id == it->second) r.regions.push_back(region.id);
    }
    if (r.regions.empty()) return Fail(Code::kFailedPrecondition, "demo.not_loaded");
    out.push_back(std::move(r));
  }
  return out;
}

crm::CustomerFields GeneratedFields(int64_t i, const RepRegions& rep, int contacts_per) {
  crm::CustomerFields f;
  uint64_t x = Mix(i);
  f.name = GeneratedCustomerName(i);
  f.credit_code = GeneratedCreditCode(10'000'000 + i);
  f.kind = i % 11 == 0 ? "dealer" : "end_user";
  f.customer_class = i % 5 == 0 ? "key" : i % 5 < 3 ? "regular" : "prospect";
  f.industry = std::string(kTrades[x % std::size(kTrades)]);
  f.source = "生成";
  f.region_id = rep.regions[static_cast<size_t>(i / 6) % rep.regions.size()];
  f.owner_staff_id = rep.staff_id;
  f.phone = GeneratedPhone(i);
  for (int k = 0; k < contacts_per; ++k) {
    crm::Contact c;
    uint64_t y = Mix(i * 7 + k);
    c.name = std::string(Pick(kSurnames, &y)) + std::string(Pick(kGiven, &y)) +
             std::string(Pick(kGiven, &y));
    c.title = std::string(kTitles[static_cast<size_t>(k) % std::size(kTitles)]);
    c.role = std::string(kRoles[static_cast<size_t>(k) % std::size(kRoles)]);
    c.mobile = GeneratedMobile(i, k);
    c.is_primary = k == 0;
    f.contacts.push_back(std::move(c));
  }
  return f;
}

// One batch of generated customers [from, to) with their follow-ups.
Result<void> GenerateBatch(db::Tx& tx, const std::vector<RepRegions>& reps, int64_t from,
                           int64_t to, int contacts_per, int follow_ups_per, int64_t now_us,
                           GenerateStats* stats) {
  std::vector<crm::store::NewCustomerRow> rows;
  rows.reserve(static_cast<size_t>(to - from));
  for (int64_t i = from; i < to; ++i) {
    const RepRegions& rep = reps[static_cast<size_t>(i) % reps.size()];
    rows.push_back({GeneratedFields(i, rep, contacts_per), rep.staff_id});
  }
  SD_TRY_ASSIGN(std::vector<int64_t> ids, crm::store::InsertCustomers(tx, rows, now_us));
  for (size_t n = 0; n < ids.size(); ++n) {
    const int64_t i = from + static_cast<int64_t>(n);
    crm::FollowUpFields f;
    f.customer_id = ids[n];
    f.staff_id = *rows[n].f.owner_staff_id;
    f.purpose = "例行回访";
    f.outcome = "客户反馈良好";
    f.next_step = "继续跟进";
    for (int k = 0; k < follow_ups_per; ++k) {
      f.kind = k % 2 == 0 ? crm::FollowUpKind::kVisit : crm::FollowUpKind::kCall;
      f.happened_on = DayFrom(now_us, -(follow_ups_per - k) * 7 - static_cast<int>(i % 7));
      f.duration_min = 15 + k % 4 * 15;
      f.follow_up_on =
          k + 1 == follow_ups_per
              ? std::optional<std::string>(DayFrom(now_us, static_cast<int>(i % 30) - 5))
              : std::nullopt;
      SD_TRY(crm::store::InsertFollowUp(tx, f,
                                        now_us - (follow_ups_per - k) * int64_t{86'400'000'000}));
    }
    if (follow_ups_per > 0) {
      SD_TRY(crm::RecordFollowUp(tx, ids[n], now_us, f.follow_up_on));
    }
    stats->contacts += contacts_per;
    stats->follow_ups += follow_ups_per;
  }
  stats->customers += static_cast<int64_t>(ids.size());
  return Ok();
}

}  // namespace

Result<GenerateStats> GenerateCustomers(db::Database& db, const Clock& clock, int64_t n,
                                        int contacts_per, int follow_ups_per) {
  const int64_t now_us = clock.NowMicros();
  std::vector<RepRegions> reps;
  SD_TRY(db.Read([&](db::Tx& tx) -> Result<void> {
    SD_TRY_ASSIGN(reps, RepsWithRegions(tx));
    return Ok();
  }));
  GenerateStats stats;
  constexpr int64_t kBatch = 5000;
  for (int64_t from = 0; from < n; from += kBatch) {
    const int64_t to = std::min(n, from + kBatch);
    SD_TRY(db.Write([&](db::Tx& tx) -> Result<void> {
      return GenerateBatch(tx, reps, from + 1, to + 1, contacts_per, follow_ups_per, now_us,
                           &stats);
    }));
  }
  auth::Actor system = auth::SystemActor(now_us);
  SD_TRY(db.Write([&](db::Tx& tx) -> Result<void> {
    return audit::Record(tx, system.audit, "customer", 0, "generate", std::nullopt,
                         audit::Snapshot{{"customers", stats.customers},
                                         {"contacts", stats.contacts},
                                         {"follow_ups", stats.follow_ups}});
  }));
  return stats;
}

Result<void> LoadCreditRatings(db::Tx& tx, const audit::Context& ctx) {
  auth::Actor system = auth::SystemActor(ctx.at_us);
  system.audit = ctx;
  SD_TRY_ASSIGN(Ids staff, StaffIds(tx));
  // The owner's manager proposes (王建国 north, 周海涛 south); the head (李志远) approves.
  SD_TRY_ASSIGN(auth::Actor north, ActAsWithSystemRights(tx, system, "deputy.wang"));
  SD_TRY_ASSIGN(auth::Actor south, ActAsWithSystemRights(tx, system, "deputy.zhou"));
  SD_TRY_ASSIGN(auth::Actor head, ActAsWithSystemRights(tx, system, "head.li"));
  int64_t serial = 0;
  for (const CustomerSeed& s : kSeeds) {
    ++serial;  // as CreateSeed numbered the credit codes
    if (!*s.rating) continue;
    SD_TRY_ASSIGN(auto found, crm::store::FindByCreditCode(
                                  tx, GeneratedCreditCode(900'000 + serial), std::nullopt));
    if (!found) return Fail(Code::kFailedPrecondition, "demo.not_loaded");
    crm::NewCreditRating r;
    r.rating = s.rating;
    r.credit_limit_fen = *s.rating == 'A' ? 500'000'000 : *s.rating == 'B' ? 200'000'000 : 0;
    r.credit_days = *s.rating == 'A' ? 60 : *s.rating == 'B' ? 30 : 0;
    r.reason = "年度资信评审：合作年限、回款记录与经营状况";
    const std::string_view owner = s.owner;
    const bool in_north = owner == "E004" || owner == "E006" || owner == "E008";
    const auth::Actor& proposer = in_north ? north : south;
    SD_TRY_ASSIGN(crm::CreditRatingRecord k, crm::ProposeCreditRating(tx, proposer, found->id, r));
    SD_TRY(crm::DecideCreditRating(tx, head, k.id, true, k.version, "同意"));
  }
  return Ok();
}

}  // namespace sd::demo
