// SPDX-License-Identifier: MIT
// Internal: buffers a thread reuses from one decode or encode to the next.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace detail {

inline std::size_t footprint(const std::string& s) noexcept { return s.capacity(); }

/// A T borrowed from the thread's pool for the length of one call, so that a
/// call does not pay for growing one again. A call inside a call (embedded
/// JSON, a codec that decodes or encodes) borrows the next one. Handed out
/// empty; on return it is cleared, or dropped when its footprint grew past
/// `keep_bytes`: one huge frame must not pin its memory for the life of the
/// thread.
template <class T, std::size_t keep_bytes>
class scratch {
 public:
  scratch() : level_(depth()++) {
    auto& p = pool();
    if (level_ == p.size()) p.push_back(std::make_unique<T>());
  }
  ~scratch() {
    T& v = get();
    if (footprint(v) > keep_bytes) {
      T fresh;  // swapped, not assigned: a moved-into std::string may keep its buffer
      std::swap(v, fresh);
    } else {
      v.clear();
    }
    --depth();
  }
  scratch(const scratch&) = delete;
  scratch& operator=(const scratch&) = delete;

  T& get() noexcept { return *pool()[level_]; }

 private:
  static std::vector<std::unique_ptr<T>>& pool() {
    thread_local std::vector<std::unique_ptr<T>> p;  // one per nesting level; pointers, so growth moves none
    return p;
  }
  static std::size_t& depth() {
    thread_local std::size_t d = 0;
    return d;
  }
  std::size_t level_;
};

}  // namespace detail
WXIM_END_NAMESPACE
