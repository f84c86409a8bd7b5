// SPDX-License-Identifier: MIT
// Internal: a stack that keeps its first N elements in place, so ordinary
// nesting depths cost no allocation; deeper ones spill to the heap.
#pragma once

#include <algorithm>
#include <cstddef>
#include <new>
#include <type_traits>
#include <vector>

#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace detail {

template <class T, std::size_t N>
class small_stack {
  static_assert(std::is_trivially_destructible_v<T> && std::is_trivially_copyable_v<T>,
                "small_stack holds plain records");

 public:
  small_stack() noexcept {}
  small_stack(const small_stack&) = delete;
  small_stack& operator=(const small_stack&) = delete;

  void push_back(const T& v) {
    if (size_ == capacity_) grow();
    new (&data_[size_++]) T(v);
  }
  /// Builds the element in place: no temporary to copy, whose piecewise
  /// stores a whole-element copy would have to wait for.
  template <class... A>
  void emplace_back(A... args) {
    if (size_ == capacity_) grow();
    new (&data_[size_++]) T{args...};
  }
  // Once spilled, the heap buffer stays until the stack is destroyed: a stack
  // lives for one frame, and its depth is bounded by the frame's limits.
  void pop_back() noexcept { --size_; }
  void resize(std::size_t n) noexcept {
    if (n < size_) size_ = n;
  }
  bool empty() const noexcept { return size_ == 0; }
  std::size_t size() const noexcept { return size_; }
  T* begin() noexcept { return data_; }
  T* end() noexcept { return data_ + size_; }
  const T* begin() const noexcept { return data_; }
  const T* end() const noexcept { return data_ + size_; }
  T& back() noexcept { return data_[size_ - 1]; }
  const T& back() const noexcept { return data_[size_ - 1]; }
  const T& operator[](std::size_t i) const noexcept { return data_[i]; }

 private:
  // Out of line, so that the in-place push above stays small enough to inline.
#if defined(__GNUC__)
  __attribute__((noinline))
#endif
  void
  grow() {
    std::vector<T> bigger(capacity_ * 2);
    std::copy(data_, data_ + size_, bigger.begin());
    heap_.swap(bigger);
    data_ = heap_.data();
    capacity_ = heap_.size();
  }

  // Left uninitialized: only the first size_ elements are ever read.
  union storage {
    storage() noexcept {}
    T items[N];
  } inline_;
  std::vector<T> heap_;      // the elements once more than N were pushed
  T* data_ = inline_.items;  // where the elements are (a copy would point into the original: not copyable)
  std::size_t size_ = 0;
  std::size_t capacity_ = N;
};

}  // namespace detail
WXIM_END_NAMESPACE
