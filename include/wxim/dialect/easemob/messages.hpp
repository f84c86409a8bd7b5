// SPDX-License-Identifier: MIT
// wxim/dialect/easemob/messages.hpp: the message bodies that carry content.
//
// One struct per `type` of spec §2 that a user sees or an app acts on: txt, img, audio,
// video, file, loc, custom, cmd and combine, plus `unknown_message` for any other `type`
// string. Each derives from message_common (body.hpp). Outgoing (created) and incoming bodies
// share a struct: the keys only one side has are optional.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "wxim/dialect/easemob/body.hpp"
#include "wxim/schema/field.hpp"
#include "wxim/schema/raw_json.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace easemob {

/// `txt`: {msg}; a stream message (sub-type 10) also carries `stream`.
struct text_message : message_common {
  std::string msg;
  std::optional<stream_info> stream;
  text_message() { type = "txt"; }
};
constexpr auto wxim_schema(schema::tag<text_message>) {
  using T = text_message;
  return message_object<T>(schema::field<T>("msg", &T::msg), schema::field<T>("stream", &T::stream));
}

/// `img`. Created: `file` (or `url`), width?, height?, file_length?, isGif?, thumbnailWidth?,
/// thumbnailHeight?. Received: url, secret, thumb (= url + "&thumbnail=true"), thumb_secret,
/// width, height, file_length, isGif?. Sizes in pixels and bytes.
struct image_message : message_common {
  std::optional<std::string> url;
  std::optional<std::string> secret;
  std::optional<std::string> thumb;
  std::optional<std::string> thumb_secret;
  std::optional<std::uint64_t> width;
  std::optional<std::uint64_t> height;
  std::optional<std::uint64_t> file_length;  ///< bytes
  std::optional<bool> is_gif;
  std::optional<std::uint64_t> thumbnail_width;
  std::optional<std::uint64_t> thumbnail_height;
  std::optional<file_object> file;
  image_message() { type = "img"; }
};
constexpr auto wxim_schema(schema::tag<image_message>) {
  using schema::field;
  using T = image_message;
  return message_object<T>(field<T>("url", &T::url), field<T>("secret", &T::secret), field<T>("thumb", &T::thumb),
                           field<T>("thumb_secret", &T::thumb_secret), field<T>("width", &T::width),
                           field<T>("height", &T::height), field<T>("file_length", &T::file_length),
                           field<T>("isGif", &T::is_gif), field<T>("thumbnailWidth", &T::thumbnail_width),
                           field<T>("thumbnailHeight", &T::thumbnail_height), field<T>("file", &T::file));
}

/// `audio` (voice). Created: file, filename, length, file_length. Received: url, secret,
/// filename, length, file_length, filetype, accessToken, file: {}. `length` is **seconds**.
struct audio_message : message_common {
  std::optional<std::string> url;
  std::optional<std::string> secret;
  std::optional<std::string> filename;
  std::optional<std::uint64_t> length;       ///< seconds
  std::optional<std::uint64_t> file_length;  ///< bytes
  std::optional<std::string> filetype;
  std::optional<std::string> access_token;
  std::optional<file_object> file;
  audio_message() { type = "audio"; }
};
constexpr auto wxim_schema(schema::tag<audio_message>) {
  using schema::field;
  using T = audio_message;
  return message_object<T>(field<T>("url", &T::url), field<T>("secret", &T::secret), field<T>("filename", &T::filename),
                           field<T>("length", &T::length), field<T>("file_length", &T::file_length),
                           field<T>("filetype", &T::filetype), field<T>("accessToken", &T::access_token),
                           field<T>("file", &T::file));
}

/// `video`. Created: file, filename, length, file_length. Received: url, secret, thumb,
/// thumb_secret, filename, length, file_length, filetype, accessToken, file: {}. `length` is
/// seconds.
struct video_message : message_common {
  std::optional<std::string> url;
  std::optional<std::string> secret;
  std::optional<std::string> thumb;
  std::optional<std::string> thumb_secret;
  std::optional<std::string> filename;
  std::optional<std::uint64_t> length;       ///< seconds
  std::optional<std::uint64_t> file_length;  ///< bytes
  std::optional<std::string> filetype;
  std::optional<std::string> access_token;
  std::optional<file_object> file;
  video_message() { type = "video"; }
};
constexpr auto wxim_schema(schema::tag<video_message>) {
  using schema::field;
  using T = video_message;
  return message_object<T>(field<T>("url", &T::url), field<T>("secret", &T::secret), field<T>("thumb", &T::thumb),
                           field<T>("thumb_secret", &T::thumb_secret), field<T>("filename", &T::filename),
                           field<T>("length", &T::length), field<T>("file_length", &T::file_length),
                           field<T>("filetype", &T::filetype), field<T>("accessToken", &T::access_token),
                           field<T>("file", &T::file));
}

/// `file`. Created: file, filename, file_length. Received: url, secret, filename, file_length,
/// filetype, accessToken, length, file: {}.
struct file_message : message_common {
  std::optional<std::string> url;
  std::optional<std::string> secret;
  std::optional<std::string> filename;
  std::optional<std::uint64_t> file_length;  ///< bytes
  std::optional<std::string> filetype;
  std::optional<std::string> access_token;
  std::optional<std::uint64_t> length;
  std::optional<file_object> file;
  file_message() { type = "file"; }
};
constexpr auto wxim_schema(schema::tag<file_message>) {
  using schema::field;
  using T = file_message;
  return message_object<T>(field<T>("url", &T::url), field<T>("secret", &T::secret), field<T>("filename", &T::filename),
                           field<T>("file_length", &T::file_length), field<T>("filetype", &T::filetype),
                           field<T>("accessToken", &T::access_token), field<T>("length", &T::length),
                           field<T>("file", &T::file));
}

/// `loc`: addr, buildingName, lat, lng (numbers, degrees), the same both ways.
struct location_message : message_common {
  std::optional<std::string> addr;
  std::optional<std::string> building_name;
  double lat = 0;
  double lng = 0;
  location_message() { type = "loc"; }
};
constexpr auto wxim_schema(schema::tag<location_message>) {
  using schema::field;
  using T = location_message;
  return message_object<T>(field<T>("addr", &T::addr), field<T>("buildingName", &T::building_name),
                           field<T>("lat", &T::lat), field<T>("lng", &T::lng));
}

/// `custom`: customEvent (string), customExts (object, kept as JSON); received bodies add
/// `params` (object).
struct custom_message : message_common {
  std::string custom_event;
  std::optional<raw_json> custom_exts;
  std::optional<raw_json> params;
  custom_message() { type = "custom"; }
};
constexpr auto wxim_schema(schema::tag<custom_message>) {
  using schema::field;
  using T = custom_message;
  return message_object<T>(field<T>("customEvent", &T::custom_event), field<T>("customExts", &T::custom_exts),
                           field<T>("params", &T::params));
}

/// `cmd`: {action}. Not stored, not counted as unread, not shown; it has no model content.
struct command_message : message_common {
  std::string action;
  command_message() { type = "cmd"; }
};
constexpr auto wxim_schema(schema::tag<command_message>) {
  using T = command_message;
  return message_object<T>(schema::field<T>("action", &T::action));
}

/// `combine` (merged messages). Created: title, summary, compatibleText, messageList (the
/// message bodies, kept as JSON; decode each with decode<message>). Received: url, secret,
/// file_length, filename, combineLevel, title, summary, compatibleText.
struct combine_message : message_common {
  std::optional<std::string> url;
  std::optional<std::string> secret;
  std::optional<std::uint64_t> file_length;
  std::optional<std::string> filename;
  std::optional<std::uint64_t> combine_level;
  std::optional<std::string> title;
  std::optional<std::string> summary;
  std::optional<std::string> compatible_text;
  std::optional<std::vector<raw_json>> message_list;
  combine_message() { type = "combine"; }
};
constexpr auto wxim_schema(schema::tag<combine_message>) {
  using schema::field;
  using T = combine_message;
  return message_object<T>(field<T>("url", &T::url), field<T>("secret", &T::secret),
                           field<T>("file_length", &T::file_length), field<T>("filename", &T::filename),
                           field<T>("combineLevel", &T::combine_level), field<T>("title", &T::title),
                           field<T>("summary", &T::summary), field<T>("compatibleText", &T::compatible_text),
                           field<T>("messageList", &T::message_list));
}

/// Any other `type` string: the envelope, with every other key kept in `unknown`.
struct unknown_message : message_common {};
constexpr auto wxim_schema(schema::tag<unknown_message>) { return message_object<unknown_message>(); }

}  // namespace easemob
WXIM_END_NAMESPACE
