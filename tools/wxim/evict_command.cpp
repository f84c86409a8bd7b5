// `wxim evict`: plan which cached files to remove to make room for one more.
#include <charconv>
#include <iostream>
#include <iterator>
#include <sstream>

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
  std::cout << out;
  return 1;
}

}  // namespace

int run_evict(const std::vector<std::string>& args) {
  std::optional<std::int64_t> budget, incoming;
  wxim::eviction_policy policy = wxim::eviction_policy::oldest;
  std::optional<std::string> file;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const bool has_value = i + 1 < args.size();
    if (a == "--budget" || a == "--incoming") {
      std::int64_t n = 0;
      if (!has_value || !parse_bytes(args[i + 1], n)) return usage_error(a + " takes a number of bytes (0 or more)");
      (a == "--budget" ? budget : incoming) = n;
      ++i;
    } else if (a == "--policy") {
      if (!has_value) return usage_error("--policy takes oldest or lru");
      auto p = wxim::parse_eviction_policy(args[++i]);
      if (!p) return usage_error(p.error().message);
      policy = *p;
    } else if (a.size() > 1 && a[0] == '-') {
      return usage_error("unknown option \"" + a + "\"");
    } else if (file) {
      return usage_error("give at most one FILE");
    } else {
      file = a;
    }
  }
  if (!budget) return usage_error("evict needs --budget BYTES");
  if (!incoming) return usage_error("evict needs --incoming BYTES");

  std::ifstream storage;
  std::istream* in = open_input(file, storage);
  if (!in) {
    std::cerr << "wxim: cannot read " << *file << '\n';
    return 2;
  }
  const std::string text((std::istreambuf_iterator<char>(*in)), std::istreambuf_iterator<char>());
  if (in->bad()) {
    std::cerr << "wxim: error reading input\n";
    return 2;
  }

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
  std::cout << out;
  return plan->fits ? 0 : 1;
}

}  // namespace wxim_tool
