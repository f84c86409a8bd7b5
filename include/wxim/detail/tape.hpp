// Internal: a frame's text as a flat list of parse events (a "tape").
//
// The tokenizer (nlohmann's SAX parser) fills the tape; the schema decoder
// reads it front to back. The tape is not a DOM: no tree, no per-node
// allocation beyond the strings the decoder keeps anyway, and classification
// can look at a frame's top-level keys before the typed decode, without
// parsing twice.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wxim::detail {

enum class token : unsigned char {
  null_value,
  true_value,
  false_value,
  int_value,    ///< fits int64
  uint_value,   ///< above int64, fits uint64
  float_value,  ///< `text` holds the lexeme as written
  string_value,
  key,
  begin_object,
  end_object,
  begin_array,
  end_array,
};

inline constexpr std::size_t unknown_offset = static_cast<std::size_t>(-1);

struct event {
  token kind = token::null_value;
  union {
    std::int64_t i;
    std::uint64_t u;
    double d;
  } num{0};
  std::size_t offset = unknown_offset;  ///< byte offset in the text, where the tokenizer knows it
  std::string text;                     ///< string and key values; float lexemes

  bool is_scalar() const noexcept {
    return kind != token::begin_object && kind != token::begin_array && kind != token::end_object &&
           kind != token::end_array && kind != token::key;
  }
};

using tape = std::vector<event>;

/// Name of a JSON type for messages: "a string", "an object", ...
inline std::string_view describe_token(token t) noexcept {
  switch (t) {
    case token::null_value: return "null";
    case token::true_value:
    case token::false_value: return "a boolean";
    case token::int_value:
    case token::uint_value:
    case token::float_value: return "a number";
    case token::string_value: return "a string";
    case token::key: return "a key";
    case token::begin_object: return "an object";
    case token::begin_array: return "an array";
    case token::end_object: return "the end of an object";
    case token::end_array: return "the end of an array";
  }
  return "a value";
}

/// Index just past the value that starts at `i` (scalar, object or array).
inline std::size_t skip_value(const tape& t, std::size_t i) noexcept {
  std::size_t depth = 0;
  do {
    if (i >= t.size()) return t.size();
    const token k = t[i].kind;
    if (k == token::begin_object || k == token::begin_array) ++depth;
    else if (k == token::end_object || k == token::end_array) --depth;
    ++i;
  } while (depth != 0);
  return i;
}

/// When the tape is one object: the index of the value of top-level `key`.
inline std::optional<std::size_t> find_top_level(const tape& t, std::string_view key) noexcept {
  if (t.empty() || t[0].kind != token::begin_object) return std::nullopt;
  std::size_t i = 1;
  while (i < t.size() && t[i].kind == token::key) {
    if (t[i].text == key) return i + 1;
    i = skip_value(t, i + 1);
  }
  return std::nullopt;
}

}  // namespace wxim::detail
