// SPDX-License-Identifier: MIT
// wxim/dialect/tim/values.hpp: the values of a TIM message: flow, status, priority,
// conversation and element types, image numberings, seconds, and the "" placeholder numbers.
//
// Closed enumerations (every value the SDK writes is listed) decode strictly: any other value is
// errc::invalid_value at its path. Each enum still has `unknown`, which parse_…() returns for a
// spelling it does not know; decoding never produces it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "wxim/codec/blank_or.hpp"
#include "wxim/codec/codec.hpp"
#include "wxim/model/instant.hpp"
#include "wxim/schema/blank_or.hpp"
#include "wxim/storage/conversation_id.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace tim {

// ---- constants ------------------------------------------------------------

/// The sender of group tips and group system notices, and the system conversation's ID.
inline constexpr std::string_view system_user = "@TIM#SYSTEM";
/// The tinyID in the ID of messages from @TIM#SYSTEM.
inline constexpr std::string_view system_tiny_id = "144115198244471703";
/// The @all entry of `atUserList`, misspelt (three s) exactly as the SDK spells it.
inline constexpr std::string_view at_all = "__kImSDK_MesssageAtALL__";

// ---- time -----------------------------------------------------------------

/// `time`, `clientTime`, `lastTime`, `peerReadTime` are seconds since the epoch.
constexpr instant from_tim_seconds(std::int64_t s) noexcept { return from_unix_seconds(s); }

/// Seconds for a TIM object, rounded up as the SDK rounds a new message's local clock
/// (ms / 1000, up). An instant that is a whole second converts exactly.
constexpr std::int64_t to_tim_seconds(instant t) noexcept {
  const std::int64_t floor = to_unix_seconds(t);
  return to_unix_ms(t) - floor * 1000 > 0 ? floor + 1 : floor;
}

// ---- flow, status, priority -----------------------------------------------

/// `flow`: "in" (received), "out" (sent by the logged-in user), or "" (`unset`): a message
/// created before login, when the SDK cannot yet tell.
enum class flow { in, out, unset, unknown };

constexpr std::string_view to_string(flow f) noexcept {
  switch (f) {
    case flow::in:
      return "in";
    case flow::out:
      return "out";
    case flow::unset:
      return "";
    case flow::unknown:
      break;
  }
  return "unknown";
}
constexpr flow parse_flow(std::string_view s) noexcept {
  if (s == "in") return flow::in;
  if (s == "out") return flow::out;
  if (s.empty()) return flow::unset;
  return flow::unknown;
}

/// `status`: "unSend" (created), "success" (sent or received), "fail". `sending` is not in the
/// SDK's own table; it is accepted because app code writes it for a message in flight.
enum class message_status { un_send, sending, success, fail, unknown };

constexpr std::string_view to_string(message_status s) noexcept {
  switch (s) {
    case message_status::un_send:
      return "unSend";
    case message_status::sending:
      return "sending";
    case message_status::success:
      return "success";
    case message_status::fail:
      return "fail";
    case message_status::unknown:
      break;
  }
  return "unknown";
}
constexpr message_status parse_message_status(std::string_view s) noexcept {
  if (s == "unSend") return message_status::un_send;
  if (s == "sending") return message_status::sending;
  if (s == "success") return message_status::success;
  if (s == "fail") return message_status::fail;
  return message_status::unknown;
}

/// `priority`: "High", "Normal" (the default), "Low", "Lowest".
enum class priority { high, normal, low, lowest, unknown };

constexpr std::string_view to_string(priority p) noexcept {
  switch (p) {
    case priority::high:
      return "High";
    case priority::normal:
      return "Normal";
    case priority::low:
      return "Low";
    case priority::lowest:
      return "Lowest";
    case priority::unknown:
      break;
  }
  return "unknown";
}
constexpr priority parse_priority(std::string_view s) noexcept {
  if (s == "High") return priority::high;
  if (s == "Normal") return priority::normal;
  if (s == "Low") return priority::low;
  if (s == "Lowest") return priority::lowest;
  return priority::unknown;
}
/// The server's numbering: High 1, Normal 2, Low 3, Lowest 4; 0 for unknown.
constexpr int server_number(priority p) noexcept { return p == priority::unknown ? 0 : static_cast<int>(p) + 1; }
constexpr priority priority_from_server_number(std::int64_t n) noexcept {
  return n >= 1 && n <= 4 ? static_cast<priority>(n - 1) : priority::unknown;
}

// ---- conversation type ----------------------------------------------------

/// `conversationType` of a message and `type` of a conversation: "C2C", "GROUP", "TOPIC"
/// (community topics), "@TIM#SYSTEM" (group system notices).
enum class conversation_type { c2c, group, topic, system, unknown };

constexpr std::string_view to_string(conversation_type t) noexcept {
  switch (t) {
    case conversation_type::c2c:
      return "C2C";
    case conversation_type::group:
      return "GROUP";
    case conversation_type::topic:
      return "TOPIC";
    case conversation_type::system:
      return "@TIM#SYSTEM";
    case conversation_type::unknown:
      break;
  }
  return "unknown";
}
constexpr conversation_type parse_conversation_type(std::string_view s) noexcept {
  if (s == "C2C") return conversation_type::c2c;
  if (s == "GROUP") return conversation_type::group;
  if (s == "TOPIC") return conversation_type::topic;
  if (s == "@TIM#SYSTEM") return conversation_type::system;
  return conversation_type::unknown;
}

/// The conversationID scheme's type (storage/conversation_id.hpp): a topic's ID is "GROUP" +
/// topicID, so TOPIC is a group there.
constexpr tim_conversation_type id_type_of(conversation_type t) noexcept {
  switch (t) {
    case conversation_type::c2c:
      return tim_conversation_type::c2c;
    case conversation_type::group:
    case conversation_type::topic:
      return tim_conversation_type::group;
    case conversation_type::system:
      return tim_conversation_type::system;
    case conversation_type::unknown:
      break;
  }
  return tim_conversation_type::unknown;
}

// ---- element type ---------------------------------------------------------

/// A message's `type` (TIM.TYPES.MSG_…), in the order of `payload`'s alternatives.
enum class element_type {
  text,                 ///< TIMTextElem
  image,                ///< TIMImageElem
  sound,                ///< TIMSoundElem (MSG_AUDIO, MSG_SOUND)
  video,                ///< TIMVideoFileElem
  file,                 ///< TIMFileElem
  custom,               ///< TIMCustomElem
  face,                 ///< TIMFaceElem
  location,             ///< TIMLocationElem (MSG_GEO)
  relay,                ///< TIMRelayElem (MSG_MERGER): merged messages
  group_tip,            ///< TIMGroupTipElem
  group_system_notice,  ///< TIMGroupSystemNoticeElem
  unknown,              ///< any other `type`: kept as written, its payload as raw JSON
};

constexpr std::string_view to_string(element_type t) noexcept {
  switch (t) {
    case element_type::text:
      return "TIMTextElem";
    case element_type::image:
      return "TIMImageElem";
    case element_type::sound:
      return "TIMSoundElem";
    case element_type::video:
      return "TIMVideoFileElem";
    case element_type::file:
      return "TIMFileElem";
    case element_type::custom:
      return "TIMCustomElem";
    case element_type::face:
      return "TIMFaceElem";
    case element_type::location:
      return "TIMLocationElem";
    case element_type::relay:
      return "TIMRelayElem";
    case element_type::group_tip:
      return "TIMGroupTipElem";
    case element_type::group_system_notice:
      return "TIMGroupSystemNoticeElem";
    case element_type::unknown:
      break;
  }
  return "unknown";
}
constexpr element_type parse_element_type(std::string_view s) noexcept {
  for (int i = 0; i < static_cast<int>(element_type::unknown); ++i)
    if (to_string(static_cast<element_type>(i)) == s) return static_cast<element_type>(i);
  return element_type::unknown;
}

/// The conversation list's label for a message of this type (`messageForShow`), Chinese by
/// default or English for international apps; a text message shows its text instead, and an
/// unknown type has no label ("").
enum class show_language { chinese, english };

constexpr std::string_view show_label(element_type t, show_language lang = show_language::chinese) noexcept {
  const bool zh = lang == show_language::chinese;
  switch (t) {
    case element_type::image:
      return zh ? "[图片]" : "[Image]";
    case element_type::sound:
      return zh ? "[语音]" : "[Voice]";
    case element_type::video:
      return zh ? "[视频]" : "[Video]";
    case element_type::file:
      return zh ? "[文件]" : "[File]";
    case element_type::location:
      return zh ? "[位置]" : "[Location]";
    case element_type::custom:
      return zh ? "[自定义消息]" : "[Custom Messages]";
    case element_type::face:
      return zh ? "[动画表情]" : "[Animated Sticker]";
    case element_type::relay:
      return zh ? "[聊天记录]" : "[Chat Record]";
    case element_type::group_tip:
      return zh ? "[群提示消息]" : "[Group Notification]";
    case element_type::group_system_notice:
      return zh ? "[群系统通知]" : "[Group System Message]";
    case element_type::text:
    case element_type::unknown:
      break;
  }
  return "";
}

// ---- image numberings (two of them; never converted into each other) -------

/// `imageFormat`: JPG/JPEG 1, GIF 2, PNG 3, BMP 4, and 255 for a format the SDK did not know.
enum class image_format : std::int64_t { jpg = 1, gif = 2, png = 3, bmp = 4, unknown = 255 };

/// `imageInfoArray[].type`: the SDK's numbering.
enum class image_info_type : std::int64_t { original = 0, thumbnail = 1, large = 2 };

/// `imageInfoArray[].sizeType`: the server's own numbering.
enum class image_size_type : std::int64_t { original = 1, large = 2, thumbnail = 3 };

constexpr bool is_image_format(std::int64_t v) noexcept { return (v >= 1 && v <= 4) || v == 255; }
constexpr bool is_image_info_type(std::int64_t v) noexcept { return v >= 0 && v <= 2; }
constexpr bool is_image_size_type(std::int64_t v) noexcept { return v >= 1 && v <= 3; }

// ---- a number the SDK may write as "" --------------------------------------

/// The SDK writes "" where a number is not known yet (a Group's createTime, memberCount, … until
/// its profile loads; a group's empty lastMessage {lastTime:"", lastSequence:"", …}). Those
/// fields are `blank_or<std::int64_t>` (schema/blank_or.hpp): a number or "", each written back
/// as it came.

namespace detail {

/// Reads a closed string enumeration: `parse` returns E::unknown for a spelling it does not
/// know, which is refused with invalid_value at the value's path.
template <class E>
bool read_string_enum(reader& r, E& out, E (*parse)(std::string_view), std::string_view what,
                      std::string_view choices) {
  if (r.peek().kind != wxim::detail::token::string_value) return r.type_error(what);
  const E v = parse(r.peek().text);
  if (v == E::unknown)
    return r.fail(errc::invalid_value, std::string(what) + " is one of " + std::string(choices) + ", not \"" +
                                           std::string(r.peek().text) + "\"");
  out = v;
  r.take();
  return true;
}

/// Reads a closed integer enumeration.
template <class E>
bool read_int_enum(reader& r, E& out, bool (*valid)(std::int64_t), std::string_view what, std::string_view choices) {
  std::int64_t v = 0;
  if (!codec<std::int64_t>::read(r, v)) return false;
  if (!valid(v)) {
    r.step_back();
    return r.fail(errc::invalid_value,
                  std::string(what) + " is one of " + std::string(choices) + ", not " + std::to_string(v));
  }
  out = static_cast<E>(v);
  return true;
}

}  // namespace detail
}  // namespace tim
WXIM_END_NAMESPACE

// Codecs for closed enumerations: a string enum is written with to_string, an integer enum as
// its number.
#define WXIM_TIM_STRING_ENUM_CODEC(E, PARSE, WHAT, CHOICES)                        \
  template <>                                                                      \
  struct codec<E> {                                                                \
    static bool read(reader& r, E& out) {                                          \
      return ::wxim::tim::detail::read_string_enum(r, out, &PARSE, WHAT, CHOICES); \
    }                                                                              \
    static void write(writer& w, E v) { w.string(to_string(v)); }                  \
  }
#define WXIM_TIM_INT_ENUM_CODEC(E, VALID, WHAT, CHOICES)                                                              \
  template <>                                                                                                         \
  struct codec<E> {                                                                                                   \
    static bool read(reader& r, E& out) { return ::wxim::tim::detail::read_int_enum(r, out, &VALID, WHAT, CHOICES); } \
    static void write(writer& w, E v) { w.integer(static_cast<std::int64_t>(v)); }                                    \
  }

WXIM_BEGIN_NAMESPACE

WXIM_TIM_STRING_ENUM_CODEC(tim::flow, tim::parse_flow, "a flow", "\"in\", \"out\", \"\"");
WXIM_TIM_STRING_ENUM_CODEC(tim::message_status, tim::parse_message_status, "a message status",
                           "\"unSend\", \"sending\", \"success\", \"fail\"");
WXIM_TIM_STRING_ENUM_CODEC(tim::priority, tim::parse_priority, "a priority",
                           "\"High\", \"Normal\", \"Low\", \"Lowest\"");
WXIM_TIM_STRING_ENUM_CODEC(tim::conversation_type, tim::parse_conversation_type, "a conversation type",
                           "\"C2C\", \"GROUP\", \"TOPIC\", \"@TIM#SYSTEM\"");
WXIM_TIM_INT_ENUM_CODEC(tim::image_format, tim::is_image_format, "an image format",
                        "1 (JPG), 2 (GIF), 3 (PNG), 4 (BMP), 255 (unknown)");
WXIM_TIM_INT_ENUM_CODEC(tim::image_info_type, tim::is_image_info_type, "an image info type",
                        "0 (original), 1 (thumbnail), 2 (large)");
WXIM_TIM_INT_ENUM_CODEC(tim::image_size_type, tim::is_image_size_type, "an image size type",
                        "1 (original), 2 (large), 3 (thumbnail)");

WXIM_END_NAMESPACE
