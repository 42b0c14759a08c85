#pragma once
// The timeline of one document (DESIGN §2 doc): its audit records, comments and attachment
// uploads and deletions, newest first. A document module adds what it has of its own (the
// customer's follow-ups) and serves the merged list.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "db/database.h"

namespace sd::doc {

struct TimelineEvent {
  int64_t at_us = 0;
  std::string type;    // "audit" | "comment" | "attachment" (a module adds its own kinds)
  std::string action;  // audit: its action; comment: "create"; attachment: "upload" | "delete"
  std::string by;      // audit: user login; comment, attachment: the person's name
  std::optional<std::string> before_json;  // audit snapshots (JSON object text)
  std::optional<std::string> after_json;
  std::string summary;  // comment: its text; attachment: the file name
  int64_t ref_id = 0;   // audit record, comment or attachment id
};

// Newest first (equal times keep audit, comment, attachment order), at most max events. Does
// not check scope: the caller has resolved the document already. Any Tx.
Result<std::vector<TimelineEvent>> Timeline(db::Tx& tx, std::string_view doc_type, int64_t doc_id,
                                            int max);

// Sorts events newest first (stable) and keeps the first max. Pure.
void NewestFirst(std::vector<TimelineEvent>* events, int max);

}  // namespace sd::doc
