// Attachments (附件) and comments (备注) of a document: the rows every document type adds to the
// route table through AddDocRoutes. Scope is the type's resolver's; each upload, download and
// delete, and each comment, is audited by the doc services.
#include "http/doc/doc_routes.h"

#include <httplib.h>

#include <nlohmann/json.hpp>
#include <optional>

#include "doc/attachment_service.h"
#include "doc/comment.h"
#include "http/doc/doc_json.h"
#include "http/doc/upload_body.h"
#include "http/json_in.h"

namespace sd::http {
namespace {

using nlohmann::json;

Result<Reply> ListAttachments(Ctx& ctx, const doc::DocType& type) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(doc::AttachmentList list, doc::ListAttachments(tx, ctx.actor(), type, id));
    json items = json::array();
    for (const doc::Attachment& a : list.items) {
      items.push_back(AttachmentJson(a, list.access, ctx.actor()));
    }
    json actions = json::array();
    if (list.access.may_change) actions.push_back("upload");
    return JsonReply(200, {{"items", std::move(items)},
                           {"actions", std::move(actions)},
                           {"max_bytes", ctx.app().limits.attachment_bytes_max}});
  });
}

// The body is read (within the limit), checked and hashed before the transaction, so the
// single writer never waits for a slow client or a large file.
Result<Reply> Upload(Ctx& ctx, const doc::DocType& type) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  const size_t max = ctx.app().limits.attachment_bytes_max;
  std::optional<doc::PreparedFile> file;
  {
    SD_TRY_ASSIGN(UploadedFile upload, ReadUpload(ctx, max));
    SD_TRY_ASSIGN(file, doc::PrepareAttachment(upload.file_name, upload.bytes, max));
  }  // the raw bytes go; their stored parts stay
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(doc::Attachment a, doc::AddAttachment(tx, ctx.actor(), type, id, *file));
    doc::DocAccess access{true, true};  // the uploader may delete it while the type allows
    return CreatedReply(AttachmentJson(a, access, ctx.actor()),
                        ctx.req().path + "/" + std::to_string(a.id));
  });
}

// The bytes come from a read transaction; the audit record is written before they are sent.
Result<Reply> Download(Ctx& ctx, const doc::DocType& type) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(int64_t attachment_id, ctx.IdParam("attachment_id"));
  std::optional<doc::AttachmentFile> f;
  SD_TRY(ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(f, doc::ReadAttachment(tx, ctx.actor(), type, id, attachment_id));
    return NoContent();
  }));
  SD_TRY(ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY(doc::RecordDownload(tx, ctx.actor(), type, f->meta));
    return NoContent();
  }));
  Reply reply;
  reply.body = std::move(f->bytes);
  reply.content_type = f->meta.media_type;
  reply.headers.emplace_back("Content-Disposition", ContentDisposition(f->meta.file_name));
  // The type is the sniffed one; the browser must not guess another (an HTML page posing as
  // text), and a file opened directly runs nothing.
  reply.headers.emplace_back("X-Content-Type-Options", "nosniff");
  reply.headers.emplace_back("Content-Security-Policy", "default-src 'none'; sandbox");
  reply.headers.emplace_back("Cache-Control", "private, no-store");
  return reply;
}

Result<Reply> DeleteAttachment(Ctx& ctx, const doc::DocType& type) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(int64_t attachment_id, ctx.IdParam("attachment_id"));
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY(doc::DeleteAttachment(tx, ctx.actor(), type, id, attachment_id));
    return NoContent();
  });
}

Result<Reply> ListComments(Ctx& ctx, const doc::DocType& type) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(doc::CommentList list, doc::ListComments(tx, ctx.actor(), type, id));
    json items = json::array();
    for (const doc::Comment& c : list.items) items.push_back(CommentJson(c));
    json actions = json::array();
    if (list.access.may_change) actions.push_back("add");
    return JsonReply(200, {{"items", std::move(items)}, {"actions", std::move(actions)}});
  });
}

Result<Reply> AddComment(Ctx& ctx, const doc::DocType& type) {
  SD_TRY_ASSIGN(int64_t id, ctx.IdParam("id"));
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  // Bytes bound only: the service counts characters (doc::kCommentCharsMax).
  std::optional<std::string> body = in.String("body", {true, doc::kCommentCharsMax * 4});
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(doc::Comment c, doc::AddComment(tx, ctx.actor(), type, id, *body));
    return CreatedReply(CommentJson(c), ctx.req().path);
  });
}

}  // namespace

void AddDocRoutes(Router& r, const DocRouteSpec& spec) {
  AddDocSchemas(r);
  const doc::DocType& type = *spec.type;
  const std::string files = spec.path + "/attachments";
  const std::string one_file = files + "/{attachment_id}";
  const std::string comments = spec.path + "/comments";
  const std::string& n = spec.noun;
  r.Add({"GET",
         files,
         Access::kSignedIn,
         spec.read_permission,
         {spec.tag,
          "The " + n + "'s attachments, oldest first (404 outside the scope)",
          {},
          "",
          "AttachmentList"},
         [&type](Ctx& ctx) { return ListAttachments(ctx, type); }});
  Route upload{"POST",
               files,
               Access::kSignedIn,
               spec.change_permission,
               {spec.tag,
                "Attach a file to the " + n +
                    ": multipart/form-data with the part `file`, or "
                    "the bytes as the body with ?filename=. PDF, JPEG, PNG, GIF, WEBP, TIFF, "
                    "docx, xlsx, doc, xls, txt, csv, checked by content (400 "
                    "doc.attachment.type_refused / type_mismatch / executable); larger than "
                    "max_bytes: 413 doc.attachment.too_large. Equal files are stored once",
                {{"filename", "query", "string", "the file's name, for a raw body"}},
                "",
                "Attachment",
                201},
               [&type](Ctx& ctx) { return Upload(ctx, type); }};
  upload.streams_body = true;
  r.Add(std::move(upload));
  r.Add({"GET",
         one_file,
         Access::kSignedIn,
         spec.read_permission,
         {spec.tag,
          "Download an attachment (audited); Content-Type from its content, the name in "
          "Content-Disposition (RFC 5987)",
          {},
          "",
          "",
          200,
          "application/octet-stream"},
         [&type](Ctx& ctx) { return Download(ctx, type); }});
  r.Add({"DELETE",
         one_file,
         Access::kSignedIn,
         spec.read_permission,
         {spec.tag,
          "Delete an attachment: its uploader, or whoever may change the " + n +
              " (403 doc.attachment.delete_denied), while the " + n +
              "'s state allows (422 doc.attachment.not_deletable)",
          {},
          "",
          "",
          204},
         [&type](Ctx& ctx) { return DeleteAttachment(ctx, type); }});
  r.Add({"GET",
         comments,
         Access::kSignedIn,
         spec.read_permission,
         {spec.tag, "The " + n + "'s comments, newest first (at most 500)", {}, "", "CommentList"},
         [&type](Ctx& ctx) { return ListComments(ctx, type); }});
  r.Add({"POST",
         comments,
         Access::kSignedIn,
         spec.change_permission,
         {spec.tag,
          "Comment on the " + n + " (at most 2000 characters; audited)",
          {},
          "NewComment",
          "Comment",
          201},
         [&type](Ctx& ctx) { return AddComment(ctx, type); }});
}

}  // namespace sd::http
