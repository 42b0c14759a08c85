#include "http/xlsx.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <utility>

namespace sd::http {
namespace {

Error XlsxError(std::string detail) {
  Error e = MakeError(Code::kInternal, "common.internal");
  e.detail = "xlsx export: " + std::move(detail);
  return e;
}

// Display width of UTF-8 text in Excel's character units: CJK characters count double.
size_t DisplayWidth(const std::string& s) {
  size_t width = 0;
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x80) {
      width += 1;
    } else if ((c & 0xC0) != 0x80) {
      width += 2;  // the lead byte of a multi-byte character
    }
  }
  return width;
}

// A temporary file that is removed when this goes out of scope.
class TempFile {
 public:
  TempFile() {
    const char* dir = std::getenv("TMPDIR");
    dir_ = dir != nullptr && *dir != '\0' ? dir : "/tmp";
    std::string pattern = dir_ + "/salesdesk-export-XXXXXX";
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    int fd = mkstemp(buf.data());
    if (fd < 0) return;
    close(fd);  // libxlsxwriter reopens the file by name
    path_ = buf.data();
  }
  ~TempFile() {
    if (!path_.empty()) unlink(path_.c_str());
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::string& path() const { return path_; }
  const std::string& dir() const { return dir_; }

 private:
  std::string dir_;
  std::string path_;
};

Result<void> Check(lxw_error err, const char* what) {
  if (err == LXW_NO_ERROR) return Ok();
  return XlsxError(std::string(what) + ": " + lxw_strerror(err));
}

// The file's bytes, once the workbook is closed.
Result<std::string> ReadBack(const TempFile& file) {
  std::ifstream in(file.path(), std::ios::binary);
  std::ostringstream bytes;
  if (in.is_open()) bytes << in.rdbuf();
  std::string out = std::move(bytes).str();
  if (out.empty()) return XlsxError("cannot read back " + file.path());
  return out;
}

// One cell (empty text is left out); widens its column in widths.
Result<void> WriteCell(lxw_worksheet* ws, lxw_row_t row, size_t c, const XlsxCell& cell,
                       std::vector<size_t>* widths) {
  const auto col = static_cast<lxw_col_t>(c);
  if (const auto* text = std::get_if<std::string>(&cell)) {
    if (text->empty()) return Ok();
    SD_TRY(Check(worksheet_write_string(ws, row, col, text->c_str(), nullptr), "cell"));
    if (c < widths->size()) (*widths)[c] = std::max((*widths)[c], DisplayWidth(*text));
    return Ok();
  }
  // Excel keeps every number as a double; these are small counts, exact in one.
  const auto number = static_cast<double>(std::get<int64_t>(cell));  // float-ok: Excel
  return Check(worksheet_write_number(ws, row, col, number, nullptr), "cell");
}

Result<void> SetWidths(lxw_worksheet* ws, const std::vector<size_t>& widths) {
  for (size_t c = 0; c < widths.size(); ++c) {
    const auto col = static_cast<lxw_col_t>(c);
    const size_t chars = std::min<size_t>(widths[c] + 2, 60);
    const auto width = static_cast<double>(chars);  // float-ok: libxlsxwriter's width type
    SD_TRY(Check(worksheet_set_column(ws, col, col, width, nullptr), "column width"));
  }
  return Ok();
}

// A new sheet with its header in bold, frozen; the header's widths in widths.
Result<lxw_worksheet*> StartSheet(lxw_workbook* wb, const std::string& name,
                                  const std::vector<std::string>& header, lxw_format* bold,
                                  std::vector<size_t>* widths) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
  if (ws == nullptr) return XlsxError("bad sheet name " + name);
  widths->assign(header.size(), 8);
  for (size_t c = 0; c < header.size(); ++c) {
    const auto col = static_cast<lxw_col_t>(c);
    SD_TRY(Check(worksheet_write_string(ws, 0, col, header[c].c_str(), bold), "header"));
    (*widths)[c] = std::max((*widths)[c], DisplayWidth(header[c]));
  }
  worksheet_freeze_panes(ws, 1, 0);
  return ws;
}

Result<void> WriteSheet(lxw_workbook* wb, const XlsxSheet& sheet, lxw_format* bold) {
  std::vector<size_t> widths;
  SD_TRY_ASSIGN(lxw_worksheet * ws, StartSheet(wb, sheet.name, sheet.header, bold, &widths));
  for (size_t r = 0; r < sheet.rows.size(); ++r) {
    const auto row = static_cast<lxw_row_t>(r + 1);
    for (size_t c = 0; c < sheet.rows[r].size(); ++c) {
      SD_TRY(WriteCell(ws, row, c, sheet.rows[r][c], &widths));
    }
  }
  return SetWidths(ws, widths);
}

}  // namespace

Result<std::string> WriteXlsx(const std::vector<XlsxSheet>& sheets) {
  TempFile file;
  if (file.path().empty()) return XlsxError("cannot create a temporary file in " + file.dir());
  std::string tmpdir = file.dir();
  lxw_workbook_options options{};
  options.tmpdir = tmpdir.data();
  lxw_workbook* wb = workbook_new_opt(file.path().c_str(), &options);
  if (wb == nullptr) return XlsxError("cannot start a workbook");
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  for (const XlsxSheet& sheet : sheets) {
    Result<void> written = WriteSheet(wb, sheet, bold);
    if (!written) {
      workbook_close(wb);  // frees it; the half-written file goes with TempFile
      return Fail(std::move(written).error());
    }
  }
  SD_TRY(Check(workbook_close(wb), "close"));
  return ReadBack(file);
}

struct XlsxStream::Impl {
  struct Sheet {
    lxw_worksheet* ws = nullptr;
    lxw_row_t next_row = 1;
    std::vector<size_t> widths;
  };
  TempFile file;
  std::string tmpdir;
  lxw_workbook* wb = nullptr;
  lxw_format* bold = nullptr;
  std::vector<Sheet> sheets;
};

XlsxStream::XlsxStream() : impl_(std::make_unique<Impl>()) {
  if (impl_->file.path().empty()) return;
  impl_->tmpdir = impl_->file.dir();
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  options.tmpdir = impl_->tmpdir.data();
  impl_->wb = workbook_new_opt(impl_->file.path().c_str(), &options);
  if (impl_->wb == nullptr) return;
  impl_->bold = workbook_add_format(impl_->wb);
  format_set_bold(impl_->bold);
}

XlsxStream::~XlsxStream() {
  if (impl_->wb != nullptr) workbook_close(impl_->wb);  // frees it; TempFile removes the file
}

Result<size_t> XlsxStream::AddSheet(const std::string& name,
                                    const std::vector<std::string>& header) {
  if (impl_->wb == nullptr) return XlsxError("cannot start a workbook in " + impl_->file.dir());
  Impl::Sheet sheet;
  SD_TRY_ASSIGN(sheet.ws, StartSheet(impl_->wb, name, header, impl_->bold, &sheet.widths));
  impl_->sheets.push_back(std::move(sheet));
  return impl_->sheets.size() - 1;
}

Result<void> XlsxStream::Row(size_t sheet, const std::vector<XlsxCell>& cells) {
  Impl::Sheet& s = impl_->sheets.at(sheet);
  for (size_t c = 0; c < cells.size(); ++c) {
    SD_TRY(WriteCell(s.ws, s.next_row, c, cells[c], &s.widths));
  }
  ++s.next_row;
  return Ok();
}

Result<std::string> XlsxStream::Finish() {
  if (impl_->wb == nullptr) return XlsxError("cannot start a workbook in " + impl_->file.dir());
  for (const Impl::Sheet& s : impl_->sheets) SD_TRY(SetWidths(s.ws, s.widths));
  lxw_workbook* wb = std::exchange(impl_->wb, nullptr);
  SD_TRY(Check(workbook_close(wb), "close"));
  return ReadBack(impl_->file);
}

}  // namespace sd::http
