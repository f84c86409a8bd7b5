// SPDX-License-Identifier: MIT
// wxim/dialect/easemob/body.hpp: what every Easemob message body shares.
//
// The common envelope (`id`, `type`, `chatType`, `from`, `to`, `ext`, `time` and the optional
// keys of spec §3) as a base struct, the small objects inside it (`msgConfig`, `reactions`,
// `modifiedInfo`), the file object of the create options, a stream message's `stream`, and
// `groupReadCount`. Each message type (messages.hpp) derives from `message_common` and
// declares its schema with `message_object<T>(its own fields...)`.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "wxim/codec/codec.hpp"
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

/// `msgConfig`: {allowGroupAck?, languages?}.
struct msg_config {
  std::optional<bool> allow_group_ack;
  std::optional<std::vector<std::string>> languages;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<msg_config>) {
  using namespace schema;
  using T = msg_config;
  return object<T>(field("allowGroupAck", &T::allow_group_ack), field("languages", &T::languages))
      .keep_unknown(&T::unknown);
}

/// One of `reactions`: {reaction, count, userList, isAddedBySelf?, op?}.
struct reaction {
  std::string name;  ///< `reaction`
  std::uint64_t count = 0;
  std::vector<std::string> user_list;
  std::optional<bool> is_added_by_self;
  std::optional<raw_json> op;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<reaction>) {
  using namespace schema;
  using T = reaction;
  return object<T>(field("reaction", &T::name), field("count", &T::count), field("userList", &T::user_list),
                   field("isAddedBySelf", &T::is_added_by_self), field("op", &T::op))
      .keep_unknown(&T::unknown);
}

/// `modifiedInfo` of an edited message: {operatorId, operationCount, operationTime (ms)}.
struct modified_info {
  std::string operator_id;
  std::uint64_t operation_count = 0;
  std::int64_t operation_time = 0;  ///< ms
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<modified_info>) {
  using namespace schema;
  using T = modified_info;
  return object<T>(field("operatorId", &T::operator_id), field("operationCount", &T::operation_count),
                   field("operationTime", &T::operation_time))
      .keep_unknown(&T::unknown);
}

/// The `file` create option: {url, filename, filetype, data} (in a mini program `url` is the
/// temporary file path and `data` is {}), or for voice {filePath, name?, size?}. Received
/// bodies carry `file: {}`. Every key may be absent.
struct file_object {
  std::optional<std::string> url;
  std::optional<std::string> filename;
  std::optional<std::string> filetype;
  std::optional<raw_json> data;
  std::optional<std::string> file_path;  ///< `filePath`
  std::optional<std::string> name;
  std::optional<std::uint64_t> size;  ///< bytes
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<file_object>) {
  using namespace schema;
  using T = file_object;
  return object<T>(field("url", &T::url), field("filename", &T::filename), field("filetype", &T::filetype),
                   field("data", &T::data), field("filePath", &T::file_path), field("name", &T::name),
                   field("size", &T::size))
      .keep_unknown(&T::unknown);
}

/// A stream message's `stream` (a text message of sub-type 10):
/// {customType, status, errorType, text, finishReason}; every key may be absent.
struct stream_info {
  std::optional<raw_json> custom_type;
  std::optional<stream_status> status;
  std::optional<raw_json> error_type;
  std::optional<std::string> text;
  std::optional<raw_json> finish_reason;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<stream_info>) {
  using namespace schema;
  using T = stream_info;
  return object<T>(field("customType", &T::custom_type), field("status", &T::status),
                   field("errorType", &T::error_type), field("text", &T::text),
                   field("finishReason", &T::finish_reason))
      .keep_unknown(&T::unknown);
}

/// `groupReadCount` of a group read ack: message id → readers, in the order they came.
struct read_counts {
  std::vector<std::pair<std::string, std::uint64_t>> entries;

  /// The count for `id`, if listed.
  std::optional<std::uint64_t> find(std::string_view id) const noexcept {
    for (const auto& e : entries)
      if (e.first == id) return e.second;
    return std::nullopt;
  }

  friend bool operator==(const read_counts& a, const read_counts& b) { return a.entries == b.entries; }
  friend bool operator!=(const read_counts& a, const read_counts& b) { return !(a == b); }
};

}  // namespace easemob
WXIM_END_NAMESPACE

WXIM_BEGIN_NAMESPACE

template <>
struct codec<easemob::read_counts> {
  static bool read(reader& r, easemob::read_counts& out) {
    if (r.peek().kind != detail::token::begin_object) return r.type_error("an object of message id to count");
    r.take();
    out.entries.clear();
    while (r.peek().kind == detail::token::key) {
      std::string key(r.take().text);
      r.push_key(key);
      std::uint64_t n = 0;
      if (!codec<std::uint64_t>::read(r, n)) return false;
      r.pop();
      out.entries.emplace_back(std::move(key), n);
    }
    r.take();
    return check_duplicates(r, out);
  }
  static void write(writer& w, const easemob::read_counts& v) {
    w.begin_object();
    for (const auto& [k, n] : v.entries) {
      w.key(k);
      w.unsigned_integer(n);
    }
    w.end_object();
  }

 private:
  // Duplicates are found once the object ends, by sorting (a lookup per key would cost n² for
  // n keys). Refused by default; under leniency::duplicate_keys the last value wins, in the
  // first one's place, as JSON.parse keeps it.
  static bool check_duplicates(reader& r, easemob::read_counts& out) {
    auto& e = out.entries;
    if (e.size() < 2) return true;
    std::vector<std::size_t> order(e.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return e[a].first < e[b].first; });
    std::vector<bool> drop(e.size(), false);
    bool any = false;
    for (std::size_t i = 0; i < order.size();) {
      std::size_t j = i + 1;
      while (j < order.size() && e[order[j]].first == e[order[i]].first) drop[order[j++]] = true;
      if (j - i > 1) {
        if (!r.lenient(leniency::duplicate_keys)) {
          r.push_key(e[order[i]].first);
          r.fail(errc::duplicate_key, detail::duplicate_key_message(e[order[i]].first));
          r.pop();
          return false;
        }
        e[order[i]].second = e[order[j - 1]].second;
        any = true;
      }
      i = j;
    }
    if (!any) return true;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < e.size(); ++i)
      if (!drop[i]) {
        if (kept != i) e[kept] = std::move(e[i]);
        ++kept;
      }
    e.resize(kept);
    return true;
  }
};

WXIM_END_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace easemob {

/// The envelope every message body of spec §3 shares. `type` is the wire string (any string
/// is kept); `chat_type` the `chatType` string (an unknown one is kept; `chat()` says what it
/// means). `from` is "" on a freshly created message (the SDK fills it on send), absent on one
/// made with the legacy API (`new WebIM.message(type, id).set(…)`, whose body has no `from`),
/// and may read "user/resource" on a multi-device self-sync. `id` is the local id on a created message and
/// the server id (a 64-bit integer as a string) on a received one. `is_read` and
/// `is_delivered` are present on the wire only when true: absent reads as false and false is
/// left out when encoding.
struct message_common {
  std::string id;
  std::string type;
  std::string chat_type;            ///< `chatType`
  std::optional<std::string> from;  ///< absent on a legacy-API body
  std::string to;
  nullable<raw_json> ext;                     ///< any JSON, kept as it came
  time_value time;                            ///< ms
  std::optional<msg_config> config;           ///< `msgConfig`
  std::optional<online_state> online;         ///< `onlineState`, on received bodies
  std::optional<easemob::priority> priority;  ///< chat room only
  std::optional<bool> broadcast;
  std::optional<bool> deliver_online_only;
  std::optional<std::vector<std::string>> receiver_list;
  std::optional<bool> is_chat_thread;
  std::optional<raw_json> chat_thread;
  std::optional<raw_json> chat_thread_overview;
  std::optional<std::vector<reaction>> reactions;
  std::optional<raw_json> translations;
  std::optional<modified_info> modified;  ///< `modifiedInfo`
  std::optional<bool> is_content_replaced;
  bool is_read = false;
  bool is_delivered = false;
  std::optional<bool> room_type;     ///< deprecated
  std::optional<std::string> group;  ///< deprecated
  extras unknown;

  chat_kind chat() const noexcept { return parse_chat_kind(chat_type); }
  message_type kind() const noexcept { return parse_message_type(type); }
  /// `from`, or "" when it is absent.
  std::string_view sender() const noexcept { return from ? std::string_view(*from) : std::string_view(); }
  /// A freshly created message: `from` is still "" (or absent, from the legacy API).
  bool is_created() const noexcept { return sender().empty(); }
};

namespace detail {

template <class T, class M, class B>
constexpr auto member(std::string_view key, M B::*m) {
  return schema::field<T, M>(key, m);
}

}  // namespace detail

/// The schema of a message type T deriving from message_common: id, type, chatType, from, to,
/// then T's own `fields`, then ext, time and the optional envelope keys.
template <class T, class... Fields>
constexpr auto message_object(Fields... fields) {
  using namespace schema;
  using detail::member;
  return object<T>(member<T>("id", &T::id), member<T>("type", &T::type), member<T>("chatType", &T::chat_type),
                   member<T>("from", &T::from), member<T>("to", &T::to), fields..., member<T>("ext", &T::ext),
                   member<T>("time", &T::time), member<T>("msgConfig", &T::config),
                   member<T>("onlineState", &T::online), member<T>("priority", &T::priority),
                   member<T>("broadcast", &T::broadcast), member<T>("deliverOnlineOnly", &T::deliver_online_only),
                   member<T>("receiverList", &T::receiver_list), member<T>("isChatThread", &T::is_chat_thread),
                   member<T>("chatThread", &T::chat_thread), member<T>("chatThreadOverview", &T::chat_thread_overview),
                   member<T>("reactions", &T::reactions), member<T>("translations", &T::translations),
                   member<T>("modifiedInfo", &T::modified), member<T>("isContentReplaced", &T::is_content_replaced),
                   field<T, bool>("isRead", &T::is_read, default_to(false)),
                   field<T, bool>("isDelivered", &T::is_delivered, default_to(false)),
                   member<T>("roomType", &T::room_type), member<T>("group", &T::group))
      .keep_unknown(&T::unknown);
}

/// `thumb` the way the SDK builds it from an image's `url`.
inline std::string make_thumb_url(std::string_view url) {
  std::string s(url);
  s += "&thumbnail=true";
  return s;
}

}  // namespace easemob
WXIM_END_NAMESPACE
