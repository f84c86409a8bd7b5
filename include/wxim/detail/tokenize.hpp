// Internal: the one entry point from frame text to a tape, whichever
// tokenizer the options name.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

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
/// does not pay for growing it again. A decode inside a decode (embedded JSON,
/// a codec that decodes) takes the next tape of the thread's pool.
class scratch_tape {
 public:
  scratch_tape() : level_(depth()++) {
    auto& p = pool();
    if (level_ == p.size()) p.push_back(std::make_unique<tape>());
  }
  ~scratch_tape() {
    tape& t = get();
    // Keep the capacity of ordinary frames only: one huge frame must not pin
    // its memory for the life of the thread.
    if (t.footprint() > (std::size_t{1} << 18)) t = tape();
    else t.clear();
    --depth();
  }
  scratch_tape(const scratch_tape&) = delete;
  scratch_tape& operator=(const scratch_tape&) = delete;

  tape& get() noexcept { return *pool()[level_]; }

 private:
  static std::vector<std::unique_ptr<tape>>& pool() {
    thread_local std::vector<std::unique_ptr<tape>> p;  // one per nesting level; pointers, so growth moves none
    return p;
  }
  static std::size_t& depth() {
    thread_local std::size_t d = 0;
    return d;
  }
  std::size_t level_;
};

}  // namespace wxim::detail
