#pragma once
// How the audit log names sales records and fields (audit/describe.h): quotations (their
// customer, lead and owner named by code and name) and exchange rates. Called once at
// start-up, before requests.

namespace sd::sales {

void DescribeForAudit();

}  // namespace sd::sales
