#include "org/metrics.h"

#include <algorithm>

namespace sd::org {
namespace {

// Sorted (IsMetric searches it). The indicators of the job descriptions (seed 003) name these.
constexpr std::string_view kAll[] = {
    "ar.bad_debt",                 // 呆坏账
    "ar.overdue",                  // 超期应收款
    "collaboration.satisfaction",  // 部门协作满意率
    "crm.contacts",                // 客户联系量
    "crm.new_customers",           // 新客户开发数
    "crm.visits",                  // 客户拜访次数
    "delivery.on_time",            // 按时发货率
    "expense.budget",              // 销售费用预算控制
    "inquiries.reply_rate",        // 询盘回复率
    "invoice.timeliness",          // 发票开具及时率
    "leads.response_time",         // 线索响应时长
    "reports.errors",              // 报表差错次数
    "reports.timeliness",          // 报表编制及时率
    "sales.collection",            // 回款额
    "sales.plan_completion",       // 销售计划完成率
    "sales.profit",                // 利润
    "sales.revenue",               // 销售收入
    "service.complaints",          // 客户投诉次数
    "service.feedback_handoff",    // 客户反馈2小时内传递率
    "service.satisfaction",        // 客户满意度
};

}  // namespace

std::span<const std::string_view> AllMetrics() { return kAll; }

bool IsMetric(std::string_view code) {
  return std::binary_search(std::begin(kAll), std::end(kAll), code);
}

}  // namespace sd::org
