#include "doc/timeline.h"

#include <algorithm>

#include "audit/audit.h"
#include "doc/attachment_store.h"
#include "doc/comment_store.h"

namespace sd::doc {

Result<std::vector<TimelineEvent>> Timeline(db::Tx& tx, std::string_view doc_type, int64_t doc_id,
                                            int max) {
  std::vector<TimelineEvent> out;
  audit::Filter filter;
  filter.entity = std::string(doc_type);
  filter.entity_id = doc_id;
  filter.page = {1, max};
  SD_TRY_ASSIGN(Page<audit::Entry> records, audit::List(tx, filter));
  for (audit::Entry& e : records.items) {
    out.push_back({e.at_us, "audit", std::move(e.action), std::move(e.user_login),
                   std::move(e.before_json), std::move(e.after_json), "", e.id});
  }
  SD_TRY_ASSIGN(std::vector<Comment> comments, store::ListComments(tx, doc_type, doc_id, max));
  for (Comment& c : comments) {
    out.push_back({c.created_at_us, "comment", "create", std::move(c.author), std::nullopt,
                   std::nullopt, std::move(c.body), c.id});
  }
  SD_TRY_ASSIGN(std::vector<Attachment> files, store::AttachmentHistory(tx, doc_type, doc_id, max));
  for (const Attachment& a : files) {
    out.push_back({a.created_at_us, "attachment", "upload", a.uploaded_by, std::nullopt,
                   std::nullopt, a.file_name, a.id});
    if (a.deleted_at_us) {
      out.push_back({*a.deleted_at_us, "attachment", "delete", a.deleted_by.value_or(""),
                     std::nullopt, std::nullopt, a.file_name, a.id});
    }
  }
  NewestFirst(&out, max);
  return out;
}

void NewestFirst(std::vector<TimelineEvent>* events, int max) {
  std::stable_sort(
      events->begin(), events->end(),
      [](const TimelineEvent& a, const TimelineEvent& b) { return a.at_us > b.at_us; });
  if (max >= 0 && events->size() > static_cast<size_t>(max)) {
    events->resize(static_cast<size_t>(max));
  }
}

}  // namespace sd::doc
