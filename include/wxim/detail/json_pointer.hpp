// SPDX-License-Identifier: MIT
// Internal: building RFC 6901 JSON pointers for error paths.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace detail {

class json_pointer {
 public:
  json_pointer() = default;
  explicit json_pointer(std::string prefix) : text_(std::move(prefix)) {}

  void push_key(std::string_view key) {
    text_ += '/';
    for (char c : key) {
      if (c == '~')
        text_ += "~0";
      else if (c == '/')
        text_ += "~1";
      else
        text_ += c;
    }
  }
  void push_index(std::size_t i) {
    text_ += '/';
    text_ += std::to_string(i);
  }
  const std::string& str() const noexcept { return text_; }

 private:
  std::string text_;
};

}  // namespace detail
WXIM_END_NAMESPACE
