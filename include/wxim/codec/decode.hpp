// SPDX-License-Identifier: MIT
// wxim/codec/decode.hpp: frame text (or an nlohmann DOM) to a typed value.
#pragma once

#include <charconv>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>

#include "wxim/codec/codec.hpp"
#include "wxim/codec/options.hpp"
#include "wxim/result.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE

namespace detail {

/// Reads one T from a tape that holds exactly one value.
template <class T>
result<T> decode_tape(tape& t, const decode_options& options, std::string base_path = {}) {
  reader r(t, options, std::move(base_path));
  // Read straight into the result: a frame struct is large, and moving it
  // out of a local would copy it once more.
  result<T> out(std::in_place);
  if (!codec<T>::read(r, *out)) out = result<T>(std::move(*r.failure()));
  return out;
}

/// Walks a DOM into a tape, enforcing the same limits as text decoding.
inline bool tape_from_json(const nlohmann::json& j, const decode_limits& limits, tape& out, std::size_t depth,
                           json_pointer& path, std::optional<error>& err) {
  const auto fail = [&](errc code, std::string message) {
    err = error{code, path.str(), std::nullopt, std::move(message), std::nullopt};
    return false;
  };
  const auto push = [&](token k) -> event& {
    out.emplace_back();
    out.back().kind = k;
    return out.back();
  };
  switch (j.type()) {
    case nlohmann::json::value_t::null:
      push(token::null_value);
      return true;
    case nlohmann::json::value_t::boolean:
      push(j.get<bool>() ? token::true_value : token::false_value);
      return true;
    case nlohmann::json::value_t::number_integer:
      push(token::int_value).num.i = j.get<std::int64_t>();
      return true;
    case nlohmann::json::value_t::number_unsigned: {
      const auto u = j.get<std::uint64_t>();
      if (u <= static_cast<std::uint64_t>(INT64_MAX))
        push(token::int_value).num.i = static_cast<std::int64_t>(u);
      else
        push(token::uint_value).num.u = u;
      return true;
    }
    case nlohmann::json::value_t::number_float: {
      const double d = j.get<double>();
      if (!std::isfinite(d)) return fail(errc::number_out_of_range, "a number is not finite");
      auto& e = push(token::float_value);
      e.num.d = d;
      std::string lexeme;
      writer w(lexeme);
      w.number(d);
      // Text decoding would have read an integer-looking lexeme that fits 64
      // bits as an integer: a float such as 1.0 is spelled as one ("1.0"),
      // as nlohmann's dump spells it, so that it stays a float.
      if (is_integer_lexeme(lexeme)) {
        std::int64_t i{};
        std::uint64_t u{};
        const char* first = lexeme.data();
        const char* last = first + lexeme.size();
        if ((std::from_chars(first, last, i).ec == std::errc()) ||
            (lexeme[0] != '-' && std::from_chars(first, last, u).ec == std::errc()))
          lexeme += ".0";
      }
      e.text = out.keep(lexeme);
      return true;
    }
    case nlohmann::json::value_t::string: {
      const auto& s = j.get_ref<const std::string&>();
      if (s.size() > limits.max_string_bytes) return fail(errc::string_too_long, "a string is over the limit");
      if (find_invalid_utf8(s) != std::string_view::npos) return fail(errc::invalid_utf8, "a string is not UTF-8");
      push(token::string_value).text = s;  // the DOM outlives the tape
      return true;
    }
    case nlohmann::json::value_t::object:
    case nlohmann::json::value_t::array: {
      if (depth + 1 > limits.max_depth) return fail(errc::too_deep, "nested deeper than the limit");
      if (j.size() > limits.max_array_size) return fail(errc::array_too_long, "more elements than the limit");
      const bool is_object = j.is_object();
      push(is_object ? token::begin_object : token::begin_array).num.u = is_object ? 0 : j.size();
      std::size_t i = 0;
      for (auto it = j.begin(); it != j.end(); ++it, ++i) {
        json_pointer inner = path;
        if (is_object) {
          // A key's faults are the object's, as text decoding reports them.
          if (it.key().size() > limits.max_string_bytes) return fail(errc::string_too_long, "a key is over the limit");
          if (find_invalid_utf8(it.key()) != std::string_view::npos)
            return fail(errc::invalid_utf8, "a key is not UTF-8");
          push(token::key).text = it.key();
          inner.push_key(it.key());
        } else {
          inner.push_index(i);
        }
        if (!tape_from_json(*it, limits, out, depth + 1, inner, err)) return false;
      }
      push(is_object ? token::end_object : token::end_array);
      return true;
    }
    default:
      return fail(errc::type_mismatch, "binary values are not JSON");
  }
}

}  // namespace detail

/// Decodes one frame's text into T. Never throws (short of std::bad_alloc);
/// every rejection is an error with a code, a JSON pointer and a message.
template <class T>
result<T> decode(std::string_view text, const decode_options& options = {}) {
  detail::scratch_tape scratch;
  detail::tape& t = scratch.get();
  if (auto err = detail::tokenize(text, options, t)) return std::move(*err);
  return detail::decode_tape<T>(t, options);
}

/// Decodes from a DOM the caller already holds, with the same rules.
template <class T, class Json, std::enable_if_t<std::is_same_v<Json, nlohmann::json>, int> = 0>
result<T> decode(const Json& j, const decode_options& options = {}) {
  detail::tape t;
  detail::json_pointer path;
  std::optional<error> err;
  if (!detail::tape_from_json(j, options.limits, t, 0, path, err)) return std::move(*err);
  return detail::decode_tape<T>(t, options);
}

/// Throwing convenience: the value, or wxim::exception carrying the error.
template <class T>
T decode_or_throw(std::string_view text, const decode_options& options = {}) {
  return decode<T>(text, options).value();
}

WXIM_END_NAMESPACE
