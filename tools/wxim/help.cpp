// SPDX-License-Identifier: MIT
// `wxim --help` and `wxim COMMAND --help`. Each command's options are written
// once here and appear in both, so the two cannot disagree.
#include <string>
#include <string_view>

#include "commands.hpp"

namespace wxim_tool {
namespace {

constexpr std::string_view decode_options =
    R"(  --dialect D       wechat_im, jim, room, tim, easemob or auto (default auto)
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
)";

constexpr std::string_view decode_notes = R"(With --dialect auto every dialect tries each frame. A frame none accepts is
reported by the dialect whose keys it has, its message starting "read as a
room frame (it has ...): ". The keys: cmd or command, jim; payLoad, token or
streamId, room; ID or conversationID, tim; chatType, contentsType, mid and
other keys of its own, easemob; a string type, wechat_im. A frame with none
of them is unknown_frame.
)";

constexpr std::string_view render_options = R"(  --me USER         whose side of the chat to draw (required)
  --now TIME        RFC 3339 instant labels compare days with (default: now)
  --utc-offset X    the viewer's offset, +08:00 by default; also how local
                    times on the wire (room createdat, Easemob records) read
  --style S         wechat-im (default), wechat-im-compat, wechat, room, en
  --format F        text (default: bubbles for people) or jsonl (one object
                    per message: index, show_time, label, mine, author, kind,
                    text, timestamp, status, recalled)
  --dialect D       wechat_im, jim, room, tim, easemob or auto (default auto:
                    each frame's own)
)";

constexpr std::string_view render_notes = R"(A recalled message reads "[recalled]", never its old text. A message listed
again under the same id (a history page, a revoke event) is drawn once. The
chat is drawn once every frame is read (frames are ordered first); a frame
that cannot be read is reported on standard error at once, with its line.
)";

constexpr std::string_view evict_options = R"(  --budget BYTES    the cache's size limit (required)
  --incoming BYTES  the size of the file to be saved (required)
  --policy P        oldest (default: by createTime) or lru (by lastAccess,
                    else createTime)
)";

constexpr std::string_view evict_notes = R"(Input: one JSON array [{"path":"…","size":N,"createTime":S,"lastAccess":S?},
…], times in seconds. Output: one object,
{"ok":true,"fits":…,"remove":[…],"freed":N,"total_after":N} or
{"ok":false,"error":{…}} (too_large when the incoming file alone exceeds the
budget).
)";

constexpr std::string_view help_option = "  -h, --help        print this help\n";

constexpr std::string_view common_options = R"(  -h, --help        print this help
  --                end the options: later arguments are operands (a FILE
                    named "-x": -- -x)
)";

constexpr std::string_view option_syntax =
    R"(An option taking a value takes it as the next argument or after "=":
"--NAME VALUE" or "--NAME=VALUE". "--" ends the options.
)";

constexpr std::string_view per_frame = "output, one line per frame (N counts from 1):\n";

constexpr std::string_view decode_output =
    R"(  {"line":N,"ok":true,"dialect":"…","direction":"c2s","kind":"…","value":{…}}
  {"line":N,"ok":false,"error":{"code":"…","path":"/…","offset":N|null,"message":"…"}}
)";

constexpr std::string_view roundtrip_output = R"(  {"line":N,"ok":true,"lossless":true,"encoded":"…"}
  {"line":N,"ok":true,"lossless":false,"encoded":"…"}
  {"line":N,"ok":false,"error":{…}}
)";

constexpr std::string_view streaming =
    R"(Each frame's line is written, and flushed, as soon as the frame's line is
read, so `tail -f frames.jsonl | wxim decode` answers every frame at once.
)";

constexpr std::string_view exit_status =
    R"(exit status: 0 every frame passed; 1 at least one frame failed (the others
are still processed); 2 usage error, unreadable input or unwritable output.
)";

constexpr std::string_view roundtrip_exit_status =
    R"(exit status: 0 every frame passed and was lossless; 1 at least one frame
failed or was not lossless (the others are still processed); 2 usage error,
unreadable input or unwritable output.
)";

constexpr std::string_view io_errors =
    R"(A file that cannot be read or output that cannot be written is reported on
standard error with the file and the system's reason ("wxim: cannot read
frames.jsonl: No such file or directory"); the tool then stops. A reader that
closes the pipe early (| head -1) ends the tool quietly, with status 2.
)";

std::string join(std::initializer_list<std::string_view> parts) {
  std::string s;
  for (auto p : parts) s += p;
  return s;
}

}  // namespace

std::string global_help() {
  return join({R"(usage: wxim <command> [options] [FILE]
       wxim <command> --help   one command's usage and every option it takes

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

)",
               option_syntax,
               "\noptions of decode and roundtrip:\n",
               decode_options,
               "\n",
               decode_notes,
               "\noptions of render (every dialect: wechat_im, jim, room, tim, easemob):\n",
               render_options,
               "\n",
               render_notes,
               "\noptions of evict:\n",
               evict_options,
               "\n",
               evict_notes,
               "\noptions of every command:\n",
               common_options,
               "\n",
               "output of decode (N counts from 1):\n",
               decode_output,
               "output of roundtrip:\n",
               roundtrip_output,
               "\n",
               streaming,
               "\n",
               exit_status,
               io_errors});
}

std::optional<std::string> command_help(std::string_view command) {
  if (command == "version")
    return join({R"~(usage: wxim version

Prints "wxim <semver> (nlohmann/json X.Y.Z, date X.Y.Z)": wxim's version and
the versions of nlohmann/json and date it was built with. Takes no arguments.

options:
)~",
                 help_option});
  if (command == "decode")
    return join({R"(usage: wxim decode [options] [FILE]

Decodes each frame (one per line of FILE, or of standard input when FILE is
"-" or absent) and prints its dialect, direction, kind and the frame as wxim
writes it back.

options:
)",
                 decode_options, common_options, "\n", decode_notes, "\n", option_syntax, "\n", per_frame,
                 decode_output, "\n", streaming, "\n", exit_status, io_errors});
  if (command == "roundtrip")
    return join({R"(usage: wxim roundtrip [options] [FILE]

Decodes each frame (one per line of FILE, or of standard input when FILE is
"-" or absent), encodes it back and compares the result with the input as
JSON values (key order and number spelling do not matter; absent versus
null does). "encoded" is always there, so a script can also check byte for
byte identity.

options:
)",
                 decode_options, common_options, "\n", decode_notes, "\n", option_syntax, "\n", per_frame,
                 roundtrip_output, "\n", streaming, "\n", roundtrip_exit_status, io_errors});
  if (command == "render")
    return join({R"(usage: wxim render --me USER [options] [FILE]

Reads the frames of one conversation (as the client received them, or stored
history; one per line of FILE, or of standard input when FILE is "-" or
absent), orders them, applies the 5-minute time-bubble rule and labels, and
prints the chat as a person would see it.

options:
)",
                 render_options, common_options, "\n", render_notes, "\n", option_syntax, R"(
exit status: 0 every frame was read; 1 a frame could not be read (the chat
is drawn from the rest); 2 usage error, unreadable input or unwritable output.
)",
                 io_errors});
  if (command == "evict")
    return join({R"(usage: wxim evict --budget BYTES --incoming BYTES [--policy oldest|lru] [FILE]

Plans which cached files to remove so that the kept files plus the incoming
one fit within the budget: the fewest, in policy order; none when they
already fit. It removes nothing itself.

options:
)",
                 evict_options, common_options, "\n", evict_notes, "\n", option_syntax, R"(
exit status: 0 a plan; 1 an error object; 2 usage error, unreadable input or
unwritable output.
)",
                 io_errors});
  return std::nullopt;
}

}  // namespace wxim_tool
