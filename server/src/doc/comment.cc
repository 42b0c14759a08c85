#include "doc/comment.h"

#include "audit/audit.h"
#include "base/text.h"
#include "doc/comment_store.h"

namespace sd::doc {
namespace {

// Spaces and line breaks around the text are dropped; inside they are the author's.
std::string Trimmed(const std::string& s) {
  const size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  const size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

}  // namespace

Result<CommentList> ListComments(db::Tx& tx, const auth::Actor& actor, const DocType& type,
                                 int64_t doc_id) {
  SD_TRY_ASSIGN(DocAccess access, type.resolve(tx, actor, doc_id));
  SD_TRY_ASSIGN(std::vector<Comment> items,
                store::ListComments(tx, type.name, doc_id, kCommentListMax));
  return CommentList{std::move(items), access};
}

Result<Comment> AddComment(db::Tx& tx, const auth::Actor& actor, const DocType& type,
                           int64_t doc_id, const std::string& body) {
  SD_TRY_ASSIGN(DocAccess access, type.resolve(tx, actor, doc_id));
  if (!access.may_change) return Fail(Code::kPermissionDenied, "doc.comment.change_denied");
  Comment c;
  c.body = Trimmed(body);
  std::vector<FieldError> errors;
  CheckTextField("body", c.body, kCommentCharsMax, true, &errors);
  SD_TRY(FieldsOk(std::move(errors)));
  SD_TRY_ASSIGN(int64_t count, store::CountComments(tx, type.name, doc_id));
  if (count >= kCommentsPerDocMax) {
    return Fail(Code::kResourceExhausted, "doc.comment.too_many",
                {{"max", std::to_string(kCommentsPerDocMax)}});
  }
  c.doc_type = std::string(type.name);
  c.doc_id = doc_id;
  c.author_user_id = actor.user_id;
  c.author = actor.display_name.empty() ? actor.login : actor.display_name;
  c.created_at_us = actor.audit.at_us;
  SD_TRY_ASSIGN(c, store::InsertComment(tx, std::move(c)));
  SD_TRY(audit::Record(
      tx, actor.audit, "comment", c.id, "create", std::nullopt,
      audit::Snapshot{{"doc_type", c.doc_type}, {"doc_id", c.doc_id}, {"body", c.body}}));
  return c;
}

}  // namespace sd::doc
