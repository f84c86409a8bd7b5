#include "dialects.hpp"

#include <algorithm>

namespace wxim_tool {
namespace {

// How telling an error is when choosing among dialects that all refused a
// frame: one about the frame's content beats "no frame looks like this".
int weight(wxim::errc e) {
  switch (e) {
    case wxim::errc::unknown_frame: return 0;
    case wxim::errc::ambiguous_frame: return 1;
    default: return 2;
  }
}

std::vector<dialect_entry>& registry() {
  static std::vector<dialect_entry> all;
  return all;
}

}  // namespace

registrar::registrar(dialect_entry e) {
  auto& all = registry();
  all.push_back(e);
  std::sort(all.begin(), all.end(), [](const dialect_entry& a, const dialect_entry& b) {
    return a.order != b.order ? a.order < b.order : a.name < b.name;
  });
}

const std::vector<dialect_entry>& dialects() { return registry(); }

namespace {
std::vector<std::pair<std::string_view, messages_fn>>& render_registry() {
  static std::vector<std::pair<std::string_view, messages_fn>> all;
  return all;
}
}  // namespace

render_registrar::render_registrar(std::string_view dialect, messages_fn fn) {
  render_registry().emplace_back(dialect, fn);
}

messages_fn render_messages(std::string_view dialect) {
  for (const auto& [name, fn] : render_registry())
    if (name == dialect) return fn;
  return nullptr;
}

bool is_dialect_name(std::string_view name) {
  for (std::string_view n : {"wechat_im", "jim", "room", "tim", "easemob", "auto"})
    if (n == name) return true;
  return false;
}

wxim::result<decoded_frame> decode_with(std::string_view dialect, std::string_view text, wxim::direction dir,
                                        const wxim::decode_options& options) {
  if (dialect != "auto") {
    for (const auto& d : dialects())
      if (d.name == dialect) return d.decode(text, dir, options);
    return wxim::error{wxim::errc::invalid_argument, "", std::nullopt,
                       "unknown dialect \"" + std::string(dialect) + "\"", std::nullopt};
  }
  std::vector<decoded_frame> accepted;
  std::optional<wxim::error> best;
  for (const auto& d : dialects()) {
    auto r = d.decode(text, dir, options);
    if (r) {
      accepted.push_back(std::move(*r));
    } else if (!best || weight(r.error().code) > weight(best->code)) {
      best = r.error();
    }
  }
  if (accepted.size() == 1) return std::move(accepted.front());
  if (accepted.size() > 1) {
    std::string names;
    for (const auto& a : accepted) names += (names.empty() ? "" : ", ") + a.dialect;
    return wxim::error{wxim::errc::ambiguous_frame, "", std::nullopt,
                       "the frame is valid in more than one dialect (" + names + "); give --dialect", std::nullopt};
  }
  return std::move(*best);
}

}  // namespace wxim_tool
