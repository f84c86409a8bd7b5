// SPDX-License-Identifier: MIT
// wxim/codec.hpp: decoding and encoding frames.
#pragma once

#include "wxim/codec/codec.hpp"
#include "wxim/codec/decode.hpp"
#include "wxim/codec/encode.hpp"
#include "wxim/codec/json_adapter.hpp"
#include "wxim/codec/options.hpp"
#include "wxim/codec/reader.hpp"
