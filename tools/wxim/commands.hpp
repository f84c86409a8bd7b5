// The wxim tool: one function per command, and what they share.
#pragma once

#include <fstream>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "wxim/codec/reader.hpp"
#include "wxim/error.hpp"
#include "wxim/schema/raw_json.hpp"

namespace wxim_tool {

int run_decode(const std::vector<std::string>& args, bool roundtrip);
int run_render(const std::vector<std::string>& args);
int run_evict(const std::vector<std::string>& args);

/// Prints the message and a hint to standard error; returns exit status 2.
int usage_error(const std::string& message);

/// Standard input for no file or "-", else the opened file (nullptr if it
/// cannot be opened).
std::istream* open_input(const std::optional<std::string>& file, std::ifstream& storage);

/// {"code":…,"path":…,"offset":…|null,"message":…}, plus "peer_status" when
/// the peer would answer with a status, as the next value of w.
void write_error(wxim::writer& w, const wxim::error& e);

}  // namespace wxim_tool
