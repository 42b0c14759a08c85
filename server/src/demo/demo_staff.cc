#include "demo/demo_staff.h"

#include "auth/session_service.h"

namespace sd::demo {
namespace {

constexpr StaffSeed kStaff[] = {
    {"E001", "李志远", "SALES", "", "sales_head", "head.li", "13807310001", "2015-03-02", ""},
    {"E002", "王建国", "SALES-N", "E001", "sales_deputy", "deputy.wang", "13807310002",
     "2016-07-01", ""},
    {"E003", "周海涛", "SALES-S", "E001", "sales_deputy", "deputy.zhou", "13807310003",
     "2017-02-20", ""},
    {"E004", "张明", "SALES-N", "E002", "sales_rep", "rep.zhang", "13807310004", "2019-04-08",
     "SBS ROAD"},
    {"E005", "陈磊", "SALES-S", "E003", "sales_rep", "rep.chen", "13807310005", "2020-05-11",
     "SBS ROAD RUBBER"},
    {"E006", "郭涛", "SALES-N", "E002", "sales_rep", "rep.guo", "13807310006", "2021-03-01",
     "ROAD EQUIP"},
    {"E007", "吴婷", "SALES-S", "E003", "sales_rep", "rep.wu", "13807310007", "2021-09-13",
     "SBS RUBBER"},
    {"E008", "黄斌", "SALES-N", "E002", "sales_rep", "rep.huang", "13807310008", "2022-02-14",
     "ROAD"},
    {"E009", "何军", "SALES-S", "E003", "sales_rep", "rep.he", "13807310009", "2023-06-19",
     "EQUIP"},
    {"E012", "杨帆", "SALES", "E001", "office_supervisor", "office.yang", "13807310012",
     "2016-10-10", ""},
    {"E010", "刘芳", "SALES", "E012", "sales_office", "office.liu", "13807310010", "2018-08-06",
     "SBS SOLVENT"},
    {"E011", "马丽", "SALES", "E012", "sales_office", "office.ma", "13807310011", "2019-11-18",
     "ROAD RUBBER"},
    {"E013", "林晓", "SALES", "E001", "online_sales", "online.lin", "13807310013", "2022-07-04",
     ""},
    {"E014", "许诺", "SALES", "E001", "foreign_trade", "trade.xu", "13807310014", "2023-03-20", ""},
    {"E015", "赵静", "FIN", "", "finance", "finance.zhao", "13807310015", "2014-09-01", ""},
    {"E016", "宋伟", "QA", "", "quality", "qa.song", "13807310016", "2018-05-07", ""},
};

constexpr ProductLineSeed kProductLines[] = {
    {"SBS", "SBS改性沥青", "按吨销售"},
    {"ROAD", "道路沥青", "按吨销售"},
    {"RUBBER", "橡胶粉", "外采产品，按吨销售"},
    {"SOLVENT", "助溶剂", "外采产品，按吨销售"},
    {"EQUIP", "沥青设备", "改性沥青设备、沥青搅拌与运输设备，按套销售"},
};

// Each clerk serves three reps (contracts, orders, delivery orders, transport, invoices and
// payment follow-up); each prices the other's orders as a check (maker-checker), and the
// supervisor oversees both.
constexpr AssignmentSeed kAssignments[] = {
    {"support", "E010", "E004", "", "合同、订单、发货委托书、运输、开票、落实货款"},
    {"support", "E010", "E006", "", "合同、订单、发货委托书、运输、开票、落实货款"},
    {"support", "E010", "E008", "", "合同、订单、发货委托书、运输、开票、落实货款"},
    {"support", "E011", "E005", "", "合同、订单、发货委托书、运输、开票、落实货款"},
    {"support", "E011", "E007", "", "合同、订单、发货委托书、运输、开票、落实货款"},
    {"support", "E011", "E009", "", "合同、订单、发货委托书、运输、开票、落实货款"},
    {"price_audit", "E011", "E010", "", "入账时审核每日划价单的价格"},
    {"order_check", "E010", "E011", "", "审核核对每笔录入的单子"},
    {"supervise", "E012", "E010", "", "内勤工作检查"},
    {"supervise", "E012", "E011", "", "内勤工作检查"},
};

}  // namespace

std::span<const StaffSeed> DemoStaff() { return kStaff; }
std::span<const ProductLineSeed> DemoProductLines() { return kProductLines; }
std::span<const AssignmentSeed> DemoAssignments() { return kAssignments; }

Result<auth::Actor> ActAs(db::Tx& tx, const auth::Actor& system, const char* login) {
  Result<auth::Actor> a = auth::UserActor(tx, login, system.audit);
  if (!a) return Fail(Code::kFailedPrecondition, "demo.not_loaded");
  return a;
}

Result<auth::Actor> ActAsWithSystemRights(db::Tx& tx, const auth::Actor& system,
                                          const char* login) {
  SD_TRY_ASSIGN(auth::Actor user, ActAs(tx, system, login));
  auth::Actor a = system;
  a.user_id = user.user_id;
  a.login = user.login;
  a.staff_id = user.staff_id;
  a.audit.user_id = user.user_id;
  a.audit.user_login = user.login;
  return a;
}

}  // namespace sd::demo
