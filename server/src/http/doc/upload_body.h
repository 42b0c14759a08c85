#pragma once
// Reading an uploaded file from a streams_body route (Route::streams_body) without holding more
// than a bound in memory: the body arrives in pieces and is kept only while it fits.

#include <cstddef>
#include <string>

#include "base/result.h"
#include "http/context.h"

namespace sd::http {

struct UploadedFile {
  std::string file_name;  // as the client named it (unchecked)
  std::string bytes;
};

// The file of the request: the part named "file" of a multipart/form-data body (what a
// browser's form and el-upload send; other parts are read and dropped), or else the whole body,
// named by ?filename=. Keeps at most bytes_max bytes: a larger file is read to its end and
// dropped. Errors: kResourceExhausted "doc.attachment.too_large" (param max);
// kInvalidArgument "doc.attachment.file_missing" (a multipart body without a file part, or no
// file name); kInvalidArgument "doc.attachment.body_unreadable" when the body cannot be read (a
// broken multipart body, a connection that ends early). Call once per request.
Result<UploadedFile> ReadUpload(Ctx& ctx, size_t bytes_max);

}  // namespace sd::http
