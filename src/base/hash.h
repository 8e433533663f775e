// Stable 64-bit hashing for content ids (FNV-1a; the same on every machine and run).
#ifndef DYAD_BASE_HASH_H_
#define DYAD_BASE_HASH_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace dyad {

inline constexpr uint64_t kFnvOffset = 14695981039346656037ull;

// Folds `bytes` into the running FNV-1a hash `h`.
inline uint64_t Fnv1a64(std::string_view bytes, uint64_t h = kFnvOffset) {
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// 16 lowercase hex digits.
inline std::string Hex64(uint64_t value) {
  static const char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i) {
    out[static_cast<std::size_t>(i)] = kDigits[value & 0xF];
    value >>= 4;
  }
  return out;
}

}  // namespace dyad

#endif  // DYAD_BASE_HASH_H_
