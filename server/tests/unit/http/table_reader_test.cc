#include "http/table_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "http/xlsx.h"

namespace sd::http {
namespace {

using Cells = std::vector<std::string>;

// ---- a minimal zip writer (stored entries), for workbooks libxlsxwriter does not write ----

uint32_t Crc32(std::string_view s) {
  uint32_t crc = 0xFFFFFFFFu;
  for (char ch : s) {
    crc ^= static_cast<unsigned char>(ch);
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

void Put(std::string* out, uint32_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFFu));
}

std::string Zip(const std::vector<std::pair<std::string, std::string>>& files) {
  std::string out, central;
  for (const auto& [name, data] : files) {
    const auto offset = static_cast<uint32_t>(out.size());
    const uint32_t crc = Crc32(data);
    const auto size = static_cast<uint32_t>(data.size());
    const auto name_len = static_cast<uint32_t>(name.size());
    Put(&out, 0x04034b50u, 4);
    Put(&out, 20, 2);  // version needed
    Put(&out, 0, 2);   // flags
    Put(&out, 0, 2);   // stored
    Put(&out, 0, 4);   // time, date
    Put(&out, crc, 4);
    Put(&out, size, 4);
    Put(&out, size, 4);
    Put(&out, name_len, 2);
    Put(&out, 0, 2);
    out += name + data;
    Put(&central, 0x02014b50u, 4);
    Put(&central, 20, 2);
    Put(&central, 20, 2);
    Put(&central, 0, 2);
    Put(&central, 0, 2);
    Put(&central, 0, 4);
    Put(&central, crc, 4);
    Put(&central, size, 4);
    Put(&central, size, 4);
    Put(&central, name_len, 2);
    Put(&central, 0, 2);  // extra
    Put(&central, 0, 2);  // comment
    Put(&central, 0, 2);  // disk
    Put(&central, 0, 2);  // internal attributes
    Put(&central, 0, 4);  // external attributes
    Put(&central, offset, 4);
    central += name;
  }
  const auto central_at = static_cast<uint32_t>(out.size());
  out += central;
  Put(&out, 0x06054b50u, 4);
  Put(&out, 0, 4);
  Put(&out, static_cast<uint32_t>(files.size()), 2);
  Put(&out, static_cast<uint32_t>(files.size()), 2);
  Put(&out, static_cast<uint32_t>(central.size()), 4);
  Put(&out, central_at, 4);
  Put(&out, 0, 2);
  return out;
}

Table Read(std::string_view body, std::string_view type) {
  Result<Table> t = ReadTable(body, type);
  EXPECT_TRUE(t.has_value()) << (t ? "" : t.error().key);
  return t ? *t : Table{};
}

std::string ErrorKey(std::string_view body, std::string_view type = "") {
  Result<Table> t = ReadTable(body, type);
  return t ? "ok" : t.error().key;
}

TEST(TableReader, ReadsBackWhatTheExcelWriterWrites) {
  XlsxSheet sheet{"客户", {"客户名称", "联系人手机", "数量", "备注"}, {}};
  sheet.rows.push_back({std::string("巴陵石化"), int64_t{13800138000}, int64_t{12}, std::string()});
  sheet.rows.push_back(
      {std::string(""), std::string("0731-8888"), std::string(), std::string("x")});
  sheet.rows.push_back(
      {std::string("“引号” & <尖括号>"), std::string(), int64_t{-5}, std::string()});
  Result<std::string> bytes = WriteXlsx({sheet, XlsxSheet{"第二页", {"ignored"}, {}}});
  ASSERT_TRUE(bytes.has_value());
  Table t = Read(*bytes, kXlsxMediaType);
  EXPECT_EQ(t.header, (Cells{"客户名称", "联系人手机", "数量", "备注"}));
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[0].number, 2);
  EXPECT_EQ(t.rows[0].cells, (Cells{"巴陵石化", "13800138000", "12"}));
  EXPECT_EQ(t.rows[1].cells, (Cells{"", "0731-8888", "", "x"}));
  EXPECT_EQ(t.rows[2].number, 4);
  EXPECT_EQ(t.rows[2].cells, (Cells{"“引号” & <尖括号>", "", "-5"}));
}

TEST(TableReader, ResolvesTheFirstSheetAndEveryCellKind) {
  // The first sheet in workbook order is sheet2.xml; elements carry an "x:" prefix; shared
  // strings hold rich-text runs and a phonetic guide; cells are placed by reference.
  const std::string workbook =
      R"(<?xml version="1.0" encoding="UTF-8"?><x:workbook xmlns:x="urn:x" xmlns:r="urn:r">)"
      R"(<x:sheets><x:sheet name="导入" sheetId="7" r:id="rId9"/>)"
      R"(<x:sheet name="其他" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>)";
  const std::string rels =
      R"(<Relationships xmlns="urn:rel">)"
      R"(<Relationship Id="rId1" Type="urn:t/worksheet" Target="worksheets/sheet1.xml"/>)"
      R"(<Relationship Id="rId9" Type="urn:t/worksheet" Target="/xl/worksheets/sheet2.xml"/>)"
      R"(<Relationship Id="rId3" Type="urn:t/sharedStrings" Target="strings.xml"/>)"
      R"(</Relationships>)";
  const std::string strings =
      R"(<x:sst xmlns:x="urn:x"><x:si><x:t>客户名称</x:t></x:si>)"
      R"(<x:si><x:r><x:rPr><x:b/></x:rPr><x:t>巴陵</x:t></x:r><x:r><x:t xml:space="preserve">石化 </x:t></x:r>)"
      R"(<x:rPh sb="0" eb="2"><x:t>バリョウ</x:t></x:rPh></x:si>)"
      R"(<x:si><x:t>手机</x:t></x:si><x:si><x:t>启用</x:t></x:si></x:sst>)";
  const std::string sheet2 =
      R"(<x:worksheet xmlns:x="urn:x"><x:sheetData>)"
      R"(<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="s"><x:v>2</x:v></x:c>)"
      R"(<x:c r="D1" t="s"><x:v>3</x:v></x:c></x:row>)"
      R"(<x:row r="2"><x:c r="A2" s="1"/></x:row>)"
      R"(<x:row r="5"><x:c r="A5" t="s"><x:v>1</x:v></x:c><x:c r="C5"><x:v>1.3800138E+10</x:v></x:c>)"
      R"(<x:c r="D5" t="b"><x:v>1</x:v></x:c><x:c r="F5" t="inlineStr"><x:is><x:t>内联</x:t></x:is></x:c></x:row>)"
      R"(<x:row><x:c t="str"><x:f>A1</x:f><x:v>公式</x:v></x:c><x:c><x:v>0.25</x:v></x:c>)"
      R"(<x:c t="e"><x:v>#N/A</x:v></x:c><x:c r="AA6"><x:v>45000</x:v></x:c></x:row>)"
      R"(</x:sheetData></x:worksheet>)";
  const std::string sheet1 =
      R"(<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>wrong sheet</t></is></c>)"
      R"(</row></sheetData></worksheet>)";
  std::string zip = Zip({{"[Content_Types].xml", "<Types/>"},
                         {"xl/workbook.xml", workbook},
                         {"xl/_rels/workbook.xml.rels", rels},
                         {"xl/strings.xml", strings},
                         {"xl/worksheets/sheet1.xml", sheet1},
                         {"xl/worksheets/sheet2.xml", sheet2}});
  Table t = Read(zip, "upload.bin");
  EXPECT_EQ(t.header, (Cells{"客户名称", "", "手机", "启用"}));
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].number, 5);
  EXPECT_EQ(t.rows[0].cells, (Cells{"巴陵石化 ", "", "13800138000", "TRUE", "", "内联"}));
  EXPECT_EQ(t.rows[1].number, 6);
  ASSERT_EQ(t.rows[1].cells.size(), 27u);
  EXPECT_EQ(t.rows[1].cells[0], "公式");
  EXPECT_EQ(t.rows[1].cells[1], "0.25");
  EXPECT_EQ(t.rows[1].cells[2], "#N/A");
  EXPECT_EQ(t.rows[1].cells[26], "45000");
}

TEST(TableReader, RefusesWhatItCannotRead) {
  EXPECT_EQ(ErrorKey(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + "old excel"),
            "http.table.xls_unsupported");
  EXPECT_EQ(ErrorKey("not a zip", kXlsxMediaType), "http.table.unreadable");
  EXPECT_EQ(ErrorKey("PK\x03\x04 broken zip"), "http.table.unreadable");
  EXPECT_EQ(ErrorKey(Zip({{"xl/workbook.xml", "<workbook/>"}})), "http.table.unreadable");
  EXPECT_EQ(ErrorKey(Zip({{"xl/worksheets/sheet1.xml", "<worksheet><sheetData><row>"}})),
            "http.table.unreadable");
  EXPECT_EQ(ErrorKey(Zip({{"xl/worksheets/sheet1.xml",
                           R"(<worksheet><sheetData><row><c t="s"><v>4</v></c></row>)"
                           R"(</sheetData></worksheet>)"}})),
            "http.table.unreadable");
  EXPECT_EQ(ErrorKey(Zip({{"xl/worksheets/sheet1.xml", "<worksheet><sheetData/></worksheet>"}})),
            "http.table.empty");
  EXPECT_EQ(ErrorKey(Zip({{"xl/worksheets/sheet1.xml",
                           R"(<worksheet><sheetData><row><c r="IW1"><v>1</v></c></row>)"
                           R"(</sheetData></worksheet>)"}})),
            "http.table.too_many_columns");
  EXPECT_EQ(ErrorKey(""), "http.table.empty");
  EXPECT_EQ(ErrorKey("a,\"b\n"), "http.table.unterminated_quote");
}

TEST(TableReader, CsvFollowsRfc4180) {
  const std::string csv =
      "\xEF\xBB\xBF"
      "客户名称,地址,备注\r\n"
      "巴陵石化,\"岳阳市, 云溪区\",\"他说 \"\"好\"\"\"\r\n"
      "\r\n"
      ",,\r\n"
      "\"多行\n备注\",x,\r\n"
      "末行,a\"b,\"\"";
  Table t = Read(csv, "text/csv");
  EXPECT_EQ(t.header, (Cells{"客户名称", "地址", "备注"}));
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[0].number, 2);
  EXPECT_EQ(t.rows[0].cells, (Cells{"巴陵石化", "岳阳市, 云溪区", "他说 \"好\""}));
  EXPECT_EQ(t.rows[1].number, 5);  // blank and empty records are skipped, still counted
  EXPECT_EQ(t.rows[1].cells, (Cells{"多行\n备注", "x"}));
  EXPECT_EQ(t.rows[2].number, 6);
  EXPECT_EQ(t.rows[2].cells, (Cells{"末行", "a\"b"}));
  Result<Table> open = ReadTable("a,b\n1,\"never closed\n2,3\n", "x.csv");
  ASSERT_FALSE(open.has_value());
  EXPECT_EQ(open.error().key, "http.table.unterminated_quote");
  EXPECT_EQ(open.error().params, (Params{{"row", "2"}}));
}

TEST(TableReader, CsvInGbkIsConverted) {
  // "客户名称,手机\r\n巴陵石化,13800138000\r\n" as Chinese Excel saves it (GBK).
  const std::string gbk =
      "\xbf\xcd\xbb\xa7\xc3\xfb\xb3\xc6,\xca\xd6\xbb\xfa\r\n"
      "\xb0\xcd\xc1\xea\xca\xaf\xbb\xaf,13800138000\r\n";
  ASSERT_FALSE(IsValidUtf8(gbk));
  Table t = Read(gbk, "text/csv");
  EXPECT_EQ(t.header, (Cells{"客户名称", "手机"}));
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].cells, (Cells{"巴陵石化", "13800138000"}));
}

TEST(TableReader, CsvInUtf16WithTabs) {
  // "名称\t手机\n甲\t1\n" as UTF-16LE with BOM (Excel's "Unicode text").
  const std::u16string text = u"名称\t手机\n甲\t1\n";
  std::string bytes = "\xFF\xFE";
  for (char16_t c : text) {
    bytes.push_back(static_cast<char>(c & 0xFF));
    bytes.push_back(static_cast<char>(c >> 8));
  }
  Table t = Read(bytes, "");
  EXPECT_EQ(t.header, (Cells{"名称", "手机"}));
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].cells, (Cells{"甲", "1"}));
}

TEST(TableReader, LimitsGiveResourceExhausted) {
  std::string many = "h\n";
  for (size_t i = 0; i <= kTableRowsMax; ++i) many += "x\n";
  Result<Table> rows = ReadTable(many, "text/csv");
  ASSERT_FALSE(rows.has_value());
  EXPECT_EQ(rows.error().code, Code::kResourceExhausted);
  EXPECT_EQ(rows.error().key, "http.table.too_many_rows");
  std::string big(kTableBytesMax + 1, 'a');
  Result<Table> large = ReadTable(big, "text/csv");
  ASSERT_FALSE(large.has_value());
  EXPECT_EQ(large.error().key, "http.table.too_large");
  EXPECT_EQ(large.error().code, Code::kResourceExhausted);
}

// The bounds on what a workbook expands to, each on its own (stored parts: no compression, so
// only the bound under test applies).
TEST(TableReader, BoundsOnCellsTagsSharedStringsAndRows) {
  const std::string head =
      "<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>名称</t></is></c></row>";
  const std::string tail = "</sheetData></worksheet>";
  auto sheet = [&](const std::string& rows) {
    return Zip({{"xl/worksheets/sheet1.xml", head + rows + tail}});
  };
  const std::string fits(kTableCellBytesMax, 'x');
  Table ok = Read(sheet("<row><c t=\"inlineStr\"><is><t>" + fits + "</t></is></c></row>"), "");
  ASSERT_EQ(ok.rows.size(), 1u);
  EXPECT_EQ(ok.rows[0].cells[0].size(), kTableCellBytesMax);
  EXPECT_EQ(ErrorKey(sheet("<row><c t=\"inlineStr\"><is><t>" + fits + "y</t></is></c></row>")),
            "http.table.cell_too_large");
  EXPECT_EQ(
      ErrorKey(sheet("<row><c><v>" + std::string(kTableCellBytesMax + 1, '1') + "</v></c></row>")),
      "http.table.cell_too_large");
  // A tag that never ends is not buffered without bound.
  EXPECT_EQ(ErrorKey(sheet("<row><c r=\"A2\" x=\"" + std::string(2 * kXmlPendingBytesMax, 'a') +
                           "\"/></row>")),
            "http.table.markup_too_large");
  // One shared string past the cell bound.
  const std::string strings = "<sst><si><t>" + std::string(kTableCellBytesMax / 2, 's') +
                              "</t><t>" + std::string(kTableCellBytesMax / 2 + 1, 's') +
                              "</t></si></sst>";
  EXPECT_EQ(
      ErrorKey(Zip({{"xl/sharedStrings.xml", strings}, {"xl/worksheets/sheet1.xml", head + tail}})),
      "http.table.cell_too_large");
  // Rows and columns, for .xlsx as for CSV.
  EXPECT_EQ(ErrorKey(sheet("<row><c r=\"IW2\"><v>1</v></c></row>")), "http.table.too_many_columns");
  EXPECT_EQ(ErrorKey("名称" + std::string(kTableColumnsMax, ',') + "x\n", "text/csv"),
            "http.table.too_many_columns");
  EXPECT_EQ(ErrorKey("名称\n" + std::string(kTableCellBytesMax + 1, 'x') + "\n", "text/csv"),
            "http.table.cell_too_large");
}

TEST(TableReader, StreamsRowsToTheSinkAndStopsAtItsError) {
  std::vector<std::string> header;
  std::vector<int64_t> seen;
  TableSink sink{[&](std::vector<std::string> h) -> Result<void> {
                   header = std::move(h);
                   return Ok();
                 },
                 [&](TableRow r) -> Result<void> {
                   seen.push_back(r.number);
                   if (r.number == 4) return Fail(Code::kInvalidArgument, "test.stop");
                   return Ok();
                 }};
  Result<void> read = ReadTableRows("名称\n甲\n\n乙\n丙\n", "text/csv", sink);
  ASSERT_FALSE(read.has_value());
  EXPECT_EQ(read.error().key, "test.stop");
  EXPECT_EQ(header, (Cells{"名称"}));
  EXPECT_EQ(seen, (std::vector<int64_t>{2, 4}));
}

TEST(TableReader, Helpers) {
  EXPECT_EQ(ColumnOfRef("A1"), 0);
  EXPECT_EQ(ColumnOfRef("C5"), 2);
  EXPECT_EQ(ColumnOfRef("AA10"), 26);
  EXPECT_EQ(ColumnOfRef("XFD1048576"), 16383);
  EXPECT_EQ(ColumnOfRef("12"), -1);
  EXPECT_EQ(PlainNumber("1.3800138E+10"), "13800138000");
  EXPECT_EQ(PlainNumber("1.5E-3"), "0.0015");
  EXPECT_EQ(PlainNumber("-2E2"), "-200");
  EXPECT_EQ(PlainNumber("12.50"), "12.50");  // no exponent: unchanged
  EXPECT_EQ(PlainNumber("abc"), "abc");
  EXPECT_TRUE(IsValidUtf8("巴陵石化 ascii"));
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));          // overlong
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(IsValidUtf8("\xE5\xB7"));          // truncated
  EXPECT_FALSE(IsValidUtf8("\xbf\xcd\xbb\xa7"));  // GBK
}

}  // namespace
}  // namespace sd::http
