// SPDX-License-Identifier: MIT
// Test support: reading the golden frames under tests/vectors/.
#pragma once

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace wxim_test {

inline std::filesystem::path vectors_dir() { return WXIM_VECTORS_DIR; }

/// The lines of a JSON Lines file, final newline not counted.
inline std::vector<std::string> read_lines(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::vector<std::string> out;
  std::string line;
  while (std::getline(in, line)) out.push_back(line);
  return out;
}

/// Every *.jsonl file directly under vectors/<set>/<dialect>/, sorted.
inline std::vector<std::filesystem::path> vector_files(const std::string& set, const std::string& dialect) {
  std::vector<std::filesystem::path> out;
  const auto dir = vectors_dir() / set / dialect;
  if (!std::filesystem::exists(dir)) return out;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".jsonl") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

inline std::string from_hex(const std::string& hex) {
  std::string out;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
    out += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
  return out;
}

/// A reject case: {"why","frame" or "frame_hex","direction"?,"code","path"}.
struct reject_case {
  std::string why, frame, direction, code, path;
};

inline std::vector<reject_case> reject_cases(const std::string& dialect) {
  std::vector<reject_case> out;
  for (const auto& file : vector_files("reject", dialect))
    for (const auto& line : read_lines(file)) {
      const auto j = nlohmann::json::parse(line);
      reject_case c;
      c.why = j.at("why").get<std::string>();
      c.frame =
          j.contains("frame_hex") ? from_hex(j.at("frame_hex").get<std::string>()) : j.at("frame").get<std::string>();
      c.direction = j.value("direction", "any");
      c.code = j.at("code").get<std::string>();
      c.path = j.at("path").get<std::string>();
      out.push_back(std::move(c));
    }
  return out;
}

/// JSON equality the way `wxim roundtrip` judges it.
inline bool json_equal(const std::string& a, const std::string& b) {
  const auto x = nlohmann::json::parse(a, nullptr, false);
  const auto y = nlohmann::json::parse(b, nullptr, false);
  return !x.is_discarded() && !y.is_discarded() && x == y;
}

}  // namespace wxim_test
