#pragma once
// Excel exports (.xlsx) with libxlsxwriter. Like JSON, a spreadsheet is a presentation of the
// data, so it is built in http/ only; domain code hands over rows.

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "base/result.h"

namespace sd::http {

inline constexpr const char* kXlsxMediaType =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

using XlsxCell = std::variant<std::string, int64_t>;

struct XlsxSheet {
  std::string name;                 // at most 31 characters, none of []:*?/\ (Excel's rule)
  std::vector<std::string> header;  // bold, frozen first row
  std::vector<std::vector<XlsxCell>> rows;
};

// The workbook with the sheets in order, as .xlsx bytes. libxlsxwriter 1.1.4 (Debian 12)
// writes only to files, so this writes a mkstemp file in $TMPDIR (or /tmp), reads it back and
// removes it. Thread-safe. Errors: kInternal "common.internal", the library's message in detail.
Result<std::string> WriteXlsx(const std::vector<XlsxSheet>& sheets);

}  // namespace sd::http
