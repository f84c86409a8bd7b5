// SPDX-License-Identifier: MIT
// wxim/dialect/direction.hpp: who sent a frame.
#pragma once

#include <optional>
#include <string_view>

#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE

/// c2s: client to server; s2c: server to client; any: not known, let the
/// dialect decide from the frame itself.
enum class direction { c2s, s2c, any };

constexpr std::string_view to_string(direction d) noexcept {
  switch (d) {
    case direction::c2s:
      return "c2s";
    case direction::s2c:
      return "s2c";
    case direction::any:
      break;
  }
  return "any";
}

constexpr std::optional<direction> parse_direction(std::string_view s) noexcept {
  if (s == "c2s") return direction::c2s;
  if (s == "s2c") return direction::s2c;
  if (s == "any") return direction::any;
  return std::nullopt;
}

WXIM_END_NAMESPACE
