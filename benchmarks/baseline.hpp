// SPDX-License-Identifier: MIT
// The baseline the codec benchmark measures wxim against: what a C++ server
// author writes with nlohmann/json alone: parse to a DOM, then idiomatic
// from_json into the same structs; to_json into a DOM, then dump().
#pragma once

#include <nlohmann/json.hpp>

#include "wxim/dialect/jim/client_frames.hpp"
#include "wxim/dialect/jim/server_frames.hpp"
#include "wxim/dialect/wechat_im/client_frames.hpp"
#include "wxim/dialect/wechat_im/server_frames.hpp"

namespace wxim::wechat_im {

inline void from_json(const nlohmann::json& j, chat_frame& f) {
  f.content = content_value{j.at("content").get<std::string>()};
  j.at("type").get_to(f.type);
  j.at("conversationId").get_to(f.conversation_id);
  j.at("userId").get_to(f.user_id);
  j.at("friendId").get_to(f.friend_id);
  if (j.contains("duration")) f.duration = duration_value{j.at("duration").get<std::int64_t>()};
}
inline void to_json(nlohmann::json& j, const chat_frame& f) {
  j = nlohmann::json{{"content", f.content.text},
                     {"type", f.type},
                     {"conversationId", f.conversation_id},
                     {"userId", f.user_id},
                     {"friendId", f.friend_id}};
  if (f.duration) j["duration"] = f.duration->seconds;
}

inline void from_json(const nlohmann::json& j, latest_message& m) {
  if (j.contains("type")) m.type = j.at("type").get<std::string>();
  if (j.contains("content")) m.content = content_value{j.at("content").get<std::string>()};
  if (j.contains("duration")) m.duration = duration_value{j.at("duration").get<std::int64_t>()};
  if (j.contains("timestamp")) m.timestamp = j.at("timestamp").get<std::int64_t>();
}
inline void to_json(nlohmann::json& j, const latest_message& m) {
  j = nlohmann::json::object();
  if (m.type) j["type"] = *m.type;
  if (m.content) j["content"] = m.content->text;
  if (m.duration) j["duration"] = m.duration->seconds;
  if (m.timestamp) j["timestamp"] = *m.timestamp;
}

inline void from_json(const nlohmann::json& j, conversation_item& c) {
  j.at("friendId").get_to(c.friend_id);
  j.at("msgUserId").get_to(c.msg_user_id);
  j.at("friendHeadUrl").get_to(c.friend_head_url);
  j.at("conversationId").get_to(c.conversation_id);
  j.at("friendName").get_to(c.friend_name);
  c.latest_msg.value = nlohmann::json::parse(j.at("latestMsg").get<std::string>()).get<latest_message>();
  j.at("unread").get_to(c.unread);
  j.at("timestamp").get_to(c.timestamp);
  j.at("timeStr").get_to(c.time_str);
}
inline void to_json(nlohmann::json& j, const conversation_item& c) {
  j = nlohmann::json{{"friendId", c.friend_id},
                     {"msgUserId", c.msg_user_id},
                     {"friendHeadUrl", c.friend_head_url},
                     {"conversationId", c.conversation_id},
                     {"friendName", c.friend_name},
                     {"latestMsg", nlohmann::json(c.latest_msg.value).dump()},
                     {"unread", c.unread},
                     {"timestamp", c.timestamp},
                     {"timeStr", c.time_str}};
}

inline void from_json(const nlohmann::json& j, conversation_list_frame& f) {
  j.at("type").get_to(f.type);
  j.at("conversations").get_to(f.conversations);
}
inline void to_json(nlohmann::json& j, const conversation_list_frame& f) {
  j = nlohmann::json{{"type", f.type}, {"conversations", f.conversations}};
}

}  // namespace wxim::wechat_im

namespace wxim::jim {

inline void from_json(const nlohmann::json& j, chat_body& b) {
  j.at("chatType").get_to(b.chat_type);
  b.cmd = static_cast<command>(j.at("cmd").get<std::int32_t>());
  if (j.contains("content")) b.content = j.at("content").get<std::string>();
  if (j.contains("createTime")) b.create_time = j.at("createTime").get<std::int64_t>();
  if (j.contains("from")) b.from = j.at("from").get<std::string>();
  if (j.contains("group_id")) b.group_id = j.at("group_id").get<std::string>();
  if (j.contains("id")) b.id = j.at("id").get<std::string>();
  if (j.contains("msgType")) b.msg_type = j.at("msgType").get<std::int32_t>();
  if (j.contains("to")) b.to = j.at("to").get<std::string>();
}
inline void to_json(nlohmann::json& j, const chat_body& b) {
  j = nlohmann::json{{"chatType", b.chat_type}, {"cmd", static_cast<std::int32_t>(b.cmd)}};
  if (b.content) j["content"] = *b.content;
  if (b.create_time) j["createTime"] = *b.create_time;
  if (b.from) j["from"] = *b.from;
  if (b.group_id) j["group_id"] = *b.group_id;
  if (b.id) j["id"] = *b.id;
  if (b.msg_type) j["msgType"] = *b.msg_type;
  if (b.to) j["to"] = *b.to;
}

inline void from_json(const nlohmann::json& j, heartbeat_request& h) {
  h.cmd = static_cast<command>(j.at("cmd").get<std::int32_t>());
  if (j.contains("hbbyte")) h.hbbyte = j.at("hbbyte").get<std::int8_t>();
}
inline void to_json(nlohmann::json& j, const heartbeat_request& h) {
  j = nlohmann::json{{"cmd", static_cast<std::int32_t>(h.cmd)}};
  if (h.hbbyte) j["hbbyte"] = *h.hbbyte;
}

inline void from_json(const nlohmann::json& j, get_message_reply& r) {
  r.code = static_cast<status>(j.at("code").get<std::int32_t>());
  r.command = static_cast<jim::command>(j.at("command").get<std::int32_t>());
  j.at("msg").get_to(r.msg);
  if (j.contains("data")) {
    const auto& d = j.at("data");
    stored_messages s;
    for (auto& [id, list] : d.at("friends").items()) s.friends[id] = list.get<std::vector<chat_body>>();
    for (auto& [id, list] : d.at("groups").items()) s.groups[id] = list.get<std::vector<chat_body>>();
    d.at("userid").get_to(s.userid);
    r.data = std::move(s);
  }
}
inline void to_json(nlohmann::json& j, const get_message_reply& r) {
  j = nlohmann::json{
      {"code", static_cast<std::int32_t>(r.code)}, {"command", static_cast<std::int32_t>(r.command)}, {"msg", r.msg}};
  if (r.data) {
    nlohmann::json friends = nlohmann::json::object(), groups = nlohmann::json::object();
    for (const auto& [id, list] : r.data->friends) friends[id] = list;
    for (const auto& [id, list] : r.data->groups) groups[id] = list;
    j["data"] = nlohmann::json{{"friends", friends}, {"groups", groups}, {"userid", r.data->userid}};
  }
}

}  // namespace wxim::jim
