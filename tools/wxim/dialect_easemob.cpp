// SPDX-License-Identifier: MIT
// The wxim tool's entry for the Easemob dialect (SDK message bodies, callbacks, conversation
// items and pages, the demo's stored records).
#include <type_traits>
#include <utility>

#include "dialects.hpp"
#include "wxim/dialect/easemob/mapping.hpp"
#include "wxim/dialect/easemob/object.hpp"

namespace wxim_tool {
namespace {

// Easemob objects read the same whichever way they travel: a direction given on the command
// line is reported as given; without one, the object's own keys decide (direction_of).
wxim::result<decoded_frame> decode_easemob(std::string_view text, wxim::direction dir,
                                           const wxim::decode_options& options) {
  auto o = wxim::easemob::decode_object(text, dir, options);
  if (!o) return std::move(o).error();
  const auto kind = wxim::easemob::kind_of(*o);
  const auto reported = dir != wxim::direction::any ? dir : wxim::easemob::direction_of(*o);
  return decoded_frame{"easemob", reported, std::string(to_string(kind)), wxim::easemob::encode(*o)};
}

// Keys only Easemob objects have; a body's type ("txt", "img", ...) only with a body's ids.
claim claims_easemob(const frame_keys& k) {
  static constexpr std::pair<std::string_view, std::string_view> own[] = {
      {"contentsType", "\"contentsType\""},         {"chatType", "\"chatType\""},
      {"conversationType", "\"conversationType\""}, {"channel_id", "\"channel_id\""},
      {"channel_infos", "\"channel_infos\""},       {"localMsgId", "\"localMsgId\""},
      {"serverMsgId", "\"serverMsgId\""},           {"mid", "\"mid\""}};
  for (const auto& [key, reason] : own)
    if (k.has(key)) return {3, reason};
  if (k.has("info") && k.has("msg")) return {3, "\"info\" and \"msg\""};
  if (const auto type = k.string_at("type"))
    if (wxim::easemob::parse_message_type(*type) != wxim::easemob::message_type::unknown &&
        (k.has("id") || k.has("from") || k.has("to")))
      return {3, "an Easemob body type with \"id\", \"from\" or \"to\""};
  if (k.has("conversationId")) return {1, "\"conversationId\""};
  if (k.has("messages")) return {1, "\"messages\""};
  return {};
}

// What each object says of the conversation, seen by --me:
// - a body with content is one message (cmd and the acks carry none); a legacy callback too;
// - a history page is each of its bodies with content; a conversation item or channel info its
//   latest message; a demo record one message, its local time read at --utc-offset;
// - a send result is its message (under the server id) and makes the pending message with the
//   local id that one, sent; a server ack does the same by {id, mid};
// - a recall, a read ack or a channel ack applies to the messages it names (the mapping's
//   apply_recall, apply_read_ack, apply_channel_ack), wherever they are listed.
wxim::result<std::vector<wxim::chat_message>> messages_easemob(std::string_view text, wxim::direction dir,
                                                               const wxim::decode_options& options,
                                                               render_context& ctx) {
  namespace em = wxim::easemob;
  auto o = em::decode_object(text, dir, options);
  if (!o) return std::move(o).error();
  std::vector<wxim::chat_message> out;
  const auto body = [&](const em::message& m) {
    if (auto c = em::to_message(m, ctx.me)) out.push_back(std::move(*c));
  };
  std::optional<wxim::error> failed;
  std::visit(
      [&](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_base_of_v<em::message_common, T> && !std::is_same_v<T, em::command_message>) {
          out.push_back(em::to_message(v, ctx.me));
        } else if constexpr (std::is_same_v<T, em::legacy_message>) {
          out.push_back(em::to_message(v, ctx.me));
        } else if constexpr (std::is_same_v<T, em::history_page>) {
          for (const auto& m : v.messages) body(m);
        } else if constexpr (std::is_same_v<T, em::conversation_item>) {
          if (auto latest = em::to_conversation(v, ctx.me).latest) out.push_back(std::move(*latest));
        } else if constexpr (std::is_same_v<T, em::channel_info>) {
          auto c = em::to_conversation(v, ctx.me);
          if (c && c->latest) out.push_back(std::move(*c->latest));
        } else if constexpr (std::is_same_v<T, em::stored_message>) {
          auto m = em::to_message(v, ctx.utc_offset);
          if (m)
            out.push_back(std::move(*m));
          else
            failed = std::move(m).error();
        } else if constexpr (std::is_same_v<T, em::send_result>) {
          ctx.updates.push_back([r = v](wxim::chat_message& m) { return em::apply_send_result(m, r); });
          if (v.message)
            if (auto m = em::to_message(v, ctx.me)) out.push_back(std::move(*m));
        } else if constexpr (std::is_same_v<T, em::server_ack>) {
          ctx.updates.push_back([a = v](wxim::chat_message& m) { return em::apply_server_ack(m, a); });
        } else if constexpr (std::is_same_v<T, em::recall_event>) {
          ctx.updates.push_back([r = v](wxim::chat_message& m) { return em::apply_recall(m, r); });
        } else if constexpr (std::is_same_v<T, em::read_ack>) {
          ctx.updates.push_back([a = v](wxim::chat_message& m) { return em::apply_read_ack(m, a); });
        } else if constexpr (std::is_same_v<T, em::channel_ack>) {
          ctx.updates.push_back(
              [a = v, me = ctx.me](wxim::chat_message& m) { return em::apply_channel_ack(m, a, me); });
        }
      },
      *o);
  if (failed) return std::move(*failed);
  for (const auto& m : out) {
    const std::string& peer = wxim::conversation_peer(m, ctx.me);
    if (!peer.empty() && peer != ctx.me) ctx.peer = peer;
  }
  return out;
}

const registrar reg{{"easemob", &decode_easemob, 50, &claims_easemob}};
const render_registrar render_reg{"easemob", &messages_easemob};

}  // namespace
}  // namespace wxim_tool
