// SPDX-License-Identifier: MIT
// wxim/codec/encode.hpp: a typed value to compact frame text.
#pragma once

#include "wxim/codec/codec.hpp"

// wxim::encode(const T&) -> std::string is defined in codec.hpp beside the
// codecs it drives (embedded JSON needs it too). It writes directly, with no
// DOM: compact, escaped as JSON.stringify escapes, known keys in schema order
// followed by unknown keys in the order they came.
