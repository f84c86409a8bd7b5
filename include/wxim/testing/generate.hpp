// SPDX-License-Identifier: MIT
// wxim/testing/generate.hpp: random valid values of any schema-described type.
//
//   wxim::testing::generator g(7);
//   myapp::room_state v = wxim::testing::generate<myapp::room_state>(g);
//   REQUIRE(wxim::decode<myapp::room_state>(wxim::encode(v)).value() == v);
//
// generate<T> walks schema_of<T>() field by field and recurses by member
// type: bool; integers (0, ±1, the type's extremes, 13-digit millisecond
// timestamps); finite doubles; UTF-8 strings full of edge cases
// (unicode.hpp); vectors; std::optional (absent or a value); nullable
// (absent, null or a value); blank_or (the "" placeholder or a value);
// raw_json (small random JSON, in the compact
// form decoding produces); embedded_json<T> (a generated T); and, for a
// schema that keeps unknown keys, extras under keys that no schema uses.
//
// A type with its own wxim::codec (not an object), or one whose values obey
// rules beyond their types, specializes wxim::testing::arbitrary:
//
//   template <> struct wxim::testing::arbitrary<myapp::level> {
//     static myapp::level generate(generator& g) { return myapp::level(g.below(3)); }
//   };
//
// A specialization for a described type can start from generate_fields<T>(g)
// (the plain schema walk) and then fix what its rules need.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "wxim/codec/codec.hpp"
#include "wxim/codec/decode.hpp"
#include "wxim/schema/blank_or.hpp"
#include "wxim/schema/embedded_json.hpp"
#include "wxim/schema/field.hpp"
#include "wxim/schema/nullable.hpp"
#include "wxim/schema/raw_json.hpp"
#include "wxim/testing/random.hpp"
#include "wxim/testing/unicode.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace testing {

/// Customization point: `static T generate(generator&)`. Left undefined for
/// every type wxim can generate on its own.
template <class T, class Enable = void>
struct arbitrary;

template <class T, class = void>
struct has_arbitrary : std::false_type {};
template <class T>
struct has_arbitrary<T, std::void_t<decltype(arbitrary<T>::generate(std::declval<generator&>()))>> : std::true_type {};

template <class T>
T generate(generator& g);

/// blank_or<T>: at times the "" placeholder, else a generated T.
template <class T>
struct arbitrary<blank_or<T>> {
  static blank_or<T> generate(generator& g) {
    if (g.chance(1, 4)) return blank_or<T>::blank();
    return blank_or<T>(wxim::testing::generate<T>(g));
  }
};

namespace detail {

template <class T>
struct is_vector : std::false_type {};
template <class T>
struct is_vector<std::vector<T>> : std::true_type {};
template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};
template <class T>
struct is_nullable : std::false_type {};
template <class T>
struct is_nullable<nullable<T>> : std::true_type {};
template <class T>
struct is_embedded : std::false_type {};
template <class T>
struct is_embedded<embedded_json<T>> : std::true_type {};

template <class I>
I integer(generator& g) {
  using L = std::numeric_limits<I>;
  switch (g.below(10)) {
    case 0:
      return L::max();
    case 1:
      return L::min();
    case 2:
      return I(0);
    case 3:
      return I(1);
    case 4:
      if constexpr (std::is_signed_v<I>)
        return I(-1);
      else
        return I(L::max() - 1);
    case 5:
      // A 13-digit millisecond timestamp (2001-09-09 .. 2286-11-20), where the type holds one.
      if constexpr (sizeof(I) >= 8)
        return static_cast<I>(g.between(1000000000000, 9999999999999));
      else
        return static_cast<I>(g.below(100));
    default:
      // Any magnitude: a uniform value scaled down by a random power of two.
      if constexpr (std::is_signed_v<I>)
        return static_cast<I>(g.between(static_cast<std::int64_t>(L::min()), static_cast<std::int64_t>(L::max())) /
                              (std::int64_t{1} << g.below(sizeof(I) * 8 - 1)));
      else
        return static_cast<I>(g.next() >> g.below(64));
  }
}

template <class F>
F floating(generator& g) {
  switch (g.below(8)) {
    case 0:
      return F(0);
    case 1:
      return -F(0);
    case 2:
      return std::numeric_limits<F>::max();
    case 3:
      return std::numeric_limits<F>::denorm_min();
    case 4:
      return F(0.1);
    case 5:
      return static_cast<F>(g.between(-1000000, 1000000)) / F(8);
    default: {
      // A random finite value of any exponent the type has.
      const double mantissa = static_cast<double>(g.next() >> 11) / 9007199254740992.0;  // [0, 1)
      const int range = std::numeric_limits<F>::max_exponent - 2;
      const int exp = static_cast<int>(g.between(-range, range));
      const double v = (g.coin() ? -1 : 1) * std::ldexp(0.5 + mantissa / 2, exp);
      return static_cast<F>(v);
    }
  }
}

inline void random_json(generator& g, std::string& out, std::size_t depth);

inline void random_json_string(generator& g, std::string& out) {
  writer w(out);
  w.string(unicode_string(g, g.options().max_string_pieces));
}

inline void random_json(generator& g, std::string& out, std::size_t depth) {
  const std::uint64_t pick = g.below(depth >= 2 ? 7 : 9);
  switch (pick) {
    case 0:
      out += "null";
      return;
    case 1:
      out += g.coin() ? "true" : "false";
      return;
    case 2:
      out += std::to_string(integer<std::int64_t>(g));
      return;
    case 3: {
      static constexpr const char* spellings[] = {
          "0.5", "-0", "1e3", "1E-7", "-2.5e+10", "18446744073709551616", "0.30000000000000004", "-9223372036854775809",
          "1.0"};
      out += spellings[g.below(sizeof spellings / sizeof *spellings)];
      return;
    }
    case 4:
      out += std::to_string(integer<std::uint64_t>(g));
      return;
    case 5:
    case 6:
      random_json_string(g, out);
      return;
    case 7: {
      out += '[';
      const std::size_t n = static_cast<std::size_t>(g.below(4));
      for (std::size_t i = 0; i < n; ++i) {
        if (i) out += ',';
        random_json(g, out, depth + 1);
      }
      out += ']';
      return;
    }
    default: {
      out += '{';
      const std::size_t n = static_cast<std::size_t>(g.below(4));
      for (std::size_t i = 0; i < n; ++i) {
        if (i) out += ',';
        writer w(out);
        w.string("k" + std::to_string(i) + unicode_string(g, 2));  // distinct keys
        out += ':';
        random_json(g, out, depth + 1);
      }
      out += '}';
      return;
    }
  }
}

/// A key no schema uses: every dialect's keys are ASCII identifiers, and
/// these start with "x-".
inline std::string unknown_key(generator& g, std::size_t i) { return "x-" + std::to_string(i) + unicode_string(g, 3); }

}  // namespace detail

/// Small random JSON, in the compact form decoding gives (so that a round
/// trip compares equal): strings re-escaped, numbers spelled as written.
inline raw_json random_raw_json(generator& g) {
  std::string text;
  detail::random_json(g, text, g.depth());
  auto r = decode<raw_json>(text);
  return r ? std::move(*r) : raw_json{"null"};
}

/// Random unknown keys for `schema`'s object: none of its own keys.
template <class Object>
extras random_extras(generator& g, const Object& schema) {
  extras x;
  if (g.deep() || g.chance(1, 2)) return x;
  const std::size_t n = 1 + static_cast<std::size_t>(g.below(g.options().max_extras));
  for (std::size_t i = 0; i < n; ++i) {
    std::string key = detail::unknown_key(g, i);
    bool clash = false;
    schema::for_each_field(schema, [&](const auto& f) { clash = clash || f.key == key; });
    if (!clash) x.set(std::move(key), random_raw_json(g));
  }
  return x;
}

/// The plain schema walk for a described T, ignoring any arbitrary<T>:
/// every field generated by its member type, then extras.
template <class T>
T generate_fields(generator& g) {
  static_assert(schema::is_described_v<T>, "generate_fields needs a type with a wxim_schema");
  constexpr auto s = schema::schema_of<T>();
  generator::nested level(g);
  T v{};
  schema::for_each_field(s, [&](const auto& f) {
    using M = typename std::decay_t<decltype(f)>::member_type;
    v.*(f.member) = generate<M>(g);
  });
  if constexpr (decltype(s)::keeps_unknown) v.*(s.unknown.member) = random_extras(g, s);
  return v;
}

/// One of `candidates`, uniformly.
template <class T, std::size_t N>
T one_of(generator& g, const T (&candidates)[N]) {
  return candidates[g.below(N)];
}

/// A value that does not encode as null: raw JSON other than `null`, as an
/// optional member (which refuses null) or a nullable one (where null is the
/// null state, not a value) needs.
template <class V>
V non_null(generator& g) {
  if constexpr (std::is_same_v<V, raw_json>) {
    for (;;)
      if (raw_json r = random_raw_json(g); !r.is_null()) return r;
  } else {
    return generate<V>(g);
  }
}

/// A random valid value of T: arbitrary<T> when specialized, else by type.
template <class T>
T generate(generator& g) {
  if constexpr (has_arbitrary<T>::value) {
    return arbitrary<T>::generate(g);
  } else if constexpr (std::is_same_v<T, bool>) {
    return g.coin();
  } else if constexpr (std::is_integral_v<T>) {
    return detail::integer<T>(g);
  } else if constexpr (std::is_floating_point_v<T>) {
    return detail::floating<T>(g);
  } else if constexpr (std::is_same_v<T, std::string>) {
    return unicode_string(g, g.options().max_string_pieces);
  } else if constexpr (std::is_same_v<T, raw_json>) {
    return random_raw_json(g);
  } else if constexpr (detail::is_vector<T>::value) {
    T v;
    if (g.deep()) return v;
    generator::nested level(g);
    const std::size_t n = static_cast<std::size_t>(g.below(g.options().max_elements + 1));
    for (std::size_t i = 0; i < n; ++i) v.push_back(generate<typename T::value_type>(g));
    return v;
  } else if constexpr (detail::is_optional<T>::value) {
    if (g.deep() || g.chance(1, 3)) return std::nullopt;
    return non_null<typename T::value_type>(g);
  } else if constexpr (detail::is_nullable<T>::value) {
    using V = std::decay_t<decltype(std::declval<const T&>().value())>;
    switch (g.deep() ? g.below(2) : g.below(4)) {
      case 0:
        return T();
      case 1:
        return T(nullptr);
      default:
        return T(non_null<V>(g));
    }
  } else if constexpr (detail::is_embedded<T>::value) {
    using V = std::decay_t<decltype(std::declval<const T&>().value)>;
    return T(generate<V>(g));
  } else if constexpr (schema::is_described_v<T>) {
    return generate_fields<T>(g);
  } else {
    static_assert(has_arbitrary<T>::value,
                  "no way to generate this type: specialize wxim::testing::arbitrary<T> for it");
    return T{};
  }
}

/// Values of every alternative of a variant (a dialect's `frame`): the
/// alternative at `index`, generated.
template <class Variant, std::size_t I = 0>
Variant generate_alternative(generator& g, std::size_t index) {
  if constexpr (I + 1 < std::variant_size_v<Variant>) {
    if (index != I) return generate_alternative<Variant, I + 1>(g, index);
  }
  return Variant(std::in_place_index<I>, generate<std::variant_alternative_t<I, Variant>>(g));
}

/// A random alternative of a variant, generated.
template <class Variant>
Variant generate_variant(generator& g) {
  return generate_alternative<Variant>(g, static_cast<std::size_t>(g.below(std::variant_size_v<Variant>)));
}

}  // namespace testing
WXIM_END_NAMESPACE
