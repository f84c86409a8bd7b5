// SPDX-License-Identifier: MIT
// The wxim tool's entry for the jim dialect (J-IM 2.x).
#include "dialects.hpp"
#include "wxim/dialect/jim/frame.hpp"
#include "wxim/dialect/jim/mapping.hpp"

namespace wxim_tool {
namespace {

wxim::result<decoded_frame> decode_jim(std::string_view text, wxim::direction dir,
                                       const wxim::decode_options& options) {
  auto f = wxim::jim::decode_frame(text, dir, options);
  if (!f) return std::move(f).error();
  const auto kind = wxim::jim::kind_of(*f);
  return decoded_frame{"jim", wxim::jim::direction_of(kind), std::string(to_string(kind)), wxim::jim::encode(*f)};
}

// Every J-IM frame names its command; no other dialect has either key.
claim claims_jim(const frame_keys& k) {
  if (k.has("cmd")) return {5, "\"cmd\""};
  if (k.has("command")) return {5, "\"command\""};
  return {};
}

// A client's chat (cmd 11) and a server's push (command 11) are one message
// each; a get-message reply (command 20) is every stored message, friends'
// and groups'. A chat body without createTime (the server fills it in) is
// placed at the latest message's time. The peer is the other party of the
// messages, or the friend or group a get-message request of --me asks about.
wxim::result<std::vector<wxim::chat_message>> messages_jim(std::string_view text, wxim::direction dir,
                                                           const wxim::decode_options& options, render_context& ctx) {
  namespace jim = wxim::jim;
  auto f = jim::decode_frame(text, dir, options);
  if (!f) return std::move(f).error();
  const wxim::instant fallback = ctx.last.value_or(ctx.now);
  std::vector<wxim::chat_message> out;
  if (const auto* body = std::get_if<jim::chat_body>(&*f)) {
    out.push_back(jim::to_message(*body, fallback));
  } else if (const auto* push = std::get_if<jim::chat_push>(&*f)) {
    out.push_back(jim::to_message(push->data, fallback));
  } else if (const auto* reply = std::get_if<jim::get_message_reply>(&*f)) {
    if (reply->data) {
      for (const auto* lists : {&reply->data->friends, &reply->data->groups})
        for (const auto& [id, bodies] : *lists)
          for (const auto& b : bodies) out.push_back(jim::to_message(b, fallback));
    }
  } else if (const auto* ask = std::get_if<jim::get_message_request>(&*f)) {
    if (ask->user_id == ctx.me) {
      if (ask->group_id && !ask->group_id->empty())
        ctx.peer = *ask->group_id;
      else if (ask->from_user_id && !ask->from_user_id->empty())
        ctx.peer = *ask->from_user_id;
    }
  }
  for (const auto& m : out) {
    const std::string& peer = wxim::conversation_peer(m, ctx.me);
    if (!peer.empty() && peer != ctx.me) ctx.peer = peer;
  }
  return out;
}

const registrar reg{{"jim", &decode_jim, 20, &claims_jim}};
const render_registrar render_reg{"jim", &messages_jim};

}  // namespace
}  // namespace wxim_tool
