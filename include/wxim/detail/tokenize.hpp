// Internal: the one entry point from frame text to a tape, whichever
// tokenizer the options name.
#pragma once

#include <optional>
#include <string_view>

#include "wxim/codec/options.hpp"
#include "wxim/detail/lexer.hpp"
#include "wxim/detail/sax_parser.hpp"
#include "wxim/detail/tape.hpp"
#include "wxim/error.hpp"

namespace wxim::detail {

inline std::optional<error> tokenize(std::string_view text, const decode_options& options, tape& out) {
  if (options.parser == json_parser::nlohmann_sax) return parse_with_nlohmann(text, options.limits, out);
  return parse_with_lexer(text, options.limits, out);
}

/// A tape to decode into, reused across calls on one thread so that a decode
/// does not pay for growing it again; a nested decode on the same thread
/// (a codec that decodes) gets a fresh one.
class scratch_tape {
 public:
  scratch_tape() : owner_(!in_use()) {
    if (owner_) in_use() = true;
  }
  ~scratch_tape() {
    if (owner_) {
      // Keep the capacity of ordinary frames only: one huge frame must not
      // pin its memory for the life of the thread.
      if (shared().capacity() > 4096) tape().swap(shared());
      shared().clear();
      in_use() = false;
    }
  }
  scratch_tape(const scratch_tape&) = delete;
  scratch_tape& operator=(const scratch_tape&) = delete;

  tape& get() noexcept { return owner_ ? shared() : local_; }

 private:
  static tape& shared() {
    thread_local tape t;
    return t;
  }
  static bool& in_use() {
    thread_local bool b = false;
    return b;
  }
  bool owner_;
  tape local_;
};

}  // namespace wxim::detail
