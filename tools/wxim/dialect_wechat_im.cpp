// SPDX-License-Identifier: MIT
// The wxim tool's entry for the wechat-im dialect.
#include "dialects.hpp"
#include "wxim/dialect/wechat_im/frame.hpp"
#include "wxim/dialect/wechat_im/mapping.hpp"

namespace wxim_tool {
namespace {

wxim::result<decoded_frame> decode_wechat_im(std::string_view text, wxim::direction dir,
                                             const wxim::decode_options& options) {
  auto f = wxim::wechat_im::decode_frame(text, dir, options);
  if (!f) return std::move(f).error();
  const auto kind = wxim::wechat_im::kind_of(*f);
  return decoded_frame{"wechat_im", wxim::wechat_im::direction_of(kind), std::string(to_string(kind)),
                       wxim::wechat_im::encode(*f)};
}

// Every wechat-im frame but a bare forward has a string `type`, and the ids
// of its messages are spelled its own way (msgUserId, friendId, userInfo).
claim claims_wechat_im(const frame_keys& k) {
  if (k.string_at("type")) return {2, "a string \"type\""};
  if (k.has("msgUserId")) return {2, "\"msgUserId\""};
  if (k.has("friendId")) return {2, "\"friendId\""};
  if (k.has("userInfo")) return {2, "\"userInfo\""};
  return {};
}

// A history item names its author and recipient; a forward names neither and
// belongs to the open chat (the peer learned so far); a client chat frame has
// no time on the wire and is placed at the latest message's time.
wxim::result<std::vector<wxim::chat_message>> messages_wechat_im(std::string_view text, wxim::direction dir,
                                                                 const wxim::decode_options& options,
                                                                 render_context& ctx) {
  namespace wi = wxim::wechat_im;
  auto f = wi::decode_frame(text, dir, options);
  if (!f) return std::move(f).error();
  std::vector<wxim::chat_message> out;
  if (const auto* h = std::get_if<wi::get_history_request>(&*f)) {
    if (h->user_id == ctx.me) ctx.peer = h->friend_id;
  } else if (const auto* item = std::get_if<wi::history_item_frame>(&*f)) {
    out.push_back(wi::to_message(*item));
    const auto& m = out.back();
    if (m.author != ctx.me)
      ctx.peer = m.author;
    else if (m.recipient != ctx.me)
      ctx.peer = m.recipient;
  } else if (const auto* fwd = std::get_if<wi::forward_frame>(&*f)) {
    if (ctx.peer.empty())
      return wxim::error{wxim::errc::invalid_argument, "", std::nullopt,
                         "a live forward names no sender, and no earlier frame said whose chat this is; put the "
                         "get-history request or a history item first",
                         std::nullopt};
    out.push_back(wi::to_message(*fwd, ctx.peer, ctx.me));
  } else if (const auto* chat = std::get_if<wi::chat_frame>(&*f)) {
    out.push_back(wi::to_message(*chat, ctx.last.value_or(ctx.now)));
    if (chat->user_id == ctx.me) ctx.peer = chat->friend_id;
  }
  return out;
}

const registrar reg{{"wechat_im", &decode_wechat_im, 10, &claims_wechat_im}};
const render_registrar render_reg{"wechat_im", &messages_wechat_im};

}  // namespace
}  // namespace wxim_tool
