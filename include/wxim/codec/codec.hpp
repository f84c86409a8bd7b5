// SPDX-License-Identifier: MIT
// wxim/codec/codec.hpp: how each C++ type is read from and written to JSON.
//
// wxim::codec<T> has `static bool read(reader&, T&)` and
// `static void write(writer&, const T&)`. wxim provides it for bool, integers,
// floating point, std::string, raw_json, std::vector, std::optional,
// nullable, embedded_json and every type with a schema (wxim_schema).
// Specialize it for a type of your own that is not an object.
#pragma once

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "wxim/codec/reader.hpp"
#include "wxim/detail/tokenize.hpp"
#include "wxim/schema/embedded_json.hpp"
#include "wxim/schema/field.hpp"
#include "wxim/schema/nullable.hpp"
#include "wxim/schema/raw_json.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE

template <class T, class = void>
struct codec;  // no codec: declare a schema (wxim_schema) or specialize wxim::codec<T>

template <>
struct codec<bool> {
  static bool read(reader& r, bool& out) {
    const auto k = r.peek().kind;
    if (k != detail::token::true_value && k != detail::token::false_value) return r.type_error("a boolean");
    out = k == detail::token::true_value;
    r.take();
    return true;
  }
  static void write(writer& w, bool v) { w.boolean(v); }
};

namespace detail {
inline bool is_integer_lexeme(std::string_view s) noexcept {
  if (!s.empty() && s[0] == '-') s.remove_prefix(1);
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}
}  // namespace detail

template <class I>
struct codec<I, std::enable_if_t<std::is_integral_v<I> && !std::is_same_v<I, bool>>> {
  // An integer in range is read inline; everything else (other types,
  // leniency, errors) out of line.
  static bool read(reader& r, I& out) {
    const detail::event& e = r.peek();
    if (e.kind == detail::token::int_value && fits(e.num.i)) {
      out = static_cast<I>(e.num.i);
      r.take();
      return true;
    }
    return read_other(r, out);
  }
  static void write(writer& w, I v) {
    if constexpr (std::is_signed_v<I>)
      w.integer(v);
    else
      w.unsigned_integer(v);
  }

 private:
  static constexpr bool fits(std::int64_t v) noexcept {
    if constexpr (std::is_signed_v<I>) {
      return v >= static_cast<std::int64_t>(std::numeric_limits<I>::min()) &&
             v <= static_cast<std::int64_t>(std::numeric_limits<I>::max());
    } else {
      return v >= 0 && static_cast<std::uint64_t>(v) <= static_cast<std::uint64_t>(std::numeric_limits<I>::max());
    }
  }

#if defined(__GNUC__)
  __attribute__((noinline))
#endif
  static bool
  read_other(reader& r, I& out) {
    detail::event& e = r.take();
    switch (e.kind) {
      case detail::token::int_value:
        return store(r, e.num.i < 0, static_cast<std::uint64_t>(e.num.i), e.num.i, out);
      case detail::token::uint_value:
        return store(r, false, e.num.u, 0, out);
      case detail::token::float_value:
        return back(r, detail::is_integer_lexeme(e.text) ? errc::number_out_of_range : errc::type_mismatch,
                    detail::is_integer_lexeme(e.text)
                        ? "the integer " + std::string(e.text) + " is out of range for this field"
                        : "expected an integer, got " + std::string(e.text));
      case detail::token::string_value:
        if (r.lenient(leniency::numeric_strings) && detail::is_integer_lexeme(e.text)) {
          const char* first = e.text.data();
          const char* last = first + e.text.size();
          if (std::is_signed_v<I> || e.text[0] != '-') {
            I v{};
            const auto res = std::from_chars(first, last, v);
            if (res.ec == std::errc() && res.ptr == last) {
              out = v;
              r.spelled_as_string(e.text);  // written back as a string
              return true;
            }
          }
          return back(r, errc::number_out_of_range,
                      "the integer \"" + std::string(e.text) + "\" is out of range for this field");
        }
        break;
      default:
        break;
    }
    r.step_back();
    return r.type_error(r.lenient(leniency::numeric_strings) ? "an integer (or a string of digits)" : "an integer");
  }

  static bool back(reader& r, errc code, std::string message) {
    r.step_back();
    return r.fail(code, std::move(message));
  }
  static bool store(reader& r, bool negative, std::uint64_t magnitude_bits, std::int64_t signed_value, I& out) {
    if (negative) {
      if constexpr (std::is_signed_v<I>) {
        if (signed_value >= static_cast<std::int64_t>(std::numeric_limits<I>::min())) {
          out = static_cast<I>(signed_value);
          return true;
        }
      }
      return back(r, errc::number_out_of_range,
                  "the integer " + std::to_string(signed_value) + " is out of range for this field");
    }
    if (magnitude_bits <= static_cast<std::uint64_t>(std::numeric_limits<I>::max())) {
      out = static_cast<I>(magnitude_bits);
      return true;
    }
    return back(r, errc::number_out_of_range,
                "the integer " + std::to_string(magnitude_bits) + " is out of range for this field");
  }
};

template <class F>
struct codec<F, std::enable_if_t<std::is_floating_point_v<F>>> {
  static bool read(reader& r, F& out) {
    const detail::event& e = r.peek();
    switch (e.kind) {
      // An integer the type cannot hold exactly would be written back as a
      // different integer (9007199254740993 as 9007199254740992), so it is
      // refused rather than rounded.
      case detail::token::int_value:
        if (!exact(e.num.i, out)) return inexact(r, e);
        break;
      case detail::token::uint_value:
        if (!exact(e.num.u, out)) return inexact(r, e);
        break;
      case detail::token::float_value:
        // A double beyond a narrower type's range has no value in it (the
        // conversion is undefined; in practice it becomes infinity). What
        // rounds to the largest F is still in range.
        if constexpr (sizeof(F) < sizeof(double)) {
          constexpr F top = std::numeric_limits<F>::max();
          const double limit = static_cast<double>(top) +
                               (static_cast<double>(top) - static_cast<double>(std::nextafter(top, F(0)))) / 2;
          if (std::fabs(e.num.d) >= limit)
            return r.fail(errc::number_out_of_range,
                          "the number " + std::string(e.text) + " is out of range for this field");
        }
        out = static_cast<F>(e.num.d);
        break;
      default:
        return r.type_error("a number");
    }
    r.take();
    return true;
  }
  static void write(writer& w, F v) {
    if constexpr (std::is_same_v<F, float>) {
      // The shortest text for the float itself: as a double, 0.1f is
      // 0.10000000149011612, and a peer's 0.3 would not come back as 0.3.
      if (std::isfinite(v) && v != 0) {
        char buf[32];
        const auto res = std::to_chars(buf, buf + sizeof buf, v);
        w.raw(std::string_view(buf, static_cast<std::size_t>(res.ptr - buf)));
        return;
      }
    }
    w.number(static_cast<double>(v));
  }

 private:
  // 2^63 and 2^64 are exact in every binary floating-point type; an integer
  // that rounds up to them is not the integer, and converting them back to
  // the integer type would be undefined.
  template <class I>
  static bool exact(I i, F& out) {
    const F f = static_cast<F>(i);
    constexpr F bound = std::is_signed_v<I> ? F(9223372036854775808.0) : F(18446744073709551616.0);
    if (f >= bound || static_cast<I>(f) != i) return false;
    out = f;
    return true;
  }
  static bool inexact(reader& r, const detail::event& e) {
    const std::string text = e.kind == detail::token::int_value ? std::to_string(e.num.i) : std::to_string(e.num.u);
    return r.fail(errc::number_out_of_range, "the integer " + text + " has no exact " +
                                                 (std::is_same_v<F, float> ? "float" : "double") +
                                                 " value; it would be written back as another number");
  }
};

template <>
struct codec<std::string> {
  static bool read(reader& r, std::string& out) {
    if (r.peek().kind != detail::token::string_value) return r.type_error("a string");
    // The one copy: the tape's text is a view. A fresh string is built at its
    // size (inlined) rather than assigned (a general call into the library).
    const std::string_view text = r.take().text;
    if (out.empty())
      out = std::string(text.data(), text.size());
    else
      out.assign(text.data(), text.size());
    return true;
  }
  static void write(writer& w, const std::string& v) { w.string(v); }
};

template <>
struct codec<raw_json> {
  static bool read(reader& r, raw_json& out) { return r.read_raw(out); }
  static void write(writer& w, const raw_json& v) { w.raw(v.text.empty() ? std::string_view("null") : v.text); }
};

template <class T>
struct codec<std::vector<T>> {
  static bool read(reader& r, std::vector<T>& out) {
    if (r.peek().kind != detail::token::begin_array) return r.type_error("an array");
    out.clear();
    out.reserve(r.array_size());  // the tape knows: one allocation, no moves
    r.take();
    const std::size_t depth = r.depth();
    for (std::size_t i = 0; r.peek().kind != detail::token::end_array; ++i) {
      out.emplace_back();
      if (!codec<T>::read(r, out.back())) return r.failed_in_index(depth, i);
    }
    r.take();
    return true;
  }
  static void write(writer& w, const std::vector<T>& v) {
    w.begin_array();
    for (const auto& x : v) codec<T>::write(w, x);
    w.end_array();
  }
};

/// As a field: may be absent, never null. Elsewhere: a value.
template <class T>
struct codec<std::optional<T>> {
  static bool read(reader& r, std::optional<T>& out) {
    if (r.peek().kind == detail::token::null_value)
      return r.fail(errc::unexpected_null, "null is not allowed here; leave the key out instead");
    if constexpr (std::is_same_v<T, std::string>) {
      // Built in place at its size, rather than an empty one then assigned.
      if (r.peek().kind == detail::token::string_value) {
        const std::string_view text = r.take().text;
        out.emplace(text.data(), text.size());
        return true;
      }
    }
    return codec<T>::read(r, out.emplace());
  }
  static void write(writer& w, const std::optional<T>& v) {
    if (v)
      codec<T>::write(w, *v);
    else
      w.null();
  }
};

template <class T>
struct codec<nullable<T>> {
  static bool read(reader& r, nullable<T>& out) {
    if (r.peek().kind == detail::token::null_value) {
      r.take();
      out.set_null();
      return true;
    }
    return codec<T>::read(r, out.emplace());
  }
  static void write(writer& w, const nullable<T>& v) {
    if (v.has_value())
      codec<T>::write(w, *v);
    else
      w.null();
  }
};

/// Encodes any value that has a codec as compact JSON text.
template <class T>
std::string encode(const T& value) {
  // Written where the thread's last frame was, then returned at its exact
  // size: one allocation per frame.
  detail::scratch<std::string, (std::size_t{1} << 16)> scratch;
  std::string& text = scratch.get();
  writer w(text);
  codec<T>::write(w, value);
  return std::string(text);
}

template <class T>
struct codec<embedded_json<T>> {
  static bool read(reader& r, embedded_json<T>& out) {
    if (r.peek().kind != detail::token::string_value) return r.type_error("a string holding JSON");
    const std::string_view text = r.peek().text;
    detail::scratch_tape scratch;
    detail::tape& inner = scratch.get();
    if (auto err = detail::tokenize(text, r.options(), inner)) {
      // Offsets inside the string are not offsets in the frame: the message
      // says "of the embedded text" and the error carries none.
      std::string message =
          "the string should hold JSON (the bytes below count from the start of the "
          "embedded text), but " +
          err->message;
      return r.fail(error{err->code, err->path, std::nullopt, std::move(message), std::nullopt});
    }
    reader inner_reader(inner, r.options());
    if (!codec<T>::read(inner_reader, out.value)) {
      error e = std::move(*inner_reader.failure());
      e.offset.reset();  // offsets inside the string are not offsets in the frame
      return r.fail(std::move(e));
    }
    out.set_source(std::string(r.take().text));
    return true;
  }
  static void write(writer& w, const embedded_json<T>& v) {
    const auto& src = v.source();
    if (src && src->first == v.value)
      w.string(src->second);
    else
      w.string(encode(v.value));
  }
};

namespace detail {
template <class Object, std::size_t... I>
constexpr std::array<std::string_view, sizeof...(I)> keys_of(const Object& o, std::index_sequence<I...>) {
  return {std::get<I>(o.fields).key...};
}
/// The declared keys of an object schema, in order.
template <class Object>
constexpr auto keys_of(const Object& o) {
  return keys_of(o, std::make_index_sequence<Object::size>{});
}

/// Equality for short keys without a call to memcmp: length first, then
/// eight bytes at a time.
inline bool same_key(std::string_view a, std::string_view b) noexcept {
  std::size_t n = a.size();
  if (n != b.size()) return false;
  const char* x = a.data();
  const char* y = b.data();
  for (; n >= 8; n -= 8, x += 8, y += 8) {
    std::uint64_t u, v;
    std::memcpy(&u, x, 8);
    std::memcpy(&v, y, 8);
    if (u != v) return false;
  }
  // The last one to seven bytes: two overlapping loads where they fit.
  if (n >= 4) {
    std::uint32_t u0, v0, u1, v1;
    std::memcpy(&u0, x, 4);
    std::memcpy(&v0, y, 4);
    std::memcpy(&u1, x + n - 4, 4);
    std::memcpy(&v1, y + n - 4, 4);
    return ((u0 ^ v0) | (u1 ^ v1)) == 0;
  }
  for (; n != 0; --n, ++x, ++y)
    if (*x != *y) return false;
  return true;
}

inline bool same_key_loosely(std::string_view a, std::string_view b) noexcept {
  std::size_t i = 0, j = 0;
  const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
  while (true) {
    while (i < a.size() && a[i] == '_') ++i;
    while (j < b.size() && b[j] == '_') ++j;
    if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
    if (lower(a[i]) != lower(b[j])) return false;
    ++i, ++j;
  }
}
}  // namespace detail

/// Objects with a schema.
template <class T>
struct codec<T, std::enable_if_t<schema::is_described_v<T>>> {
  static bool read(reader& r, T& out) {
    static constexpr auto s = schema::schema_of<T>();  // static: not rebuilt on the stack per call
    constexpr std::size_t n = decltype(s)::size;
    if (r.peek().kind != detail::token::begin_object) return r.type_error("an object");
    r.take();
    std::array<bool, n + 1> seen{};
    // The keys the schema does not name, checked for duplicates once the
    // object ends: sorting them costs n log n where a lookup per key would
    // cost n², which a frame of many keys would turn into minutes.
    std::vector<const detail::event*> unknown;
    if constexpr (decltype(s)::keeps_unknown) (out.*(s.unknown.member)).clear();
    // Peers send keys in a steady order, mostly the schema's: first, each
    // declared field in turn reads its value if its key comes next. Each
    // test is against a key known at compile time, and which fields are
    // present follows a pattern the processor learns; a key out of that
    // order ends the pass, and the loop below reads what is left.
    const std::size_t depth = r.depth();  // members name themselves in a failure's path only
    bool ok = true;
    read_in_order(r, s, out, seen, ok, depth, std::make_index_sequence<n>{});
    if (!ok) return false;
    std::size_t expected = 0;
    while (r.peek().kind == detail::token::key) {
      const detail::event& key_event = r.take();
      const std::string_view key = key_event.text;
      std::size_t idx = find_exact(key, expected);
      if (idx < n) expected = idx + 1 == n ? 0 : idx + 1;
      bool loose = false;
      if (idx == n && r.lenient(leniency::case_insensitive_keys)) {
        idx = find_loosely(key, r.options());
        loose = idx < n;
      }
      if (idx < n) {
        if (seen[idx] && !r.lenient(leniency::duplicate_keys)) {
          r.step_back();  // the error is at the key
          r.push_key(key);
          return duplicate(r, key);
        }
        if (!read_field(r, s, out, idx, seen[idx], std::make_index_sequence<n>{})) return r.failed_in_key(depth, key);
        if constexpr (decltype(s)::keeps_unknown) {
          if (loose)
            (out.*(s.unknown.member)).spelling_for(declared_keys[idx]).key = std::string(key);
          else if (seen[idx])
            forget_key_spelling(out, declared_keys[idx]);  // the exact key came last
        }
        seen[idx] = true;
      } else {
        // Read even when dropped: duplicate keys inside are refused all the same.
        raw_json v;
        if (!r.read_raw(v)) return r.failed_in_key(depth, key);
        unknown.push_back(&key_event);
        if constexpr (decltype(s)::keeps_unknown) (out.*(s.unknown.member)).append_unchecked(key, std::move(v));
      }
    }
    // Here, at the end of the object: a missing key's error is at its '}'.
    if (unknown.size() > 1) {
      if (!r.lenient(leniency::duplicate_keys)) {
        const auto by_text = [](const detail::event* a, const detail::event* b) { return a->text < b->text; };
        const auto same_text = [](const detail::event* a, const detail::event* b) { return a->text == b->text; };
        std::stable_sort(unknown.begin(), unknown.end(), by_text);
        if (const auto dup = std::adjacent_find(unknown.begin(), unknown.end(), same_text); dup != unknown.end()) {
          const detail::event& second = **(dup + 1);  // the error is at the second one
          r.push_key(second.text);
          return r.fail(
              error{errc::duplicate_key, std::string(),
                    second.offset == detail::unknown_offset ? std::nullopt : std::optional<std::size_t>(second.offset),
                    detail::duplicate_key_message(second.text), std::nullopt});
        }
      } else if constexpr (decltype(s)::keeps_unknown) {
        (out.*(s.unknown.member)).keep_last_of_duplicates();
      }
    }
    if (!check_missing(r, s, out, seen, std::make_index_sequence<n>{})) return false;
    r.take();
    return true;
  }

  static void write(writer& w, const T& v) {
    static constexpr auto s = schema::schema_of<T>();
    w.begin_object();
    const extras* spelled = nullptr;  // how the peer wrote declared fields, where it differs
    if constexpr (decltype(s)::keeps_unknown)
      if (!(v.*(s.unknown.member)).spellings().empty()) spelled = &(v.*(s.unknown.member));
    write_fields(w, v, spelled, std::make_index_sequence<decltype(s)::size>{});
    if constexpr (decltype(s)::keeps_unknown)
      for (const auto& [k, raw] : v.*(s.unknown.member)) {
        w.key(k);
        codec<raw_json>::write(w, raw);
      }
    w.end_object();
  }

 private:
  template <std::size_t... I>
  static void write_fields(writer& w, const T& v, const extras* spelled, std::index_sequence<I...>) {
    if (spelled == nullptr)
      (write_field<I>(w, v), ...);
    else
      (write_spelled_field<I>(w, v, *spelled), ...);
  }

  template <std::size_t I>
  static void write_field(writer& w, const T& v) {
    constexpr auto f = std::get<I>(schema::schema_of<T>().fields);
    if (schema::omitted_on_encode(f, v)) return;
    // Declared keys are almost always plain ASCII: checked here, once, at
    // compile time, so encoding does not scan them for escapes.
    if constexpr (detail::needs_no_escape(f.key))
      w.plain_key(f.key);
    else
      w.key(f.key);
    using M = typename decltype(f)::member_type;
    codec<M>::write(w, v.*(f.member));
  }

  // The same, for an object that recorded how the peer wrote some fields.
  template <std::size_t I>
  static void write_spelled_field(writer& w, const T& v, const extras& spelled) {
    constexpr auto f = std::get<I>(schema::schema_of<T>().fields);
    const spelling* sp = spelled.spelling_of(f.key);
    if (sp == nullptr) return write_field<I>(w, v);
    if (schema::omitted_on_encode(f, v) && !sp->explicit_default) return;
    w.key(sp->key.empty() ? f.key : std::string_view(sp->key));
    using M = typename decltype(f)::member_type;
    if (!sp->value.empty() && wxim::encode(v.*(f.member)) == sp->canonical)
      w.raw(sp->value);
    else
      codec<M>::write(w, v.*(f.member));
  }

  static void forget_key_spelling(T& out, std::string_view field) {
    static constexpr auto s = schema::schema_of<T>();
    for (auto& sp : (out.*(s.unknown.member)).spellings_)
      if (sp.field == field) sp.key.clear();
  }

  static bool duplicate(reader& r, std::string_view key) {
    return r.fail(errc::duplicate_key, detail::duplicate_key_message(key));
  }

  // Under leniency::case_insensitive_keys: the field the options' key rule
  // picks, or by default the first whose key matches ignoring case and
  // underscores; n for none.
  static std::size_t find_loosely(std::string_view key, const decode_options& options) {
    if (options.match_key_loosely != nullptr) {
      const std::size_t i = options.match_key_loosely(declared_keys.data(), declared_keys.size(), key);
      return i < declared_keys.size() ? i : declared_keys.size();
    }
    for (std::size_t i = 0; i < declared_keys.size(); ++i)
      if (detail::same_key_loosely(declared_keys[i], key)) return i;
    return declared_keys.size();
  }

  static constexpr auto declared_keys = detail::keys_of(schema::schema_of<T>());

  // The field named `key`, or n. The search starts at the field expected
  // next and wraps around: a key in the expected order costs one comparison.
  static std::size_t find_exact(std::string_view key, std::size_t from) noexcept {
    constexpr std::size_t n = declared_keys.size();
    for (std::size_t k = 0, i = from; k < n; ++k, i = i + 1 == n ? 0 : i + 1)
      if (detail::same_key(declared_keys[i], key)) return i;
    return n;
  }

  template <class S, std::size_t N, std::size_t... I>
  static void read_in_order(reader& r, const S& s, T& out, std::array<bool, N>& seen, bool& ok, std::size_t depth,
                            std::index_sequence<I...>) {
    bool going = true;  // false from the first key that is not the field tried
    ((going = going && next_in_order<I>(r, s, out, seen, ok, depth)), ...);
  }

  // Reads field I if its key is the next event; false when the pass ends
  // here (another key, the object's end, or an error in ok).
  template <std::size_t I, class S, std::size_t N>
  static bool next_in_order(reader& r, const S& s, T& out, std::array<bool, N>& seen, bool& ok, std::size_t depth) {
    constexpr std::string_view key = declared_keys[I];
    const detail::event& e = r.peek();
    if (e.kind != detail::token::key) return false;
    if (e.text.size() != key.size()) return true;  // absent, perhaps: try the next field
    if (std::memcmp(e.text.data(), key.data(), key.size()) != 0) return true;
    r.take();
    if (!read_one(r, std::get<I>(s.fields), out, false)) return ok = r.failed_in_key(depth, e.text);
    seen[I] = true;
    return true;
  }

  template <class S, std::size_t... I>
  static bool read_field(reader& r, const S& s, T& out, std::size_t idx, bool again, std::index_sequence<I...>) {
    bool ok = true;
    ((void)(idx == I ? (ok = read_one(r, std::get<I>(s.fields), out, again)) : false), ...);
    return ok;
  }

  // `again`: the key came before (under leniency::duplicate_keys); the last
  // value wins whole, as in JSON.parse, rather than merging into the first.
  template <class F>
  static bool read_one(reader& r, const F& f, T& out, bool again) {
    using M = typename F::member_type;
    if (again) out.*(f.member) = M{};
    const detail::event& first = r.peek();
    bool ok;
    if (f.numeric_string) {
      const leniency before = r.granted();
      r.grant(before | leniency::numeric_strings);
      ok = codec<M>::read(r, out.*(f.member));
      r.grant(before);
    } else {
      ok = codec<M>::read(r, out.*(f.member));
    }
    const std::string_view as_string = r.take_string_spelling();
    if constexpr (decltype(schema::schema_of<T>())::keeps_unknown) {
      if (ok) note_spelling(f, out, first, as_string, again);
    }
    return ok;
  }

  // Records how the peer wrote field f where encoding would write it
  // otherwise: a scalar sent as a string, a default sent explicitly.
  template <class F>
  static void note_spelling(const F& f, T& out, const detail::event& first, std::string_view as_string, bool again) {
    static constexpr auto s = schema::schema_of<T>();
    extras& x = out.*(s.unknown.member);
    if (again && !x.spellings_.empty()) {  // a key sent twice: only the last value's spelling counts
      if (spelling* sp = find_spelling(x, f.key))
        sp->value.clear(), sp->canonical.clear(), sp->explicit_default = false;
    }
    // Only a value that was one string event: a string inside an array or
    // object is its own codec's business.
    if (as_string.data() != nullptr && first.kind == detail::token::string_value &&
        as_string.data() == first.text.data()) {
      spelling& sp = x.spelling_for(f.key);
      sp.value = wxim::encode(std::string(as_string));
      sp.canonical = wxim::encode(out.*(f.member));
    }
    if constexpr (!std::is_same_v<typename F::default_type, schema::no_default>) {
      if (schema::omitted_on_encode(f, out)) x.spelling_for(f.key).explicit_default = true;
    }
  }

  static spelling* find_spelling(extras& x, std::string_view field) {
    for (auto& sp : x.spellings_)
      if (sp.field == field) return &sp;
    return nullptr;
  }

  template <class S, std::size_t N, std::size_t... I>
  static bool check_missing(reader& r, const S& s, T& out, const std::array<bool, N>& seen, std::index_sequence<I...>) {
    bool ok = true;
    ((ok = ok && (seen[I] || absent_one(r, std::get<I>(s.fields), out))), ...);
    return ok;
  }

  template <class F>
  static bool absent_one(reader& r, const F& f, T& out) {
    if constexpr (!std::is_same_v<typename F::default_type, schema::no_default>) {
      out.*(f.member) = static_cast<typename F::member_type>(f.default_value);
      return true;
    } else {
      if (schema::may_be_absent(f)) return true;
      r.push_key(f.key);
      std::string m = "the key \"";
      m += f.key;
      m += "\" is required but absent";
      r.fail(errc::missing_field, std::move(m));
      r.pop();
      return false;
    }
  }
};

WXIM_END_NAMESPACE
