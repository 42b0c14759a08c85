#pragma once
// Attachments of documents (附件: scanned contracts, faxes, photos, tender files). The bytes are
// stored content-addressed (doc/blob.h), checked by their content (doc/attachment_type.h) and
// bounded in size; every upload, download and delete is scope-checked through the document's
// type (doc/attachment_scope.h) and audited.

#include <cstdint>
#include <optional>
#include <string>

namespace sd::doc {

struct Attachment {
  int64_t id = 0;
  std::string doc_type;
  int64_t doc_id = 0;
  std::string file_name;
  std::string media_type;  // sniffed, never the client's
  int64_t size_bytes = 0;
  std::string sha256;
  int64_t uploaded_by_user_id = 0;
  std::string uploaded_by;  // display name at the time
  int64_t created_at_us = 0;
  std::optional<int64_t> deleted_at_us;  // set: deleted (kept for the timeline)
  std::optional<std::string> deleted_by;
};

// Default upper bound of one attachment; the server's --attachment-max-mib changes it.
inline constexpr size_t kAttachmentBytesMaxDefault = 20u << 20;
// Live attachments one document may carry.
inline constexpr int64_t kAttachmentsPerDocMax = 200;

}  // namespace sd::doc
