// SPDX-License-Identifier: MIT
// wxim/schema/nullable.hpp: a value that may be absent, null, or present.
#pragma once

#include <cstddef>
#include <optional>
#include <utility>

#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE

/// Three states, because peers tell `{}` from `{"k":null}` and a round trip
/// must too. A member of this type in a schema may be absent or null on the
/// wire; std::optional<T> may be absent but not null; T must be present.
template <class T>
class nullable {
 public:
  enum class state : unsigned char { absent, null, value };

  nullable() = default;  ///< absent
  nullable(std::nullptr_t) : state_(state::null) {}
  nullable(T v) : state_(state::value), value_(std::move(v)) {}

  static nullable absent() { return nullable(); }

  state which() const noexcept { return state_; }
  bool is_absent() const noexcept { return state_ == state::absent; }
  bool is_null() const noexcept { return state_ == state::null; }
  bool has_value() const noexcept { return state_ == state::value; }

  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }

  T& emplace() {
    state_ = state::value;
    return value_.emplace();
  }
  void set_null() {
    state_ = state::null;
    value_.reset();
  }
  void reset() {
    state_ = state::absent;
    value_.reset();
  }

  friend bool operator==(const nullable& a, const nullable& b) {
    return a.state_ == b.state_ && (a.state_ != state::value || *a.value_ == *b.value_);
  }
  friend bool operator!=(const nullable& a, const nullable& b) { return !(a == b); }

 private:
  state state_ = state::absent;
  std::optional<T> value_;
};

WXIM_END_NAMESPACE
