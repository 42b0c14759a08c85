#include "http/doc/upload_body.h"

#include <httplib.h>

namespace sd::http {
namespace {

// Appends pieces while the total fits in max; past it, remembers that and drops the rest (and
// what it had: the request fails anyway).
class BoundedSink {
 public:
  explicit BoundedSink(size_t max) : max_(max) {}
  void Append(const char* data, size_t n) {
    if (over_) return;
    if (n > max_ - bytes_.size()) {
      over_ = true;
      std::string().swap(bytes_);
      return;
    }
    bytes_.append(data, n);
  }
  bool over() const { return over_; }
  std::string Take() { return std::move(bytes_); }

 private:
  size_t max_;
  bool over_ = false;
  std::string bytes_;
};

}  // namespace

Result<UploadedFile> ReadUpload(Ctx& ctx, size_t bytes_max) {
  SD_ASSERT(ctx.content_reader() != nullptr, "ReadUpload on a route that does not stream");
  SD_ASSERT(!ctx.body_read(), "ReadUpload called twice");
  const httplib::ContentReader& reader = *ctx.content_reader();
  ctx.mark_body_read();
  BoundedSink sink(bytes_max);
  UploadedFile out;
  bool ok = false;
  bool found = false;
  if (ctx.req().is_multipart_form_data()) {
    bool in_file = false;
    ok = reader(
        [&](const httplib::MultipartFormData& part) {
          in_file = !found && part.name == "file";
          if (in_file) {
            found = true;
            out.file_name = part.filename;
          }
          return true;
        },
        [&](const char* data, size_t n) {
          if (in_file) sink.Append(data, n);
          return true;
        });
  } else {
    found = true;
    if (auto name = ctx.TextQuery("filename")) out.file_name = *name;
    ok = reader([&](const char* data, size_t n) {
      sink.Append(data, n);
      return true;
    });
  }
  if (sink.over()) {
    return Fail(Code::kResourceExhausted, "doc.attachment.too_large",
                {{"max", std::to_string(bytes_max)}});
  }
  if (!ok) return Fail(Code::kInvalidArgument, "doc.attachment.body_unreadable");
  if (!found || out.file_name.empty()) {
    return Fail(Code::kInvalidArgument, "doc.attachment.file_missing");
  }
  out.bytes = sink.Take();
  return out;
}

}  // namespace sd::http
