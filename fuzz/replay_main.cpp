// SPDX-License-Identifier: MIT
// A plain main for any fuzz target, without libFuzzer: runs the target over
// the files and directories named on the command line (recursively).
//   --lines   treat each line of a file as one input; a line that is a JSON
//             object with a string "frame" (a reject vector) gives that string.
//   --corpus-out DIR   write each input to DIR as a file (named by a hash of
//             its bytes) instead of running it: fuzz/run.sh builds the seed
//             corpora from tests/vectors/ this way.
// Exit status 0 when every input ran; a violated invariant aborts.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

std::filesystem::path corpus_out;  // empty: run the inputs

std::size_t run_one(const std::string& input) {
  if (corpus_out.empty()) {
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
    return 1;
  }
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a: equal inputs share a file
  for (const char c : input) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  char name[17];
  std::snprintf(name, sizeof name, "%016llx", static_cast<unsigned long long>(h));
  std::ofstream(corpus_out / name, std::ios::binary).write(input.data(), static_cast<std::streamsize>(input.size()));
  return 1;
}

std::size_t run_file(const std::filesystem::path& p, bool lines) {
  std::ifstream in(p, std::ios::binary);
  if (!lines) return run_one(std::string(std::istreambuf_iterator<char>(in), {}));
  std::size_t n = 0;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_discarded() && j.is_object() && j.contains("frame") && j["frame"].is_string())
      n += run_one(j["frame"].get<std::string>());
    else
      n += run_one(line);
  }
  return n;
}

}  // namespace

int main(int argc, char** argv) {
  bool lines = false;
  std::size_t inputs = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--lines") {
      lines = true;
      continue;
    }
    if (a == "--corpus-out" && i + 1 < argc) {
      corpus_out = argv[++i];
      std::filesystem::create_directories(corpus_out);
      continue;
    }
    const std::filesystem::path p(a);
    if (std::filesystem::is_directory(p)) {
      std::vector<std::filesystem::path> files;
      for (const auto& e : std::filesystem::recursive_directory_iterator(p))
        if (e.is_regular_file() && e.path().filename() != "README.md" && e.path().filename().string()[0] != '.')
          files.push_back(e.path());
      std::sort(files.begin(), files.end());
      for (const auto& f : files) inputs += run_file(f, lines);
    } else if (std::filesystem::is_regular_file(p)) {
      inputs += run_file(p, lines);
    } else {
      std::fprintf(stderr, "replay: no such file or directory: %s\n", a.c_str());
      return 2;
    }
  }
  if (!corpus_out.empty())
    std::printf("replay: %zu inputs written to %s\n", inputs, corpus_out.string().c_str());
  else
    std::printf("replay: %zu inputs, no invariant violated\n", inputs);
  return 0;
}
