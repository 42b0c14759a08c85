#pragma once
// Excel exports (.xlsx) with libxlsxwriter. Like JSON, a spreadsheet is a presentation of the
// data, so it is built in http/ only; domain code hands over rows.

#include <cstdint>
#include <memory>
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

// A workbook written a row at a time, for exports of any size: libxlsxwriter's constant_memory
// mode sends each row to its sheet's temporary file as the next begins, so what is held is one
// row per sheet, not the workbook. Rows of a sheet go in order; sheets may take turns. Strings
// are written inline (ReadTable reads them). Not thread-safe; one per request.
class XlsxStream {
 public:
  XlsxStream();
  ~XlsxStream();
  XlsxStream(const XlsxStream&) = delete;
  XlsxStream& operator=(const XlsxStream&) = delete;

  // A new sheet with its bold, frozen header; returns its index for Row.
  Result<size_t> AddSheet(const std::string& name, const std::vector<std::string>& header);
  Result<void> Row(size_t sheet, const std::vector<XlsxCell>& cells);
  // Sets the column widths from what was written, closes the workbook and returns its bytes.
  Result<std::string> Finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace sd::http
