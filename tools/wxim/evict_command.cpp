// SPDX-License-Identifier: MIT
// `wxim evict`: plan which cached files to remove to make room for one more.
#include <charconv>
#include <cstdint>
#include <optional>

#include "args.hpp"
#include "commands.hpp"
#include "wxim/codec/decode.hpp"
#include "wxim/schema/field.hpp"
#include "wxim/storage/eviction.hpp"

namespace wxim {

// The saved-file list as the mini-program file API reports it (times in
// seconds). Declared here, beside its only reader: storage/ stays free of
// JSON.
constexpr auto wxim_schema(schema::tag<saved_file>) {
  using namespace schema;
  return object<saved_file>(field("path", &saved_file::path), field("size", &saved_file::size),
                            field("createTime", &saved_file::create_time),
                            field("lastAccess", &saved_file::last_access));
}

}  // namespace wxim

namespace wxim_tool {
namespace {

bool parse_bytes(const std::string& s, std::int64_t& out) {
  const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size() && out >= 0;
}

int print_failure(const wxim::error& e) {
  std::string out;
  {
    wxim::writer w(out);
    w.begin_object();
    w.key("ok");
    w.boolean(false);
    w.key("error");
    write_error(w, e);
    w.end_object();
  }
  out += '\n';
  standard_output().write(out);
  return 1;
}

}  // namespace

int run_evict(const std::vector<std::string>& args) {
  std::optional<std::int64_t> budget, incoming;
  wxim::eviction_policy policy = wxim::eviction_policy::oldest;
  std::optional<std::string> file;
  const parsed_args parsed = parse_args(args, {{"--budget"}, {"--incoming"}, {"--policy"}});
  if (parsed.help) return print_help("evict");
  if (!parsed.error.empty()) return usage_error(parsed.error, "evict");
  for (const auto& [a, v] : parsed.options) {
    if (a == "--budget" || a == "--incoming") {
      std::int64_t n = 0;
      if (!parse_bytes(v, n)) return usage_error(a + " takes a number of bytes (0 or more)", "evict");
      (a == "--budget" ? budget : incoming) = n;
    } else {
      auto p = wxim::parse_eviction_policy(v);
      if (!p) return usage_error(p.error().message, "evict");
      policy = *p;
    }
  }
  if (parsed.operands.size() > 1) return usage_error("give at most one FILE", "evict");
  if (!parsed.operands.empty()) file = parsed.operands.front();
  if (!budget) return usage_error("evict needs --budget BYTES", "evict");
  if (!incoming) return usage_error("evict needs --incoming BYTES", "evict");

  input in;
  if (!open_input(in, file)) return 2;
  const std::string text = in.read_all();
  if (in.error()) return read_error(in);

  // A saved-file list is one document, not a frame: allow large ones.
  wxim::decode_options options;
  options.limits.max_frame_bytes = std::size_t{1} << 30;
  options.limits.max_array_size = 10'000'000;
  auto files = wxim::decode<std::vector<wxim::saved_file>>(text, options);
  if (!files) return print_failure(files.error());

  wxim::eviction_options eo;
  eo.budget = *budget;
  eo.policy = policy;
  auto plan = wxim::plan_eviction(*files, *incoming, eo);
  if (!plan) return print_failure(plan.error());

  std::string out;
  wxim::writer w(out);
  w.begin_object();
  w.key("ok");
  w.boolean(true);
  w.key("fits");
  w.boolean(plan->fits);
  w.key("remove");
  w.begin_array();
  for (const auto& p : plan->remove) w.string(p);
  w.end_array();
  w.key("freed");
  w.integer(plan->freed);
  w.key("total_after");
  w.integer(plan->total_after);
  w.end_object();
  out += '\n';
  standard_output().write(out);
  return plan->fits ? 0 : 1;
}

}  // namespace wxim_tool
