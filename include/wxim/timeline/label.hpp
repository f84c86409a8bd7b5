// SPDX-License-Identifier: MIT
// wxim/timeline/label.hpp: the text of a time bubble, in each client's style.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "wxim/error.hpp"
#include "wxim/model/instant.hpp"
#include "wxim/result.hpp"
#include "wxim/timeline/detail/calendar.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE

/// How a time bubble reads. All styles compute calendar days in the viewer's
/// UTC offset and compare them with the caller's `now`.
enum class label_style {
  wechat_im,         ///< `9:05`, `昨天 9:05`, `2024年3月7日 9:05`; yesterday = previous calendar day
  wechat_im_compat,  ///< as the wechat-im client: yesterday only within the same month
  wechat,            ///< `09:05`, `昨天 09:05`, `星期三 09:05`, `3月7日 09:05`, `2024年3月7日 09:05`
  room,              ///< `03月07 09:05`, whatever `now` is (the token/topic chatroom page)
  en,                ///< `09:05`, `Yesterday 09:05`, `Wednesday 09:05`, `Mar 7 09:05`, `Mar 7, 2024 09:05`
};

/// The name the CLI takes: `wechat-im`, `wechat-im-compat`, `wechat`, `room`, `en`.
constexpr std::string_view to_string(label_style s) noexcept {
  switch (s) {
    case label_style::wechat_im:
      return "wechat-im";
    case label_style::wechat_im_compat:
      return "wechat-im-compat";
    case label_style::wechat:
      return "wechat";
    case label_style::room:
      return "room";
    case label_style::en:
      return "en";
  }
  return "wechat-im";  // unreachable for valid enumerators
}

/// The style named by `name` (exactly one of to_string's names), or
/// `errc::invalid_argument` listing the names.
inline result<label_style> parse_label_style(std::string_view name) {
  for (auto s : {label_style::wechat_im, label_style::wechat_im_compat, label_style::wechat, label_style::room,
                 label_style::en}) {
    if (name == to_string(s)) return s;
  }
  return error{errc::invalid_argument, "", std::nullopt,
               "unknown label style \"" + std::string(name) +
                   "\"; expected one of: wechat-im, wechat-im-compat, wechat, room, en",
               std::nullopt};
}

namespace detail::labels {

// UTF-8 spelled out in escapes so the header does not depend on the
// compiler's source character set.
inline constexpr std::string_view yesterday_zh = "\xE6\x98\xA8\xE5\xA4\xA9";  // 昨天
inline constexpr std::string_view year_zh = "\xE5\xB9\xB4";                   // 年
inline constexpr std::string_view month_zh = "\xE6\x9C\x88";                  // 月
inline constexpr std::string_view day_zh = "\xE6\x97\xA5";                    // 日
inline constexpr std::string_view week_zh = "\xE6\x98\x9F\xE6\x9C\x9F";       // 星期
inline constexpr std::string_view weekday_zh[7] = {"\xE6\x97\xA5", "\xE4\xB8\x80", "\xE4\xBA\x8C",
                                                   "\xE4\xB8\x89",                                   // 日 一 二 三
                                                   "\xE5\x9B\x9B", "\xE4\xBA\x94", "\xE5\x85\xAD"};  // 四 五 六
inline constexpr std::string_view weekday_en[7] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                   "Thursday", "Friday", "Saturday"};
inline constexpr std::string_view month_en[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

inline void two_digits(std::string& s, unsigned v) {
  s += static_cast<char>('0' + v / 10 % 10);
  s += static_cast<char>('0' + v % 10);
}

/// `H:mm` (hour unpadded) or `HH:mm`.
inline void clock(std::string& s, const calendar::local_fields& f, bool pad_hour) {
  if (pad_hour || f.hour >= 10) {
    two_digits(s, f.hour);
  } else {
    s += static_cast<char>('0' + f.hour);
  }
  s += ':';
  two_digits(s, f.minute);
}

/// `YYYY年M月D日 ` (with the trailing space); years print as signed decimals.
inline void full_date_zh(std::string& s, const calendar::civil_date& d) {
  s += std::to_string(d.year);
  s += year_zh;
  s += std::to_string(d.month);
  s += month_zh;
  s += std::to_string(d.day);
  s += day_zh;
  s += ' ';
}

inline std::string wechat_im(const calendar::local_fields& t, const calendar::local_fields& now, bool compat) {
  std::string s;
  bool today = false;
  bool yesterday = false;
  if (compat) {
    // The client compares year, month and day fields, so "yesterday" needs
    // the same month: on the 1st, the last day of the previous month fails.
    const bool same_month = t.date.year == now.date.year && t.date.month == now.date.month;
    today = same_month && t.date.day == now.date.day;
    yesterday = same_month && t.date.day + 1 == now.date.day;
  } else {
    today = t.day == now.day;
    yesterday = t.day + 1 == now.day;  // day numbers: month, year and leap days for free
  }
  if (yesterday) {
    s += yesterday_zh;
    s += ' ';
  } else if (!today) {
    full_date_zh(s, t.date);
  }
  clock(s, t, false);
  return s;
}

/// Calendar days from `t` back to `now`: 0 today, 1 yesterday, negative in
/// the future. Day numbers are below 2^53 in magnitude, so this cannot overflow.
constexpr std::int64_t days_ago(const calendar::local_fields& t, const calendar::local_fields& now) noexcept {
  return now.day - t.day;
}

inline std::string wechat(const calendar::local_fields& t, const calendar::local_fields& now) {
  std::string s;
  const std::int64_t ago = days_ago(t, now);
  if (ago == 1) {
    s += yesterday_zh;
    s += ' ';
  } else if (ago >= 2 && ago <= 6) {
    s += week_zh;
    s += weekday_zh[t.weekday];
    s += ' ';
  } else if (ago >= 7 && t.date.year == now.date.year) {
    s += std::to_string(t.date.month);
    s += month_zh;
    s += std::to_string(t.date.day);
    s += day_zh;
    s += ' ';
  } else if (ago != 0) {
    full_date_zh(s, t.date);  // older years, and every future day
  }
  clock(s, t, true);
  return s;
}

inline std::string en(const calendar::local_fields& t, const calendar::local_fields& now) {
  std::string s;
  const std::int64_t ago = days_ago(t, now);
  if (ago == 1) {
    s += "Yesterday ";
  } else if (ago >= 2 && ago <= 6) {
    s += weekday_en[t.weekday];
    s += ' ';
  } else if (ago != 0) {
    s += month_en[t.date.month - 1];
    s += ' ';
    s += std::to_string(t.date.day);
    if (ago < 7 || t.date.year != now.date.year) {
      s += ", ";
      s += std::to_string(t.date.year);
    }
    s += ' ';
  }
  clock(s, t, true);
  return s;
}

inline std::string room(const calendar::local_fields& t) {
  std::string s;
  two_digits(s, t.date.month);
  s += month_zh;
  two_digits(s, t.date.day);
  s += ' ';
  clock(s, t, true);
  return s;
}

}  // namespace detail::labels

/// The bubble text for `t` seen at `now` by a viewer `utc_offset` east of UTC
/// (+08:00 is `std::chrono::minutes{480}`).
///
/// Calendar days are taken in that offset. Instants later than `now`: on
/// now's calendar day they read as today (time only); on any later day they
/// get the style's full form with the year (`wechat_im_compat` keeps the
/// client's field comparison instead). Every instant has a label, including
/// those before 1970 and at the ends of the 64-bit millisecond range (years
/// print as signed numbers, year 0 being 1 BC).
inline std::string label(instant t, instant now, std::chrono::minutes utc_offset, label_style style) {
  const auto lt = detail::calendar::local_time_of(t, utc_offset);
  if (style == label_style::room) return detail::labels::room(lt);
  const auto ln = detail::calendar::local_time_of(now, utc_offset);
  switch (style) {
    case label_style::wechat_im:
      return detail::labels::wechat_im(lt, ln, false);
    case label_style::wechat_im_compat:
      return detail::labels::wechat_im(lt, ln, true);
    case label_style::wechat:
      return detail::labels::wechat(lt, ln);
    case label_style::en:
      return detail::labels::en(lt, ln);
    case label_style::room:
      break;
  }
  return detail::labels::room(lt);
}

/// The wechat-im server's `timeStr`: `HH:mm` in the server's offset, both
/// zero-padded. With `compat_minute10` the demo server's defect is
/// reproduced: it prefixes `0` to minutes up to and including 10, so minute
/// 10 reads `010` (`09:010`); all other minutes are unaffected.
inline std::string server_time_str(instant t, std::chrono::minutes utc_offset, bool compat_minute10 = false) {
  const auto f = detail::calendar::local_time_of(t, utc_offset);
  std::string s;
  detail::labels::two_digits(s, f.hour);
  s += ':';
  if (compat_minute10 && f.minute == 10) {
    s += "010";
  } else {
    detail::labels::two_digits(s, f.minute);
  }
  return s;
}

WXIM_END_NAMESPACE
