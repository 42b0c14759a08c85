#include "doc/attachment_type.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "base/text.h"

namespace sd::doc {
namespace {

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool Contains(std::string_view s, std::string_view part) {
  return s.find(part) != std::string_view::npos;
}

// The lowercase extension after the last '.', "" when there is none.
std::string Extension(std::string_view name) {
  const size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot + 1 == name.size()) return "";
  std::string ext(name.substr(dot + 1));
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

bool IsExecutable(std::string_view b) {
  static constexpr std::array<std::string_view, 8> kMagic = {
      "MZ",  // DOS/Windows PE (.exe, .dll, .scr)
      "\x7f"
      "ELF",  // Linux and most Unix
      "\xfe\xed\xfa\xce",
      "\xfe\xed\xfa\xcf",  // Mach-O big-endian 32/64
      "\xce\xfa\xed\xfe",
      "\xcf\xfa\xed\xfe",  // Mach-O little-endian 32/64
      "\xca\xfe\xba\xbe",  // Mach-O universal (also Java classes)
      "#!",                // scripts
  };
  return std::any_of(kMagic.begin(), kMagic.end(),
                     [&](std::string_view m) { return StartsWith(b, m); });
}

// Valid UTF-8 without NUL or control characters other than tab, CR, LF and form feed, with an
// optional byte-order mark: what a .txt or .csv holds.
bool IsPlainText(std::string_view b) {
  if (StartsWith(b, "\xef\xbb\xbf")) b.remove_prefix(3);
  size_t i = 0;
  while (i < b.size()) {
    const auto c = static_cast<unsigned char>(b[i]);
    if (c < 0x80) {
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') return false;
      if (c == 0x7f) return false;
      ++i;
      continue;
    }
    const size_t n = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 0;
    if (n == 0 || c > 0xf4 || i + n > b.size()) return false;
    for (size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(b[i + k]) & 0xc0) != 0x80) return false;
    }
    i += n;
  }
  return true;
}

// The kind the bytes hold, "" when none accepted. Office files need a look past the magic:
// an OOXML file is a ZIP whose member names (stored as plain text) say Word or Excel; a legacy
// .doc/.xls is an OLE compound file, told apart by the extension (the directory would need a
// parser, and both are served with their own fixed type).
std::string_view KindOf(std::string_view b, std::string_view ext) {
  if (StartsWith(b, "%PDF-")) return "pdf";
  if (StartsWith(b, "\xff\xd8\xff")) return "jpeg";
  if (StartsWith(b, "\x89PNG\r\n\x1a\n")) return "png";
  if (StartsWith(b, "GIF87a") || StartsWith(b, "GIF89a")) return "gif";
  if (StartsWith(b, "RIFF") && b.substr(8, 4) == "WEBP") return "webp";
  if (StartsWith(b, std::string_view("II*\0", 4)) || StartsWith(b, std::string_view("MM\0*", 4)))
    return "tiff";
  if (StartsWith(b, "PK\x03\x04")) {
    if (Contains(b, "word/document.xml")) return "docx";
    if (Contains(b, "xl/workbook.xml")) return "xlsx";
    return "";
  }
  if (StartsWith(b, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")) return ext == "xls" ? "xls" : "doc";
  if (IsPlainText(b)) return "text";
  return "";
}

struct KindRow {
  std::string_view kind;
  std::string_view media_type;
  std::string_view extensions;  // space separated
};

constexpr std::array<KindRow, 11> kKinds = {{
    {"pdf", "application/pdf", "pdf"},
    {"jpeg", "image/jpeg", "jpg jpeg jpe jfif"},
    {"png", "image/png", "png"},
    {"gif", "image/gif", "gif"},
    {"webp", "image/webp", "webp"},
    {"tiff", "image/tiff", "tif tiff"},
    {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"},
    {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"},
    {"doc", "application/msword", "doc"},
    {"xls", "application/vnd.ms-excel", "xls"},
    {"text", "text/plain; charset=utf-8", "txt csv"},
}};

bool HasExtension(const KindRow& row, std::string_view ext) {
  std::string_view list = row.extensions;
  while (!list.empty()) {
    const size_t sp = list.find(' ');
    if (list.substr(0, sp) == ext) return true;
    if (sp == std::string_view::npos) break;
    list.remove_prefix(sp + 1);
  }
  return false;
}

}  // namespace

Result<FileType> SniffFileType(std::string_view bytes, std::string_view file_name) {
  const Params name{{"name", std::string(file_name)}};
  if (bytes.empty()) return Fail(Code::kInvalidArgument, "doc.attachment.empty");
  if (IsExecutable(bytes)) return Fail(Code::kInvalidArgument, "doc.attachment.executable", name);
  const std::string ext = Extension(file_name);
  const std::string_view kind = KindOf(bytes, ext);
  if (kind.empty()) return Fail(Code::kInvalidArgument, "doc.attachment.type_refused", name);
  for (const KindRow& row : kKinds) {
    if (row.kind != kind) continue;
    if (!HasExtension(row, ext)) {
      return Fail(Code::kInvalidArgument, "doc.attachment.type_mismatch",
                  {{"name", std::string(file_name)}, {"kind", std::string(kind)}});
    }
    return FileType{row.kind, row.media_type};
  }
  return Fail(Code::kInvalidArgument, "doc.attachment.type_refused", name);
}

Result<std::string> CleanFileName(std::string_view file_name) {
  const size_t slash = file_name.find_last_of("/\\");
  if (slash != std::string_view::npos) file_name.remove_prefix(slash + 1);
  while (!file_name.empty() && file_name.front() == ' ') file_name.remove_prefix(1);
  while (!file_name.empty() && file_name.back() == ' ') file_name.remove_suffix(1);
  const bool controls = std::any_of(file_name.begin(), file_name.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
  });
  if (file_name.empty() || controls || !IsPlainText(file_name) ||
      CodePoints(file_name) > kFileNameMax) {
    return Fail(Code::kInvalidArgument, "doc.attachment.name_invalid",
                {{"max", std::to_string(kFileNameMax)}});
  }
  return std::string(file_name);
}

}  // namespace sd::doc
