#include "doc/blob.h"

#include <algorithm>

namespace sd::doc {
namespace {

std::string Hex(const unsigned char* digest, size_t n) {
  std::string hex(n * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), digest, n);
  hex.pop_back();  // sodium writes a terminating NUL
  return hex;
}

const unsigned char* Bytes(std::string_view s) {
  return reinterpret_cast<const unsigned char*>(s.data());
}

}  // namespace

Sha256::Sha256() { crypto_hash_sha256_init(&state_); }

void Sha256::Update(std::string_view bytes) {
  crypto_hash_sha256_update(&state_, Bytes(bytes), bytes.size());
}

std::string Sha256::HexDigest() {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&state_, digest);
  return Hex(digest, sizeof digest);
}

std::string Sha256Hex(std::string_view bytes) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, Bytes(bytes), bytes.size());
  return Hex(digest, sizeof digest);
}

bool IsSha256Hex(std::string_view s) {
  return s.size() == 64 && std::all_of(s.begin(), s.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

std::vector<std::string> BlobParts(std::string_view bytes) {
  std::vector<std::string> out;
  for (size_t at = 0; at < bytes.size(); at += kBlobPartBytes) {
    std::string_view part = bytes.substr(at, kBlobPartBytes);
    std::string text(sodium_base64_ENCODED_LEN(part.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(text.data(), text.size(), Bytes(part), part.size(),
                      sodium_base64_VARIANT_ORIGINAL);
    text.pop_back();  // the terminating NUL
    out.push_back(std::move(text));
  }
  return out;
}

bool AppendBlobPart(std::string_view base64, std::string* out) {
  const size_t at = out->size();
  out->resize(at + base64.size() / 4 * 3 + 3);
  size_t len = 0;
  auto* dest = reinterpret_cast<unsigned char*>(out->data() + at);
  const int rc = sodium_base642bin(dest, out->size() - at, base64.data(), base64.size(), nullptr,
                                   &len, nullptr, sodium_base64_VARIANT_ORIGINAL);
  out->resize(rc == 0 ? at + len : at);
  return rc == 0;
}

}  // namespace sd::doc
