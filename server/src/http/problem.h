#pragma once
// Errors as application/problem+json (RFC 9457) in the request's language (STYLE §6).

#include <string>

#include "base/i18n.h"
#include "base/result.h"
#include "http/reply.h"

namespace sd::http {

// HTTP status for an error code: 400, 401, 403, 404, 409, 422, 413/429, 503, 500.
int StatusFor(const Error& e);

// The problem+json reply for e; kInternal errors never show their detail.
Reply ProblemReply(const Error& e, Locale locale, const std::string& request_id);

}  // namespace sd::http
