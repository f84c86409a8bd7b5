// SPDX-License-Identifier: MIT
// `wxim decode` and `wxim roundtrip`.
#include <charconv>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

#include "args.hpp"
#include "commands.hpp"
#include "dialects.hpp"
#include "lines.hpp"
#include "wxim/codec/reader.hpp"

namespace wxim_tool {

void write_error(wxim::writer& w, const wxim::error& e) {
  w.begin_object();
  w.key("code");
  w.string(to_string(e.code));
  w.key("path");
  w.string(e.path);
  w.key("offset");
  if (e.offset)
    w.unsigned_integer(*e.offset);
  else
    w.null();
  w.key("message");
  w.string(e.message);
  if (e.peer_status) {
    w.key("peer_status");
    w.integer(*e.peer_status);
  }
  w.end_object();
}

namespace {

bool parse_size(const std::string& s, std::size_t& out) {
  const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size() && out > 0;
}

}  // namespace

int run_decode(const std::vector<std::string>& args, bool roundtrip) {
  const std::string_view command = roundtrip ? "roundtrip" : "decode";
  const parsed_args parsed = parse_args(args, {{"--dialect"},
                                               {"--direction"},
                                               {"--lenient"},
                                               {"--json-parser"},
                                               {"--max-frame-bytes"},
                                               {"--max-depth"},
                                               {"--max-string-bytes"},
                                               {"--max-array-size"}});
  if (parsed.help) return print_help(command);
  if (!parsed.error.empty()) return usage_error(parsed.error, command);
  std::string dialect = "auto";
  wxim::direction dir = wxim::direction::any;
  wxim::decode_options options;
  for (const auto& [a, v] : parsed.options) {
    if (a == "--dialect") {
      if (!is_dialect_name(v))
        return usage_error("--dialect takes wechat_im, jim, room, tim, easemob or auto", command);
      dialect = v;
    } else if (a == "--direction") {
      if (!wxim::parse_direction(v)) return usage_error("--direction takes c2s, s2c or any", command);
      dir = *wxim::parse_direction(v);
    } else if (a == "--lenient") {
      const auto l = wxim::parse_leniency(v);
      if (!l) return usage_error("unknown leniency \"" + v + "\"", command);
      options.lenient |= *l;
    } else if (a == "--json-parser") {
      if (v != "wxim" && v != "nlohmann") return usage_error("--json-parser takes wxim or nlohmann", command);
      options.parser = v == "wxim" ? wxim::json_parser::wxim_lexer : wxim::json_parser::nlohmann_sax;
    } else {
      std::size_t n = 0;
      if (!parse_size(v, n)) return usage_error(a + " takes a positive integer", command);
      if (a == "--max-frame-bytes")
        options.limits.max_frame_bytes = n;
      else if (a == "--max-depth")
        options.limits.max_depth = n;
      else if (a == "--max-string-bytes")
        options.limits.max_string_bytes = n;
      else
        options.limits.max_array_size = n;
    }
  }
  if (parsed.operands.size() > 1) return usage_error("give at most one FILE", command);
  std::optional<std::string> file;
  if (!parsed.operands.empty()) file = parsed.operands.front();
  if (dialect != "auto") {
    bool known = false;
    for (const auto& d : dialects()) known = known || d.name == dialect;
    if (!known) return usage_error("the dialect \"" + dialect + "\" is not available in this build", command);
  }

  input in;
  if (!open_input(in, file)) return 2;
  output& answers = standard_output();

  // Answers leave as soon as their line is read (see line_reader).
  line_reader lines(in, options.limits.max_frame_bytes, &answers);
  line_reader::line line;
  std::size_t n = 0;
  bool all_ok = true;
  std::string out;
  while (lines.next(line)) {
    ++n;
    out.clear();
    wxim::writer w(out);
    w.begin_object();
    w.key("line");
    w.unsigned_integer(n);
    wxim::result<decoded_frame> r =
        line.too_long ? wxim::result<decoded_frame>(wxim::error{
                            wxim::errc::frame_too_large, "", options.limits.max_frame_bytes,
                            "the frame is " + std::to_string(line.size) + " bytes, over the limit of " +
                                std::to_string(options.limits.max_frame_bytes) + "; raise it with --max-frame-bytes",
                            std::nullopt})
                      : decode_with(dialect, line.text, dir, options);
    w.key("ok");
    w.boolean(r.has_value());
    if (!r) {
      all_ok = false;
      w.key("error");
      write_error(w, r.error());
      w.end_object();
    } else if (!roundtrip) {
      w.key("dialect");
      w.string(r->dialect);
      w.key("direction");
      w.string(to_string(r->dir));
      w.key("kind");
      w.string(r->kind);
      w.key("value");
      w.raw(r->encoded);
      w.end_object();
    } else {
      const auto a = nlohmann::json::parse(line.text, nullptr, false);
      const auto b = nlohmann::json::parse(r->encoded, nullptr, false);
      const bool lossless = !a.is_discarded() && !b.is_discarded() && a == b;
      all_ok = all_ok && lossless;
      w.key("lossless");
      w.boolean(lossless);
      // Always: a script can then check byte-for-byte identity too.
      w.key("encoded");
      w.string(r->encoded);
      w.end_object();
    }
    out += '\n';
    answers.write(out);
    if (answers.failed()) break;  // no one to answer: stop reading (main reports it)
  }
  if (answers.failed()) return 2;
  if (in.error()) return read_error(in);
  return all_ok ? 0 : 1;
}

}  // namespace wxim_tool
