// SPDX-License-Identifier: MIT
// wxim/schema/blank_or.hpp: a number, or the empty string an SDK writes until it knows it.
//
// SDK objects fill some numeric fields with "" until the value is loaded: TIM's Group has
// `"createTime":""`, `"memberCount":""`, … until its profile arrives, and a group's empty
// lastMessage is {lastTime:"", lastSequence:"", …}. Both spellings are real and must come back
// as they came: blank_or<T> holds the number, or nothing for "". Its codec is in
// wxim/codec/blank_or.hpp.
#pragma once

#include <optional>
#include <utility>

#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE

/// A T, or blank: the SDK's "" placeholder where a T is not known yet. Default-constructed, it
/// is blank. As a member, std::optional<blank_or<T>> adds "absent" as a third state.
template <class T>
class blank_or {
 public:
  blank_or() = default;  ///< blank: ""
  blank_or(T v) : value_(std::move(v)) {}

  /// The placeholder "".
  static blank_or blank() { return blank_or(); }

  bool is_blank() const noexcept { return !value_.has_value(); }
  bool has_value() const noexcept { return value_.has_value(); }
  explicit operator bool() const noexcept { return has_value(); }

  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  template <class U>
  T value_or(U&& fallback) const {
    return value_.value_or(std::forward<U>(fallback));
  }
  /// The value, if any, as a std::optional.
  const std::optional<T>& as_optional() const noexcept { return value_; }

  T& emplace(T v = T{}) { return value_.emplace(std::move(v)); }
  void set_blank() noexcept { value_.reset(); }

  friend bool operator==(const blank_or& a, const blank_or& b) { return a.value_ == b.value_; }
  friend bool operator!=(const blank_or& a, const blank_or& b) { return !(a == b); }

 private:
  std::optional<T> value_;
};

WXIM_END_NAMESPACE
