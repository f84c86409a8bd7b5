// SPDX-License-Identifier: MIT
// Test support: a few small wire shapes that between them use every presence
// rule, nested objects, vectors, embedded JSON, raw JSON and kept extras.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "wxim/codec.hpp"
#include "wxim/schema.hpp"

namespace wxim_test::shapes {

using wxim::adl::operator==;
using wxim::adl::operator!=;
using wxim::adl::from_json;
using wxim::adl::to_json;

/// required, optional, nullable; keeps unknown keys.
struct user_info {
  std::string user_id;
  std::optional<std::string> nick_name;
  wxim::nullable<std::string> avatar_url;
  wxim::extras extras;
};
constexpr auto wxim_schema(wxim::schema::tag<user_info>) {
  using namespace wxim::schema;
  return object<user_info>(field("userId", &user_info::user_id), field("nickName", &user_info::nick_name),
                           field("avatarUrl", &user_info::avatar_url))
      .keep_unknown(&user_info::extras);
}

/// A nested object; `required` on an optional and on a nullable; `default_to`.
struct login_frame {
  std::string type;
  user_info user;
  std::optional<std::int64_t> seq;    // required: present, not null
  wxim::nullable<std::string> token;  // required: present, may be null
  std::int32_t version = 0;           // absent means 1
  std::string lang;                   // absent means "zh_CN"
  wxim::extras extras;
};
constexpr auto wxim_schema(wxim::schema::tag<login_frame>) {
  using namespace wxim::schema;
  return object<login_frame>(field("type", &login_frame::type), field("userInfo", &login_frame::user),
                             field("seq", &login_frame::seq, required), field("token", &login_frame::token, required),
                             field("version", &login_frame::version, default_to(1)),
                             field("lang", &login_frame::lang, default_to("zh_CN")))
      .keep_unknown(&login_frame::extras);
}

/// What wechat-im puts inside `latestMsg` (as JSON text).
struct chat_msg {
  std::string type;
  std::string content;
  std::int64_t time = 0;  // ms since the epoch, 13 digits
  wxim::extras extras;
};
constexpr auto wxim_schema(wxim::schema::tag<chat_msg>) {
  using namespace wxim::schema;
  return object<chat_msg>(field("type", &chat_msg::type), field("content", &chat_msg::content),
                          field("time", &chat_msg::time))
      .keep_unknown(&chat_msg::extras);
}

/// An element of a vector, with an embedded JSON string inside.
struct conversation {
  std::string friend_id;
  wxim::embedded_json<chat_msg> latest_msg;
  std::uint32_t unread = 0;  // absent means 0
  wxim::extras extras;
};
constexpr auto wxim_schema(wxim::schema::tag<conversation>) {
  using namespace wxim::schema;
  return object<conversation>(field("friendId", &conversation::friend_id),
                              field("latestMsg", &conversation::latest_msg),
                              field("unread", &conversation::unread, default_to(0u)))
      .keep_unknown(&conversation::extras);
}

/// Top level: a vector of described objects, raw JSON, a vector of strings.
struct conversations_frame {
  std::string type;
  std::vector<conversation> conversations;
  std::optional<wxim::raw_json> payload;
  std::optional<std::vector<std::string>> tags;
  wxim::extras extras;
};
constexpr auto wxim_schema(wxim::schema::tag<conversations_frame>) {
  using namespace wxim::schema;
  return object<conversations_frame>(
             field("type", &conversations_frame::type), field("conversations", &conversations_frame::conversations),
             field("payload", &conversations_frame::payload), field("tags", &conversations_frame::tags))
      .keep_unknown(&conversations_frame::extras);
}

/// Scalars of every width, each optional; no keep_unknown, so unknown keys
/// are dropped.
struct numbers {
  std::optional<std::int64_t> i64;
  std::optional<std::uint64_t> u64;
  std::optional<std::int32_t> i32;
  std::optional<std::int8_t> i8;
  std::optional<std::uint8_t> u8;
  std::optional<std::uint32_t> u32;
  std::optional<double> d;
  std::optional<float> f;
  std::optional<bool> b;
  std::optional<std::string> s;
};
constexpr auto wxim_schema(wxim::schema::tag<numbers>) {
  using namespace wxim::schema;
  return object<numbers>(field("i64", &numbers::i64), field("u64", &numbers::u64), field("i32", &numbers::i32),
                         field("i8", &numbers::i8), field("u8", &numbers::u8), field("u32", &numbers::u32),
                         field("d", &numbers::d), field("f", &numbers::f), field("b", &numbers::b),
                         field("s", &numbers::s));
}

/// One string in an object, for string edge cases.
struct text_box {
  std::string text;
};
constexpr auto wxim_schema(wxim::schema::tag<text_box>) {
  using namespace wxim::schema;
  return object<text_box>(field("text", &text_box::text));
}

/// A described type whose member is itself a vector of described types with
/// extras, for equality.
struct roster {
  std::vector<user_info> users;
  std::vector<std::vector<std::int32_t>> grid;
  wxim::nullable<user_info> owner;
  wxim::extras extras;
};
constexpr auto wxim_schema(wxim::schema::tag<roster>) {
  using namespace wxim::schema;
  return object<roster>(field("users", &roster::users), field("grid", &roster::grid), field("owner", &roster::owner))
      .keep_unknown(&roster::extras);
}

}  // namespace wxim_test::shapes
