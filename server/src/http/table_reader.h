#pragma once
// Reads an uploaded table — an Excel workbook (.xlsx) or a CSV file — into rows of text for
// the imports (customers, leads). Like xlsx.h, a file format is presentation, so it lives in
// http/; domain code receives plain rows.
//
// .xlsx: the zip is opened in memory (libzip) and its XML parts streamed through expat: the
// first sheet of xl/workbook.xml (resolved through xl/_rels/workbook.xml.rels), the shared
// strings (rich-text runs joined, phonetic runs left out), inline strings, numbers as their
// text ("1.38E+10" written out as "13800000000"), booleans as TRUE/FALSE, dates left as the
// cell's serial number. Cells are placed by their reference ("C5"), so gaps stay empty.
// CSV: RFC 4180 (quotes, doubled quotes, line breaks inside quotes), comma, semicolon or tab
// as the header line shows; UTF-8 with or without BOM, UTF-16 with BOM, and otherwise GB18030
// (what Chinese Excel saves as "CSV") converted with ICU when the bytes are not valid UTF-8.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace sd::http {

// Bounds on what an upload may expand to, so that a small crafted file (a zip bomb, one huge
// cell, a huge shared-strings part) cannot make the server hold gigabytes: every one is checked
// while the bytes stream, before they are kept.
inline constexpr size_t kTableBytesMax = size_t{64} << 20;  // the upload itself
inline constexpr size_t kTableRowsMax = 200'000;            // data rows after the header
inline constexpr size_t kTableColumnsMax = 256;
inline constexpr size_t kTableCellBytesMax = size_t{32} << 10;  // the text of one cell
// .xlsx: one XML part decompressed, all parts together, and a part's decompressed : compressed
// ratio (parts over kXlsxRatioFloorBytes; real sheets compress 5–20 times, bombs 1,000).
inline constexpr uint64_t kXlsxPartBytesMax = uint64_t{256} << 20;
inline constexpr uint64_t kXlsxExpandedBytesMax = uint64_t{512} << 20;
inline constexpr uint64_t kXlsxRatioMax = 200;
inline constexpr uint64_t kXlsxRatioFloorBytes = uint64_t{1} << 20;
// The shared strings are held while the sheet is read: their text plus 4 bytes each.
inline constexpr uint64_t kXlsxSharedStringsBytesMax = uint64_t{64} << 20;
// XML the parser has been given but not yet reported (one tag with its attributes).
inline constexpr uint64_t kXmlPendingBytesMax = uint64_t{1} << 20;

struct TableRow {
  int64_t number = 0;              // as the spreadsheet shows it: the header is row 1
  std::vector<std::string> cells;  // UTF-8, untrimmed; as many as the row has (gaps empty)
};

struct Table {
  std::vector<std::string> header;  // the first non-empty row
  std::vector<TableRow> rows;       // the rows after it; rows with only empty cells left out
};

// Where a streaming read puts the table: header is called once with the first non-empty row,
// then row with each later non-empty row, in order. An error from either ends the read with it.
struct TableSink {
  std::function<Result<void>(std::vector<std::string> header)> header;
  std::function<Result<void>(TableRow row)> row;
};

// Reads body as .xlsx when it is a zip (or content_type_or_name says xlsx), else as CSV, and
// hands each row to sink as it is read: what is held at once is the upload, the shared strings
// (bounded) and one row. content_type_or_name is the request's Content-Type or the file name
// ("客户.csv"); it only settles what the bytes do not. Thread-safe.
// Errors, kResourceExhausted (413) naming the bound: "http.table.too_large" {max} (body over
// kTableBytesMax), "http.table.too_many_rows" {max}, "http.table.too_many_columns" {max},
// "http.table.cell_too_large" {row, max}, "http.table.part_too_large" {part, max},
// "http.table.expanded_too_large" {max}, "http.table.compression_ratio" {part, max},
// "http.table.shared_strings_too_large" {max}, "http.table.markup_too_large" {part, max};
// kInvalidArgument "http.table.xls_unsupported" (an old .xls), "http.table.unreadable"
// {reason} (broken zip or XML, no sheet), "http.table.unterminated_quote" {row},
// "http.table.empty" (no header row); and whatever sink returns.
Result<void> ReadTableRows(std::string_view body, std::string_view content_type_or_name,
                           const TableSink& sink);

// The whole table in memory (small files, tests): ReadTableRows collecting every row.
Result<Table> ReadTable(std::string_view body, std::string_view content_type_or_name);

// The two readers behind ReadTable, same errors.
Result<Table> ReadXlsx(std::string_view bytes);
Result<Table> ReadCsv(std::string_view bytes);

// CSV bytes as UTF-8: BOM removed; UTF-16 (by BOM) and non-UTF-8 bytes (taken as GB18030)
// converted. Errors: kInvalidArgument "http.table.unreadable" when the conversion fails.
Result<std::string> CsvTextAsUtf8(std::string_view bytes);

// Whether s is well-formed UTF-8 (no overlong forms, surrogates or code points > U+10FFFF).
bool IsValidUtf8(std::string_view s);

// 0-based column of a cell reference: "A1" → 0, "C5" → 2, "AA10" → 26; -1 if s has no letters.
int64_t ColumnOfRef(std::string_view ref);

// An Excel number's text without exponent: "1.38E+10" → "13800000000", "1.5E-3" → "0.0015";
// other text is returned unchanged.
std::string PlainNumber(std::string_view text);

}  // namespace sd::http
