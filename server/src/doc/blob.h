#pragma once
// Content addressing of attachment bytes (DESIGN §2 doc): a file is stored once under the
// SHA-256 of its bytes, however many attachments name it. Pure; thread-safe.

#include <sodium.h>

#include <string>
#include <string_view>
#include <vector>

namespace sd::doc {

// Incremental SHA-256 (libsodium), for bytes that arrive in pieces.
class Sha256 {
 public:
  Sha256();
  void Update(std::string_view bytes);
  // 64 lowercase hex digits. Call once; the object is spent afterwards.
  std::string HexDigest();

 private:
  crypto_hash_sha256_state state_;
};

// The SHA-256 of bytes as 64 lowercase hex digits.
std::string Sha256Hex(std::string_view bytes);

// Whether s looks like a Sha256Hex result (64 lowercase hex digits).
bool IsSha256Hex(std::string_view s);

// Bytes are kept as base64 text parts of at most kBlobPartBytes raw bytes each, so a logical
// backup (JSON lines, text) carries them unchanged on both backends.
inline constexpr size_t kBlobPartBytes = 512 * 1024;

// The base64 parts of bytes (none for empty bytes).
std::vector<std::string> BlobParts(std::string_view bytes);

// Appends the bytes of one base64 part to out; false when the part is not valid base64.
bool AppendBlobPart(std::string_view base64, std::string* out);

}  // namespace sd::doc
