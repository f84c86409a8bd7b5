// SPDX-License-Identifier: MIT
// wxim: the command-line face of the library. See `wxim --help` and
// docs/cli.md; the interface is stable, scripts depend on it.
#include <csignal>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "args.hpp"
#include "commands.hpp"
#include "wxim/version.hpp"

namespace wxim_tool {

int usage_error(const std::string& message, std::string_view command) {
  std::cerr << "wxim: " << message << "\n(run `wxim " << command << (command.empty() ? "" : " ")
            << "--help` for usage)\n";
  return 2;
}

int print_help(std::string_view command) {
  const auto text = command_help(command);
  standard_output().write(text ? *text : global_help());
  return 0;
}

bool open_input(input& in, const std::optional<std::string>& file) {
  if (in.open(file)) return true;
  std::cerr << "wxim: cannot read " << in.name() << ": " << system_reason(in.error()) << '\n';
  return false;
}

int read_error(const input& in) {
  std::cerr << "wxim: cannot read " << in.name() << ": " << system_reason(in.error()) << '\n';
  return 2;
}

}  // namespace wxim_tool

namespace {

int run_version(const std::vector<std::string>& args) {
  const auto parsed = wxim_tool::parse_args(args, {});
  if (parsed.help) return wxim_tool::print_help("version");
  if (!parsed.error.empty()) return wxim_tool::usage_error(parsed.error, "version");
  if (!parsed.operands.empty()) return wxim_tool::usage_error("version takes no arguments", "version");
  wxim_tool::standard_output().write(
      "wxim " + std::string(wxim::version_string) + " (nlohmann/json " + std::to_string(NLOHMANN_JSON_VERSION_MAJOR) +
      '.' + std::to_string(NLOHMANN_JSON_VERSION_MINOR) + '.' + std::to_string(NLOHMANN_JSON_VERSION_PATCH) +
      ", date " + WXIM_DATE_VERSION + ")\n");
  return 0;
}

int run(const std::string& command, const std::vector<std::string>& args) {
  if (command == "--help" || command == "-h") return wxim_tool::print_help("");
  if (command == "help") {  // `wxim help [COMMAND]`
    if (args.size() > 1) return wxim_tool::usage_error("help takes at most one COMMAND");
    if (!args.empty() && !wxim_tool::command_help(args[0]))
      return wxim_tool::usage_error("unknown command \"" + args[0] + "\"");
    return wxim_tool::print_help(args.empty() ? "" : args[0]);
  }
  if (command == "version" || command == "--version") return run_version(args);
  if (command == "decode") return wxim_tool::run_decode(args, false);
  if (command == "roundtrip") return wxim_tool::run_decode(args, true);
  if (command == "render") return wxim_tool::run_render(args);
  if (command == "evict") return wxim_tool::run_evict(args);
  return wxim_tool::usage_error("unknown command \"" + command + "\"");
}

}  // namespace

int main(int argc, char** argv) {
  // A reader that goes away (`wxim decode big.jsonl | head -1`) must not kill
  // the tool with SIGPIPE: the write fails with EPIPE instead, and the tool
  // stops reading and exits 2.
  std::signal(SIGPIPE, SIG_IGN);
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << wxim_tool::global_help();
    return 2;
  }
  const std::string command = args.front();
  args.erase(args.begin());
  const int status = run(command, args);
  auto& out = wxim_tool::standard_output();
  if (!out.flush()) {
    // A closed pipe is the reader's choice: no message, but not success.
    if (out.error() != EPIPE)
      std::cerr << "wxim: cannot write standard output: " << wxim_tool::system_reason(out.error()) << '\n';
    return 2;
  }
  return status;
}
