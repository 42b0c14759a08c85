#pragma once
// Which files a document may carry, decided from their bytes (content sniffing) and checked
// against the file name's extension: scanned contracts and faxes (PDF, TIFF), photos (JPEG,
// PNG, GIF, WEBP), tender files (Word and Excel, OOXML and the legacy binary formats) and plain
// text. Executables and everything else are refused, and so is a name that claims another
// type than the bytes hold (a .pdf that is a PNG). The served Content-Type is the sniffed one,
// never the one a client sent. Pure; thread-safe.

#include <string>
#include <string_view>

#include "base/result.h"

namespace sd::doc {

struct FileType {
  std::string_view kind;        // "pdf", "jpeg", "png", "gif", "webp", "tiff", "docx", "xlsx",
                                // "doc", "xls", "text"
  std::string_view media_type;  // what downloads are served as
};

// The type of bytes named file_name. Errors (kInvalidArgument):
//   "doc.attachment.empty"          no bytes
//   "doc.attachment.executable"     a program or script (PE, ELF, Mach-O, "#!")
//   "doc.attachment.type_refused"   none of the accepted types (param "name")
//   "doc.attachment.type_mismatch"  the extension names another type (params "name", "kind")
Result<FileType> SniffFileType(std::string_view bytes, std::string_view file_name);

// The file name to keep: the part after the last '/' or '\' with surrounding spaces trimmed.
// Errors: kInvalidArgument "doc.attachment.name_invalid" when that is empty, longer than
// kFileNameMax code points, not UTF-8 or holds control characters.
inline constexpr size_t kFileNameMax = 200;
Result<std::string> CleanFileName(std::string_view file_name);

}  // namespace sd::doc
