// SPDX-License-Identifier: MIT
// wxim/schema/field.hpp: declaring a wire shape once, as a table of fields.
//
//   struct user_info { std::string user_id; std::optional<std::string> nick; wxim::extras extras; };
//   constexpr auto wxim_schema(wxim::schema::tag<user_info>) {
//     using namespace wxim::schema;
//     return object<user_info>(field("userId", &user_info::user_id),
//                              field("nickName", &user_info::nick))
//         .keep_unknown(&user_info::extras);
//   }
//
// Declare `wxim_schema` in the struct's own namespace: wxim finds it by
// argument-dependent lookup, as nlohmann/json finds to_json. Decode, encode,
// equality, nlohmann adapters and generators are all derived from it.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

#include "wxim/schema/nullable.hpp"
#include "wxim/schema/raw_json.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace schema {

template <class T>
struct tag {
  using type = T;
};

/// Presence is read off the member's type: T must be present and not null;
/// std::optional<T> may be absent (null is an error); nullable<T> may be
/// absent or null. `required` forces an optional/nullable member to be
/// present; `default_to(v)` lets a plain member be absent (it then holds v,
/// and is left out again when encoding while it still equals v, unless the
/// peer sent it: an object that keeps unknown keys remembers that, and writes
/// `"isRead":false` back if it came so).
struct required_t {};
inline constexpr required_t required{};

/// An integer field that also accepts a string of digits ("-127"), whatever
/// the decode options say, for a field a peer is known to send that way
/// (J-IM chatrooms' heartbeat `hbbyte`). The string is written back as it came.
struct numeric_string_t {};
inline constexpr numeric_string_t accepts_numeric_string{};

struct no_default {};
template <class D>
struct default_to_t {
  D value;
};
template <class D>
constexpr default_to_t<D> default_to(D v) {
  return {v};
}

template <class Owner, class M, class D = no_default>
struct field_t {
  using owner_type = Owner;
  using member_type = M;
  using default_type = D;
  std::string_view key;
  M Owner::*member;
  bool force_required = false;
  D default_value{};
  bool numeric_string = false;  ///< accepts_numeric_string
};

template <class Owner, class M>
constexpr field_t<Owner, M> field(std::string_view key, M Owner::*member) {
  return {key, member, false, {}};
}
template <class Owner, class M>
constexpr field_t<Owner, M> field(std::string_view key, M Owner::*member, required_t) {
  return {key, member, true, {}};
}
template <class Owner, class M, class D>
constexpr field_t<Owner, M, D> field(std::string_view key, M Owner::*member, default_to_t<D> d) {
  return {key, member, false, d.value};
}
template <class Owner, class M>
constexpr field_t<Owner, M> field(std::string_view key, M Owner::*member, numeric_string_t) {
  return {key, member, false, {}, true};
}

struct no_unknown_keys {};
template <class Owner>
struct unknown_keys_t {
  extras Owner::*member;
};

/// An object shape: its fields in wire order, and where unknown keys go.
/// Without keep_unknown, unknown keys are read and dropped.
template <class T, class Unknown, class... Fields>
struct object_t {
  using value_type = T;
  static constexpr std::size_t size = sizeof...(Fields);
  std::tuple<Fields...> fields;
  Unknown unknown{};

  constexpr object_t<T, unknown_keys_t<T>, Fields...> keep_unknown(extras T::*member) const {
    return {fields, unknown_keys_t<T>{member}};
  }
  static constexpr bool keeps_unknown = !std::is_same_v<Unknown, no_unknown_keys>;
};

template <class T, class... Fields>
constexpr object_t<T, no_unknown_keys, Fields...> object(Fields... fields) {
  static_assert(sizeof...(Fields) <= 64, "an object schema has at most 64 fields");
  return {std::tuple<Fields...>(fields...), {}};
}

// ADL anchor: ordinary lookup finds this, ADL finds the user's overloads.
void wxim_schema() = delete;

template <class T, class = void>
struct is_described : std::false_type {};
template <class T>
struct is_described<T, std::void_t<decltype(wxim_schema(tag<T>{}))>> : std::true_type {};
template <class T>
inline constexpr bool is_described_v = is_described<T>::value;

/// The declared schema of T.
template <class T>
constexpr auto schema_of() {
  return wxim_schema(tag<T>{});
}

// ---- presence, read off member types -------------------------------------

template <class M>
struct presence_traits {
  static constexpr bool may_be_absent = false;
  static constexpr bool may_be_null = false;
  static bool is_absent(const M&) noexcept { return false; }
};
template <class X>
struct presence_traits<std::optional<X>> {
  static constexpr bool may_be_absent = true;
  static constexpr bool may_be_null = false;
  static bool is_absent(const std::optional<X>& m) noexcept { return !m.has_value(); }
};
template <class X>
struct presence_traits<nullable<X>> {
  static constexpr bool may_be_absent = true;
  static constexpr bool may_be_null = true;
  static bool is_absent(const nullable<X>& m) noexcept { return m.is_absent(); }
};

/// True when the field may be left out of the wire object.
template <class Owner, class M, class D>
constexpr bool may_be_absent(const field_t<Owner, M, D>& f) {
  if (f.force_required) return false;
  return presence_traits<M>::may_be_absent || !std::is_same_v<D, no_default>;
}

/// True when encoding leaves this field out.
template <class Owner, class M, class D>
bool omitted_on_encode(const field_t<Owner, M, D>& f, const Owner& v) {
  const M& m = v.*(f.member);
  if constexpr (!std::is_same_v<D, no_default>) {
    return m == static_cast<M>(f.default_value);
  } else {
    return presence_traits<M>::is_absent(m);
  }
}

/// Calls fn(field) for each field of an object schema, in order.
template <class Object, class Fn>
constexpr void for_each_field(const Object& o, Fn&& fn) {
  std::apply([&](const auto&... f) { (fn(f), ...); }, o.fields);
}

}  // namespace schema
WXIM_END_NAMESPACE
