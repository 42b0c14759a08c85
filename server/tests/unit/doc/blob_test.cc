// Content addressing: SHA-256 as hex (whole and incremental agree), and the base64 parts the
// bytes are stored in give back exactly the bytes.
#include "doc/blob.h"

#include <gtest/gtest.h>

#include <string>

namespace sd::doc {
namespace {

TEST(Sha256Hex, MatchesTheStandardVectors) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Sha256Hex, IncrementalEqualsWhole) {
  std::string bytes;
  for (int i = 0; i < 100000; ++i) bytes += static_cast<char>(i * 7);
  Sha256 h;
  h.Update(std::string_view(bytes).substr(0, 12345));
  h.Update(std::string_view(bytes).substr(12345));
  EXPECT_EQ(h.HexDigest(), Sha256Hex(bytes));
  EXPECT_TRUE(IsSha256Hex(Sha256Hex(bytes)));
  EXPECT_FALSE(IsSha256Hex("ABC"));
  EXPECT_FALSE(IsSha256Hex(std::string(64, 'g')));
}

TEST(Sha256Hex, EqualContentSameAddressDifferentContentAnother) {
  EXPECT_EQ(Sha256Hex("合同扫描件"), Sha256Hex(std::string("合同扫描件")));
  EXPECT_NE(Sha256Hex("合同扫描件"), Sha256Hex("合同扫描件 "));
}

TEST(BlobParts, SplitAndJoinGiveBackTheBytes) {
  std::string bytes;
  for (size_t i = 0; i < kBlobPartBytes * 2 + 1000; ++i) {
    bytes += static_cast<char>((i * 131) % 256);
  }
  std::vector<std::string> parts = BlobParts(bytes);
  ASSERT_EQ(parts.size(), 3u);
  std::string back;
  for (const std::string& p : parts) ASSERT_TRUE(AppendBlobPart(p, &back));
  EXPECT_EQ(back, bytes);
  EXPECT_TRUE(BlobParts("").empty());
}

TEST(BlobParts, RefusesTextThatIsNotBase64) {
  std::string out = "kept";
  EXPECT_FALSE(AppendBlobPart("not base64!", &out));
  EXPECT_EQ(out, "kept");
}

}  // namespace
}  // namespace sd::doc
