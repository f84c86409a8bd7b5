// SPDX-License-Identifier: MIT
// wxim/dialect/tim/payloads.hpp: a TIM message's `payload`, one shape per element `type`.
//
// `payload` is a variant whose alternative follows the sibling `type` key of the object it sits
// in (a message, a conversation's lastMessage, a merged message's messageBody item): decoding
// reads that key first, wherever it is in the object, then the payload as its typed struct, so
// errors point inside it (`/payload/imageInfoArray/0/sizeType`). A `type` wxim does not know
// keeps its payload (which must be an object) as raw JSON, and the `type` string as written.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "wxim/codec/codec.hpp"
#include "wxim/codec/decode.hpp"
#include "wxim/dialect/tim/enums.hpp"
#include "wxim/dialect/tim/values.hpp"
#include "wxim/result.hpp"
#include "wxim/schema/equal.hpp"
#include "wxim/schema/field.hpp"
#include "wxim/schema/raw_json.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace tim {

using wxim::adl::operator==;
using wxim::adl::operator!=;

/// The `type` of a message, a lastMessage or a messageBody item: a std::string in every way but
/// one. Decoding copies its text instead of moving it off the tape, so that the sibling
/// `payload` finds it there whichever of the two keys comes first.
struct type_string : std::string {
  using std::string::string;
  type_string() = default;
  type_string(std::string s) : std::string(std::move(s)) {}
  type_string(std::string_view s) : std::string(s) {}
  using std::string::operator=;

  element_type kind() const noexcept { return parse_element_type(*this); }
};

/// TIMTextElem: {text}.
struct text_payload {
  std::string text;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<text_payload>) {
  using namespace schema;
  using T = text_payload;
  return object<T>(field("text", &T::text)).keep_unknown(&T::unknown);
}

/// One entry of `imageInfoArray`. `type` is the SDK's numbering, `sizeType` the server's; both
/// are kept as they came. `imageUrl` is the remote URL; `url` may be a download proxy, or a local
/// path before upload.
struct image_info {
  image_info_type type = image_info_type::original;
  std::optional<std::int64_t> size;  ///< bytes
  std::optional<std::int64_t> width;
  std::optional<std::int64_t> height;
  std::string url;
  std::optional<std::string> image_url;
  std::optional<image_size_type> size_type;
  std::optional<raw_json> instance_id;  ///< any JSON: its type is not pinned down
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<image_info>) {
  using namespace schema;
  using T = image_info;
  return object<T>(field("type", &T::type), field("size", &T::size), field("width", &T::width),
                   field("height", &T::height), field("url", &T::url), field("imageUrl", &T::image_url),
                   field("sizeType", &T::size_type), field("instanceID", &T::instance_id))
      .keep_unknown(&T::unknown);
}

/// TIMImageElem: {imageFormat, uuid, imageInfoArray} (the SDK writes three infos: original,
/// thumbnail 198 px, large 720 px).
struct image_payload {
  std::optional<image_format> format;  ///< `imageFormat`
  std::optional<std::string> uuid;
  std::vector<image_info> image_info_array;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<image_payload>) {
  using namespace schema;
  using T = image_payload;
  return object<T>(field("imageFormat", &T::format), field("uuid", &T::uuid),
                   field("imageInfoArray", &T::image_info_array))
      .keep_unknown(&T::unknown);
}

/// TIMSoundElem: `second` is whole seconds, `size` bytes.
struct sound_payload {
  std::string url;
  std::optional<std::string> remote_audio_url;
  std::int64_t second = 0;
  std::optional<std::int64_t> size;
  std::optional<std::string> uuid;
  std::optional<std::int64_t> download_flag;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<sound_payload>) {
  using namespace schema;
  using T = sound_payload;
  return object<T>(field("url", &T::url), field("remoteAudioUrl", &T::remote_audio_url), field("second", &T::second),
                   field("size", &T::size), field("uuid", &T::uuid), field("downloadFlag", &T::download_flag))
      .keep_unknown(&T::unknown);
}

/// TIMVideoFileElem. `videoSecond` is seconds, sizes are bytes; the thumb… and snapshot… keys are
/// two names the SDK writes for the same cover image.
struct video_payload {
  std::string video_url;
  std::optional<std::string> remote_video_url;
  std::optional<std::string> video_format;
  std::optional<std::int64_t> video_second;
  std::optional<std::int64_t> video_size;
  std::optional<std::string> video_uuid;
  std::optional<std::int64_t> video_download_flag;
  std::optional<std::string> thumb_url;
  std::optional<std::string> snapshot_url;
  std::optional<std::string> thumb_uuid;
  std::optional<std::string> thumb_format;
  std::optional<std::int64_t> thumb_width;
  std::optional<std::int64_t> snapshot_width;
  std::optional<std::int64_t> thumb_height;
  std::optional<std::int64_t> snapshot_height;
  std::optional<std::int64_t> thumb_size;
  std::optional<std::int64_t> snapshot_size;
  std::optional<std::int64_t> thumb_download_flag;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<video_payload>) {
  using namespace schema;
  using T = video_payload;
  return object<T>(field("videoUrl", &T::video_url), field("remoteVideoUrl", &T::remote_video_url),
                   field("videoFormat", &T::video_format), field("videoSecond", &T::video_second),
                   field("videoSize", &T::video_size), field("videoUUID", &T::video_uuid),
                   field("videoDownloadFlag", &T::video_download_flag), field("thumbUrl", &T::thumb_url),
                   field("snapshotUrl", &T::snapshot_url), field("thumbUUID", &T::thumb_uuid),
                   field("thumbFormat", &T::thumb_format), field("thumbWidth", &T::thumb_width),
                   field("snapshotWidth", &T::snapshot_width), field("thumbHeight", &T::thumb_height),
                   field("snapshotHeight", &T::snapshot_height), field("thumbSize", &T::thumb_size),
                   field("snapshotSize", &T::snapshot_size), field("thumbDownloadFlag", &T::thumb_download_flag))
      .keep_unknown(&T::unknown);
}

/// TIMFileElem.
struct file_payload {
  std::string file_url;
  std::string file_name;
  std::optional<std::int64_t> file_size;  ///< bytes
  std::optional<std::string> uuid;
  std::optional<std::int64_t> download_flag;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<file_payload>) {
  using namespace schema;
  using T = file_payload;
  return object<T>(field("fileUrl", &T::file_url), field("fileName", &T::file_name), field("fileSize", &T::file_size),
                   field("uuid", &T::uuid), field("downloadFlag", &T::download_flag))
      .keep_unknown(&T::unknown);
}

/// TIMCustomElem: three strings, "" by default (an absent one stays absent). `data` often holds
/// JSON text; it is kept as a string (decode it with wxim::decode<T>(data) when you know T).
struct custom_payload {
  std::optional<std::string> data;
  std::optional<std::string> description;
  std::optional<std::string> extension;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<custom_payload>) {
  using namespace schema;
  using T = custom_payload;
  return object<T>(field("data", &T::data), field("description", &T::description), field("extension", &T::extension))
      .keep_unknown(&T::unknown);
}

/// TIMFaceElem: a sticker, by panel `index` and app `data`.
struct face_payload {
  std::int64_t index = 0;
  std::string data;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<face_payload>) {
  using namespace schema;
  using T = face_payload;
  return object<T>(field("index", &T::index), field("data", &T::data)).keep_unknown(&T::unknown);
}

/// TIMLocationElem.
struct location_payload {
  std::string description;
  double longitude = 0;
  double latitude = 0;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<location_payload>) {
  using namespace schema;
  using T = location_payload;
  return object<T>(field("description", &T::description), field("longitude", &T::longitude),
                   field("latitude", &T::latitude))
      .keep_unknown(&T::unknown);
}

struct message_body;  // {type, payload}, below

/// One message inside a merged message (`SimplifiedMessage`): the public keys, then those the
/// SDK adds at runtime. `time` is seconds.
struct simplified_message {
  std::optional<std::string> id;  ///< `ID`
  std::optional<std::string> nick;
  std::optional<std::string> avatar;
  std::optional<std::string> from;
  std::optional<std::int64_t> time;
  std::optional<std::string> cloud_custom_data;
  std::vector<tim::message_body> message_body;
  std::optional<std::string> message_sender;
  std::optional<std::int64_t> message_sequence;
  std::optional<std::int64_t> client_sequence;
  std::optional<std::int64_t> message_random;
  std::optional<std::int64_t> client_time;
  std::optional<std::string> receiver_user_id;   ///< `receiverUserID`, one-to-one
  std::optional<std::string> receiver_group_id;  ///< `receiverGroupID`, group
  std::optional<std::string> message_receiver;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<simplified_message>) {
  using namespace schema;
  using T = simplified_message;
  return object<T>(field("ID", &T::id), field("nick", &T::nick), field("avatar", &T::avatar), field("from", &T::from),
                   field("time", &T::time), field("cloudCustomData", &T::cloud_custom_data),
                   field("messageBody", &T::message_body), field("messageSender", &T::message_sender),
                   field("messageSequence", &T::message_sequence), field("clientSequence", &T::client_sequence),
                   field("messageRandom", &T::message_random), field("clientTime", &T::client_time),
                   field("receiverUserID", &T::receiver_user_id), field("receiverGroupID", &T::receiver_group_id),
                   field("messageReceiver", &T::message_receiver))
      .keep_unknown(&T::unknown);
}

/// TIMRelayElem (MSG_MERGER): merged messages. When the nesting is too deep
/// (`layersOverLimit`) or the list too long, `messageList` is left to download by `downloadKey`.
struct relay_payload {
  std::optional<std::string> title;
  std::optional<std::vector<std::string>> abstract_list;
  std::optional<std::string> compatible_text;
  std::optional<std::vector<simplified_message>> message_list;
  std::optional<std::string> download_key;
  std::optional<std::string> pb_download_key;
  std::optional<std::int64_t> version;
  std::optional<bool> layers_over_limit;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<relay_payload>) {
  using namespace schema;
  using T = relay_payload;
  return object<T>(field("title", &T::title), field("abstractList", &T::abstract_list),
                   field("compatibleText", &T::compatible_text), field("messageList", &T::message_list),
                   field("downloadKey", &T::download_key), field("pbDownloadKey", &T::pb_download_key),
                   field("version", &T::version), field("layersOverLimit", &T::layers_over_limit))
      .keep_unknown(&T::unknown);
}

/// The group a tip or a system notice is about: {groupID, …}; a system notice also names it
/// and says `from` and `to`.
struct notice_group_profile {
  std::string group_id;
  std::optional<std::string> name;
  std::optional<std::string> from;
  std::optional<std::string> to;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<notice_group_profile>) {
  using namespace schema;
  using T = notice_group_profile;
  return object<T>(field("groupID", &T::group_id), field("name", &T::name), field("from", &T::from),
                   field("to", &T::to))
      .keep_unknown(&T::unknown);
}

/// An entry of a group tip's `memberList`.
struct tip_member {
  std::string user_id;
  std::optional<std::string> nick;
  std::optional<std::string> avatar;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<tip_member>) {
  using namespace schema;
  using T = tip_member;
  return object<T>(field("userID", &T::user_id), field("nick", &T::nick), field("avatar", &T::avatar))
      .keep_unknown(&T::unknown);
}

/// TIMGroupTipElem. `operationType` is kept as its number (see group_tip_operation).
struct group_tip_payload {
  std::int64_t operation_type = 0;
  std::string operator_id;
  std::vector<std::string> user_id_list;
  std::optional<std::vector<tip_member>> member_list;
  std::optional<std::int64_t> member_num;
  std::optional<std::int64_t> member_count;
  notice_group_profile group_profile;
  std::optional<raw_json> new_group_profile;  ///< the changed profile fields
  extras unknown;

  group_tip_operation operation() const noexcept { return to_group_tip_operation(operation_type); }
};
constexpr auto wxim_schema(schema::tag<group_tip_payload>) {
  using namespace schema;
  using T = group_tip_payload;
  return object<T>(field("operationType", &T::operation_type), field("operatorID", &T::operator_id),
                   field("userIDList", &T::user_id_list), field("memberList", &T::member_list),
                   field("memberNum", &T::member_num), field("memberCount", &T::member_count),
                   field("groupProfile", &T::group_profile), field("newGroupProfile", &T::new_group_profile))
      .keep_unknown(&T::unknown);
}

/// TIMGroupSystemNoticeElem. `operationType` is kept as its number: custom notices are 255 or 16
/// depending on the source (see group_system_notice_type).
struct group_system_notice_payload {
  std::int64_t operation_type = 0;
  std::optional<std::string> operator_id;
  notice_group_profile group_profile;
  std::optional<raw_json> handle_message;
  extras unknown;

  group_system_notice_type operation() const noexcept { return to_group_system_notice_type(operation_type); }
};
constexpr auto wxim_schema(schema::tag<group_system_notice_payload>) {
  using namespace schema;
  using T = group_system_notice_payload;
  return object<T>(field("operationType", &T::operation_type), field("operatorID", &T::operator_id),
                   field("groupProfile", &T::group_profile), field("handleMessage", &T::handle_message))
      .keep_unknown(&T::unknown);
}

/// A message's `payload`; the alternatives follow element_type's order, the last one (raw JSON,
/// always an object) for a type wxim does not know.
using payload =
    std::variant<text_payload, image_payload, sound_payload, video_payload, file_payload, custom_payload, face_payload,
                 location_payload, relay_payload, group_tip_payload, group_system_notice_payload, raw_json>;

/// The element type a payload is written as (unknown for raw JSON).
inline element_type type_of(const payload& p) noexcept { return static_cast<element_type>(p.index()); }

/// {type, payload}: an element of a merged message's `messageBody`.
struct message_body {
  type_string type;
  tim::payload payload;
  extras unknown;

  element_type kind() const noexcept { return parse_element_type(type); }
};
constexpr auto wxim_schema(schema::tag<message_body>) {
  using namespace schema;
  using T = message_body;
  return object<T>(field("type", &T::type), field("payload", &T::payload)).keep_unknown(&T::unknown);
}

namespace detail {

/// The string value of `key` in the object that encloses the value the reader is at, or none
/// (no enclosing object, no such key, or not a string). Under leniency::duplicate_keys the last
/// occurrence wins, as it does for fields; under case_insensitive_keys keys match loosely.
inline std::optional<std::string> sibling_string(reader& r, std::string_view key) {
  using wxim::detail::token;
  const wxim::detail::tape& t = r.tape();
  std::size_t i = static_cast<std::size_t>(&r.peek() - t.data());
  std::size_t depth = 0;
  while (i > 0) {
    const token k = t[--i].kind;
    if (k == token::end_object || k == token::end_array) {
      ++depth;
    } else if (k == token::begin_object || k == token::begin_array) {
      if (depth == 0) break;
      --depth;
    }
  }
  if (t.empty() || t[i].kind != token::begin_object || &t[i] == &r.peek()) return std::nullopt;
  const bool loosely = r.lenient(leniency::case_insensitive_keys);
  std::optional<std::string> found;
  for (std::size_t j = i + 1; j < t.size() && t[j].kind == token::key; j = wxim::detail::skip_value(t, j + 1)) {
    const bool match = t[j].text == key || (loosely && wxim::detail::same_key_loosely(t[j].text, key));
    if (match && j + 1 < t.size()) {
      if (t[j + 1].kind == token::string_value)
        found = t[j + 1].text;
      else
        found.reset();
    }
  }
  return found;
}

template <std::size_t I>
bool read_payload_as(reader& r, payload& out) {
  using P = std::variant_alternative_t<I, payload>;
  if constexpr (std::is_same_v<P, raw_json>) {
    if (r.peek().kind != wxim::detail::token::begin_object) return r.type_error("an object");
  }
  return codec<P>::read(r, out.template emplace<I>());
}

template <std::size_t... I>
bool read_payload(reader& r, payload& out, element_type type, std::index_sequence<I...>) {
  using fn = bool (*)(reader&, payload&);
  static constexpr fn table[] = {&read_payload_as<I>...};
  return table[static_cast<std::size_t>(type)](r, out);
}

}  // namespace detail
}  // namespace tim
WXIM_END_NAMESPACE

WXIM_BEGIN_NAMESPACE

template <>
struct codec<tim::type_string> {
  static bool read(reader& r, tim::type_string& out) {
    if (r.peek().kind != detail::token::string_value) return r.type_error("a string");
    out.assign(r.take().text);
    return true;
  }
  static void write(writer& w, const tim::type_string& v) { w.string(v); }
};

template <>
struct codec<tim::payload> {
  /// Reads the payload as the shape its sibling `type` names.
  static bool read(reader& r, tim::payload& out) {
    const auto type = tim::detail::sibling_string(r, "type");
    return read_as(r, out, type ? tim::parse_element_type(*type) : tim::element_type::unknown);
  }
  /// Reads the payload as the shape of `type`, whatever its siblings say.
  static bool read_as(reader& r, tim::payload& out, tim::element_type type) {
    return tim::detail::read_payload(r, out, type, std::make_index_sequence<std::variant_size_v<tim::payload>>{});
  }
  static void write(writer& w, const tim::payload& p) {
    std::visit([&](const auto& v) { codec<std::decay_t<decltype(v)>>::write(w, v); }, p);
  }
};

WXIM_END_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace tim {

/// Decodes a payload's JSON text as the shape of `type` (for a payload held apart from its
/// message). Errors carry paths from the payload's root.
inline result<payload> decode_payload(element_type type, std::string_view text, const decode_options& options = {}) {
  wxim::detail::tape t;
  if (auto err = wxim::detail::tokenize(text, options, t)) return std::move(*err);
  reader r(t, options);
  payload p;
  if (!codec<payload>::read_as(r, p, type)) return std::move(*r.failure());
  return p;
}

}  // namespace tim
WXIM_END_NAMESPACE
