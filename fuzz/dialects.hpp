// SPDX-License-Identifier: MIT
// fuzz/dialects.hpp: every dialect's decoder behind one face, and the
// invariants the fuzz targets and property tests check on it.
//
// Adding a dialect is one entry in WXIM_VERIFY_DIALECTS: its namespace and
// its decode function (decode_frame or decode_object).
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>

#include "wxim/dialect/easemob.hpp"
#include "wxim/dialect/jim.hpp"
#include "wxim/dialect/room.hpp"
#include "wxim/dialect/tim.hpp"
#include "wxim/dialect/wechat_im.hpp"

#define WXIM_VERIFY_DIALECTS(X) \
  X(wechat_im, decode_frame)    \
  X(jim, decode_frame)          \
  X(room, decode_frame)         \
  X(tim, decode_object)         \
  X(easemob, decode_object)

namespace wxim_verify {

// direction_of(value) where the dialect has it, else direction_of(kind_of(value)).
template <class F>
auto direction_for(const F& f, int) -> decltype(direction_of(f)) {
  return direction_of(f);
}
template <class F>
auto direction_for(const F& f, long) -> decltype(direction_of(kind_of(f))) {
  return direction_of(kind_of(f));
}

#define WXIM_VERIFY_DECLARE(NS, DECODE)                                                                              \
  struct NS##_dialect {                                                                                              \
    static constexpr std::string_view name = #NS;                                                                    \
    using frame =                                                                                                    \
        std::decay_t<decltype(*wxim::NS::DECODE(std::string_view(), wxim::direction::any, wxim::decode_options()))>; \
    static wxim::result<frame> decode(std::string_view text, wxim::direction dir, const wxim::decode_options& o) {   \
      return wxim::NS::DECODE(text, dir, o);                                                                         \
    }                                                                                                                \
    static std::string encode(const frame& f) { return wxim::NS::encode(f); }                                        \
    static wxim::direction direction(const frame& f) { return direction_for(f, 0); }                                 \
  };
WXIM_VERIFY_DIALECTS(WXIM_VERIFY_DECLARE)
#undef WXIM_VERIFY_DECLARE

#define WXIM_VERIFY_LIST(NS, DECODE) NS##_dialect,
using all_dialects = std::tuple<WXIM_VERIFY_DIALECTS(WXIM_VERIFY_LIST) void>;
#undef WXIM_VERIFY_LIST

/// Calls fn(dialect{}) for every dialect.
template <class Fn, std::size_t... I>
void for_each_dialect_impl(Fn&& fn, std::index_sequence<I...>) {
  (fn(std::tuple_element_t<I, all_dialects>{}), ...);
}
template <class Fn>
void for_each_dialect(Fn&& fn) {
  for_each_dialect_impl(fn, std::make_index_sequence<std::tuple_size_v<all_dialects> - 1>{});
}

inline wxim::decode_options with_parser(wxim::json_parser p) {
  wxim::decode_options o;
  o.parser = p;
  return o;
}

/// JSON equality by nlohmann's DOM; false when either is not JSON.
inline bool json_equal(std::string_view a, std::string_view b) {
  const auto x = nlohmann::json::parse(a.begin(), a.end(), nullptr, false);
  const auto y = nlohmann::json::parse(b.begin(), b.end(), nullptr, false);
  return !x.is_discarded() && !y.is_discarded() && x == y;
}

/// What went wrong, for a fuzz target to report before it aborts.
struct violation {
  const char* what = nullptr;
  explicit operator bool() const noexcept { return what != nullptr; }
};

/// The round-trip invariant for a decoded value: its encoding decodes again
/// (in its own direction) to an equal value, whose encoding is the same JSON.
template <class D>
violation check_round_trip(const typename D::frame& v, const wxim::decode_options& o) {
  const std::string once = D::encode(v);
  auto again = D::decode(once, D::direction(v), o);
  if (!again) return {"the encoding of an accepted value is refused"};
  if (!(*again == v)) return {"decode(encode(v)) != v"};
  if (!json_equal(D::encode(*again), once)) return {"encode(decode(encode(v))) is not JSON-equal to encode(v)"};
  return {};
}

/// Decodes `text` in every direction with both tokenizers: the two agree,
/// nothing throws, and what is accepted round-trips and is lossless.
template <class D>
violation check_text(std::string_view text) {
  for (wxim::direction dir : {wxim::direction::any, wxim::direction::c2s, wxim::direction::s2c}) {
    const auto a = D::decode(text, dir, with_parser(wxim::json_parser::wxim_lexer));
    const auto b = D::decode(text, dir, with_parser(wxim::json_parser::nlohmann_sax));
    if (a.has_value() != b.has_value()) return {"the two tokenizers disagree on accepting the frame"};
    if (!a) continue;
    if (!(*a == *b)) return {"the two tokenizers decode different values"};
    if (auto v = check_round_trip<D>(*a, {})) return v;
    if (!json_equal(D::encode(*a), text)) return {"encode(decode(text)) is not JSON-equal to text"};
  }
  return {};
}

/// wxim's lexer against nlohmann's parser on any bytes: the same
/// accept/reject, and the same compact text when both accept.
inline violation check_tokenizers(std::string_view text) {
  const auto a = wxim::decode<wxim::raw_json>(text, with_parser(wxim::json_parser::wxim_lexer));
  const auto b = wxim::decode<wxim::raw_json>(text, with_parser(wxim::json_parser::nlohmann_sax));
  if (a.has_value() != b.has_value()) return {"wxim's lexer and nlohmann's parser disagree on accepting the text"};
  if (a && a->text != b->text) return {"wxim's lexer and nlohmann's parser give different values"};
  return {};
}

/// For fuzz targets: a violation or an escaping exception is a crash.
template <class Fn>
int run_or_abort(const std::uint8_t* data, std::size_t size, Fn&& fn) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    if (const violation v = fn(text)) {
      std::fprintf(stderr, "wxim invariant violated: %s\n", v.what);
      std::abort();
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "wxim: an exception escaped: %s\n", e.what());
    std::abort();
  }
  return 0;
}

}  // namespace wxim_verify
