// SPDX-License-Identifier: MIT
// Internal: the one entry point from frame text to a tape, whichever
// tokenizer the options name.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "wxim/codec/options.hpp"
#include "wxim/detail/lexer.hpp"
#include "wxim/detail/sax_parser.hpp"
#include "wxim/detail/scratch.hpp"
#include "wxim/detail/tape.hpp"
#include "wxim/error.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace detail {

inline std::optional<error> tokenize(std::string_view text, const decode_options& options, tape& out) {
  if (options.parser == json_parser::nlohmann_sax) return parse_with_nlohmann(text, options.limits, out);
  return parse_with_lexer(text, options.limits, out);
}

/// A tape to decode into, reused on a thread (see scratch).
using scratch_tape = scratch<tape, (std::size_t{1} << 18)>;

}  // namespace detail
WXIM_END_NAMESPACE
