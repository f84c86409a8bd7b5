// wxim: the command-line face of the library. See `wxim --help` and
// docs/cli.md; the interface is stable, scripts depend on it.
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "wxim/version.hpp"

namespace {

constexpr std::string_view usage = R"(usage: wxim <command> [options] [FILE]

Reads frames as JSON Lines (one frame's text per line) from FILE, or from
standard input when FILE is "-" or absent, and writes one JSON object per
frame to standard output. Diagnostics go to standard error.

commands:
  version                     print wxim's version and the versions of
                              nlohmann/json and date it was built with
  decode [options] [FILE]     decode each frame; print its dialect, direction,
                              kind and the frame as wxim writes it back
  roundtrip [options] [FILE]  decode and re-encode each frame; report whether
                              the result is JSON-equal to the input
  render --me USER [options] [FILE]
                              print one conversation as a person sees it
  evict --budget BYTES --incoming BYTES [--policy oldest|lru] [FILE]
                              plan which cached files to remove

options of decode and roundtrip:
  --dialect D       wechat_im, jim, room, tim, easemob or auto (default auto)
  --direction X     c2s, s2c or any (default any: decided from the frame)
  --lenient NAME    turn on one tolerance of a real peer (repeatable):
                      numeric-strings        "1" where an integer is expected
                      case-insensitive-keys  keys match ignoring case and '_'
                      duplicate-keys         a repeated key: the last one wins
                      any-content            any JSON as a wechat-im content
                      loose-duration         a wechat-im duration that is a
                                             string, negative or fractional
  --json-parser P   wxim (default: wxim's own strict lexer) or nlohmann (its
                    SAX parser, the reference); both accept the same texts
  --max-frame-bytes N, --max-depth N, --max-string-bytes N, --max-array-size N
                    change a decoding limit (defaults 1048576, 64, 1048576,
                    100000)

  With --dialect auto every dialect tries each frame. A frame none accepts is
  reported by the dialect whose keys it has, its message starting "read as a
  room frame (it has ...): ". The keys: cmd or command, jim; payLoad, token or
  streamId, room; ID or conversationID, tim; chatType, contentsType, mid and
  other keys of its own, easemob; a string type, wechat_im. A frame with none
  of them is unknown_frame.

options of render (every dialect: wechat_im, jim, room, tim, easemob):
  --me USER         whose side of the chat to draw (required)
  --now TIME        RFC 3339 instant labels compare days with (default: now)
  --utc-offset X    the viewer's offset, +08:00 by default; also how local
                    times on the wire (room createdat, Easemob records) read
  --style S         wechat-im (default), wechat-im-compat, wechat, room, en
  --format F        text (default: bubbles for people) or jsonl (one object
                    per message: index, show_time, label, mine, author, kind,
                    text, timestamp, status, recalled)
  --dialect D       as for decode (default auto)
  A recalled message reads "[recalled]", never its old text. A message listed
  again under the same id (a history page, a revoke event) is drawn once.

output of decode, one line per frame (N counts from 1):
  {"line":N,"ok":true,"dialect":"…","direction":"c2s","kind":"…","value":{…}}
  {"line":N,"ok":false,"error":{"code":"…","path":"/…","offset":N|null,"message":"…"}}
output of roundtrip:
  {"line":N,"ok":true,"lossless":true}
  {"line":N,"ok":true,"lossless":false,"encoded":"…"}
  {"line":N,"ok":false,"error":{…}}

exit status: 0 every frame passed; 1 at least one frame failed (the others
are still processed); 2 usage error or unreadable input.
)";

}  // namespace

namespace wxim_tool {

int usage_error(const std::string& message) {
  std::cerr << "wxim: " << message << "\n(run `wxim --help` for usage)\n";
  return 2;
}

std::istream* open_input(const std::optional<std::string>& file, std::ifstream& storage) {
  if (!file || *file == "-") return &std::cin;
  storage.open(*file, std::ios::binary);
  if (!storage) return nullptr;
  return &storage;
}

}  // namespace wxim_tool

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << usage;
    return 2;
  }
  const std::string command = args.front();
  args.erase(args.begin());
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << usage;
    return 0;
  }
  for (const auto& a : args)
    if (a == "--help" || a == "-h") {
      std::cout << usage;
      return 0;
    }
  if (command == "version" || command == "--version") {
    if (!args.empty()) return wxim_tool::usage_error("version takes no arguments");
    std::cout << "wxim " << wxim::version_string << " (nlohmann/json " << NLOHMANN_JSON_VERSION_MAJOR << '.'
              << NLOHMANN_JSON_VERSION_MINOR << '.' << NLOHMANN_JSON_VERSION_PATCH << ", date " << WXIM_DATE_VERSION
              << ")\n";
    return 0;
  }
  if (command == "decode") return wxim_tool::run_decode(args, false);
  if (command == "roundtrip") return wxim_tool::run_decode(args, true);
  if (command == "render") return wxim_tool::run_render(args);
  if (command == "evict") return wxim_tool::run_evict(args);
  return wxim_tool::usage_error("unknown command \"" + command + "\"");
}
