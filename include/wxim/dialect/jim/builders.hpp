// SPDX-License-Identifier: MIT
// wxim/dialect/jim/builders.hpp: J-IM 2.x frames for both sides, from model values.
//
// Client: a chat request, a heartbeat, history and offline-message requests.
// Server: a chat push, a chat ack, the stored-message reply, the join reply
// and the join and exit notifies, and any status reply. Nothing here reads
// a clock: times are arguments. Every frame built here passes validate()
// when its inputs are valid.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "wxim/detail/json_pointer.hpp"
#include "wxim/dialect/jim/bodies.hpp"
#include "wxim/dialect/jim/chatroom.hpp"
#include "wxim/dialect/jim/client_frames.hpp"
#include "wxim/dialect/jim/mapping.hpp"
#include "wxim/dialect/jim/server_frames.hpp"
#include "wxim/dialect/jim/status.hpp"
#include "wxim/model/instant.hpp"
#include "wxim/model/message.hpp"
#include "wxim/model/user.hpp"
#include "wxim/result.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace jim {

// ---- client -------------------------------------------------------------------------

/// cmd 11 for a model message (to_chat_body): group or private, with id,
/// from and createTime, in `style` (chat_style: J-IM's or the chatroom's).
inline result<chat_body> make_chat(const chat_message& m, const chat_style& style = {}) {
  return to_chat_body(m, style);
}

/// cmd 11 as a course chatroom sends it: a group chat from `sender.id` with
/// msgType 0, the chatroom's `type`, `content` (the text, the image URL, or
/// what a like or flower carries) and the sender's `nickName` and `avatar`,
/// which the chatroom always sends, empty or not.
inline chat_body make_chatroom_chat(const user_profile& sender, std::string group_id, room_message_type type,
                                    std::string content, instant created) {
  chat_body b;
  b.chat_type = 1;
  b.from = sender.id;
  b.group_id = std::move(group_id);
  b.content = std::move(content);
  b.msg_type = 0;
  b.type = static_cast<std::int32_t>(type);
  b.nick_name = sender.nickname;
  b.avatar = sender.avatar_url;
  b.create_time = to_unix_ms(created);
  return b;
}

/// cmd 13 {"cmd":13,"hbbyte":-127} (an integer, not the string chatrooms send).
inline heartbeat_request make_heartbeat(std::int8_t hbbyte = client_heartbeat_byte) {
  heartbeat_request h;
  h.hbbyte = hbbyte;
  return h;
}

/// cmd 19 type 1 for a group's history: {"cmd":19,"groupId":…,"type":1,"userId":…}.
inline get_message_request make_group_history_request(std::string user_id, std::string group_id) {
  get_message_request r;
  r.type = static_cast<std::int32_t>(message_query::history);
  r.user_id = std::move(user_id);
  r.group_id = std::move(group_id);
  return r;
}

/// cmd 19 type 1 for the private conversation with `from_user_id`.
inline get_message_request make_friend_history_request(std::string user_id, std::string from_user_id) {
  get_message_request r;
  r.type = static_cast<std::int32_t>(message_query::history);
  r.user_id = std::move(user_id);
  r.from_user_id = std::move(from_user_id);
  return r;
}

/// cmd 19 type 0: every offline message of `user_id` (the server deletes
/// what it returns).
inline get_message_request make_offline_messages_request(std::string user_id) {
  get_message_request r;
  r.type = static_cast<std::int32_t>(message_query::offline);
  r.user_id = std::move(user_id);
  return r;
}

// ---- server -------------------------------------------------------------------------

/// A status reply {code, command C, msg} with the server's text for `s`.
template <command C>
status_reply<C> make_status_reply(status s, msg_style style = msg_style::description_and_text) {
  status_reply<C> r;
  r.code = s;
  r.msg = status_msg(s, style);
  return r;
}

/// command 0, 10017: the answer to a frame the server cannot route.
inline cmd_failed_reply make_cmd_failed(msg_style style = msg_style::description_and_text) {
  return make_status_reply<command::none>(status::unknown_cmd, style);
}

/// command 12: 10000 sent, 10001 offline or 10002 malformed; any other
/// status is errc::invalid_argument.
inline result<chat_ack> make_chat_ack(status s, msg_style style = msg_style::description_and_text) {
  if (!is_reply_status(command::chat_resp, s))
    return error{errc::invalid_argument, "/code", std::nullopt,
                 "a chat ack is 10000, 10001 or 10002, not " + std::to_string(to_number(s)), std::nullopt};
  return make_status_reply<command::chat_resp>(s, style);
}

/// command 8 to the joiner, as 2.x writes it:
/// {"code":10011,"command":8,"data":{"group":<group id>,"result":1},"msg":…}
/// for join_result::ok, 10012 with the result otherwise.
inline join_group_reply make_join_group_reply(std::string group_id, join_result result = join_result::ok,
                                              msg_style style = msg_style::description_and_text) {
  join_group_reply r;
  r.code = result == join_result::ok ? status::join_group_ok : status::join_group_failed;
  r.msg = status_msg(r.code, style);
  r.data.group = std::move(group_id);
  r.data.result = static_cast<std::int32_t>(result);
  return r;
}

/// command 9 to the whole group, as 2.x writes it:
/// {"command":9,"data":{"group":<group id>,"user":{…}}} (to_user() makes
/// the member from a model profile).
inline join_group_notify make_join_group_notify(std::string group_id, user member) {
  join_group_notify n;
  n.data = group_notify_data{std::move(group_id), std::move(member), {}};
  return n;
}

/// command 10 to the whole group: {"command":10,"data":{"group":…,"user":{…}}};
/// J-IM's demo sends only the member's `id` and `nick`.
inline exit_group_notify make_exit_group_notify(std::string group_id, user member) {
  exit_group_notify n;
  n.data = group_notify_data{std::move(group_id), std::move(member), {}};
  return n;
}

/// command 13 {"command":13,"data":{"hbbyte":-128}}.
inline heartbeat_reply make_heartbeat_reply() { return heartbeat_reply{}; }

/// command 11 {"command":11,"data":<body>}.
inline chat_push make_chat_push(chat_body body) {
  chat_push p;
  p.data = std::move(body);
  return p;
}

/// command 11 for a model message, in `style` (a chatroom server that keeps
/// the chatroom's keys pushes them back: chatroom_style()).
inline result<chat_push> make_chat_push(const chat_message& m, const chat_style& style = {}) {
  auto b = to_chat_body(m, style);
  if (!b) {
    error e = std::move(b).error();
    e.path = "/data" + e.path;
    return e;
  }
  return make_chat_push(std::move(*b));
}

/// command 20 for `owner`: 10018 (history) or 10016 (offline), with the
/// messages grouped as the server groups them: group messages under their
/// group id in `groups`, private ones under the other party (the sender of
/// a message to `owner`, the recipient of one from `owner`) in `friends`.
/// Map keys come in order of first appearance; each list is oldest first
/// (stable for equal times). No messages: no `data`, as the server does.
/// Fails (errc::invalid_value, with the path the message would have) for a
/// message that is neither group nor private, or that J-IM cannot say.
inline result<get_message_reply> make_stored_messages_reply(std::string owner,
                                                            const std::vector<chat_message>& messages,
                                                            message_query type = message_query::history,
                                                            msg_style style = msg_style::description_and_text) {
  get_message_reply r;
  r.code = type == message_query::offline ? status::offline_messages_ok : status::history_messages_ok;
  r.msg = status_msg(r.code, style);
  if (messages.empty()) return r;

  ordered_map<std::vector<const chat_message*>> groups, friends;
  for (std::size_t i = 0; i < messages.size(); ++i) {
    const chat_message& m = messages[i];
    if (m.chat == chat_type::group)
      groups[m.recipient].push_back(&m);
    else if (m.chat == chat_type::direct)
      friends[conversation_peer(m, owner)].push_back(&m);
    else
      return detail::model_error("message " + std::to_string(i) + " is a " + std::string(to_string(m.chat)) +
                                 " message; J-IM stores group and private messages only");
  }
  stored_messages data;
  data.userid = std::move(owner);
  const auto fill = [](const char* name, ordered_map<std::vector<const chat_message*>>& in,
                       ordered_map<std::vector<chat_body>>& out) -> std::optional<error> {
    for (auto& [id, list] : in) {
      std::stable_sort(list.begin(), list.end(),
                       [](const chat_message* a, const chat_message* b) { return a->time < b->time; });
      std::vector<chat_body>& bodies = out[id];
      for (const chat_message* m : list) {
        auto b = to_chat_body(*m);
        if (!b) {
          wxim::detail::json_pointer p;
          p.push_key("data");
          p.push_key(name);
          p.push_key(id);
          p.push_index(bodies.size());
          error e = std::move(b).error();
          e.path = p.str() + e.path;
          return e;
        }
        bodies.push_back(std::move(*b));
      }
    }
    return std::nullopt;
  };
  if (auto e = fill("groups", groups, data.groups)) return std::move(*e);
  if (auto e = fill("friends", friends, data.friends)) return std::move(*e);
  r.data = std::move(data);
  return r;
}

}  // namespace jim
WXIM_END_NAMESPACE
