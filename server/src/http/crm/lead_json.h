#pragma once
// JSON of leads, inquiries and samples (crm), shared by lead_routes.cc, inquiry_routes.cc and
// inbox_routes.cc.

#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "auth/actor.h"
#include "crm/lead.h"
#include "crm/sample.h"
#include "http/router.h"

namespace sd::http {

class JsonIn;

// A lead or inquiry with response_minutes and actions; inquiries add buyer_local_time and
// utc_offset at now_us (null when the zone is unknown).
nlohmann::json LeadJson(const crm::Lead& l, const auth::Actor& actor, int64_t now_us);
nlohmann::json SampleJson(const crm::Sample& s, const auth::Actor& actor);

// The fields of POST /leads and POST /inquiries.
crm::LeadFields ReadLeadFields(JsonIn& in, crm::LeadKind kind);

// The lead handlers by name ("list", "create", "get", "assign", "convert", "stats", or an
// action "contact" / "qualify" / "discard") for leads or inquiries (lead_routes.cc).
Handler LeadHandler(std::string_view what, crm::LeadKind kind);
// GET {base}/{id} and the workflow POSTs under it (assign, contact, qualify, discard, convert).
void AddLeadWorkflowRoutes(Router& r, const std::string& base, crm::LeadKind kind,
                           const std::string& tag);

// OpenAPI schemas Lead, LeadPage, Sample, SampleList (registered once, by AddLeadRoutes).
void AddLeadSchemas(Router& r);

}  // namespace sd::http
