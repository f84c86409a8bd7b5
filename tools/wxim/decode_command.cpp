// `wxim decode` and `wxim roundtrip`.
#include <charconv>
#include <iostream>

#include <nlohmann/json.hpp>

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
  if (e.offset) w.unsigned_integer(*e.offset);
  else w.null();
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
  std::string dialect = "auto";
  wxim::direction dir = wxim::direction::any;
  wxim::decode_options options;
  std::optional<std::string> file;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const auto value = [&](std::string& out) {
      if (i + 1 >= args.size()) return false;
      out = args[++i];
      return true;
    };
    std::string v;
    if (a == "--dialect") {
      if (!value(v) || !is_dialect_name(v)) return usage_error("--dialect takes wechat_im, jim, room, tim, easemob or auto");
      dialect = v;
    } else if (a == "--direction") {
      if (!value(v) || !wxim::parse_direction(v)) return usage_error("--direction takes c2s, s2c or any");
      dir = *wxim::parse_direction(v);
    } else if (a == "--lenient") {
      if (!value(v)) return usage_error("--lenient takes a name");
      const auto l = wxim::parse_leniency(v);
      if (!l) return usage_error("unknown leniency \"" + v + "\"");
      options.lenient |= *l;
    } else if (a == "--json-parser") {
      if (!value(v) || (v != "wxim" && v != "nlohmann")) return usage_error("--json-parser takes wxim or nlohmann");
      options.parser = v == "wxim" ? wxim::json_parser::wxim_lexer : wxim::json_parser::nlohmann_sax;
    } else if (a == "--max-frame-bytes" || a == "--max-depth" || a == "--max-string-bytes" ||
               a == "--max-array-size") {
      std::size_t n = 0;
      if (!value(v) || !parse_size(v, n)) return usage_error(a + " takes a positive integer");
      if (a == "--max-frame-bytes") options.limits.max_frame_bytes = n;
      else if (a == "--max-depth") options.limits.max_depth = n;
      else if (a == "--max-string-bytes") options.limits.max_string_bytes = n;
      else options.limits.max_array_size = n;
    } else if (a.size() > 1 && a[0] == '-' ) {
      return usage_error("unknown option \"" + a + "\"");
    } else if (file) {
      return usage_error("give at most one FILE");
    } else {
      file = a;
    }
  }
  if (dialect != "auto") {
    bool known = false;
    for (const auto& d : dialects()) known = known || d.name == dialect;
    if (!known) return usage_error("the dialect \"" + dialect + "\" is not available in this build");
  }

  std::ifstream storage;
  std::istream* in = open_input(file, storage);
  if (!in) {
    std::cerr << "wxim: cannot read " << *file << '\n';
    return 2;
  }

  line_reader lines(*in, options.limits.max_frame_bytes);
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
    std::cout << out;
  }
  std::cout.flush();
  if (in->bad()) {
    std::cerr << "wxim: error reading input\n";
    return 2;
  }
  return all_ok ? 0 : 1;
}

}  // namespace wxim_tool
