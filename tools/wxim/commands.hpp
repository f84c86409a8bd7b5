// SPDX-License-Identifier: MIT
// The wxim tool: one function per command, and what they share.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io.hpp"
#include "wxim/codec/reader.hpp"
#include "wxim/error.hpp"
#include "wxim/schema/raw_json.hpp"

namespace wxim_tool {

int run_decode(const std::vector<std::string>& args, bool roundtrip);
int run_render(const std::vector<std::string>& args);
int run_evict(const std::vector<std::string>& args);

/// `wxim --help`: every command and every option.
std::string global_help();
/// `wxim COMMAND --help`: the command's usage and every option it takes, or
/// nullopt for a command wxim does not have.
std::optional<std::string> command_help(std::string_view command);

/// Prints the message and where to find the command's usage (or the global
/// one) to standard error; returns exit status 2.
int usage_error(const std::string& message, std::string_view command = {});

/// Prints `command`'s help to standard output; returns exit status 0.
int print_help(std::string_view command);

/// Opens the input (standard input for no file or "-"); false after saying
/// "wxim: cannot read FILE: REASON" on standard error.
bool open_input(input& in, const std::optional<std::string>& file);

/// Says "wxim: cannot read NAME: REASON" when reading `in` failed; returns
/// exit status 2.
int read_error(const input& in);

/// {"code":…,"path":…,"offset":…|null,"message":…}, plus "peer_status" when
/// the peer would answer with a status, as the next value of w.
void write_error(wxim::writer& w, const wxim::error& e);

}  // namespace wxim_tool
