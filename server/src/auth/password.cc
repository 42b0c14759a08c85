#include "auth/password.h"

#include <sodium.h>

#include <condition_variable>
#include <mutex>

namespace sd::auth {
namespace {

constexpr unsigned long long kOpsLimit = 2;  // NOLINT(google-runtime-int): libsodium
constexpr size_t kMemLimit = static_cast<size_t>(19) << 20;  // 19 MiB
constexpr int kMaxConcurrentHashes = 2;

// Bounds the memory Argon2 can take at once.
class HashGate {
 public:
  void Enter() {
    std::unique_lock lock(mu_);
    cv_.wait(lock, [&] { return active_ < kMaxConcurrentHashes; });
    ++active_;
  }
  void Leave() {
    {
      std::lock_guard lock(mu_);
      --active_;
    }
    cv_.notify_one();
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  int active_ = 0;
};

HashGate& Gate() {
  static HashGate gate;
  return gate;
}

struct GateGuard {
  GateGuard() { Gate().Enter(); }
  ~GateGuard() { Gate().Leave(); }
  GateGuard(const GateGuard&) = delete;
  GateGuard& operator=(const GateGuard&) = delete;
};

const std::string& DummyHash() {
  static const std::string hash = [] {
    auto h = HashPassword("salesdesk-dummy-password");
    SD_ASSERT(h.has_value(), "hashing the dummy password must work at start");
    return *h;
  }();
  return hash;
}

}  // namespace

void InitCrypto() {
  static const int rc = sodium_init();
  SD_ASSERT(rc >= 0, "libsodium failed to initialise");
}

Result<std::string> HashPassword(std::string_view password) {
  InitCrypto();
  char out[crypto_pwhash_STRBYTES];
  GateGuard guard;
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), kOpsLimit, kMemLimit,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Fail(Code::kResourceExhausted, "auth.password.hash_failed");
  }
  return std::string(out);
}

bool VerifyPassword(std::string_view hash, std::string_view password) {
  InitCrypto();
  if (hash.size() >= crypto_pwhash_STRBYTES) return false;
  char buf[crypto_pwhash_STRBYTES] = {};
  hash.copy(buf, hash.size());
  GateGuard guard;
  return crypto_pwhash_str_verify(buf, password.data(), password.size()) == 0;
}

void VerifyDummy(std::string_view password) { (void)VerifyPassword(DummyHash(), password); }

std::string RandomToken() {
  InitCrypto();
  unsigned char bytes[32];
  randombytes_buf(bytes, sizeof bytes);
  char out[sodium_base64_ENCODED_LEN(32, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
  sodium_bin2base64(out, sizeof out, bytes, sizeof bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  return std::string(out);
}

std::string RandomPassword() {
  InitCrypto();
  static constexpr std::string_view kAlphabet =
      "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  std::string out(12, ' ');
  for (char& c : out) {
    c = kAlphabet[randombytes_uniform(static_cast<uint32_t>(kAlphabet.size()))];
  }
  return out;
}

std::string TokenHash(std::string_view token) {
  InitCrypto();
  unsigned char digest[32];
  crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(token.data()),
                     token.size(), nullptr, 0);
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return std::string(hex);
}

bool SecureEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace sd::auth
