// SPDX-License-Identifier: MIT
// tests/testing/hostile.hpp: the hostile-input catalogue, materialized.
//
// tests/vectors/hostile/catalogue.jsonl describes each input by a recipe, so
// nothing huge is committed. A part is {"text": T, "repeat": N} (T N times),
// {"hex": "c0af"} (raw bytes, for what a JSON string cannot hold),
// {"counter": "\"k{}\":0,", "repeat": N} (T N times, {} replaced by 0..N-1),
// or {"nest_in_string": N, "text": T} (T written as a JSON string, N times over,
// with quotes and backslashes escaped as \u0022 and \u005c so the size grows
// with N², not 2^N).
#pragma once

#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "../../fuzz/dialects.hpp"

namespace wxim_verify {

struct hostile_case {
  std::string name;
  std::string decoder;  ///< "raw" (decode<raw_json>) or a dialect's name
  wxim::direction dir = wxim::direction::any;
  nlohmann::json parts;
  wxim::decode_limits limits;
  std::optional<std::string> code;  ///< the expected error, or
  std::optional<std::string> path;
  nlohmann::json accept;  ///< true, or the expected encoding
};

inline std::vector<hostile_case> hostile_catalogue() {
  std::vector<hostile_case> out;
  std::ifstream in(std::string(WXIM_VECTORS_DIR) + "/hostile/catalogue.jsonl");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto j = nlohmann::json::parse(line);
    hostile_case c;
    c.name = j.at("name");
    c.decoder = j.value("decoder", "raw");
    c.dir = *wxim::parse_direction(j.value("direction", "any"));
    c.parts = j.at("parts");
    if (j.contains("limits")) {
      const auto& l = j["limits"];
      c.limits.max_frame_bytes = l.value("max_frame_bytes", c.limits.max_frame_bytes);
      c.limits.max_depth = l.value("max_depth", c.limits.max_depth);
      c.limits.max_string_bytes = l.value("max_string_bytes", c.limits.max_string_bytes);
      c.limits.max_array_size = l.value("max_array_size", c.limits.max_array_size);
    }
    if (j.contains("code")) c.code = j["code"].get<std::string>();
    if (j.contains("path")) c.path = j["path"].get<std::string>();
    if (j.contains("accept")) c.accept = j["accept"];
    out.push_back(std::move(c));
  }
  return out;
}

inline std::string materialize(const hostile_case& c) {
  std::string s;
  for (const auto& p : c.parts) {
    if (p.contains("hex")) {
      const std::string h = p["hex"];
      for (std::size_t i = 0; i + 1 < h.size(); i += 2) s += static_cast<char>(std::stoi(h.substr(i, 2), nullptr, 16));
    } else if (p.contains("counter")) {
      const std::string t = p["counter"];
      const std::size_t n = p.value("repeat", std::size_t{1});
      const auto at = t.find("{}");
      for (std::size_t i = 0; i < n; ++i) s += t.substr(0, at) + std::to_string(i) + t.substr(at + 2);
    } else if (p.contains("nest_in_string")) {
      std::string t = p["text"];
      const int n = p["nest_in_string"];
      // Quotes and backslashes as \u0022 and \u005c: with \" and \\ the
      // backslashes would double at every level (2^50 of them).
      for (int i = 0; i < n; ++i) {
        std::string q = "\"";
        for (char ch : t)
          q += ch == '"' ? std::string("\\u0022") : ch == '\\' ? std::string("\\u005c") : std::string(1, ch);
        t = q + '"';
      }
      s += t;
    } else {
      const std::string t = p["text"];
      const std::size_t n = p.value("repeat", std::size_t{1});
      s.reserve(s.size() + t.size() * n);
      for (std::size_t i = 0; i < n; ++i) s += t;
    }
  }
  return s;
}

/// Decodes with the case's decoder and tokenizer; the encoding on success.
inline wxim::result<std::string> decode_hostile(const hostile_case& c, std::string_view text, wxim::json_parser p) {
  wxim::decode_options o;
  o.limits = c.limits;
  o.parser = p;
  if (c.decoder == "raw") {
    auto r = wxim::decode<wxim::raw_json>(text, o);
    if (!r) return std::move(r).error();
    return r->text;
  }
  std::optional<wxim::result<std::string>> out;
  for_each_dialect([&](auto d) {
    using D = decltype(d);
    if (out || D::name != c.decoder) return;
    auto r = D::decode(text, c.dir, o);
    out = r ? wxim::result<std::string>(D::encode(*r)) : wxim::result<std::string>(std::move(r).error());
  });
  return out ? std::move(*out)
             : wxim::result<std::string>(wxim::error{wxim::errc::invalid_argument, "", std::nullopt,
                                                     "no decoder " + c.decoder, std::nullopt});
}

}  // namespace wxim_verify
