// SPDX-License-Identifier: MIT
// The wxim tool: one way of reading every command's arguments.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wxim_tool {

/// One option a command takes, and whether it takes a value.
struct option_spec {
  std::string_view name;  ///< "--dialect"
  bool takes_value = true;
};

struct parsed_args {
  /// Options in the order given, each with its value ("" for a flag).
  std::vector<std::pair<std::string, std::string>> options;
  std::vector<std::string> operands;  ///< FILE and the like
  bool help = false;                  ///< --help or -h was given
  std::string error;                  ///< the first usage error, or ""
};

/// Reads `--name value` and `--name=value` for an option taking a value (the
/// value may start with "-", as in `--utc-offset -05:00`), `--name` for a
/// flag, `--help`/`-h`, and operands; "-" is an operand (standard input) and
/// "--" makes every later argument an operand (a file named "-x"). The first
/// unknown or malformed option is `error`; --help wins over it, so a user
/// halfway through a command line can still ask.
inline parsed_args parse_args(const std::vector<std::string>& args, std::initializer_list<option_spec> specs) {
  parsed_args out;
  const auto fail = [&](std::string message) {
    if (out.error.empty()) out.error = std::move(message);
  };
  bool options_ended = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (options_ended || a == "-" || a.empty() || a[0] != '-') {
      out.operands.push_back(a);
      continue;
    }
    if (a == "--") {
      options_ended = true;
      continue;
    }
    const std::size_t eq = a.find('=');
    const std::string name = a.substr(0, eq);
    if (name == "--help" || name == "-h") {
      if (eq != std::string::npos)
        fail(name + " takes no value");
      else
        out.help = true;
      continue;
    }
    const option_spec* spec = nullptr;
    for (const auto& s : specs)
      if (s.name == name) spec = &s;
    if (!spec) {
      fail("unknown option \"" + name + "\"");
      continue;
    }
    if (!spec->takes_value) {
      if (eq != std::string::npos)
        fail(name + " takes no value");
      else
        out.options.emplace_back(name, "");
    } else if (eq != std::string::npos) {
      out.options.emplace_back(name, a.substr(eq + 1));
    } else if (i + 1 < args.size()) {
      out.options.emplace_back(name, args[++i]);
    } else {
      fail(name + " takes a value");
    }
  }
  return out;
}

}  // namespace wxim_tool
