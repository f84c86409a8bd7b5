// SPDX-License-Identifier: MIT
// wxim/dialect/easemob/legacy.hpp: the pre-4.x callback shape of a received message.
//
//   {"id":"…","type":"chat","contentsType":"TEXT","from":"…","to":"…","data":"the text",
//    "sourceMsg":"…","ext":{},"time":"1718590210000","onlineState":1,"error":false,"errorCode":""}
//
// Here `type` is the chat type ("chat" one-to-one; the legacy SDK also wrote "groupchat" and
// "chatroom"), `contentsType` the content ("TEXT", ...), `data` the text, and `time` a
// **string** of milliseconds.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "wxim/dialect/easemob/values.hpp"
#include "wxim/schema/equal.hpp"
#include "wxim/schema/field.hpp"
#include "wxim/schema/nullable.hpp"
#include "wxim/schema/raw_json.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace easemob {

using wxim::adl::operator==;
using wxim::adl::operator!=;

/// The legacy chat types of `type`.
enum class legacy_chat { chat, groupchat, chatroom, unknown };

constexpr legacy_chat parse_legacy_chat(std::string_view s) noexcept {
  if (s == "chat") return legacy_chat::chat;
  if (s == "groupchat") return legacy_chat::groupchat;
  if (s == "chatroom") return legacy_chat::chatroom;
  return legacy_chat::unknown;
}

/// `contentsType` of a text message.
inline constexpr std::string_view legacy_text_contents = "TEXT";

/// A legacy callback message. `time` is a legacy_time: a string natively (kept as a string
/// and written back with its spelling); a number is accepted too and kept as a number.
struct legacy_message {
  std::string id;
  std::string type = "chat";
  std::string contents_type = std::string(legacy_text_contents);  ///< `contentsType`
  std::string from;
  std::string to;
  std::optional<std::string> data;     ///< the text, for "TEXT"
  std::optional<raw_json> source_msg;  ///< `sourceMsg`
  nullable<raw_json> ext;
  legacy_time time;
  std::optional<online_state> online;  ///< `onlineState`
  std::optional<raw_json> error;
  std::optional<raw_json> error_code;  ///< `errorCode`
  extras unknown;

  legacy_chat chat() const noexcept { return parse_legacy_chat(type); }
  bool is_text() const noexcept { return contents_type == legacy_text_contents; }
};
constexpr auto wxim_schema(schema::tag<legacy_message>) {
  using namespace schema;
  using T = legacy_message;
  return object<T>(field("id", &T::id), field("type", &T::type), field("contentsType", &T::contents_type),
                   field("from", &T::from), field("to", &T::to), field("data", &T::data),
                   field("sourceMsg", &T::source_msg), field("ext", &T::ext), field("time", &T::time),
                   field("onlineState", &T::online), field("error", &T::error), field("errorCode", &T::error_code))
      .keep_unknown(&T::unknown);
}

}  // namespace easemob
WXIM_END_NAMESPACE
