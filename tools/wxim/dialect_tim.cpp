// SPDX-License-Identifier: MIT
// The wxim tool's entry for the tim dialect (Tencent Cloud IM message, conversation and event
// objects). A message reports the direction of its flow: s2c for "in", c2s for "out"; a
// conversation or an event reports any.
#include "dialects.hpp"
#include "wxim/dialect/tim/mapping.hpp"
#include "wxim/dialect/tim/object.hpp"

namespace wxim_tool {
namespace {

wxim::result<decoded_frame> decode_tim(std::string_view text, wxim::direction dir,
                                       const wxim::decode_options& options) {
  auto o = wxim::tim::decode_object(text, dir, options);
  if (!o) return std::move(o).error();
  return decoded_frame{"tim", wxim::tim::direction_of(*o), std::string(to_string(wxim::tim::kind_of(*o))),
                       wxim::tim::encode(*o)};
}

// A message's ID, a conversation's conversationID and the element types
// ("TIMTextElem", ...) are TIM's alone; an event's name is not.
claim claims_tim(const frame_keys& k) {
  if (k.has("ID")) return {4, "\"ID\""};
  if (k.has("conversationID")) return {4, "\"conversationID\""};
  if (const auto type = k.string_at("type"); type && type->substr(0, 3) == "TIM")
    return {4, "a \"type\" naming a TIM element"};
  if (k.string_at("name")) return {1, "a string \"name\""};
  return {};
}

// A message is one model message; a message event is each of its messages; a conversation is
// its latest message (seen by --me); other events carry none. The peer is the conversation's.
wxim::result<std::vector<wxim::chat_message>> messages_tim(std::string_view text, wxim::direction dir,
                                                           const wxim::decode_options& options, render_context& ctx) {
  namespace tim = wxim::tim;
  auto o = tim::decode_object(text, dir, options);
  if (!o) return std::move(o).error();
  std::vector<wxim::chat_message> out;
  if (const auto* m = std::get_if<tim::message>(&*o)) {
    out.push_back(tim::to_message(*m));
  } else if (const auto* e = std::get_if<tim::event>(&*o)) {
    out = tim::to_messages(*e);
  } else if (const auto* c = std::get_if<tim::conversation>(&*o)) {
    auto conv = tim::to_conversation(*c, ctx.me);
    if (conv.latest) out.push_back(std::move(*conv.latest));
  }
  for (const auto& m : out) {
    const std::string& peer = wxim::conversation_peer(m, ctx.me);
    if (!peer.empty() && peer != ctx.me) ctx.peer = peer;
  }
  return out;
}

const registrar reg{{"tim", &decode_tim, 40, &claims_tim}};
const render_registrar render_reg{"tim", &messages_tim};

}  // namespace
}  // namespace wxim_tool
