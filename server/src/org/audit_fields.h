#pragma once
// How the audit log and timelines name org records and fields (audit/describe.h): staff,
// regions, departments, positions and their snapshots' fields, plus the fields common to every
// entity (name, status, notes, …). Called once at start-up, before requests are served.

namespace sd::org {

void DescribeForAudit();

}  // namespace sd::org
