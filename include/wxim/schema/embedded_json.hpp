// SPDX-License-Identifier: MIT
// wxim/schema/embedded_json.hpp: a string whose content is JSON of a known shape.
#pragma once

#include <optional>
#include <string>
#include <utility>

#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE

/// Peers put JSON inside strings (wechat-im's `latestMsg`, the chatroom's
/// `payLoad` and `chatInfo`). On the wire this is a string; in wxim it is the
/// typed `value`. Decoding keeps the original text too, and encoding writes
/// that text back byte for byte while `value` is unchanged, so a round trip is
/// exact even when the peer spaced or ordered the inner JSON its own way; once
/// `value` changes, encoding writes it afresh.
template <class T>
class embedded_json {
 public:
  T value{};

  embedded_json() = default;
  embedded_json(T v) : value(std::move(v)) {}

  /// The text it was decoded from and the value decoded then, if any.
  const std::optional<std::pair<T, std::string>>& source() const noexcept { return source_; }
  void set_source(std::string text) { source_.emplace(value, std::move(text)); }
  void forget_source() noexcept { source_.reset(); }

  friend bool operator==(const embedded_json& a, const embedded_json& b) { return a.value == b.value; }
  friend bool operator!=(const embedded_json& a, const embedded_json& b) { return !(a == b); }

 private:
  std::optional<std::pair<T, std::string>> source_;
};

WXIM_END_NAMESPACE
