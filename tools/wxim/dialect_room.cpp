// SPDX-License-Identifier: MIT
// The wxim tool's entry for the token/payLoad chatroom dialect.
#include "dialects.hpp"
#include "wxim/dialect/room/frame.hpp"
#include "wxim/dialect/room/mapping.hpp"

namespace wxim_tool {
namespace {

wxim::result<decoded_frame> decode_room(std::string_view text, wxim::direction dir,
                                        const wxim::decode_options& options) {
  auto f = wxim::room::decode_frame(text, dir, options);
  if (!f) return std::move(f).error();
  const auto kind = wxim::room::kind_of(*f);
  return decoded_frame{"room", wxim::room::direction_of(kind), std::string(to_string(kind)), wxim::room::encode(*f)};
}

// The socket envelope's payLoad and token, and the question's streamId, are
// the room's alone; a reply's code and data are shared with other dialects.
claim claims_room(const frame_keys& k) {
  if (k.has("payLoad")) return {4, "\"payLoad\""};
  if (k.has("token")) return {4, "\"token\""};
  if (k.has("streamId")) return {4, "\"streamId\""};
  if (k.has("code")) return {1, "\"code\""};
  if (k.has("data")) return {1, "\"data\""};
  return {};
}

// A send (type 2) is one message in its payLoad's topic; a delivered record
// (code 200) one message in the room joined (a join, type 3, or an earlier
// send names it); a history body every record in it. A record's createdat is
// local time to the minute, read at --utc-offset; one that cannot be read
// fails the frame.
wxim::result<std::vector<wxim::chat_message>> messages_room(std::string_view text, wxim::direction dir,
                                                            const wxim::decode_options& options, render_context& ctx) {
  namespace room = wxim::room;
  auto f = room::decode_frame(text, dir, options);
  if (!f) return std::move(f).error();
  std::vector<wxim::chat_message> out;
  if (const auto* join = std::get_if<room::join_frame>(&*f)) {
    ctx.peer = join->pay_load.value.topic;
  } else if (const auto* send = std::get_if<room::send_frame>(&*f)) {
    ctx.peer = send->pay_load.value.topic;
    auto m = room::to_message(*send, ctx.utc_offset);
    if (!m) return std::move(m).error();
    out.push_back(std::move(*m));
  } else if (const auto* record = std::get_if<room::record_frame>(&*f)) {
    auto m = room::to_message(*record, ctx.peer, ctx.utc_offset);
    if (!m) return std::move(m).error();
    out.push_back(std::move(*m));
  } else if (const auto* history = std::get_if<room::history_response>(&*f)) {
    auto ms = room::to_messages(*history, ctx.peer, ctx.utc_offset);
    if (!ms) return std::move(ms).error();
    out = std::move(*ms);
  }
  return out;
}

const registrar reg{{"room", &decode_room, 30, &claims_room}};
const render_registrar render_reg{"room", &messages_room};

}  // namespace
}  // namespace wxim_tool
