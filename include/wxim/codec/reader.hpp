// SPDX-License-Identifier: MIT
// wxim/codec/reader.hpp: the cursor a codec reads from, with error paths.
//
// Codecs (wxim::codec<T>) read one value from a reader and report failures
// through it; the reader keeps the first failure, with the JSON pointer the
// codecs name for it, and the decode options. You need this header only to
// write a codec of your own.
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
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE

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
      : tape_(t), options_(options), base_(std::move(base_path)), cur_(t.data()), end_(t.data() + t.size()) {}

  const decode_options& options() const noexcept { return options_; }
  bool lenient(leniency l) const noexcept { return has(options_.lenient | granted_, l); }
  /// Tolerances a schema grants one field whatever the options say (see
  /// schema::accepts_numeric_string); the object codec sets them around the
  /// field's read and restores the previous set after it.
  leniency granted() const noexcept { return granted_; }
  void grant(leniency l) noexcept { granted_ = l; }

  /// A codec that accepted a value in another spelling than the one it
  /// writes (a number sent as the string "7") says so here, with the string's
  /// text. The object reading the value records it and writes that spelling
  /// back while the value is unchanged, so a tolerance never loses what the
  /// peer sent. The view must stay valid until the read returns (tape text is).
  void spelled_as_string(std::string_view text) noexcept { as_string_ = text; }
  /// The text recorded by spelled_as_string since the last call, then clears
  /// it; data() is null when there is none.
  std::string_view take_string_spelling() noexcept {
    const std::string_view s = as_string_;
    as_string_ = {};
    return s;
  }

  const detail::event& peek() const noexcept { return *cur_; }
  detail::event& take() noexcept { return *cur_++; }
  bool at_end() const noexcept { return cur_ >= end_; }
  /// Undoes one take(), so an error points at the value just read.
  void step_back() noexcept { --cur_; }
  detail::tape& tape() noexcept { return tape_; }

  // The path of the value being read, as JSON pointer segments. A codec
  // either pushes a segment around what it reads inside (push_key ... pop),
  // or, cheaper, pushes nothing and names the segment only when a read
  // inside fails (return r.failed_in_key(depth, key)), as wxim's own codecs
  // for objects and arrays do.
  void push_key(std::string_view key) { path_.emplace_back(key.data() != nullptr ? key.data() : "", key.size()); }
  void push_index(std::size_t i) { path_.emplace_back(static_cast<const char*>(nullptr), i); }
  void pop() noexcept { path_.pop_back(); }
  /// How many segments are pushed: what a codec passes to failed_in_key and
  /// failed_in_index, taken before it reads inside.
  std::size_t depth() const noexcept { return path_.size(); }

  /// After a read inside the value of `key` failed: the failure's path gains
  /// that key, at `depth` (this codec's depth()). Returns false.
  bool failed_in_key(std::size_t depth, std::string_view key) {
    return failure_ && failed_in({std::string(key), 0, false}, depth);
  }
  /// The same for the element at `index` of an array.
  bool failed_in_index(std::size_t depth, std::size_t index) {
    return failure_ && failed_in({std::string(), index, true}, depth);
  }

  /// The pushed segments as a JSON pointer, after the base path.
  std::string pointer() const {
    detail::json_pointer p(base_);
    for (std::size_t i = 0; i < path_.size(); ++i) {
      const segment& s = path_[i];
      if (s.key == nullptr)
        p.push_index(s.n);
      else
        p.push_key(std::string_view(s.key, s.n));
    }
    return p.str();
  }

  /// Records the first failure, at the current path; always returns false so
  /// codecs can `return r.fail(...)`.
  bool fail(errc code, std::string message, std::optional<int> peer_status = std::nullopt) {
    const std::size_t at = cur_ < end_ ? cur_->offset : detail::unknown_offset;
    return fail(error{code, std::string(), at == detail::unknown_offset ? std::nullopt : std::optional<std::size_t>(at),
                      std::move(message), peer_status});
  }
  /// Adopts an error found inside the current value (e.g. inside embedded
  /// JSON): its path, relative to the current value, continues the current
  /// path. Its offset is kept as it is.
  bool fail(error e) {
    if (failure_) return false;
    failure_ = std::move(e);
    suffix_ = std::move(failure_->path);
    failure_path_.clear();
    for (std::size_t i = 0; i < path_.size(); ++i) {
      const segment& s = path_[i];
      if (s.key == nullptr)
        failure_path_.push_back({std::string(), s.n, true});
      else
        failure_path_.push_back({std::string(s.key, s.n), 0, false});
    }
    spelled_ = false;
    return false;
  }
  bool type_error(std::string_view expected) {
    std::string m = "expected ";
    m += expected;
    m += ", got ";
    m += detail::describe_token(peek().kind);
    return fail(peek().kind == detail::token::null_value ? errc::unexpected_null : errc::type_mismatch, std::move(m));
  }
  /// The first failure, its path spelled out. Ask once the reads that failed
  /// have returned (their codecs may still name segments on the way out), and
  /// while the tape is alive.
  const std::optional<error>& failure() const {
    spell();
    return failure_;
  }
  std::optional<error>& failure() {
    spell();
    return failure_;
  }

  /// The number of elements of the array about to be read.
  std::size_t array_size() const noexcept { return detail::count_elements(*cur_); }
  /// Steps over one value of any shape.
  void skip() noexcept { cur_ = tape_.data() + detail::skip_value(tape_, position()); }

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
      const detail::event& e = *cur_;
      switch (e.kind) {
        case detail::token::null_value:
          element_starts(), w.null();
          break;
        case detail::token::true_value:
          element_starts(), w.boolean(true);
          break;
        case detail::token::false_value:
          element_starts(), w.boolean(false);
          break;
        case detail::token::int_value:
          element_starts(), w.integer(e.num.i);
          break;
        case detail::token::uint_value:
          element_starts(), w.unsigned_integer(e.num.u);
          break;
        case detail::token::float_value:
          element_starts(), w.raw(e.text);
          break;
        case detail::token::string_value:
          element_starts(), w.string(e.text);
          break;
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
      ++cur_;
    } while (!open.empty() && cur_ < end_);
    return true;
  }

 private:
  // Fails with duplicate_key at the path of `key` inside the raw value being read.
  template <class Open>
  bool duplicate_inside(const std::vector<Open>& open, std::string_view key) {
    const std::size_t depth = path_.size();
    for (std::size_t i = 0; i + 1 < open.size(); ++i) {
      if (open[i].is_object)
        push_key(open[i].keys.back());
      else
        push_index(open[i].count - 1);
    }
    push_key(key);
    fail(errc::duplicate_key, detail::duplicate_key_message(key));
    path_.resize(depth);
    return false;
  }

  // A pushed key (its text) or, when `key` is null, an array index `n`.
  struct segment {
    const char* key;
    std::size_t n;
  };
  // A segment of a failure's path: a key or an index. Kept as a copy: a
  // pushed key may be a codec's local string, gone once the codec returns.
  struct failure_segment {
    std::string key;
    std::size_t index;
    bool is_index;
  };

  bool failed_in(failure_segment s, std::size_t depth) {
    const auto at = static_cast<std::ptrdiff_t>(std::min(depth, failure_path_.size()));
    failure_path_.insert(failure_path_.begin() + at, std::move(s));
    spelled_ = false;
    return false;
  }

  void spell() const {
    if (!failure_ || spelled_) return;
    detail::json_pointer p(base_);
    for (const failure_segment& s : failure_path_) {
      if (s.is_index)
        p.push_index(s.index);
      else
        p.push_key(s.key);
    }
    failure_->path = p.str() + suffix_;
    spelled_ = true;
  }

  std::size_t position() const noexcept { return static_cast<std::size_t>(cur_ - tape_.data()); }

  detail::tape& tape_;
  const decode_options& options_;
  std::string base_;
  // The event read next, and the end of the tape: the tape does not grow
  // while it is read, so a pointer saves an indirection per event.
  detail::event* cur_;
  detail::event* end_;
  detail::small_stack<segment, 16> path_;  // in place for ordinary depths
  // The first failure; its path is its segments then the suffix, spelled out
  // into failure_->path when asked for.
  mutable std::optional<error> failure_;
  std::vector<failure_segment> failure_path_;
  std::string suffix_;
  mutable bool spelled_ = true;
  leniency granted_ = leniency::none;
  std::string_view as_string_;
};

/// The writer codecs write to: compact JSON, escaped as JSON.stringify does.
/// It buffers: its string has the text after each complete top-level value,
/// after flush() or output(), and once the writer is destroyed. Text of your
/// own inside an open object or array goes through raw() (or the same
/// writer), never straight into the string, where it would land before what
/// the writer still holds.
using writer = detail::json_writer;

WXIM_END_NAMESPACE
