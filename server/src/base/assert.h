#pragma once
// SD_ASSERT is on in every build: it guards programmer errors, never user input.

namespace sd::detail {
[[noreturn]] void AssertFail(const char* expr, const char* why, const char* file, int line);
}  // namespace sd::detail

#define SD_ASSERT(cond, why)                                               \
  do {                                                                     \
    if (!(cond)) ::sd::detail::AssertFail(#cond, why, __FILE__, __LINE__); \
  } while (false)
