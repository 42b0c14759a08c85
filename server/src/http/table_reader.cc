#include "http/table_reader.h"

#include <expat.h>
#include <unicode/ucnv.h>
#include <zip.h>

#include <algorithm>
#include <deque>
#include <map>
#include <memory>
#include <optional>

namespace sd::http {
namespace {

Unexpected Unreadable(std::string reason) {
  return Fail(Code::kInvalidArgument, "http.table.unreadable", {{"reason", std::move(reason)}});
}

Unexpected Exhausted(std::string key, Params params) {
  return Fail(Code::kResourceExhausted, std::move(key), std::move(params));
}

Error CellTooLarge() {
  return MakeError(Code::kResourceExhausted, "http.table.cell_too_large",
                   {{"max", std::to_string(kTableCellBytesMax)}});
}

bool EndsWith(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// Hands rows to the sink: the first non-empty one is the header; limits on rows and columns.
class TableBuilder {
 public:
  explicit TableBuilder(const TableSink& sink) : sink_(sink) {}

  Result<void> Add(int64_t number, std::vector<std::string> cells) {
    while (!cells.empty() && cells.back().empty()) cells.pop_back();
    if (cells.empty()) return Ok();
    if (cells.size() > kTableColumnsMax) {
      return Exhausted("http.table.too_many_columns", {{"max", std::to_string(kTableColumnsMax)}});
    }
    if (!has_header_) {
      has_header_ = true;
      return sink_.header(std::move(cells));
    }
    if (rows_ >= kTableRowsMax) {
      return Exhausted("http.table.too_many_rows", {{"max", std::to_string(kTableRowsMax)}});
    }
    ++rows_;
    return sink_.row({number, std::move(cells)});
  }
  Result<void> Finish() const {
    if (!has_header_) return Fail(Code::kInvalidArgument, "http.table.empty");
    return Ok();
  }

 private:
  const TableSink& sink_;
  bool has_header_ = false;
  size_t rows_ = 0;
};

// ---- XML (expat) -------------------------------------------------------------------------

// A SAX handler over element local names (prefixes dropped: some writers use "x:row").
class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual void Start(std::string_view name, const char** attrs) = 0;
  virtual void End(std::string_view name) = 0;
  virtual void Text(std::string_view text) = 0;
  // A handler that wants to stop sets error_; the parse then ends with it.
  std::optional<Error> error_;
};

std::string_view LocalName(const char* name) {
  std::string_view n(name);
  size_t colon = n.rfind(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

// The value of the attribute with this local name (and, when prefixed is set, a prefix).
const char* Attr(const char** attrs, std::string_view local, bool prefixed = false) {
  for (size_t i = 0; attrs[i] != nullptr; i += 2) {
    std::string_view n(attrs[i]);
    const bool has_prefix = n.find(':') != std::string_view::npos;
    if (LocalName(attrs[i]) == local && has_prefix == prefixed) return attrs[i + 1];
  }
  return nullptr;
}

class XmlParser {
 public:
  explicit XmlParser(XmlHandler* h) : parser_(XML_ParserCreate("UTF-8")), handler_(h) {
    XML_SetUserData(parser_, this);
    XML_SetElementHandler(parser_, &XmlParser::OnStart, &XmlParser::OnEnd);
    XML_SetCharacterDataHandler(parser_, &XmlParser::OnText);
  }
  ~XmlParser() { XML_ParserFree(parser_); }
  XmlParser(const XmlParser&) = delete;
  XmlParser& operator=(const XmlParser&) = delete;

  // Text reaches the handler as it streams, but expat keeps a tag until it ends: a tag (or its
  // attributes) longer than kXmlPendingBytesMax (checked after each 64 KiB read) is refused
  // rather than buffered.
  Result<void> Feed(const char* data, size_t n, bool last, const std::string& part) {
    if (XML_Parse(parser_, data, static_cast<int>(n), last ? 1 : 0) == XML_STATUS_ERROR) {
      if (handler_->error_) return Fail(std::move(*handler_->error_));
      return Unreadable(XML_ErrorString(XML_GetErrorCode(parser_)));
    }
    fed_ += n;
    const XML_Index at = XML_GetCurrentByteIndex(parser_);
    const uint64_t reported = at < 0 ? 0 : static_cast<uint64_t>(at);
    if (fed_ > reported && fed_ - reported > kXmlPendingBytesMax) {
      return Exhausted("http.table.markup_too_large",
                       {{"part", part}, {"max", std::to_string(kXmlPendingBytesMax)}});
    }
    return Ok();
  }

 private:
  static void OnStart(void* self, const XML_Char* name, const XML_Char** attrs) {
    auto* p = static_cast<XmlParser*>(self);
    p->handler_->Start(LocalName(name), attrs);
    p->StopOnError();
  }
  static void OnEnd(void* self, const XML_Char* name) {
    auto* p = static_cast<XmlParser*>(self);
    p->handler_->End(LocalName(name));
    p->StopOnError();
  }
  static void OnText(void* self, const XML_Char* text, int len) {
    auto* p = static_cast<XmlParser*>(self);
    p->handler_->Text(std::string_view(text, static_cast<size_t>(len)));
    p->StopOnError();
  }
  void StopOnError() {
    if (handler_->error_) XML_StopParser(parser_, XML_FALSE);
  }

  XML_Parser parser_;
  XmlHandler* handler_;
  uint64_t fed_ = 0;
};

// ---- zip (libzip) ------------------------------------------------------------------------

class ZipArchive {
 public:
  ZipArchive() = default;
  ~ZipArchive() {
    if (zip_ != nullptr) zip_discard(zip_);
  }
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  // The bytes must outlive this object (libzip reads them in place).
  Result<void> Open(std::string_view bytes) {
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
    if (src == nullptr) {
      std::string why = zip_error_strerror(&err);
      zip_error_fini(&err);
      return Unreadable(why);
    }
    zip_ = zip_open_from_source(src, ZIP_RDONLY, &err);
    if (zip_ == nullptr) {
      zip_source_free(src);
      std::string why = zip_error_strerror(&err);
      zip_error_fini(&err);
      return Unreadable(why);
    }
    zip_error_fini(&err);
    return Ok();
  }

  bool Has(const std::string& name) const { return zip_name_locate(zip_, name.c_str(), 0) >= 0; }

  // Streams the entry through handler. budget: decompressed bytes left for the workbook.
  // The sizes in the zip's directory may lie, so the bounds are checked on the bytes as they
  // come out of the decompressor; the declared sizes only refuse a bomb before it starts.
  Result<void> Parse(const std::string& name, XmlHandler* handler, uint64_t* budget) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(zip_, name.c_str(), 0, &st) != 0) return Unreadable("missing " + name);
    const uint64_t packed = (st.valid & ZIP_STAT_COMP_SIZE) != 0 ? st.comp_size : 0;
    const uint64_t declared = (st.valid & ZIP_STAT_SIZE) != 0 ? st.size : 0;
    SD_TRY(CheckExpansion(name, declared, packed, *budget));
    zip_file_t* f = zip_fopen(zip_, name.c_str(), 0);
    if (f == nullptr) return Unreadable("missing " + name);
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> closer(f, zip_fclose);
    XmlParser parser(handler);
    std::vector<char> buf(size_t{1} << 16);
    uint64_t out = 0;
    for (;;) {
      zip_int64_t n = zip_fread(f, buf.data(), buf.size());
      if (n < 0) return Unreadable(std::string(zip_file_strerror(f)));
      const auto got = static_cast<uint64_t>(n);
      out += got;
      SD_TRY(CheckExpansion(name, out, packed, *budget));
      SD_TRY(parser.Feed(buf.data(), static_cast<size_t>(got), got == 0, name));
      if (got == 0) {
        *budget -= out;
        return Ok();
      }
    }
  }

 private:
  // size bytes decompressed from packed compressed ones, against every bound.
  static Result<void> CheckExpansion(const std::string& part, uint64_t size, uint64_t packed,
                                     uint64_t budget) {
    if (size > kXlsxPartBytesMax) {
      return Exhausted("http.table.part_too_large",
                       {{"part", part}, {"max", std::to_string(kXlsxPartBytesMax)}});
    }
    if (size > budget) {
      return Exhausted("http.table.expanded_too_large",
                       {{"max", std::to_string(kXlsxExpandedBytesMax)}});
    }
    if (size > kXlsxRatioFloorBytes && size / std::max<uint64_t>(packed, 1) >= kXlsxRatioMax) {
      return Exhausted("http.table.compression_ratio",
                       {{"part", part}, {"max", std::to_string(kXlsxRatioMax)}});
    }
    return Ok();
  }

  zip_t* zip_ = nullptr;
};

// ---- workbook parts ----------------------------------------------------------------------

// xl/workbook.xml: the relationship id of the first <sheet>.
class WorkbookHandler : public XmlHandler {
 public:
  void Start(std::string_view name, const char** attrs) override {
    if (name != "sheet" || first_sheet_rid) return;
    if (const char* rid = Attr(attrs, "id", true)) first_sheet_rid = rid;
  }
  void End(std::string_view) override {}
  void Text(std::string_view) override {}
  std::optional<std::string> first_sheet_rid;
};

// xl/_rels/workbook.xml.rels: targets by id, and the shared strings part.
class RelsHandler : public XmlHandler {
 public:
  void Start(std::string_view name, const char** attrs) override {
    if (name != "Relationship") return;
    const char* id = Attr(attrs, "Id");
    const char* target = Attr(attrs, "Target");
    const char* type = Attr(attrs, "Type");
    if (id == nullptr || target == nullptr) return;
    targets[id] = PartPath(target);
    if (type != nullptr && EndsWith(type, "/sharedStrings")) shared_strings = PartPath(target);
  }
  void End(std::string_view) override {}
  void Text(std::string_view) override {}

  // A target relative to xl/ ("worksheets/sheet1.xml") or absolute ("/xl/worksheets/…").
  static std::string PartPath(std::string_view target) {
    if (!target.empty() && target[0] == '/') return std::string(target.substr(1));
    return "xl/" + std::string(target);
  }
  std::map<std::string, std::string, std::less<>> targets;
  std::optional<std::string> shared_strings;
};

// Text of <t> elements, runs joined, phonetic guides (<rPh>) left out: shared strings' <si>
// and inline strings' <is> both hold this.
class RichText {
 public:
  void Start(std::string_view name) {
    if (name == "rPh") ++phonetic_;
    if (name == "t" && phonetic_ == 0) in_t_ = true;
  }
  void End(std::string_view name) {
    if (name == "rPh" && phonetic_ > 0) --phonetic_;
    if (name == "t") in_t_ = false;
  }
  void Text(std::string_view s, std::string* out) const {
    if (in_t_) out->append(s);
  }

 private:
  int phonetic_ = 0;
  bool in_t_ = false;
};

// The shared strings in blocks of 1 MiB of text with where each string lies: a few allocations,
// none copied as the table grows, and bounded by kXlsxSharedStringsBytesMax with the 12 bytes of
// each string's place counted. A string never spans blocks (it is at most kTableCellBytesMax).
class SharedStrings {
 public:
  size_t size() const { return spans_.size(); }
  std::string_view operator[](size_t i) const {
    const Span& at = spans_[i];
    return std::string_view(blocks_[at.block]).substr(at.begin, at.size);
  }
  // More text of the string being read; false when the bound is reached.
  bool Append(std::string_view s) {
    if (held_ + s.size() > kXlsxSharedStringsBytesMax) return false;
    if (blocks_.empty() || blocks_.back().size() + s.size() > kBlockBytes) {
      std::string block;
      block.reserve(kBlockBytes);
      block.append(blocks_.empty() ? std::string_view() : CurrentText());  // moves the start
      if (!blocks_.empty()) blocks_.back().resize(current_begin_);
      blocks_.push_back(std::move(block));
      current_begin_ = 0;
    }
    blocks_.back().append(s);
    held_ += s.size();
    return true;
  }
  bool End() {
    held_ += sizeof(Span);
    if (held_ > kXlsxSharedStringsBytesMax) return false;
    const auto block = static_cast<uint32_t>(blocks_.empty() ? 0 : blocks_.size() - 1);
    spans_.push_back({block, current_begin_, static_cast<uint32_t>(CurrentBytes())});
    current_begin_ = static_cast<uint32_t>(blocks_.empty() ? 0 : blocks_.back().size());
    return true;
  }
  size_t CurrentBytes() const { return CurrentText().size(); }

 private:
  static constexpr size_t kBlockBytes = size_t{1} << 20;
  struct Span {
    uint32_t block;
    uint32_t begin;
    uint32_t size;
  };
  std::string_view CurrentText() const {
    if (blocks_.empty()) return {};
    return std::string_view(blocks_.back()).substr(current_begin_);
  }
  std::vector<std::string> blocks_;
  std::deque<Span> spans_;  // fixed-size pieces: no reallocation of millions of entries
  uint32_t current_begin_ = 0;
  uint64_t held_ = 0;
};

class SharedStringsHandler : public XmlHandler {
 public:
  void Start(std::string_view name, const char**) override {
    if (name == "si") {
      in_si_ = true;
    } else if (in_si_) {
      rich_.Start(name);
    }
  }
  void End(std::string_view name) override {
    if (name == "si") {
      in_si_ = false;
      if (!strings.End()) TooLarge();
    } else if (in_si_) {
      rich_.End(name);
    }
  }
  void Text(std::string_view s) override {
    if (!in_si_ || error_) return;
    current_.clear();
    rich_.Text(s, &current_);
    if (current_.empty()) return;
    if (strings.CurrentBytes() + current_.size() > kTableCellBytesMax) {
      error_ = CellTooLarge();
    } else if (!strings.Append(current_)) {
      TooLarge();
    }
  }
  SharedStrings strings;

 private:
  void TooLarge() {
    error_ = MakeError(Code::kResourceExhausted, "http.table.shared_strings_too_large",
                       {{"max", std::to_string(kXlsxSharedStringsBytesMax)}});
  }
  bool in_si_ = false;
  RichText rich_;
  std::string current_;
};

// The worksheet's <sheetData>: rows of cells by reference.
class SheetHandler : public XmlHandler {
 public:
  SheetHandler(const SharedStrings* shared, TableBuilder* out) : shared_(shared), out_(out) {}

  void Start(std::string_view name, const char** attrs) override {
    if (name == "row") {
      const char* r = Attr(attrs, "r");
      row_number_ = r != nullptr ? std::max<int64_t>(std::atoll(r), row_number_ + 1)  // NOLINT
                                 : row_number_ + 1;
      cells_.clear();
      next_col_ = 0;
    } else if (name == "c") {
      const char* ref = Attr(attrs, "r");
      const char* type = Attr(attrs, "t");
      col_ = ref != nullptr ? ColumnOfRef(ref) : -1;
      if (col_ < 0) col_ = next_col_;
      type_ = type != nullptr ? type : "n";
      value_.clear();
      in_cell_ = true;
    } else if (in_cell_ && name == "v") {
      in_v_ = true;
    } else if (in_cell_ && name == "is") {
      in_is_ = true;
    } else if (in_is_) {
      rich_.Start(name);
    }
  }

  void End(std::string_view name) override {
    if (name == "c") {
      in_cell_ = in_v_ = in_is_ = false;
      CellDone();
    } else if (name == "row") {
      Result<void> added = out_->Add(row_number_, std::move(cells_));
      if (!added) error_ = std::move(added).error();
      cells_.clear();
    } else if (name == "v") {
      in_v_ = false;
    } else if (name == "is") {
      in_is_ = false;
    } else if (in_is_) {
      rich_.End(name);
    }
  }

  void Text(std::string_view s) override {
    if (in_v_) value_.append(s);
    if (in_is_) rich_.Text(s, &value_);
    if (value_.size() > kTableCellBytesMax && !error_) {
      error_ = CellTooLarge();
    }
  }

 private:
  void CellDone() {
    next_col_ = col_ + 1;
    std::string text;
    if (type_ == "s") {
      const int64_t i = std::atoll(value_.c_str());  // NOLINT: digits written by Excel
      if (value_.empty() || i < 0 || static_cast<size_t>(i) >= shared_->size()) {
        error_ = Unreadable("shared string " + value_).error;
        return;
      }
      text = std::string((*shared_)[static_cast<size_t>(i)]);
    } else if (type_ == "b") {
      text = value_.empty() ? "" : value_ == "1" ? "TRUE" : "FALSE";
    } else if (type_ == "n") {
      text = PlainNumber(value_);
    } else {
      text = std::move(value_);  // str (formula text), inlineStr, e (#N/A), d (ISO date)
    }
    if (text.empty()) return;
    if (col_ >= static_cast<int64_t>(kTableColumnsMax)) {
      error_ = MakeError(Code::kResourceExhausted, "http.table.too_many_columns",
                         {{"max", std::to_string(kTableColumnsMax)}});
      return;
    }
    const auto col = static_cast<size_t>(col_);
    if (cells_.size() <= col) cells_.resize(col + 1);
    cells_[col] = std::move(text);
  }

  const SharedStrings* shared_;
  TableBuilder* out_;
  int64_t row_number_ = 0;
  std::vector<std::string> cells_;
  int64_t next_col_ = 0;
  int64_t col_ = 0;
  std::string type_;
  std::string value_;
  bool in_cell_ = false;
  bool in_v_ = false;
  bool in_is_ = false;
  RichText rich_;
};

// The path of the first worksheet: workbook.xml's first <sheet> through the relationships.
Result<std::string> FirstSheetPath(ZipArchive& zip, const RelsHandler& rels, uint64_t* budget) {
  if (zip.Has("xl/workbook.xml")) {
    WorkbookHandler wb;
    SD_TRY(zip.Parse("xl/workbook.xml", &wb, budget));
    if (wb.first_sheet_rid) {
      auto it = rels.targets.find(*wb.first_sheet_rid);
      if (it != rels.targets.end() && zip.Has(it->second)) return it->second;
    }
  }
  if (zip.Has("xl/worksheets/sheet1.xml")) return std::string("xl/worksheets/sheet1.xml");
  return Unreadable("no worksheet");
}

// ---- CSV ---------------------------------------------------------------------------------

// Converts with ICU from the named charset to UTF-8.
Result<std::string> ToUtf8(std::string_view bytes, const char* from) {
  std::string out(bytes.size() * 2 + 16, '\0');
  for (int attempt = 0; attempt < 2; ++attempt) {
    UErrorCode status = U_ZERO_ERROR;
    const int32_t n = ucnv_convert("UTF-8", from, out.data(), static_cast<int32_t>(out.size()),
                                   bytes.data(), static_cast<int32_t>(bytes.size()), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR && attempt == 0) {
      out.assign(static_cast<size_t>(n) + 1, '\0');
      continue;
    }
    if (U_FAILURE(status)) return Unreadable(std::string(from) + ": " + u_errorName(status));
    out.resize(static_cast<size_t>(n));
    return out;
  }
  return Unreadable(from);
}

// The delimiter the first line uses most: comma, semicolon or tab (comma when none).
char Delimiter(std::string_view text) {
  size_t comma = 0, semicolon = 0, tab = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    comma += c == ',' ? 1 : 0;
    semicolon += c == ';' ? 1 : 0;
    tab += c == '\t' ? 1 : 0;
  }
  if (tab > comma && tab >= semicolon) return '\t';
  if (semicolon > comma) return ';';
  return ',';
}

// RFC 4180 records. Lenient where Excel is: a quote inside an unquoted field is kept as text.
// A field over kTableCellBytesMax or a record over kTableColumnsMax fields ends the read as it
// grows, before it is held.
Result<void> ParseCsv(std::string_view s, TableBuilder& out) {
  const char delim = Delimiter(s);
  std::vector<std::string> cells;
  std::string field;
  bool quoted = false;      // inside a quoted field
  bool was_quoted = false;  // the current field began with a quote
  int64_t record = 1;
  int64_t quote_started = 0;
  auto end_field = [&]() -> Result<void> {
    if (field.size() > kTableCellBytesMax) return Fail(CellTooLarge());
    // Empty fields past the last column are dropped by Add, but not without end.
    if (cells.size() >= kTableColumnsMax &&
        (!field.empty() || cells.size() >= 4 * kTableColumnsMax)) {
      return Exhausted("http.table.too_many_columns", {{"max", std::to_string(kTableColumnsMax)}});
    }
    cells.push_back(std::move(field));
    field.clear();
    was_quoted = false;
    return Ok();
  };
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (field.size() > kTableCellBytesMax) return Fail(CellTooLarge());
    if (quoted) {
      if (c != '"') {
        field.push_back(c);
      } else if (i + 1 < s.size() && s[i + 1] == '"') {
        field.push_back('"');
        ++i;
      } else {
        quoted = false;
      }
    } else if (c == '"' && field.empty() && !was_quoted) {
      quoted = was_quoted = true;
      quote_started = record;
    } else if (c == delim) {
      SD_TRY(end_field());
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
      SD_TRY(end_field());
      SD_TRY(out.Add(record++, std::move(cells)));
      cells.clear();
    } else {
      field.push_back(c);
    }
  }
  if (quoted) {
    return Fail(Code::kInvalidArgument, "http.table.unterminated_quote",
                {{"row", std::to_string(quote_started)}});
  }
  if (!field.empty() || !cells.empty() || was_quoted) {
    SD_TRY(end_field());
    SD_TRY(out.Add(record, std::move(cells)));
  }
  return out.Finish();
}

bool StartsWith(std::string_view s, std::string_view head) {
  return s.substr(0, head.size()) == head;
}

bool Says(std::string_view type_or_name, std::string_view what) {
  std::string lower(type_or_name);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return lower.find(what) != std::string::npos;
}

}  // namespace

bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len = 0;
    uint32_t cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      cp = c & 0x1Fu;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      cp = c & 0x0Fu;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      cp = c & 0x07u;
    } else {
      return false;
    }
    if (i + len > s.size()) return false;
    for (size_t k = 1; k < len; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3Fu);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) return false;
    if (cp >= 0xD800 && cp <= 0xDFFF) return false;
    i += len;
  }
  return true;
}

int64_t ColumnOfRef(std::string_view ref) {
  int64_t col = 0;
  size_t i = 0;
  for (; i < ref.size() && i < 4; ++i) {
    const char c = ref[i];
    if (c >= 'A' && c <= 'Z') {
      col = col * 26 + (c - 'A' + 1);
    } else if (c >= 'a' && c <= 'z') {
      col = col * 26 + (c - 'a' + 1);
    } else {
      break;
    }
  }
  return col - 1;
}

std::string PlainNumber(std::string_view text) {
  const size_t e = text.find_first_of("eE");
  if (e == std::string_view::npos) return std::string(text);
  std::string_view mantissa = text.substr(0, e);
  std::string_view exponent = text.substr(e + 1);
  std::string sign;
  if (!mantissa.empty() && (mantissa[0] == '-' || mantissa[0] == '+')) {
    if (mantissa[0] == '-') sign = "-";
    mantissa.remove_prefix(1);
  }
  bool negative_exp = false;
  if (!exponent.empty() && (exponent[0] == '-' || exponent[0] == '+')) {
    negative_exp = exponent[0] == '-';
    exponent.remove_prefix(1);
  }
  if (exponent.empty() || exponent.size() > 3 || mantissa.empty()) return std::string(text);
  int64_t exp = 0;
  for (char c : exponent) {
    if (c < '0' || c > '9') return std::string(text);
    exp = exp * 10 + (c - '0');
  }
  if (negative_exp) exp = -exp;
  std::string digits;
  int64_t point = -1;  // digits before the decimal point
  for (char c : mantissa) {
    if (c == '.' && point < 0) {
      point = static_cast<int64_t>(digits.size());
    } else if (c >= '0' && c <= '9') {
      digits.push_back(c);
    } else {
      return std::string(text);
    }
  }
  if (digits.empty()) return std::string(text);
  if (point < 0) point = static_cast<int64_t>(digits.size());
  point += exp;
  if (point <= 0) {
    digits = std::string(static_cast<size_t>(-point), '0') + digits;
    point = 0;
  } else if (point > static_cast<int64_t>(digits.size())) {
    digits.append(static_cast<size_t>(point) - digits.size(), '0');
  }
  std::string whole = digits.substr(0, static_cast<size_t>(point));
  std::string fraction = digits.substr(static_cast<size_t>(point));
  whole.erase(0, std::min(whole.find_first_not_of('0'), whole.size()));
  if (whole.empty()) whole = "0";
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  return sign + whole + (fraction.empty() ? "" : "." + fraction);
}

Result<std::string> CsvTextAsUtf8(std::string_view bytes) {
  if (StartsWith(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
  if (StartsWith(bytes, "\xFF\xFE") || StartsWith(bytes, "\xFE\xFF")) {
    return ToUtf8(bytes, "UTF-16");  // the converter reads the byte order from the BOM
  }
  if (IsValidUtf8(bytes)) return std::string(bytes);
  return ToUtf8(bytes, "GB18030");
}

namespace {

Result<void> ReadCsvRows(std::string_view bytes, const TableSink& sink) {
  SD_TRY_ASSIGN(std::string text, CsvTextAsUtf8(bytes));
  if (StartsWith(text, "\xEF\xBB\xBF")) text.erase(0, 3);  // a BOM inside UTF-16
  TableBuilder out(sink);
  return ParseCsv(text, out);
}

Result<void> ReadXlsxRows(std::string_view bytes, const TableSink& sink) {
  ZipArchive zip;
  SD_TRY(zip.Open(bytes));
  uint64_t budget = kXlsxExpandedBytesMax;
  RelsHandler rels;
  if (zip.Has("xl/_rels/workbook.xml.rels")) {
    SD_TRY(zip.Parse("xl/_rels/workbook.xml.rels", &rels, &budget));
  }
  SD_TRY_ASSIGN(std::string sheet, FirstSheetPath(zip, rels, &budget));
  SharedStringsHandler shared;
  const std::string strings = rels.shared_strings.value_or("xl/sharedStrings.xml");
  if (zip.Has(strings)) SD_TRY(zip.Parse(strings, &shared, &budget));
  TableBuilder out(sink);
  SheetHandler handler(&shared.strings, &out);
  SD_TRY(zip.Parse(sheet, &handler, &budget));
  return out.Finish();
}

// A sink that keeps everything.
TableSink Collect(Table* table) {
  return {[table](std::vector<std::string> header) -> Result<void> {
            table->header = std::move(header);
            return Ok();
          },
          [table](TableRow row) -> Result<void> {
            table->rows.push_back(std::move(row));
            return Ok();
          }};
}

}  // namespace

Result<Table> ReadCsv(std::string_view bytes) {
  Table table;
  SD_TRY(ReadCsvRows(bytes, Collect(&table)));
  return table;
}

Result<Table> ReadXlsx(std::string_view bytes) {
  Table table;
  SD_TRY(ReadXlsxRows(bytes, Collect(&table)));
  return table;
}

Result<void> ReadTableRows(std::string_view body, std::string_view content_type_or_name,
                           const TableSink& sink) {
  if (body.size() > kTableBytesMax) {
    return Exhausted("http.table.too_large", {{"max", std::to_string(kTableBytesMax)}});
  }
  if (StartsWith(body, "PK\x03\x04")) return ReadXlsxRows(body, sink);
  if (StartsWith(body, "\xD0\xCF\x11\xE0")) {
    return Fail(Code::kInvalidArgument, "http.table.xls_unsupported");
  }
  if (Says(content_type_or_name, "spreadsheetml") || Says(content_type_or_name, ".xlsx")) {
    return ReadXlsxRows(body, sink);  // says xlsx, is not a zip: the reader names the reason
  }
  return ReadCsvRows(body, sink);
}

Result<Table> ReadTable(std::string_view body, std::string_view content_type_or_name) {
  Table table;
  SD_TRY(ReadTableRows(body, content_type_or_name, Collect(&table)));
  return table;
}

}  // namespace sd::http
