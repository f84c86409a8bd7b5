// SPDX-License-Identifier: MIT
#include "wxim/timeline/label.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <random>
#include <string>

using namespace wxim;
using std::chrono::minutes;

namespace {

const minutes utc8{8 * 60};
const minutes utc0{0};
const minutes utc_minus5{-5 * 60};
const minutes nepal{5 * 60 + 45};

/// The instant at local wall-clock y-m-d hh:mm(:ss.ms) in `offset`, via date.h.
instant at(int y, unsigned m, unsigned d, int hh, int mm, minutes offset, int ss = 0, int ms = 0) {
  const auto local = date::sys_days{date::year{y} / date::month{m} / date::day{d}} + std::chrono::hours{hh} +
                     minutes{mm} + std::chrono::seconds{ss} + std::chrono::milliseconds{ms};
  return instant{local - offset};
}

std::string im(instant t, instant now, minutes off = utc8) { return label(t, now, off, label_style::wechat_im); }
std::string compat(instant t, instant now, minutes off = utc8) {
  return label(t, now, off, label_style::wechat_im_compat);
}

}  // namespace

TEST_CASE("the required wechat-im check at 2026-03-01 10:00 +08:00", "[timeline]") {
  const instant now = at(2026, 3, 1, 10, 0, utc8);
  CHECK(im(at(2026, 2, 28, 23, 59, utc8), now) == "昨天 23:59");
  CHECK(im(at(2026, 3, 1, 9, 5, utc8), now) == "9:05");
}

TEST_CASE("wechat-im: H:mm today, hour unpadded and minutes padded", "[timeline]") {
  const instant now = at(2024, 3, 7, 23, 50, utc8);
  CHECK(im(at(2024, 3, 7, 0, 0, utc8), now) == "0:00");
  CHECK(im(at(2024, 3, 7, 9, 5, utc8), now) == "9:05");
  CHECK(im(at(2024, 3, 7, 10, 0, utc8), now) == "10:00");
  CHECK(im(at(2024, 3, 7, 23, 41, utc8), now) == "23:41");
  CHECK(im(at(2024, 3, 6, 9, 5, utc8), now) == "昨天 9:05");
  CHECK(im(at(2024, 3, 5, 9, 5, utc8), now) == "2024年3月5日 9:05");
  CHECK(im(at(2023, 11, 17, 21, 30, utc8), now) == "2023年11月17日 21:30");
}

TEST_CASE("wechat-im: midnight is the day boundary, to the millisecond", "[timeline]") {
  const instant now = at(2024, 3, 7, 0, 0, utc8);  // the first instant of the 7th
  CHECK(im(at(2024, 3, 7, 0, 0, utc8), now) == "0:00");
  CHECK(im(at(2024, 3, 6, 23, 59, utc8, 59, 999), now) == "昨天 23:59");
  CHECK(im(at(2024, 3, 6, 0, 0, utc8), now) == "昨天 0:00");
  CHECK(im(at(2024, 3, 5, 23, 59, utc8, 59, 999), now) == "2024年3月5日 23:59");
  const instant late = at(2024, 3, 7, 23, 59, utc8, 59, 999);  // the last instant of the 7th
  CHECK(im(at(2024, 3, 6, 0, 0, utc8), late) == "昨天 0:00");
  CHECK(im(at(2024, 3, 7, 0, 0, utc8), late) == "0:00");
}

TEST_CASE("wechat-im: yesterday across month, year and leap-day boundaries, compat only within a month", "[timeline]") {
  struct boundary {
    instant now;
    instant t;
    const char* fixed;
    const char* original;
  };
  const boundary cases[] = {
      // 1st of a month after a 31-day month.
      {at(2024, 4, 1, 8, 0, utc8), at(2024, 3, 31, 22, 15, utc8), "昨天 22:15", "2024年3月31日 22:15"},
      // New year.
      {at(2025, 1, 1, 0, 30, utc8), at(2024, 12, 31, 23, 0, utc8), "昨天 23:00", "2024年12月31日 23:00"},
      // Leap day as yesterday.
      {at(2024, 3, 1, 10, 0, utc8), at(2024, 2, 29, 8, 7, utc8), "昨天 8:07", "2024年2月29日 8:07"},
      // The day before the leap day, seen on the leap day: same month, so both agree.
      {at(2024, 2, 29, 10, 0, utc8), at(2024, 2, 28, 8, 7, utc8), "昨天 8:07", "昨天 8:07"},
      // Not a leap year: Feb 28 is the day before Mar 1.
      {at(2026, 3, 1, 10, 0, utc8), at(2026, 2, 28, 23, 59, utc8), "昨天 23:59", "2026年2月28日 23:59"},
      // Two days back over a leap day is not yesterday in either.
      {at(2024, 3, 1, 10, 0, utc8), at(2024, 2, 28, 8, 7, utc8), "2024年2月28日 8:07", "2024年2月28日 8:07"},
  };
  for (const auto& c : cases) {
    CHECK(im(c.t, c.now) == c.fixed);
    CHECK(compat(c.t, c.now) == c.original);
  }
}

TEST_CASE("wechat-im compat compares fields as the client does", "[timeline]") {
  const instant now = at(2024, 3, 7, 12, 0, utc8);
  CHECK(compat(at(2024, 3, 7, 9, 5, utc8), now) == "9:05");
  CHECK(compat(at(2024, 3, 6, 9, 5, utc8), now) == "昨天 9:05");
  // Same day number, other month or year: the full date.
  CHECK(compat(at(2024, 2, 6, 9, 5, utc8), now) == "2024年2月6日 9:05");
  CHECK(compat(at(2023, 3, 6, 9, 5, utc8), now) == "2023年3月6日 9:05");
  // Later in the month (the client's frozen "today" makes this common): full date.
  CHECK(compat(at(2024, 3, 8, 9, 5, utc8), now) == "2024年3月8日 9:05");
}

TEST_CASE("labels are taken in the viewer's offset", "[timeline]") {
  const instant t = at(2024, 3, 7, 1, 30, utc0);    // 01:30Z on the 7th
  const instant now = at(2024, 3, 7, 12, 0, utc0);  // 12:00Z on the 7th
  CHECK(im(t, now, utc8) == "9:30");
  CHECK(im(t, now, utc0) == "1:30");
  CHECK(im(t, now, utc_minus5) == "昨天 20:30");  // 20:30 on the 6th, now 07:00 on the 7th
  CHECK(im(t, now, nepal) == "7:15");
  CHECK(label(t, now, utc_minus5, label_style::wechat) == "昨天 20:30");
  CHECK(label(t, now, nepal, label_style::room) == "03月07 07:15");
  CHECK(label(t, now, utc_minus5, label_style::room) == "03月06 20:30");
  // A date that exists only in one offset: 23:30Z on Feb 28 is already Feb 29 at +08:00.
  const instant leap_eve = at(2024, 2, 28, 23, 30, utc0);
  const instant later = at(2024, 3, 5, 12, 0, utc0);
  CHECK(im(leap_eve, later, utc8) == "2024年2月29日 7:30");
  CHECK(im(leap_eve, later, utc0) == "2024年2月28日 23:30");
  CHECK(im(leap_eve, later, utc_minus5) == "2024年2月28日 18:30");
  CHECK(im(leap_eve, later, nepal) == "2024年2月29日 5:15");
}

TEST_CASE("wechat style: today, yesterday, weekday for 2 to 6 days ago, then dates", "[timeline]") {
  // 2024-03-07 is a Thursday.
  const instant now = at(2024, 3, 7, 12, 0, utc8);
  const auto w = [&](instant t) { return label(t, now, utc8, label_style::wechat); };
  CHECK(w(at(2024, 3, 7, 9, 5, utc8)) == "09:05");
  CHECK(w(at(2024, 3, 6, 9, 5, utc8)) == "昨天 09:05");
  CHECK(w(at(2024, 3, 5, 9, 5, utc8)) == "星期二 09:05");
  CHECK(w(at(2024, 3, 4, 0, 0, utc8)) == "星期一 00:00");
  CHECK(w(at(2024, 3, 3, 9, 5, utc8)) == "星期日 09:05");
  CHECK(w(at(2024, 3, 2, 9, 5, utc8)) == "星期六 09:05");
  CHECK(w(at(2024, 3, 1, 23, 59, utc8)) == "星期五 23:59");    // 6 days ago: still a weekday
  CHECK(w(at(2024, 2, 29, 23, 59, utc8)) == "2月29日 23:59");  // 7 days ago: the date
  CHECK(w(at(2024, 1, 1, 0, 0, utc8)) == "1月1日 00:00");
  CHECK(w(at(2023, 12, 31, 23, 59, utc8)) == "2023年12月31日 23:59");
  // Weekdays across a year boundary: 2025-01-01 is a Wednesday, so Dec 30 2024 is a Monday.
  const instant ny = at(2025, 1, 1, 8, 0, utc8);
  CHECK(label(at(2024, 12, 30, 8, 0, utc8), ny, utc8, label_style::wechat) == "星期一 08:00");
  CHECK(label(at(2024, 12, 26, 8, 0, utc8), ny, utc8, label_style::wechat) == "星期四 08:00");
  CHECK(label(at(2024, 12, 25, 8, 0, utc8), ny, utc8, label_style::wechat) == "2024年12月25日 08:00");
  // 2 to 6 days before a Sunday are Monday to Friday; 7 days before is a date, so a
  // weekday name never means "today's weekday, a week ago".
  const instant sunday = at(2024, 3, 10, 12, 0, utc8);
  CHECK(label(at(2024, 3, 4, 12, 0, utc8), sunday, utc8, label_style::wechat) == "星期一 12:00");
  CHECK(label(at(2024, 3, 5, 12, 0, utc8), sunday, utc8, label_style::wechat) == "星期二 12:00");
  CHECK(label(at(2024, 3, 6, 12, 0, utc8), sunday, utc8, label_style::wechat) == "星期三 12:00");
  CHECK(label(at(2024, 3, 7, 12, 0, utc8), sunday, utc8, label_style::wechat) == "星期四 12:00");
  CHECK(label(at(2024, 3, 8, 12, 0, utc8), sunday, utc8, label_style::wechat) == "星期五 12:00");
  CHECK(label(at(2024, 3, 3, 12, 0, utc8), sunday, utc8, label_style::wechat) == "3月3日 12:00");
}

TEST_CASE("en style mirrors wechat in English", "[timeline]") {
  const instant now = at(2024, 3, 7, 12, 0, utc8);  // Thursday
  const auto e = [&](instant t) { return label(t, now, utc8, label_style::en); };
  CHECK(e(at(2024, 3, 7, 9, 5, utc8)) == "09:05");
  CHECK(e(at(2024, 3, 6, 9, 5, utc8)) == "Yesterday 09:05");
  CHECK(e(at(2024, 3, 5, 9, 5, utc8)) == "Tuesday 09:05");
  CHECK(e(at(2024, 3, 3, 21, 0, utc8)) == "Sunday 21:00");
  CHECK(e(at(2024, 2, 29, 9, 5, utc8)) == "Feb 29 09:05");
  CHECK(e(at(2024, 12, 31, 9, 5, utc8)) == "Dec 31, 2024 09:05");  // future: with the year
  CHECK(e(at(2023, 3, 7, 9, 5, utc8)) == "Mar 7, 2023 09:05");
}

TEST_CASE("room style is MM月DD HH:mm whatever now is", "[timeline]") {
  const instant now = at(2024, 6, 17, 12, 0, utc8);
  CHECK(label(at(2024, 6, 17, 9, 5, utc8), now, utc8, label_style::room) == "06月17 09:05");
  CHECK(label(at(2018, 10, 8, 14, 30, utc8), now, utc8, label_style::room) == "10月08 14:30");
  CHECK(label(at(2030, 1, 2, 0, 0, utc8), now, utc8, label_style::room) == "01月02 00:00");
  CHECK(label(at(2024, 6, 17, 9, 5, utc8), instant{}, utc8, label_style::room) == "06月17 09:05");
}

TEST_CASE("future instants: same day reads as today, later days get the full date", "[timeline]") {
  const instant now = at(2024, 3, 7, 12, 0, utc8);
  CHECK(im(at(2024, 3, 7, 18, 0, utc8), now) == "18:00");
  CHECK(im(at(2024, 3, 8, 9, 5, utc8), now) == "2024年3月8日 9:05");
  CHECK(label(at(2024, 3, 7, 18, 0, utc8), now, utc8, label_style::wechat) == "18:00");
  CHECK(label(at(2024, 3, 8, 9, 5, utc8), now, utc8, label_style::wechat) == "2024年3月8日 09:05");
  CHECK(label(at(2024, 3, 12, 9, 5, utc8), now, utc8, label_style::wechat) == "2024年3月12日 09:05");
  CHECK(label(at(2024, 3, 8, 9, 5, utc8), now, utc8, label_style::en) == "Mar 8, 2024 09:05");
}

TEST_CASE("instants before 1970 label like any other", "[timeline]") {
  const instant now = at(2026, 3, 1, 10, 0, utc8);
  CHECK(im(from_unix_ms(-1), now, utc0) == "1969年12月31日 23:59");
  CHECK(im(from_unix_ms(-1), now, utc8) == "1970年1月1日 7:59");
  CHECK(im(at(1900, 2, 28, 6, 1, utc8), now) == "1900年2月28日 6:01");
  CHECK(label(at(1969, 7, 20, 20, 17, utc0), now, utc0, label_style::en) == "Jul 20, 1969 20:17");
  // "Yesterday" works before 1970 too.
  CHECK(im(at(1969, 12, 31, 8, 0, utc8), at(1970, 1, 1, 8, 0, utc8)) == "昨天 8:00");
  // The day before 1 AD is in year 0 (1 BC).
  CHECK(im(at(0, 12, 31, 12, 0, utc0), now, utc0) == "0年12月31日 12:00");
}

TEST_CASE("the extreme instants have labels in every style and offset", "[timeline]") {
  const instant lo = from_unix_ms(INT64_MIN);
  const instant hi = from_unix_ms(INT64_MAX);
  CHECK(im(hi, hi, utc0) == "7:12");
  CHECK(im(hi, lo, utc0) == "292278994年8月17日 7:12");
  CHECK(im(lo, hi, utc0) == "-292275055年5月16日 16:47");
  CHECK(im(lo, hi, utc_minus5) == "-292275055年5月16日 11:47");
  CHECK(im(hi, hi, utc8) == "15:12");
  CHECK(label(hi, hi, utc8, label_style::room) == "08月17 15:12");
  CHECK(label(lo, hi, utc0, label_style::en) == "May 16, -292275055 16:47");
  CHECK(server_time_str(hi, nepal) == "12:57");
  const minutes offsets[] = {utc8, utc0, utc_minus5, nepal, minutes{INT64_MAX}, minutes{INT64_MIN}, minutes{-1}};
  const instant instants[] = {
      lo, hi, from_unix_ms(INT64_MIN + 1), from_unix_ms(INT64_MAX - 1), from_unix_ms(0), from_unix_ms(-1)};
  for (auto style : {label_style::wechat_im, label_style::wechat_im_compat, label_style::wechat, label_style::room,
                     label_style::en}) {
    for (auto off : offsets) {
      for (auto t : instants) {
        for (auto now : instants) {
          // Every label ends with the wall-clock time, padded or not.
          const std::string s = label(t, now, off, style);
          const std::string hhmm = server_time_str(t, off);
          const std::string tail = s.substr(s.size() >= 5 ? s.size() - 5 : 0);
          CHECK((tail == hhmm || (hhmm[0] == '0' && s.substr(s.size() - 4) == hhmm.substr(1))));
        }
        CHECK(server_time_str(t, off).size() == 5);
      }
    }
  }
}

TEST_CASE("server timeStr is HH:mm, the compat form writes minute 10 as 010", "[timeline]") {
  CHECK(server_time_str(at(2024, 3, 7, 9, 5, utc8), utc8) == "09:05");
  CHECK(server_time_str(at(2024, 3, 7, 21, 10, utc8), utc8) == "21:10");
  CHECK(server_time_str(at(2024, 3, 7, 0, 0, utc8), utc8) == "00:00");
  CHECK(server_time_str(at(2024, 3, 7, 9, 10, utc8), utc8, true) == "09:010");
  CHECK(server_time_str(at(2024, 3, 7, 21, 10, utc8), utc8, true) == "21:010");
  // Every other minute is unaffected by the compat form.
  for (int m = 0; m < 60; ++m) {
    const instant t = at(2024, 3, 7, 19, m, utc8);
    if (m == 10) continue;
    CHECK(server_time_str(t, utc8, true) == server_time_str(t, utc8));
  }
  // The seeded message of the demo server: 1533294362000 is 19:06 at +08:00.
  CHECK(server_time_str(from_unix_ms(1533294362000), utc8) == "19:06");
  CHECK(server_time_str(from_unix_ms(1533294362000), utc0) == "11:06");
  CHECK(server_time_str(from_unix_ms(1533294362000), utc_minus5) == "06:06");
  CHECK(server_time_str(from_unix_ms(1533294362000), nepal) == "16:51");
}

TEST_CASE("label styles parse from and print to their CLI names", "[timeline]") {
  for (auto s : {label_style::wechat_im, label_style::wechat_im_compat, label_style::wechat, label_style::room,
                 label_style::en}) {
    const auto parsed = parse_label_style(to_string(s));
    REQUIRE(parsed);
    CHECK(*parsed == s);
  }
  CHECK(to_string(label_style::wechat_im) == "wechat-im");
  CHECK(to_string(label_style::wechat_im_compat) == "wechat-im-compat");
  CHECK(*parse_label_style("en") == label_style::en);
  for (const char* bad : {"", "wechat_im", "WeChat", "en ", "zh"}) {
    const auto r = parse_label_style(bad);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::invalid_argument);
    CHECK(r.error().message.find("wechat-im-compat") != std::string::npos);
  }
}

namespace {

// Reference labels written from the spec with date.h's sys_time arithmetic.
std::string ref_clock(const date::hh_mm_ss<std::chrono::milliseconds>& tod, bool pad) {
  const auto h = tod.hours().count();
  const auto m = tod.minutes().count();
  std::string s = (pad && h < 10 ? "0" : "") + std::to_string(h) + ":";
  return s + (m < 10 ? "0" : "") + std::to_string(m);
}

std::string ref_label(instant t, instant now, minutes off, label_style style) {
  static const char* const zh_week[] = {"日", "一", "二", "三", "四", "五", "六"};
  static const char* const en_week[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
  static const char* const en_month[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const auto lt = t + off;
  const auto dt = date::floor<date::days>(lt);
  const date::year_month_day ymd{dt};
  const date::hh_mm_ss<std::chrono::milliseconds> tod{lt - dt};
  const auto dn = date::floor<date::days>(now + off);
  const date::year_month_day now_ymd{dn};
  const int y = static_cast<int>(ymd.year());
  const unsigned mo = static_cast<unsigned>(ymd.month());
  const unsigned d = static_cast<unsigned>(ymd.day());
  const std::string full = std::to_string(y) + "年" + std::to_string(mo) + "月" + std::to_string(d) + "日 ";
  const long ago = (dn - dt).count();
  switch (style) {
    case label_style::wechat_im:
      if (ago == 0) return ref_clock(tod, false);
      if (ago == 1) return "昨天 " + ref_clock(tod, false);
      return full + ref_clock(tod, false);
    case label_style::wechat_im_compat:
      if (ymd.year() == now_ymd.year() && ymd.month() == now_ymd.month()) {
        if (ymd.day() == now_ymd.day()) return ref_clock(tod, false);
        if (d + 1 == static_cast<unsigned>(now_ymd.day())) return "昨天 " + ref_clock(tod, false);
      }
      return full + ref_clock(tod, false);
    case label_style::wechat:
    case label_style::en: {
      const bool zh = style == label_style::wechat;
      const unsigned wd = date::weekday{dt}.c_encoding();
      if (ago == 0) return ref_clock(tod, true);
      if (ago == 1) return (zh ? "昨天 " : "Yesterday ") + ref_clock(tod, true);
      if (ago >= 2 && ago <= 6)
        return (zh ? std::string("星期") + zh_week[wd] : en_week[wd]) + " " + ref_clock(tod, true);
      const bool same_year = ago > 0 && ymd.year() == now_ymd.year();
      if (zh) return (same_year ? std::to_string(mo) + "月" + std::to_string(d) + "日 " : full) + ref_clock(tod, true);
      return std::string(en_month[mo - 1]) + " " + std::to_string(d) + (same_year ? "" : ", " + std::to_string(y)) +
             " " + ref_clock(tod, true);
    }
    case label_style::room: {
      std::string s = (mo < 10 ? "0" : "") + std::to_string(mo) + "月" + (d < 10 ? "0" : "") + std::to_string(d);
      return s + " " + ref_clock(tod, true);
    }
  }
  return {};
}

}  // namespace

TEST_CASE("every style agrees with a date.h reference on random instants near now", "[timeline]") {
  std::mt19937_64 rng(42);
  std::uniform_int_distribution<std::int64_t> now_ms(-3'000'000'000'000, 4'000'000'000'000);
  std::uniform_int_distribution<std::int64_t> back(-3 * 86'400'000LL, 500 * 86'400'000LL);  // mostly the past
  const minutes offsets[] = {utc8, utc0, utc_minus5, nepal, minutes{-12 * 60}, minutes{14 * 60}};
  for (int i = 0; i < 20000; ++i) {
    const instant now = from_unix_ms(now_ms(rng));
    const std::int64_t gap = back(rng);
    const instant t = now - std::chrono::milliseconds{i % 4 == 0 ? gap % (8 * 86'400'000LL) : gap};
    const minutes off = offsets[i % 6];
    for (auto style : {label_style::wechat_im, label_style::wechat_im_compat, label_style::wechat, label_style::room,
                       label_style::en}) {
      INFO(to_unix_ms(t) << " at " << to_unix_ms(now) << " offset " << off.count() << " " << to_string(style));
      REQUIRE(label(t, now, off, style) == ref_label(t, now, off, style));
    }
    REQUIRE(server_time_str(t, off) == date::format("%H:%M", date::floor<minutes>(t + off)));
  }
}

TEST_CASE("the style table of docs/timeline.md", "[timeline]") {
  const instant now = at(2024, 3, 7, 12, 0, utc8);  // Thursday
  const instant today = at(2024, 3, 7, 9, 5, utc8);
  const instant yesterday = at(2024, 3, 6, 9, 5, utc8);
  const instant tuesday = at(2024, 3, 5, 9, 5, utc8);
  const instant january = at(2024, 1, 2, 9, 5, utc8);
  const instant last_year = at(2023, 11, 17, 21, 30, utc8);
  struct row {
    label_style style;
    const char* cells[5];
  };
  const row rows[] = {
      {label_style::wechat_im, {"9:05", "昨天 9:05", "2024年3月5日 9:05", "2024年1月2日 9:05", "2023年11月17日 21:30"}},
      {label_style::wechat_im_compat,
       {"9:05", "昨天 9:05", "2024年3月5日 9:05", "2024年1月2日 9:05", "2023年11月17日 21:30"}},
      {label_style::wechat, {"09:05", "昨天 09:05", "星期二 09:05", "1月2日 09:05", "2023年11月17日 21:30"}},
      {label_style::room, {"03月07 09:05", "03月06 09:05", "03月05 09:05", "01月02 09:05", "11月17 21:30"}},
      {label_style::en, {"09:05", "Yesterday 09:05", "Tuesday 09:05", "Jan 2 09:05", "Nov 17, 2023 21:30"}},
  };
  for (const auto& r : rows) {
    INFO(to_string(r.style));
    CHECK(label(today, now, utc8, r.style) == r.cells[0]);
    CHECK(label(yesterday, now, utc8, r.style) == r.cells[1]);
    CHECK(label(tuesday, now, utc8, r.style) == r.cells[2]);
    CHECK(label(january, now, utc8, r.style) == r.cells[3]);
    CHECK(label(last_year, now, utc8, r.style) == r.cells[4]);
  }
}
