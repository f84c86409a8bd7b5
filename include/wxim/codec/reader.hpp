// wxim/codec/reader.hpp: the cursor a codec reads from, with error paths.
//
// Codecs (wxim::codec<T>) read one value from a reader and report failures
// through it; the reader knows the JSON pointer of the current value and the
// decode options. You need this header only to write a codec of your own.
#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "wxim/codec/options.hpp"
#include "wxim/detail/json_pointer.hpp"
#include "wxim/detail/json_writer.hpp"
#include "wxim/detail/small_stack.hpp"
#include "wxim/detail/tape.hpp"
#include "wxim/error.hpp"
#include "wxim/schema/raw_json.hpp"

namespace wxim {

namespace detail {
/// The message of every duplicate_key error.
inline std::string duplicate_key_message(std::string_view key) {
  std::string m = "the key \"";
  m += key;
  m += "\" appears twice in one object; send each key once";
  return m;
}
}  // namespace detail

class reader {
 public:
  reader(detail::tape& t, const decode_options& options, std::string base_path = {})
      : tape_(t), options_(options), base_(std::move(base_path)) {}
  /// Reads a value found inside the current value of `outer` (embedded JSON):
  /// paths continue from there. `outer` must outlive this reader; its path is
  /// only spelled out if an error needs it.
  reader(detail::tape& t, const reader& outer) : tape_(t), options_(outer.options_), outer_(&outer) {}

  const decode_options& options() const noexcept { return options_; }
  bool lenient(leniency l) const noexcept { return has(options_.lenient, l); }

  const detail::event& peek() const noexcept { return tape_[pos_]; }
  detail::event& take() noexcept { return tape_[pos_++]; }
  bool at_end() const noexcept { return pos_ >= tape_.size(); }
  /// Undoes one take(), so an error points at the value just read.
  void step_back() noexcept { --pos_; }
  detail::tape& tape() noexcept { return tape_; }

  // Path of the value being read, as JSON pointer segments.
  void push_key(std::string_view key) { path_.emplace_back(key, std::size_t{0}, false); }
  void push_index(std::size_t i) { path_.emplace_back(std::string_view(), i, true); }
  void pop() noexcept { path_.pop_back(); }

  std::string pointer() const {
    detail::json_pointer p(outer_ != nullptr ? outer_->pointer() : base_);
    for (std::size_t i = 0; i < path_.size(); ++i) {
      const segment& s = path_[i];
      if (s.is_index) p.push_index(s.index);
      else p.push_key(s.key);
    }
    return p.str();
  }

  /// Records the first failure, at the current path; always returns false so
  /// codecs can `return r.fail(...)`.
  bool fail(errc code, std::string message, std::optional<int> peer_status = std::nullopt) {
    if (!failure_) {
      const std::size_t at = pos_ < tape_.size() ? tape_[pos_].offset : detail::unknown_offset;
      failure_ = error{code, pointer(), at == detail::unknown_offset ? std::nullopt : std::optional<std::size_t>(at),
                       std::move(message), peer_status};
    }
    return false;
  }
  /// Adopts an error found elsewhere (e.g. inside embedded JSON).
  bool fail(error e) {
    if (!failure_) failure_ = std::move(e);
    return false;
  }
  bool type_error(std::string_view expected) {
    std::string m = "expected ";
    m += expected;
    m += ", got ";
    m += detail::describe_token(peek().kind);
    return fail(peek().kind == detail::token::null_value ? errc::unexpected_null : errc::type_mismatch, std::move(m));
  }
  const std::optional<error>& failure() const noexcept { return failure_; }
  std::optional<error>& failure() noexcept { return failure_; }

  /// The number of elements of the array about to be read.
  std::size_t array_size() const noexcept { return detail::count_elements(tape_, pos_); }
  /// Steps over one value of any shape.
  void skip() noexcept { pos_ = detail::skip_value(tape_, pos_); }

  /// Reads one value of any shape as compact JSON text. Duplicate keys inside
  /// are refused unless leniency::duplicate_keys is on.
  bool read_raw(raw_json& out) {
    out.text.clear();
    detail::json_writer w(out.text);
    // The open objects and arrays inside the value: the keys of each object
    // so far, and the count of each array's elements, for a duplicate's path.
    struct open_container {
      bool is_object;
      std::size_t count;
      std::vector<std::string_view> keys;
    };
    std::vector<open_container> open;
    const auto element_starts = [&] {
      if (!open.empty() && !open.back().is_object) ++open.back().count;
    };
    do {
      const detail::event& e = tape_[pos_];
      switch (e.kind) {
        case detail::token::null_value: element_starts(), w.null(); break;
        case detail::token::true_value: element_starts(), w.boolean(true); break;
        case detail::token::false_value: element_starts(), w.boolean(false); break;
        case detail::token::int_value: element_starts(), w.integer(e.num.i); break;
        case detail::token::uint_value: element_starts(), w.unsigned_integer(e.num.u); break;
        case detail::token::float_value: element_starts(), w.raw(e.text); break;
        case detail::token::string_value: element_starts(), w.string(e.text); break;
        case detail::token::key:
          open.back().keys.push_back(e.text);
          w.key(e.text);
          break;
        case detail::token::begin_object:
          element_starts();
          open.push_back(open_container{true, 0, {}});
          w.begin_object();
          break;
        case detail::token::begin_array:
          element_starts();
          open.push_back(open_container{false, 0, {}});
          w.begin_array();
          break;
        case detail::token::end_object: {
          if (!lenient(leniency::duplicate_keys)) {
            auto& k = open.back().keys;  // not needed in order any more
            std::sort(k.begin(), k.end());
            const auto dup = std::adjacent_find(k.begin(), k.end());
            if (dup != k.end()) return duplicate_inside(open, *dup);
          }
          open.pop_back();
          w.end_object();
          break;
        }
        case detail::token::end_array:
          open.pop_back();
          w.end_array();
          break;
      }
      ++pos_;
    } while (!open.empty() && pos_ < tape_.size());
    return true;
  }

 private:
  // Fails with duplicate_key at the path of `key` inside the raw value being read.
  template <class Open>
  bool duplicate_inside(const std::vector<Open>& open, std::string_view key) {
    const std::size_t depth = path_.size();
    for (std::size_t i = 0; i + 1 < open.size(); ++i) {
      if (open[i].is_object) push_key(open[i].keys.back());
      else push_index(open[i].count - 1);
    }
    push_key(key);
    fail(errc::duplicate_key, detail::duplicate_key_message(key));
    path_.resize(depth);
    return false;
  }

  struct segment {
    std::string_view key;
    std::size_t index;
    bool is_index;
  };

  detail::tape& tape_;
  const decode_options& options_;
  std::string base_;
  const reader* outer_ = nullptr;
  std::size_t pos_ = 0;
  detail::small_stack<segment, 16> path_;  // in place for ordinary depths
  std::optional<error> failure_;
};

/// The writer codecs write to: compact JSON, escaped as JSON.stringify does.
/// It buffers: its string has the text after each complete top-level value,
/// after flush() or output(), and once the writer is destroyed. Text of your
/// own inside an open object or array goes through raw() (or the same
/// writer), never straight into the string, where it would land before what
/// the writer still holds.
using writer = detail::json_writer;

}  // namespace wxim
