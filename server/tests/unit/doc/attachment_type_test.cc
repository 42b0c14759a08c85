// Content sniffing of attachments: each accepted type by its bytes, executables and unknown
// content refused, a name that claims another type refused, file names cleaned.
#include "doc/attachment_type.h"

#include <gtest/gtest.h>

#include <string>

namespace sd::doc {
namespace {

using namespace std::string_literals;

std::string Kind(const std::string& bytes, const std::string& name) {
  Result<FileType> t = SniffFileType(bytes, name);
  return t ? std::string(t->kind) : t.error().key;
}

TEST(SniffFileType, KnowsEachAcceptedTypeByItsBytes) {
  EXPECT_EQ(Kind("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"s, "合同.pdf"), "pdf");
  EXPECT_EQ(Kind("\xff\xd8\xff\xe0\x00\x10JFIF\x00"s, "photo.JPG"), "jpeg");
  EXPECT_EQ(Kind("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"s, "scan.png"), "png");
  EXPECT_EQ(Kind("GIF89a\x01\x00\x01\x00"s, "a.gif"), "gif");
  EXPECT_EQ(Kind("RIFF\x24\x00\x00\x00WEBPVP8 "s, "a.webp"), "webp");
  EXPECT_EQ(Kind("II*\x00\x08\x00\x00\x00"s, "fax.tif"), "tiff");
  EXPECT_EQ(Kind("MM\x00*\x00\x00\x00\x08"s, "fax.tiff"), "tiff");
  EXPECT_EQ(Kind("PK\x03\x04\x14\x00[Content_Types].xml...word/document.xml"s, "标书.docx"),
            "docx");
  EXPECT_EQ(Kind("PK\x03\x04\x14\x00[Content_Types].xml...xl/workbook.xml"s, "报价.xlsx"), "xlsx");
  const std::string ole = "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00"s;
  EXPECT_EQ(Kind(ole, "old.doc"), "doc");
  EXPECT_EQ(Kind(ole, "old.xls"), "xls");
  EXPECT_EQ(Kind("客户说明\r\n第二行\t完\n", "notes.txt"), "text");
  EXPECT_EQ(Kind("\xef\xbb\xbfname,qty\n沥青,10\n", "list.csv"), "text");
}

TEST(SniffFileType, ServesTheSniffedMediaType) {
  Result<FileType> t = SniffFileType("%PDF-1.4"s, "a.pdf");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->media_type, "application/pdf");
  t = SniffFileType("plain", "a.txt");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->media_type, "text/plain; charset=utf-8");
}

TEST(SniffFileType, RefusesProgramsWhateverTheirName) {
  EXPECT_EQ(Kind("MZ\x90\x00\x03\x00\x00\x00"s, "contract.pdf"), "doc.attachment.executable");
  EXPECT_EQ(Kind("\x7f"
                 "ELF\x02\x01\x01"s,
                 "a.txt"),
            "doc.attachment.executable");
  EXPECT_EQ(Kind("\xcf\xfa\xed\xfe\x07\x00"s, "a.png"), "doc.attachment.executable");
  EXPECT_EQ(Kind("#!/bin/sh\nrm -rf /\n", "run.txt"), "doc.attachment.executable");
}

TEST(SniffFileType, RefusesUnknownContentAndOtherArchives) {
  EXPECT_EQ(Kind("PK\x03\x04\x14\x00payload.exe"s, "a.zip"), "doc.attachment.type_refused");
  EXPECT_EQ(Kind("\x00\x01\x02\x03"
                 "binary"s,
                 "a.bin"),
            "doc.attachment.type_refused");
  EXPECT_EQ(Kind("\xc3\x28 broken utf-8"s, "a.txt"), "doc.attachment.type_refused");
  EXPECT_EQ(Kind("", "a.pdf"), "doc.attachment.empty");
}

TEST(SniffFileType, RefusesANameThatClaimsAnotherType) {
  EXPECT_EQ(Kind("\x89PNG\r\n\x1a\n"s, "contract.pdf"), "doc.attachment.type_mismatch");
  EXPECT_EQ(Kind("%PDF-1.4"s, "contract"), "doc.attachment.type_mismatch");
  EXPECT_EQ(Kind("<html><script>alert(1)</script></html>", "page.html"),
            "doc.attachment.type_mismatch");
  Result<FileType> t = SniffFileType("\x89PNG\r\n\x1a\n"s, "contract.pdf");
  ASSERT_FALSE(t.has_value());
  EXPECT_EQ(t.error().params, (Params{{"name", "contract.pdf"}, {"kind", "png"}}));
}

TEST(CleanFileName, KeepsTheLastPathPartTrimmed) {
  EXPECT_EQ(*CleanFileName("C:\\Users\\王\\合同 2026.pdf"), "合同 2026.pdf");
  EXPECT_EQ(*CleanFileName("../../etc/passwd"), "passwd");
  EXPECT_EQ(*CleanFileName("  scan.png "), "scan.png");
}

TEST(CleanFileName, RefusesEmptyControlAndOverlongNames) {
  EXPECT_FALSE(CleanFileName("").has_value());
  EXPECT_FALSE(CleanFileName("dir/").has_value());
  EXPECT_FALSE(CleanFileName("a\nb.txt").has_value());
  EXPECT_FALSE(CleanFileName("\xff\xfe.txt").has_value());
  EXPECT_FALSE(CleanFileName(std::string(201, 'a')).has_value());
  std::string chinese;
  for (int i = 0; i < 200; ++i) chinese += "合";
  EXPECT_TRUE(CleanFileName(chinese).has_value());  // 200 characters, 600 bytes
}

}  // namespace
}  // namespace sd::doc
