// SPDX-License-Identifier: MIT
// The handler docs/testing.md's examples test: a server's answer to one wechat-im client frame.
// Declared only; the doc blocks that include it are compiled, not linked.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace my_server {
std::optional<std::string> handle(std::string_view frame);
}  // namespace my_server
