#pragma once
// How the audit log names catalog records and fields (audit/describe.h): products, with their
// product line (org's) named by code and name. Called once at start-up, before requests.

namespace sd::catalog {

void DescribeForAudit();

}  // namespace sd::catalog
