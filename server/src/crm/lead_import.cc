#include "crm/lead_import.h"

#include <map>

#include "crm/lead_service.h"
#include "crm/lead_store.h"
#include "org/region_service.h"

namespace sd::crm {
namespace {

std::string Trim(std::string_view s) {
  const char* ws = " \t\r\n";
  const size_t b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return "";
  return std::string(s.substr(b, s.find_last_not_of(ws) - b + 1));
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& ch : out) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return out;
}

// Regions by code and by name (a name may be shared: 市辖区 …).
struct RegionIndex {
  std::map<std::string, std::vector<const org::Region*>, std::less<>> by_key;
  std::vector<org::Region> rows;
};

void AddRowError(LeadImportPlan* plan, int64_t row, std::string field, std::string column,
                 std::string key, Params params = {}) {
  ++plan->error_count;
  if (plan->errors.size() < kImportErrorsMax) {
    plan->errors.push_back(
        {row, std::move(field), std::move(column), std::move(key), std::move(params)});
  }
}

}  // namespace

const std::vector<LeadImportColumn>& LeadImportColumns() {
  static const std::vector<LeadImportColumn> columns = {
      {"company", {"公司名称", "公司", "客户名称", "单位名称", "company"}},
      {"contact_name", {"联系人", "姓名", "contact", "contact_name"}},
      {"phone", {"电话", "手机", "联系电话", "phone", "mobile"}},
      {"email", {"邮箱", "电子邮箱", "email"}},
      {"wechat", {"微信", "wechat"}},
      {"source", {"来源", "渠道", "source"}},
      {"region", {"片区", "地区", "区域", "region"}},
      {"products", {"意向产品", "产品", "products"}},
      {"message", {"留言", "需求", "备注", "message"}},
  };
  return columns;
}

Result<LeadImportPlan> PlanLeadImport(db::Tx& tx, const std::vector<std::string>& header,
                                      const std::vector<ImportRow>& rows) {
  LeadImportPlan plan;
  plan.file_rows = static_cast<int64_t>(rows.size());
  std::map<std::string, size_t> col;  // field → column index
  for (size_t i = 0; i < header.size(); ++i) {
    const std::string h = Lower(Trim(header[i]));
    bool used = false;
    for (const LeadImportColumn& c : LeadImportColumns()) {
      for (const char* name : c.headers) {
        if (h == Lower(name) && !col.count(c.field)) {
          col[c.field] = i;
          used = true;
        }
      }
    }
    if (!used && !h.empty()) plan.ignored_columns.push_back(Trim(header[i]));
  }
  if (!col.count("company")) {
    return Fail(Code::kFailedPrecondition, "crm.import.column_missing", {{"column", "公司名称"}});
  }
  RegionIndex regions;
  SD_TRY_ASSIGN(regions.rows, org::ListRegions(tx, std::nullopt));
  for (const org::Region& r : regions.rows) {
    regions.by_key[r.f.code].push_back(&r);
    if (r.f.name != r.f.code) regions.by_key[r.f.name].push_back(&r);
  }
  SD_TRY_ASSIGN(std::vector<RouteRegion> tree, org::RegionOwnerLinks(tx));
  for (const ImportRow& row : rows) {
    auto cell = [&](const char* field) -> std::string {
      auto it = col.find(field);
      if (it == col.end() || it->second >= row.cells.size()) return "";
      return Trim(row.cells[it->second]);
    };
    auto column = [&](const std::string& field) -> std::string {
      auto it = col.find(field);
      return it == col.end() ? "" : Trim(header[it->second]);
    };
    ImportLead lead;
    lead.row = row.number;
    lead.f.company = cell("company");
    lead.f.contact_name = cell("contact_name");
    lead.f.phone = cell("phone");
    lead.f.email = cell("email");
    lead.f.wechat = cell("wechat");
    lead.f.source = cell("source");
    lead.f.products = cell("products");
    lead.f.message = cell("message");
    std::vector<FieldError> errors;
    CheckLeadFields(lead.f, &errors);
    for (FieldError& e : errors) {
      AddRowError(&plan, row.number, e.field, column(e.field), e.key, e.params);
    }
    if (const std::string region = cell("region"); !region.empty()) {
      auto it = regions.by_key.find(region);
      if (it == regions.by_key.end()) {
        AddRowError(&plan, row.number, "region", column("region"), "crm.import.region_unknown",
                    {{"region", region}});
      } else if (it->second.size() > 1) {
        AddRowError(&plan, row.number, "region", column("region"), "crm.import.region_ambiguous",
                    {{"region", region}});
      } else {
        lead.f.region_id = it->second[0]->id;
        lead.region_name = it->second[0]->f.name;
      }
    }
    lead.assignee_staff_id = RouteLead(tree, lead.f.region_id);
    plan.leads.push_back(std::move(lead));
  }
  return plan;
}

Result<LeadImportResult> CommitLeadImport(db::Tx& tx, const auth::Actor& actor,
                                          const LeadImportPlan& plan) {
  if (plan.error_count > 0) {
    return Fail(Code::kFailedPrecondition, "crm.import.rows_invalid",
                {{"count", std::to_string(plan.error_count)}});
  }
  SD_TRY_ASSIGN(std::vector<RouteRegion> tree, org::RegionOwnerLinks(tx));
  LeadImportResult out;
  for (const ImportLead& l : plan.leads) {
    SD_TRY_ASSIGN(Lead made, CreateLeadWithRegions(tx, actor, LeadKind::kLead, l.f, tree));
    ++out.imported;
    if (made.assignee_staff_id) ++out.assigned;
  }
  SD_TRY(audit::Record(
      tx, actor.audit, "lead", 0, "import", std::nullopt,
      audit::Snapshot{
          {"leads", out.imported}, {"assigned", out.assigned}, {"file_rows", plan.file_rows}}));
  return out;
}

}  // namespace sd::crm
