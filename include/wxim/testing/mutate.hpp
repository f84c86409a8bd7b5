// SPDX-License-Identifier: MIT
// wxim/testing/mutate.hpp: near-valid, mostly invalid frames from valid ones.
//
//   wxim::testing::generator g(1);
//   for (int i = 0; i < 1000; ++i) {
//     auto m = wxim::testing::mutate(valid_frame_text, g);   // m.kind, m.text
//     CHECK_NOTHROW(my_handler(m.text));
//   }
//
// Each mutation changes one thing a hostile or buggy peer might: the text
// cut short, a value of the wrong type, a required key deleted, a JSON text
// inside a string broken (recursively, by another mutation), a byte flipped
// or replaced by invalid UTF-8, a key sent twice. The result may still be
// valid (a deleted key may be optional); decoders must answer either way,
// with a value or an error, and never throw.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "wxim/testing/random.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace testing {

enum class mutation {
  truncate,           ///< the text cut at a random byte
  swap_type,          ///< one value replaced by a value of another JSON type
  delete_key,         ///< one member of one object removed
  break_nested_json,  ///< a string holding JSON mutated inside (or, with none, truncate)
  flip_byte,          ///< one byte's bits flipped
  invalid_utf8,       ///< a byte sequence that is not UTF-8 inserted inside a string
  duplicate_key,      ///< one member of one object sent twice
};

inline constexpr mutation all_mutations[] = {mutation::truncate,          mutation::swap_type, mutation::delete_key,
                                             mutation::break_nested_json, mutation::flip_byte, mutation::invalid_utf8,
                                             mutation::duplicate_key};

constexpr std::string_view to_string(mutation m) noexcept {
  switch (m) {
    case mutation::truncate:
      return "truncate";
    case mutation::swap_type:
      return "swap_type";
    case mutation::delete_key:
      return "delete_key";
    case mutation::break_nested_json:
      return "break_nested_json";
    case mutation::flip_byte:
      return "flip_byte";
    case mutation::invalid_utf8:
      return "invalid_utf8";
    case mutation::duplicate_key:
      return "duplicate_key";
  }
  return "unknown";
}

struct mutant {
  mutation kind;
  std::string text;
};

/// Every class of invalid UTF-8: a lone continuation byte, a truncated
/// sequence, overlong forms, UTF-16 surrogates encoded as UTF-8, code points
/// over U+10FFFF, and bytes that never occur (C0, C1, F5-FF).
inline constexpr std::string_view invalid_utf8_sequences[] = {
    "\x80",
    "\xBF",
    "\xC3",
    "\xE4\xB8",
    "\xF0\x9F\x98",
    "\xC0\xAF",
    "\xC1\xBF",
    "\xE0\x80\xAF",
    "\xF0\x80\x80\xAF",
    "\xED\xA0\x80",
    "\xED\xBF\xBF",
    "\xED\xA0\xBD\xED\xB8\x80",
    "\xF4\x90\x80\x80",
    "\xF5\x80\x80\x80",
    "\xF8\x88\x80\x80\x80",
    "\xFE",
    "\xFF",
    "\xC3\x28",
};

namespace detail {

using json = nlohmann::ordered_json;

/// Every value in a DOM, root first, with the object holding it (if any).
struct located {
  json* value;
  json* parent;
  std::string key;  ///< when parent is an object
};

inline void collect(json& j, json* parent, const std::string& key, std::vector<located>& out) {
  out.push_back({&j, parent, key});
  if (j.is_object()) {
    for (auto it = j.begin(); it != j.end(); ++it) collect(it.value(), &j, it.key(), out);
  } else if (j.is_array()) {
    for (auto& e : j) collect(e, &j, std::string(), out);
  }
}

inline std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

/// Replaces `slot` (a value inside `root`) by raw text in root's dump, for
/// what a DOM cannot hold: invalid UTF-8, a key twice.
inline std::string splice(json& root, json& slot, const std::string& replacement) {
  static const std::string marker = "\x01wxim-splice\x01";
  slot = json(marker);
  std::string text = dump(root);
  const std::string marker_text = dump(json(marker));
  if (const auto at = text.find(marker_text); at != std::string::npos)
    text.replace(at, marker_text.size(), replacement);
  return text;
}

/// JSON string syntax for bytes that may not be UTF-8 (nlohmann's dump
/// would replace them).
inline std::string quote_bytes(std::string_view bytes) {
  static constexpr char hex[] = "0123456789abcdef";
  std::string q = "\"";
  for (unsigned char c : bytes) {
    if (c == '"' || c == '\\') {
      q += '\\';
      q += static_cast<char>(c);
    } else if (c < 0x20) {
      q += "\\u00";
      q += hex[c >> 4];
      q += hex[c & 15];
    } else {
      q += static_cast<char>(c);
    }
  }
  q += '"';
  return q;
}

inline json other_type(const json& j, generator& g) {
  static const json choices[] = {json(nullptr), json(true),     json(0),
                                 json(-1.5),    json("1"),      json(""),
                                 json::array(), json::object(), json(9223372036854775807LL),
                                 json("null")};
  for (;;) {
    const json& c = choices[g.below(sizeof choices / sizeof *choices)];
    if (c.type() != j.type() || (j.is_string() && c.is_string() && c != j)) return c;
  }
}

inline std::string truncated(std::string_view text, generator& g) {
  if (text.empty()) return std::string();
  return std::string(text.substr(0, static_cast<std::size_t>(g.below(text.size()))));
}

inline std::string flipped(std::string_view text, generator& g) {
  std::string s(text);
  if (s.empty()) return "\xFF";
  const std::size_t at = static_cast<std::size_t>(g.below(s.size()));
  s[at] = static_cast<char>(static_cast<unsigned char>(s[at]) ^ static_cast<unsigned char>(1u << g.below(8)));
  return s;
}

}  // namespace detail

/// Applies one mutation. Text that is not JSON gets byte-level mutations
/// only (truncate, flip_byte, invalid UTF-8 anywhere).
inline std::string mutate(std::string_view text, mutation kind, generator& g) {
  using detail::json;
  json root = json::parse(text.begin(), text.end(), nullptr, false);
  const bool parsed = !root.is_discarded();
  if (!parsed || kind == mutation::truncate) return detail::truncated(text, g);
  if (kind == mutation::flip_byte) return detail::flipped(text, g);

  std::vector<detail::located> all;
  detail::collect(root, nullptr, std::string(), all);
  const auto pick = [&](auto pred) -> detail::located* {
    std::vector<detail::located*> fit;
    for (auto& l : all)
      if (pred(l)) fit.push_back(&l);
    return fit.empty() ? nullptr : fit[g.below(fit.size())];
  };

  switch (kind) {
    case mutation::swap_type: {
      detail::located* l = pick([](const detail::located&) { return true; });
      *l->value = detail::other_type(*l->value, g);
      return detail::dump(root);
    }
    case mutation::delete_key: {
      detail::located* l = pick([](const detail::located& x) { return x.parent && x.parent->is_object(); });
      if (!l) return detail::truncated(text, g);
      l->parent->erase(l->key);
      return detail::dump(root);
    }
    case mutation::break_nested_json: {
      detail::located* l = pick([](const detail::located& x) {
        if (!x.value->is_string()) return false;
        const auto& s = x.value->get_ref<const std::string&>();
        const json inner = json::parse(s, nullptr, false);
        return !inner.is_discarded() && inner.is_structured();
      });
      if (!l) return detail::truncated(text, g);
      const std::string inner = l->value->get<std::string>();
      mutation again = all_mutations[g.below(sizeof all_mutations / sizeof *all_mutations)];
      if (again == mutation::break_nested_json) again = mutation::truncate;
      return detail::splice(root, *l->value, detail::quote_bytes(mutate(inner, again, g)));
    }
    case mutation::invalid_utf8: {
      const std::string_view bad =
          invalid_utf8_sequences[g.below(sizeof invalid_utf8_sequences / sizeof *invalid_utf8_sequences)];
      detail::located* l = pick([](const detail::located& x) { return x.value->is_string(); });
      if (!l) {
        std::string s(text);
        s.insert(static_cast<std::size_t>(g.below(s.size() + 1)), bad);
        return s;
      }
      std::string s = l->value->get<std::string>();
      s.insert(static_cast<std::size_t>(g.below(s.size() + 1)), bad);
      return detail::splice(root, *l->value, detail::quote_bytes(s));
    }
    case mutation::duplicate_key: {
      detail::located* l = pick([](const detail::located& x) { return x.value->is_object() && !x.value->empty(); });
      if (!l) return detail::truncated(text, g);
      json& obj = *l->value;
      auto it = obj.begin();
      std::advance(it, static_cast<std::ptrdiff_t>(g.below(obj.size())));
      const std::string key = detail::dump(json(it.key()));
      const std::string again = key + ":" + (g.coin() ? detail::dump(it.value()) : std::string("null"));
      std::string inner = detail::dump(obj);
      inner.insert(inner.size() - 1, "," + again);
      return detail::splice(root, obj, inner);
    }
    case mutation::truncate:
    case mutation::flip_byte:
      break;
  }
  return detail::truncated(text, g);
}

/// One random mutation.
inline mutant mutate(std::string_view text, generator& g) {
  const mutation kind = all_mutations[g.below(sizeof all_mutations / sizeof *all_mutations)];
  return {kind, mutate(text, kind, g)};
}

}  // namespace testing
WXIM_END_NAMESPACE
