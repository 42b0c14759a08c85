#pragma once
// The errors the db layer hands out (database.h lists them with their meaning).

#include <string>

#include "base/result.h"

namespace sd::db {

// kUnavailable "db.unavailable": connection lost, database unhealthy or closed.
Error UnavailableError(std::string detail);
// kInternal "db.error": anything the caller cannot fix; detail holds the driver's message.
Error InternalError(std::string detail);
// kAlreadyExists "db.unique_violation" with param "target".
Error UniqueViolation(std::string target, std::string detail);
// kFailedPrecondition "db.constraint_violation" with param "target".
Error ConstraintViolation(std::string target, std::string detail);
// kAborted "db.conflict": PostgreSQL serialization failure or deadlock; retry the request.
Error ConflictError(std::string detail);

// For stores, whose tables have one unique key a write can break: a unique violation (e, as
// Tx::Query/Exec return it) becomes kAlreadyExists `key` with params ("org.region.code_taken",
// {{"code", code}}); any other error is returned unchanged.
Error UniqueViolationAs(Error e, std::string key, Params params = {});

}  // namespace sd::db
