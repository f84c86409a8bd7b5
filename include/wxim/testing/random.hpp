// SPDX-License-Identifier: MIT
// wxim/testing/random.hpp: the seeded source of every generated value.
//
//   wxim::testing::generator g(seed);   // same seed, same values, on every platform
//
// splitmix64, written out here, because std::uniform_int_distribution and
// friends give different sequences under libstdc++, libc++ and MSVC, and a
// failing seed must reproduce everywhere.
#pragma once

#include <cstddef>
#include <cstdint>

#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace testing {

/// How big generated values get. Depth counts nested objects and arrays
/// (well under decode_limits::max_depth); sizes bound arrays, extras and
/// string pieces.
struct generate_options {
  std::size_t max_depth = 5;
  std::size_t max_elements = 4;       ///< per array or map
  std::size_t max_extras = 3;         ///< unknown keys per object that keeps them
  std::size_t max_string_pieces = 6;  ///< see unicode_string
};

class generator {
 public:
  explicit generator(std::uint64_t seed, generate_options options = {}) noexcept : state_(seed), options_(options) {}

  /// splitmix64 (Steele, Lea, Flood 2014).
  std::uint64_t next() noexcept {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }

  /// Uniform in [0, n); 0 when n is 0. Rejection sampling, so no modulo bias.
  std::uint64_t below(std::uint64_t n) noexcept {
    if (n == 0) return 0;
    const std::uint64_t limit = ~std::uint64_t{0} - (~std::uint64_t{0} % n);
    std::uint64_t x = next();
    while (x >= limit) x = next();
    return x % n;
  }

  /// Uniform in [lo, hi] (inclusive), for any int64 range.
  std::int64_t between(std::int64_t lo, std::int64_t hi) noexcept {
    const std::uint64_t span = static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo);
    const std::uint64_t off = span == ~std::uint64_t{0} ? next() : below(span + 1);
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(lo) + off);
  }

  /// True with probability num/den.
  bool chance(std::uint64_t num, std::uint64_t den) noexcept { return below(den) < num; }
  bool coin() noexcept { return (next() >> 63) != 0; }

  const generate_options& options() const noexcept { return options_; }

  /// Nesting so far; generate() stops growing optional and repeated members
  /// once it reaches options().max_depth.
  std::size_t depth() const noexcept { return depth_; }
  bool deep() const noexcept { return depth_ >= options_.max_depth; }

  /// RAII: one level deeper while alive.
  class nested {
   public:
    explicit nested(generator& g) noexcept : g_(g) { ++g_.depth_; }
    ~nested() { --g_.depth_; }
    nested(const nested&) = delete;
    nested& operator=(const nested&) = delete;

   private:
    generator& g_;
  };

 private:
  std::uint64_t state_;
  generate_options options_;
  std::size_t depth_ = 0;
};

}  // namespace testing
WXIM_END_NAMESPACE
