// Positions as an Excel workbook: one sheet of positions and one each for the duties,
// authorities and indicators, with sheet and column names in the request's language.
#include "auth/permissions.h"
#include "http/server.h"
#include "http/xlsx.h"
#include "org/position_service.h"

namespace sd::http {
namespace {

class Words {
 public:
  explicit Words(Locale locale) : locale_(locale) {}
  std::string operator()(const std::string& key) const {
    return Catalog::Embedded().Text(key, locale_);
  }
  std::string Column(const char* name) const {
    return (*this)(std::string("org.position.export.col.") + name);
  }
  std::vector<std::string> Columns(std::initializer_list<const char*> names) const {
    std::vector<std::string> out;
    for (const char* n : names) out.push_back(Column(n));
    return out;
  }
  std::string Sheet(const char* name) const {
    return (*this)(std::string("org.position.export.sheet.") + name);
  }

 private:
  Locale locale_;
};

std::string Joined(const std::vector<std::string>& items, const char* sep) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : sep) + s;
  return out;
}

XlsxSheet PositionSheet(const std::vector<org::Position>& all, const Words& w) {
  XlsxSheet sheet{w.Sheet("positions"),
                  w.Columns({"code",
                             "name",
                             "department",
                             "headcount",
                             "superior",
                             "superior_note",
                             "data_scope",
                             "summary",
                             "internal_coordination",
                             "external_coordination",
                             "tools",
                             "work_environment",
                             "working_hours",
                             "records",
                             "education",
                             "experience",
                             "abilities",
                             "other",
                             "notes",
                             "source",
                             "permissions",
                             "holders"}),
                  {}};
  for (const org::Position& p : all) {
    const org::PositionSpec& s = p.spec;
    std::vector<std::string> holders;
    for (const org::Holder& h : p.holders) holders.push_back(h.name);
    sheet.rows.push_back({s.code,
                          s.name,
                          p.department_name,
                          s.headcount,
                          p.superior_position_name,
                          s.superior_note,
                          w("scope." + s.data_scope),
                          s.summary,
                          s.internal_coordination,
                          s.external_coordination,
                          s.tools,
                          s.work_environment,
                          s.working_hours,
                          s.records,
                          s.qualifications.education,
                          s.qualifications.experience,
                          s.qualifications.abilities,
                          s.qualifications.other,
                          s.notes,
                          s.source,
                          Joined(p.permissions, ", "),
                          Joined(holders, "、")});
  }
  return sheet;
}

std::vector<XlsxSheet> ListSheets(const std::vector<org::Position>& all, const Words& w) {
  XlsxSheet duties{
      w.Sheet("duties"),
      w.Columns({"code", "name", "seq", "category", "duty", "standard", "permissions"}),
      {}};
  XlsxSheet authorities{
      w.Sheet("authorities"), w.Columns({"code", "name", "seq", "authority", "permissions"}), {}};
  XlsxSheet indicators{w.Sheet("indicators"),
                       w.Columns({"code", "name", "seq", "metric", "metric_code", "target",
                                  "weight", "period", "assessor"}),
                       {}};
  for (const org::Position& p : all) {
    const org::PositionSpec& s = p.spec;
    int64_t seq = 0;
    for (const org::Duty& d : s.duties) {
      duties.rows.push_back({s.code, s.name, ++seq, w("org.position.category." + d.category),
                             d.description, d.standard, Joined(d.permissions, ", ")});
    }
    seq = 0;
    for (const org::Authority& a : s.authorities) {
      authorities.rows.push_back(
          {s.code, s.name, ++seq, a.description, Joined(a.permissions, ", ")});
    }
    seq = 0;
    for (const org::Indicator& k : s.indicators) {
      std::string assessor = k.assessor_position_name;
      if (!k.assessor_note.empty()) {
        assessor += (assessor.empty() ? "" : " / ") + k.assessor_note;
      }
      indicators.rows.push_back({s.code, s.name, ++seq, k.metric, k.metric_code.value_or(""),
                                 k.target, k.weight, w("org.position.period." + k.period),
                                 assessor});
    }
  }
  return {std::move(duties), std::move(authorities), std::move(indicators)};
}

Result<Reply> ExportPositions(Ctx& ctx) {
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(std::vector<org::Position> all, org::AllPositions(tx));
    Words words(ctx.locale());
    std::vector<XlsxSheet> sheets{PositionSheet(all, words)};
    for (XlsxSheet& s : ListSheets(all, words)) sheets.push_back(std::move(s));
    SD_TRY_ASSIGN(std::string bytes, WriteXlsx(sheets));
    Reply reply;
    reply.body = std::move(bytes);
    reply.content_type = kXlsxMediaType;
    reply.headers.emplace_back("Content-Disposition", "attachment; filename=\"positions.xlsx\"");
    return reply;
  });
}

}  // namespace

void AddOrgExportRoutes(Router& r) {
  r.Add({"GET",
         "/api/v1/positions/export.xlsx",
         Access::kSignedIn,
         std::string(auth::perm::kOrgRead),
         {"org",
          "Every position as an Excel workbook (sheets: positions, duties, authorities, "
          "indicators; names in the request language)",
          {},
          "",
          "",
          200,
          kXlsxMediaType},
         ExportPositions});
}

}  // namespace sd::http
