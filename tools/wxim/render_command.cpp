// SPDX-License-Identifier: MIT
// `wxim render`: one conversation as a person sees it.
#include <chrono>
#include <functional>
#include <iostream>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <variant>
#include <vector>

#include "args.hpp"
#include "commands.hpp"
#include "dialects.hpp"
#include "lines.hpp"
#include "wxim/codec/reader.hpp"
#include "wxim/timeline/bubble.hpp"
#include "wxim/timeline/label.hpp"
#include "wxim/timeline/order.hpp"
#include "wxim/timeline/utc_offset.hpp"

namespace wxim_tool {
namespace {

// RFC 3339: 2026-03-01T10:00:00+08:00, 2026-03-01T02:00:00.250Z.
std::optional<wxim::instant> parse_rfc3339(const std::string& s) {
  std::size_t i = 0;
  const auto digits = [&](std::size_t n, int& out) {
    if (i + n > s.size()) return false;
    out = 0;
    for (std::size_t k = 0; k < n; ++k, ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      out = out * 10 + (s[i] - '0');
    }
    return true;
  };
  const auto lit = [&](char c) { return i < s.size() && (s[i] == c || (c == 'T' && s[i] == 't')) && (++i, true); };
  int y, mo, d, h, mi, se, ms = 0;
  if (!digits(4, y) || !lit('-') || !digits(2, mo) || !lit('-') || !digits(2, d) || !lit('T') || !digits(2, h) ||
      !lit(':') || !digits(2, mi) || !lit(':') || !digits(2, se))
    return std::nullopt;
  if (i < s.size() && s[i] == '.') {
    ++i;
    int scale = 100, n = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ms += (s[i++] - '0') * scale, scale /= 10, ++n;
    if (n == 0) return std::nullopt;
  }
  int off = 0;
  if (i < s.size() && (s[i] == 'Z' || s[i] == 'z')) {
    ++i;
  } else if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    const int sign = s[i++] == '-' ? -1 : 1;
    int oh, om;
    if (!digits(2, oh) || !lit(':') || !digits(2, om) || oh > 23 || om > 59) return std::nullopt;
    off = sign * (oh * 60 + om);
  } else {
    return std::nullopt;
  }
  const date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(mo)},
                                 date::day{static_cast<unsigned>(d)}};
  if (i != s.size() || !ymd.ok() || h > 23 || mi > 59 || se > 60) return std::nullopt;
  return wxim::instant{date::sys_days{ymd}} + std::chrono::hours{h} + std::chrono::minutes{mi - off} +
         std::chrono::seconds{se} + std::chrono::milliseconds{ms};
}

// Terminal columns a UTF-8 string takes: East Asian wide characters and
// emoji take two.
std::size_t display_width(std::string_view s) {
  std::size_t w = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::uint32_t cp = c;
    std::size_t n = 1;
    if (c >= 0xF0 && i + 3 < s.size() + 0)
      n = 4, cp = c & 0x07;
    else if (c >= 0xE0)
      n = 3, cp = c & 0x0F;
    else if (c >= 0xC0)
      n = 2, cp = c & 0x1F;
    for (std::size_t k = 1; k < n && i + k < s.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += n;
    if (cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF))
      continue;  // joiners, selectors, skin tones
    const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                      (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                      (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF);
    w += wide ? 2 : 1;
  }
  return w;
}

// What a bubble says: the text, or the kind and what it points at.
std::string bubble_text(const wxim::content& c) {
  return std::visit(
      [](const auto& v) -> std::string {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, wxim::text_content>)
          return v.text;
        else if constexpr (std::is_same_v<T, wxim::image_content>)
          return "[image] " + v.url;
        else if constexpr (std::is_same_v<T, wxim::voice_content>)
          return "[voice" + (v.duration_s ? " " + std::to_string(*v.duration_s) + "s" : std::string()) + "] " + v.url;
        else if constexpr (std::is_same_v<T, wxim::video_content>)
          return "[video] " + v.url;
        else if constexpr (std::is_same_v<T, wxim::file_content>)
          return "[file] " + v.name;
        else if constexpr (std::is_same_v<T, wxim::location_content>)
          return "[location] " + v.description;
        else if constexpr (std::is_same_v<T, wxim::face_content>)
          return "[face " + std::to_string(v.index) + "]";
        else if constexpr (std::is_same_v<T, wxim::custom_content>)
          return v.sub_kind == "closed"
                     ? "会话已关闭"
                     : "[" + (v.sub_kind.empty() ? std::string("custom") : v.sub_kind) + "] " + v.data;
        else
          return "[" + v.kind + "] " + v.raw;
      },
      c);
}

// A recalled message shows that it was recalled, never what it said.
constexpr std::string_view recalled_text = "[recalled]";

std::string shown_text(const wxim::chat_message& m) {
  return m.recalled ? std::string(recalled_text) : bubble_text(m.body);
}

// Applies what frames said about other frames' messages (ids, statuses,
// recalls, reads), in the order they said it, then keeps one copy of each
// message id: the one listed last, still recalled (or read) if any copy was.
// Messages without an id (wechat-im has none) are all kept.
void settle(std::vector<wxim::chat_message>& messages,
            const std::vector<std::function<bool(wxim::chat_message&)>>& updates) {
  for (const auto& apply : updates)
    for (auto& m : messages) apply(m);
  std::unordered_map<std::string, std::size_t> at;
  std::vector<wxim::chat_message> kept;
  kept.reserve(messages.size());
  for (auto& m : messages) {
    if (m.id.empty()) {
      kept.push_back(std::move(m));
      continue;
    }
    const auto [it, fresh] = at.emplace(m.id, kept.size());
    if (fresh) {
      kept.push_back(std::move(m));
      continue;
    }
    wxim::chat_message& earlier = kept[it->second];
    m.recalled = m.recalled || earlier.recalled;
    m.read_by_peer = m.read_by_peer || earlier.read_by_peer;
    earlier = std::move(m);
  }
  messages = std::move(kept);
}

std::string_view status_mark(wxim::send_status s) {
  switch (s) {
    case wxim::send_status::sending:
      return " …";
    case wxim::send_status::failed:
      return " ✗ failed";
    default:
      return "";
  }
}

constexpr std::size_t page_width = 64;

}  // namespace

int run_render(const std::vector<std::string>& args) {
  std::string dialect = "auto", format = "text";
  wxim::label_style style = wxim::label_style::wechat_im;
  std::chrono::minutes offset{8 * 60};
  std::optional<std::string> me, file;
  std::optional<wxim::instant> now;
  const parsed_args parsed =
      parse_args(args, {{"--me"}, {"--now"}, {"--utc-offset"}, {"--style"}, {"--format"}, {"--dialect"}});
  if (parsed.help) return print_help("render");
  if (!parsed.error.empty()) return usage_error(parsed.error, "render");
  for (const auto& [a, v] : parsed.options) {
    if (a == "--me") {
      me = v;
    } else if (a == "--now") {
      now = parse_rfc3339(v);
      if (!now) return usage_error("--now takes an RFC 3339 instant such as 2026-03-01T10:00:00+08:00", "render");
    } else if (a == "--utc-offset") {
      auto o = wxim::parse_utc_offset(v);
      if (!o) return usage_error(o.error().message, "render");
      offset = *o;
    } else if (a == "--style") {
      auto s = wxim::parse_label_style(v);
      if (!s) return usage_error(s.error().message, "render");
      style = *s;
    } else if (a == "--format") {
      format = v;
      if (format != "text" && format != "jsonl") return usage_error("--format takes text or jsonl", "render");
    } else {
      dialect = v;
      if (!is_dialect_name(dialect))
        return usage_error("--dialect takes wechat_im, jim, room, tim, easemob or auto", "render");
      if (dialect != "auto" && !render_messages(dialect))
        return usage_error("render cannot read the " + dialect + " dialect in this build", "render");
    }
  }
  if (parsed.operands.size() > 1) return usage_error("give at most one FILE", "render");
  if (!parsed.operands.empty()) file = parsed.operands.front();
  if (!me || me->empty()) return usage_error("render needs --me USER: whose side of the chat to draw", "render");

  input in;
  if (!open_input(in, file)) return 2;

  render_context ctx;
  ctx.me = *me;
  ctx.now = now.value_or(std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now()));
  ctx.utc_offset = offset;
  wxim::decode_options options;
  // The chat is drawn once every frame is read (they are ordered first), so
  // there is nothing to answer line by line; errors go to standard error at once.
  line_reader lines(in, options.limits.max_frame_bytes);
  line_reader::line line;
  std::size_t n = 0;
  bool all_ok = true;
  std::vector<wxim::chat_message> messages;
  while (lines.next(line)) {
    ++n;
    wxim::result<std::vector<wxim::chat_message>> got = std::vector<wxim::chat_message>{};
    if (line.too_long) {
      got =
          wxim::error{wxim::errc::frame_too_large, "", std::nullopt, "the frame is over the frame limit", std::nullopt};
    } else {
      std::string name = dialect;
      if (name == "auto") {
        auto d = decode_with("auto", line.text, wxim::direction::any, options);
        if (d)
          name = d->dialect;
        else
          got = d.error();
      }
      if (got) {
        const messages_fn fn = render_messages(name);
        if (!fn)
          got = wxim::error{wxim::errc::invalid_argument, "", std::nullopt,
                            "render cannot read the " + name + " dialect in this build", std::nullopt};
        else
          got = fn(line.text, wxim::direction::any, options, ctx);
      }
    }
    if (!got) {
      all_ok = false;
      std::cerr << "wxim: line " << n << ": " << got.error().describe() << '\n';
      continue;
    }
    for (auto& m : *got) {
      if (!ctx.last || m.time > *ctx.last) ctx.last = m.time;
      messages.push_back(std::move(m));
    }
  }
  if (in.error()) return read_error(in);

  settle(messages, ctx.updates);
  wxim::order(messages);
  const auto items = wxim::make_items(std::move(messages));
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto& it = items[i];
    const auto& m = it.message;
    const bool mine = wxim::is_mine(m, ctx.me);
    const std::string label = it.show_time ? wxim::label(m.time, ctx.now, offset, style) : std::string();
    if (format == "jsonl") {
      wxim::writer w(out);
      w.begin_object();
      w.key("index");
      w.unsigned_integer(i);
      w.key("show_time");
      w.boolean(it.show_time);
      if (it.show_time) {
        w.key("label");
        w.string(label);
      }
      w.key("mine");
      w.boolean(mine);
      w.key("author");
      w.string(m.author);
      w.key("kind");
      w.string(to_string(wxim::kind_of(m.body)));
      w.key("text");
      w.string(shown_text(m));
      w.key("timestamp");
      w.integer(wxim::to_unix_ms(m.time));
      w.key("status");
      w.string(to_string(m.status));
      w.key("recalled");
      w.boolean(m.recalled);
      w.end_object();
      out += '\n';
      continue;
    }
    if (it.show_time) {
      const std::string centred = "── " + label + " ──";
      const std::size_t w = display_width(centred);
      out.append(w < page_width ? (page_width - w) / 2 : 0, ' ');
      out += centred;
      out += '\n';
    }
    const auto* custom = std::get_if<wxim::custom_content>(&m.body);
    if (custom && custom->sub_kind == "closed" && !m.recalled) {  // the client draws this as a centred tip
      const std::string tip = "· " + bubble_text(m.body) + " ·";
      const std::size_t w = display_width(tip);
      out.append(w < page_width ? (page_width - w) / 2 : 0, ' ');
      out += tip + '\n';
      continue;
    }
    if (mine) {
      const std::string right = shown_text(m) + " ◂ " + m.author + std::string(status_mark(m.status));
      const std::size_t w = display_width(right);
      out.append(w < page_width ? page_width - w : 0, ' ');
      out += right;
    } else {
      out += m.author + " ▸ " + shown_text(m);
    }
    out += '\n';
  }
  standard_output().write(out);
  return all_ok ? 0 : 1;
}

}  // namespace wxim_tool
