#pragma once
// How the audit log and the customer timeline name crm records and fields
// (audit/describe.h): customers, follow-ups and plans, leads, samples, competitors and the pool
// settings. Called once at start-up, before requests are served.

namespace sd::crm {

void DescribeForAudit();

}  // namespace sd::crm
