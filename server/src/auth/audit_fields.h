#pragma once
// How the audit log names user accounts, roles and sessions and their fields
// (audit/describe.h). Called once at start-up, before requests are served.

namespace sd::auth {

void DescribeForAudit();

}  // namespace sd::auth
