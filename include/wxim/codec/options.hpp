// SPDX-License-Identifier: MIT
// wxim/codec/options.hpp: limits and named tolerances for decoding.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE

/// A frame over any limit is refused with an error before it costs more.
/// Every limit can be changed per call.
struct decode_limits {
  std::size_t max_frame_bytes = 1u << 20;   ///< whole frame text, 1 MiB
  std::size_t max_depth = 64;               ///< nested objects and arrays; the top level is depth 1
  std::size_t max_string_bytes = 1u << 20;  ///< one string or key, after unescaping
  std::size_t max_array_size = 100000;      ///< elements of one array, members of one object
};

/// What a real peer tolerates that a strict reader would refuse. Strict is the
/// default; each tolerance is turned on by name, never silently.
enum class leniency : unsigned {
  none = 0,
  numeric_strings = 1u << 0,        ///< "1" where an integer is expected (J-IM's server)
  case_insensitive_keys = 1u << 1,  ///< keys matched ignoring case and '_' (J-IM's server)
  duplicate_keys = 1u << 2,         ///< the same key twice: the last one wins, as JSON.parse does
  any_content = 1u << 3,            ///< any JSON as a message's content (the wechat-im server forwards it)
  loose_duration = 1u << 4,         ///< a voice duration as a string, negative or fractional (wechat-im)
};

constexpr leniency operator|(leniency a, leniency b) noexcept {
  return static_cast<leniency>(static_cast<unsigned>(a) | static_cast<unsigned>(b));
}
constexpr leniency& operator|=(leniency& a, leniency b) noexcept { return a = a | b; }
constexpr bool has(leniency set, leniency one) noexcept {
  return (static_cast<unsigned>(set) & static_cast<unsigned>(one)) != 0;
}

/// The CLI's names for each tolerance: "numeric-strings", ...
constexpr std::string_view to_string(leniency l) noexcept {
  switch (l) {
    case leniency::numeric_strings:
      return "numeric-strings";
    case leniency::case_insensitive_keys:
      return "case-insensitive-keys";
    case leniency::duplicate_keys:
      return "duplicate-keys";
    case leniency::any_content:
      return "any-content";
    case leniency::loose_duration:
      return "loose-duration";
    case leniency::none:
      break;
  }
  return "none";
}

inline constexpr leniency all_leniencies[] = {leniency::numeric_strings, leniency::case_insensitive_keys,
                                              leniency::duplicate_keys, leniency::any_content,
                                              leniency::loose_duration};

constexpr std::optional<leniency> parse_leniency(std::string_view name) noexcept {
  for (leniency l : all_leniencies)
    if (to_string(l) == name) return l;
  return std::nullopt;
}

/// Which tokenizer feeds the schema decoder. Both produce the same events and
/// accept and refuse the same texts; wxim's own lexer is faster and gives a
/// byte offset with every error, nlohmann's SAX parser is the reference.
enum class json_parser { wxim_lexer, nlohmann_sax };

/// Under leniency::case_insensitive_keys, which of an object's declared keys
/// an input key fills: an index below `count`, or `count` for none. A
/// dialect whose peer matches keys its own way supplies one (J-IM's
/// fastjson rules); without one, keys match ignoring ASCII case and '_'.
using key_rule = std::size_t (*)(const std::string_view* declared, std::size_t count, std::string_view key);

struct decode_options {
  decode_limits limits{};
  leniency lenient = leniency::none;
  json_parser parser = json_parser::wxim_lexer;
  key_rule match_key_loosely = nullptr;
};

WXIM_END_NAMESPACE
