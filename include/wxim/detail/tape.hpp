// SPDX-License-Identifier: MIT
// Internal: a frame's text as a flat list of parse events (a "tape").
//
// A tokenizer (wxim's lexer, or nlohmann's SAX parser) fills the tape; the
// schema decoder reads it front to back. The tape is not a DOM: no tree, no
// per-node allocation, and classification can look at a frame's top-level
// keys before the typed decode, without parsing twice.
//
// An event's text is a view. For a string without escapes and for a number's
// lexeme it points into the frame text itself, which outlives the tape's use;
// other text (unescaped strings, strings from nlohmann) is kept by the tape.
// So a decode copies each string once, straight into the value that keeps it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <forward_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace detail {

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
    std::uint64_t u;  ///< also, on begin_array, the array's number of elements
    double d;
  } num{0};
  std::size_t offset = unknown_offset;  ///< byte offset in the text, where the tokenizer knows it
  std::string_view text;                ///< string and key values; float lexemes

  bool is_scalar() const noexcept {
    return kind != token::begin_object && kind != token::begin_array && kind != token::end_object &&
           kind != token::end_array && kind != token::key;
  }
};

/// The events of one frame, and the text of those that do not point into it.
class tape {
 public:
  event& operator[](std::size_t i) noexcept { return events_[i]; }
  const event& operator[](std::size_t i) const noexcept { return events_[i]; }
  std::size_t size() const noexcept { return events_.size(); }
  bool empty() const noexcept { return events_.empty(); }
  event* data() noexcept { return events_.data(); }
  const event* data() const noexcept { return events_.data(); }
  event& back() noexcept { return events_.back(); }
  const event& back() const noexcept { return events_.back(); }
  event& emplace_back() { return events_.emplace_back(); }

  void clear() noexcept {
    events_.clear();
    arena_.clear();
    owned_.clear();
  }

  /// Room for `bytes` of kept text without moving what is kept. Only while
  /// nothing is kept: the views handed out so far must stay valid. A
  /// tokenizer calls it with the frame's size, which bounds all the text it
  /// keeps (unescaping never lengthens a string).
  void reserve_text(std::size_t bytes) {
    if (arena_.empty() && arena_.capacity() < bytes) arena_.reserve(bytes);
  }

  /// Copies `s` into storage that lives as long as the tape's contents and
  /// returns a view of the copy.
  std::string_view keep(std::string_view s) {
    if (arena_.capacity() - arena_.size() >= s.size()) {
      const std::size_t at = arena_.size();
      arena_.insert(arena_.end(), s.begin(), s.end());  // within capacity: earlier views stay valid
      return std::string_view(arena_.data() + at, s.size());
    }
    return owned_.emplace_front(s);
  }

  // A tokenizer unescaping a string writes it straight into the arena: mark,
  // append the pieces, take the view. Only after reserve_text with a bound on
  // everything it will append, so the arena never moves.
  std::size_t text_mark() const noexcept { return arena_.size(); }
  void append_text(std::string_view piece) { arena_.insert(arena_.end(), piece.begin(), piece.end()); }
  void append_text(char c) { arena_.push_back(c); }
  std::string_view text_since(std::size_t mark) const noexcept {
    return std::string_view(arena_.data() + mark, arena_.size() - mark);
  }

  /// Memory held for reuse, in bytes (events and kept text).
  std::size_t footprint() const noexcept { return events_.capacity() * sizeof(event) + arena_.capacity(); }

 private:
  std::vector<event> events_;
  std::vector<char> arena_;               // not a std::string: moving a tape must not move its text (no SSO)
  std::forward_list<std::string> owned_;  // text that did not fit the arena; nodes never move
};

/// Name of a JSON type for messages: "a string", "an object", ...
inline std::string_view describe_token(token t) noexcept {
  switch (t) {
    case token::null_value:
      return "null";
    case token::true_value:
    case token::false_value:
      return "a boolean";
    case token::int_value:
    case token::uint_value:
    case token::float_value:
      return "a number";
    case token::string_value:
      return "a string";
    case token::key:
      return "a key";
    case token::begin_object:
      return "an object";
    case token::begin_array:
      return "an array";
    case token::end_object:
      return "the end of an object";
    case token::end_array:
      return "the end of an array";
  }
  return "a value";
}

/// Index just past the value that starts at `i` (scalar, object or array).
inline std::size_t skip_value(const tape& t, std::size_t i) noexcept {
  std::size_t depth = 0;
  do {
    if (i >= t.size()) return t.size();
    const token k = t[i].kind;
    if (k == token::begin_object || k == token::begin_array)
      ++depth;
    else if (k == token::end_object || k == token::end_array)
      --depth;
    ++i;
  } while (depth != 0);
  return i;
}

inline std::size_t footprint(const tape& t) noexcept { return t.footprint(); }

/// The number of elements of the array that `begin_array` opens: every
/// tokenizer records it on that event when the array closes.
inline std::size_t count_elements(const event& begin_array) noexcept { return begin_array.num.u; }

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

}  // namespace detail
WXIM_END_NAMESPACE
