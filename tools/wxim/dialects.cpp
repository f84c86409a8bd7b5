// SPDX-License-Identifier: MIT
#include "dialects.hpp"

#include <algorithm>

#include "wxim/detail/tokenize.hpp"

namespace wxim_tool {
namespace {

// How telling an error is when choosing among dialects that all refused a
// frame: one about the frame's content beats "no frame looks like this".
int weight(wxim::errc e) {
  switch (e) {
    case wxim::errc::unknown_frame:
      return 0;
    case wxim::errc::ambiguous_frame:
      return 1;
    default:
      return 2;
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

frame_keys::frame_keys(std::string_view text, const wxim::decode_options& options) {
  using wxim::detail::token;
  wxim::detail::tape t;
  if (wxim::detail::tokenize(text, options, t) || t.empty() || t[0].kind != token::begin_object) return;
  for (std::size_t i = 1; i < t.size() && t[i].kind == token::key; i = wxim::detail::skip_value(t, i + 1)) {
    entry e{std::string(t[i].text), std::nullopt};
    if (i + 1 < t.size() && t[i + 1].kind == token::string_value) e.string_value = std::string(t[i + 1].text);
    keys_.push_back(std::move(e));
  }
}

bool frame_keys::has(std::string_view key) const noexcept {
  for (const auto& e : keys_)
    if (e.key == key) return true;
  return false;
}

std::optional<std::string_view> frame_keys::string_at(std::string_view key) const noexcept {
  for (const auto& e : keys_)
    if (e.key == key && e.string_value) return std::string_view(*e.string_value);
  return std::nullopt;
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
  std::vector<std::pair<const dialect_entry*, wxim::error>> refused;
  std::optional<wxim::error> best;
  for (const auto& d : dialects()) {
    auto r = d.decode(text, dir, options);
    if (r) {
      accepted.push_back(std::move(*r));
    } else {
      if (!best || weight(r.error().code) > weight(best->code)) best = r.error();
      refused.emplace_back(&d, std::move(r).error());
    }
  }
  if (accepted.size() == 1) return std::move(accepted.front());
  if (accepted.size() > 1) {
    std::string names;
    for (const auto& a : accepted) names += (names.empty() ? "" : ", ") + a.dialect;
    return wxim::error{wxim::errc::ambiguous_frame, "", std::nullopt,
                       "the frame is valid in more than one dialect (" + names + "); give --dialect", std::nullopt};
  }
  // Refused by all: report it in the terms of the dialect it was meant for,
  // not of whichever dialect failed most tellingly.
  const frame_keys keys(text, options);
  if (keys.empty()) return std::move(*best);  // not a JSON object: every dialect says the same
  const std::pair<const dialect_entry*, wxim::error>* meant = nullptr;
  claim top;
  bool tied = false;
  for (const auto& r : refused) {
    if (!r.first->claims) continue;
    const claim c = r.first->claims(keys);
    if (c.strength > top.strength) {
      top = c;
      meant = &r;
      tied = false;
    } else if (c.strength > 0 && c.strength == top.strength) {
      tied = true;
    }
  }
  if (!meant && best->code == wxim::errc::unknown_frame) {
    // Keys of no dialect: one dialect's list of what it looks for would
    // wrongly suggest the frame was meant for it.
    return wxim::error{wxim::errc::unknown_frame, "", std::nullopt,
                       "no frame of any dialect looks like this: no cmd or command (jim), payLoad, token or "
                       "streamId (room), ID or conversationID (tim), chatType, contentsType or mid (easemob), or "
                       "string type (wechat_im); give --dialect to see one dialect's reasons",
                       std::nullopt};
  }
  if (!meant || tied) return std::move(*best);
  wxim::error e = meant->second;
  const std::string_view name = meant->first->name;
  const bool vowel = !name.empty() && std::string_view("aeiou").find(name[0]) != std::string_view::npos;
  e.message = std::string(vowel ? "read as an " : "read as a ") + std::string(name) + " frame (it has " +
              std::string(top.reason) + "): " + e.message;
  return e;
}

}  // namespace wxim_tool
