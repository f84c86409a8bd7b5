// SPDX-License-Identifier: MIT
// tests/testing/vectors.hpp: the golden frames, for the property tests.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

namespace wxim_verify {

/// Every line of tests/vectors/accept/<dialect>/*.jsonl, in file order.
inline std::vector<std::string> accepted_vectors(std::string_view dialect) {
  std::vector<std::string> out;
  const std::filesystem::path dir = std::filesystem::path(WXIM_VECTORS_DIR) / "accept" / std::string(dialect);
  if (!std::filesystem::exists(dir)) return out;
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".jsonl") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::string line;
    while (std::getline(in, line))
      if (!line.empty()) out.push_back(line);
  }
  return out;
}

}  // namespace wxim_verify
