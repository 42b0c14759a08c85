#pragma once
// Password hashing (Argon2id through libsodium) and random tokens.
//
// Parameters: t=2 passes, m=19 MiB (OWASP's Argon2id recommendation) rather than libsodium's
// 64 MiB "interactive" preset, and at most two hashes run at once, so a burst of logins cannot
// push the server past its memory budget. Hashing is slow on purpose (tens of ms): never call
// it inside a write transaction.

#include <string>
#include <string_view>

#include "base/result.h"

namespace sd::auth {

// Initialises libsodium; call once at start (idempotent, thread-safe).
void InitCrypto();

// An Argon2id hash string ("$argon2id$v=19$m=19456,t=2,p=1$…"). Errors: kResourceExhausted
// "auth.password.hash_failed" if memory cannot be had.
Result<std::string> HashPassword(std::string_view password);

// True if password matches hash. Constant time in the password; false for malformed hashes.
bool VerifyPassword(std::string_view hash, std::string_view password);

// Spends the time of one verification, so an unknown login takes as long as a wrong password.
void VerifyDummy(std::string_view password);

// 32 random bytes, base64url without padding (43 chars): session tokens, CSRF tokens.
std::string RandomToken();

// A one-time password of 12 characters without look-alikes (no 0/O, 1/l/I).
std::string RandomPassword();

// Hex BLAKE2b-256 of a token, as stored in auth_sessions.token_hash.
std::string TokenHash(std::string_view token);

// Constant-time equality of two strings.
bool SecureEquals(std::string_view a, std::string_view b);

}  // namespace sd::auth
