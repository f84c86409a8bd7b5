// SPDX-License-Identifier: MIT
// `wxim evict` against a brute-force reference on thousands of random cases.
// Usage: wxim_evict_agreement <path to wxim> <scratch file> [cases]
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace {

struct file {
  std::string path;
  long long size, create;
  std::optional<long long> access;
};

// The reference: try every prefix length in policy order; the first that
// fits is the plan.
nlohmann::json reference(std::vector<file> files, long long budget, long long incoming, bool lru) {
  if (incoming > budget) return {{"ok", false}, {"code", "too_large"}};
  const auto key = [&](const file& f) { return lru && f.access ? *f.access : f.create; };
  std::sort(files.begin(), files.end(),
            [&](const file& a, const file& b) { return key(a) != key(b) ? key(a) < key(b) : a.path < b.path; });
  for (std::size_t k = 0; k <= files.size(); ++k) {
    long long kept = 0, freed = 0;
    for (std::size_t i = 0; i < files.size(); ++i) (i < k ? freed : kept) += files[i].size;
    if (kept + incoming <= budget) {
      std::vector<std::string> remove;
      for (std::size_t i = 0; i < k; ++i) remove.push_back(files[i].path);
      return {{"ok", true}, {"fits", true}, {"remove", remove}, {"freed", freed}, {"total_after", kept + incoming}};
    }
  }
  return {{"ok", false}, {"code", "unreachable"}};
}

std::string run(const std::string& command) {
  std::string out;
  if (FILE* p = popen(command.c_str(), "r")) {
    char buf[4096];
    std::size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    pclose(p);
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) return std::cerr << "usage: wxim_evict_agreement WXIM SCRATCH [CASES]\n", 2;
  const std::string wxim = argv[1], scratch = argv[2];
  const int cases = argc > 3 ? std::stoi(argv[3]) : 2000;
  std::mt19937_64 rng(20261123);
  int passed = 0, failed = 0;
  for (int c = 0; c < cases; ++c) {
    const int n = static_cast<int>(rng() % 12);
    std::vector<file> files;
    nlohmann::json input = nlohmann::json::array();
    for (int i = 0; i < n; ++i) {
      file f{"f" + std::to_string(rng() % 100), static_cast<long long>(rng() % 1000), static_cast<long long>(rng() % 5),
             std::nullopt};
      if (std::any_of(files.begin(), files.end(), [&](const file& g) { return g.path == f.path; })) continue;
      nlohmann::json j = {{"path", f.path}, {"size", f.size}, {"createTime", f.create}};
      if (rng() % 2) {
        f.access = static_cast<long long>(rng() % 5);
        j["lastAccess"] = *f.access;
      }
      files.push_back(f);
      input.push_back(j);
    }
    const long long budget = static_cast<long long>(rng() % 4000);
    const long long incoming = static_cast<long long>(rng() % 1200);
    const bool lru = rng() % 2;
    std::ofstream(scratch) << input.dump();
    const std::string out = run(wxim + " evict --budget " + std::to_string(budget) + " --incoming " +
                                std::to_string(incoming) + " --policy " + (lru ? "lru" : "oldest") + " " + scratch);
    const auto got = nlohmann::json::parse(out, nullptr, false);
    const auto want = reference(files, budget, incoming, lru);
    bool same = !got.is_discarded() && got.value("ok", true) == want["ok"].get<bool>();
    if (same && want["ok"].get<bool>()) {
      same = got == want;
    } else if (same) {
      same = got["error"]["code"] == want["code"];
    }
    if (same) {
      ++passed;
    } else {
      ++failed;
      if (failed <= 5)
        std::cerr << "case " << c << ": input " << input.dump() << " budget " << budget << " incoming " << incoming
                  << (lru ? " lru" : " oldest") << "\n  got  " << out << "  want " << want.dump() << '\n';
    }
  }
  std::cout << passed << " passed, " << failed << " failed\n";
  return failed == 0 ? 0 : 1;
}
