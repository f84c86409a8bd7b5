// SPDX-License-Identifier: MIT
// wxim/codec/json_adapter.hpp: to_json / from_json for nlohmann/json users.
#pragma once

#include <nlohmann/json.hpp>

#include "wxim/codec/decode.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace adl {

/// Bring these into a shape's namespace (`using wxim::adl::to_json;` and
/// from_json) to use `nlohmann::json j = frame;` and `j.get<frame>()`.
/// from_json throws wxim::exception, as nlohmann's own conversions throw.
template <class T, std::enable_if_t<schema::is_described_v<T>, int> = 0>
void to_json(nlohmann::json& j, const T& v) {
  j = nlohmann::json::parse(encode(v));
}

template <class T, std::enable_if_t<schema::is_described_v<T>, int> = 0>
void from_json(const nlohmann::json& j, T& v) {
  v = decode<T>(j).value();
}

}  // namespace adl
WXIM_END_NAMESPACE
