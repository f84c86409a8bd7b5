// SPDX-License-Identifier: MIT
#include "wxim/storage/eviction.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <limits>
#include <random>
#include <set>
#include <string>
#include <vector>

using namespace wxim;

namespace {

constexpr std::int64_t max64 = std::numeric_limits<std::int64_t>::max();

// The reference sums in 128 bits so that it needs no overflow reasoning of its own.
__extension__ using wide = __int128;

std::int64_t clamp64(wide v) { return v > wide(max64) ? max64 : static_cast<std::int64_t>(v); }

saved_file file(std::string path, std::int64_t size, std::int64_t created,
                std::optional<std::int64_t> accessed = std::nullopt) {
  return saved_file{std::move(path), size, created, accessed};
}

std::vector<std::string> paths(const std::vector<saved_file>& files) {
  std::vector<std::string> out;
  for (const auto& f : files) out.push_back(f.path);
  return out;
}

// Policy order, written out independently of the planner.
std::vector<saved_file> reference_order(std::vector<saved_file> files, eviction_policy policy) {
  auto time_of = [policy](const saved_file& f) {
    if (policy == eviction_policy::lru && f.last_access.has_value()) return *f.last_access;
    return f.create_time;
  };
  std::sort(files.begin(), files.end(), [&](const saved_file& a, const saved_file& b) {
    if (time_of(a) != time_of(b)) return time_of(a) < time_of(b);
    return a.path < b.path;
  });
  return files;
}

struct reference_plan {
  std::vector<std::string> remove;
  wide freed = 0;
  wide total_after = 0;
};

// Brute force: try every prefix length k from 0 and take the first that fits.
reference_plan brute_force_plan(const std::vector<saved_file>& files, std::int64_t incoming, std::int64_t budget,
                                eviction_policy policy) {
  const auto order = reference_order(files, policy);
  for (std::size_t k = 0; k <= order.size(); ++k) {
    wide kept = incoming;
    for (std::size_t i = k; i < order.size(); ++i) kept += order[i].size;
    if (kept <= budget) {
      reference_plan p;
      for (std::size_t i = 0; i < k; ++i) {
        p.remove.push_back(order[i].path);
        p.freed += order[i].size;
      }
      p.total_after = kept;
      return p;
    }
  }
  FAIL("no prefix fits although incoming <= budget");
  return {};
}

// The wechat-im client's loop as wechat-im.md §9.8 describes it, with W the true total.
reference_plan original_client_plan(const std::vector<saved_file>& files, std::int64_t incoming, std::int64_t budget,
                                    eviction_policy policy) {
  wide total = 0;
  for (const auto& f : files) total += f.size;
  reference_plan p;
  const wide need = total + incoming - budget;
  if (need >= 0) {
    const auto order = reference_order(files, policy);
    wide sum = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
      sum += order[i].size;
      if (sum >= need) {
        for (std::size_t j = 0; j < i; ++j) {  // 0 … i−1: the off-by-one
          p.remove.push_back(order[j].path);
          p.freed += order[j].size;
        }
        break;
      }
    }
  }
  p.total_after = total - p.freed + incoming;
  return p;
}

std::vector<saved_file> without(const std::vector<saved_file>& files, const std::vector<std::string>& removed) {
  std::set<std::string> gone(removed.begin(), removed.end());
  std::vector<saved_file> kept;
  for (const auto& f : files)
    if (!gone.count(f.path)) kept.push_back(f);
  return kept;
}

struct random_case {
  std::vector<saved_file> files;
  std::int64_t incoming = 0;
  std::int64_t budget = 0;
};

// Small sizes and few distinct times (many ties), or sizes near INT64_MAX.
random_case make_case(std::mt19937_64& rng, bool huge) {
  random_case c;
  const int n = std::uniform_int_distribution<int>(0, 10)(rng);
  std::set<std::string> used;
  std::uniform_int_distribution<std::int64_t> small(0, 60);
  std::uniform_int_distribution<std::int64_t> near_max(max64 - 1000, max64);
  std::uniform_int_distribution<std::int64_t> time(-2, 4);
  std::uniform_int_distribution<int> letter(0, 3), len(1, 3), coin(0, 1), kind(0, 3);
  while (static_cast<int>(c.files.size()) < n) {
    std::string path;
    for (int i = len(rng); i > 0; --i) path += static_cast<char>('a' + letter(rng));
    if (!used.insert(path).second) continue;
    std::int64_t size = small(rng);
    if (huge && kind(rng) != 0) size = near_max(rng);
    std::optional<std::int64_t> access;
    if (coin(rng)) access = time(rng);
    c.files.push_back(file(path, size, time(rng), access));
  }
  if (huge) {
    c.budget = coin(rng) ? max64 : near_max(rng);
    c.incoming = coin(rng) ? std::uniform_int_distribution<std::int64_t>(0, c.budget)(rng) : small(rng);
  } else {
    c.budget = std::uniform_int_distribution<std::int64_t>(0, 300)(rng);
    c.incoming = std::uniform_int_distribution<std::int64_t>(0, c.budget)(rng);
  }
  return c;
}

}  // namespace

TEST_CASE("budget constants", "[storage]") {
  CHECK(default_budget == 10485760);
  CHECK(wechat_im_budget == 10400000);
  CHECK(wechat_im_2018_budget == 95000000);
  CHECK(eviction_options{}.budget == default_budget);
  CHECK(eviction_options{}.policy == eviction_policy::oldest);
  CHECK(eviction_options{}.compat == eviction_compat::none);
}

TEST_CASE("policy names parse and print", "[storage]") {
  CHECK(parse_eviction_policy("oldest").value() == eviction_policy::oldest);
  CHECK(parse_eviction_policy("lru").value() == eviction_policy::lru);
  CHECK(to_string(eviction_policy::oldest) == "oldest");
  CHECK(to_string(eviction_policy::lru) == "lru");
  for (const char* bad : {"", "LRU", "Oldest", "oldest ", "fifo", "newest"}) {
    auto r = parse_eviction_policy(bad);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::invalid_argument);
    CHECK(r.error().message.find("oldest") != std::string::npos);
  }
}

TEST_CASE("eviction_time: lru falls back to create_time", "[storage]") {
  CHECK(eviction_time(file("a", 1, 10, 50), eviction_policy::oldest) == 10);
  CHECK(eviction_time(file("a", 1, 10, 50), eviction_policy::lru) == 50);
  CHECK(eviction_time(file("a", 1, 10), eviction_policy::lru) == 10);
}

TEST_CASE("nothing to remove", "[storage]") {
  SECTION("empty set") {
    auto p = plan_eviction({}, 5, {10});
    REQUIRE(p);
    CHECK(p->remove.empty());
    CHECK(p->freed == 0);
    CHECK(p->total_after == 5);
    CHECK(p->fits);
  }
  SECTION("exact fit keeps everything") {
    auto p = plan_eviction({file("a", 4, 1), file("b", 3, 2)}, 3, {10});
    REQUIRE(p);
    CHECK(p->remove.empty());
    CHECK(p->total_after == 10);
    CHECK(p->fits);
  }
  SECTION("zero budget, zero incoming, zero-byte files") {
    auto p = plan_eviction({file("a", 0, 1)}, 0, {0});
    REQUIRE(p);
    CHECK(p->remove.empty());
    CHECK(p->total_after == 0);
  }
}

TEST_CASE("one byte over removes the oldest file, inclusive", "[storage]") {
  // 4 + 3 + 4 = 11 > 10: the oldest file (a) has to go.
  auto p = plan_eviction({file("b", 3, 2), file("a", 4, 1)}, 4, {10});
  REQUIRE(p);
  CHECK(p->remove == std::vector<std::string>{"a"});
  CHECK(p->freed == 4);
  CHECK(p->total_after == 7);
  CHECK(p->fits);
}

TEST_CASE("the shortest prefix, not the smallest set", "[storage]") {
  // Oldest first: x (1 byte), y (1 byte), z (9 bytes). Need 2 bytes: x and y, although z alone
  // would also make room.
  auto p = plan_eviction({file("z", 9, 3), file("y", 1, 2), file("x", 1, 1)}, 2, {11});
  REQUIRE(p);
  CHECK(p->remove == std::vector<std::string>{"x", "y"});
  CHECK(p->freed == 2);
  CHECK(p->total_after == 11);
}

TEST_CASE("a zero-byte file inside the prefix goes too", "[storage]") {
  auto p = plan_eviction({file("empty", 0, 1), file("big", 8, 2)}, 5, {10});
  REQUIRE(p);
  CHECK(p->remove == std::vector<std::string>{"empty", "big"});
  CHECK(p->freed == 8);
  CHECK(p->total_after == 5);
}

TEST_CASE("incoming equal to the budget empties the cache", "[storage]") {
  auto p = plan_eviction({file("a", 1, 1), file("b", 2, 2)}, 10, {10});
  REQUIRE(p);
  CHECK(p->remove == std::vector<std::string>{"a", "b"});
  CHECK(p->total_after == 10);
  CHECK(p->fits);

  // Zero-byte files at the end of the order may stay.
  auto q = plan_eviction({file("a", 1, 1), file("z", 0, 9)}, 10, {10});
  REQUIRE(q);
  CHECK(q->remove == std::vector<std::string>{"a"});
}

TEST_CASE("incoming larger than the budget is too_large", "[storage]") {
  auto p = plan_eviction({}, 11, {10});
  REQUIRE_FALSE(p);
  CHECK(p.error().code == errc::too_large);
  CHECK(p.error().path.empty());
  CHECK(p.error().message.find("11") != std::string::npos);
  CHECK(p.error().message.find("10") != std::string::npos);

  auto q = plan_eviction({}, wechat_im_budget + 1, {wechat_im_budget});
  REQUIRE_FALSE(q);
  CHECK(q.error().code == errc::too_large);
  CHECK(plan_eviction({}, wechat_im_budget, {wechat_im_budget}));
}

TEST_CASE("equal times are broken by path", "[storage]") {
  std::vector<saved_file> files{file("c", 5, 7), file("a", 5, 7), file("b", 5, 7)};
  auto p = plan_eviction(files, 5, {15});
  REQUIRE(p);
  CHECK(p->remove == std::vector<std::string>{"a"});
  auto q = plan_eviction(files, 15, {15});
  REQUIRE(q);
  CHECK(q->remove == std::vector<std::string>{"a", "b", "c"});
  // Byte-wise comparison: upper case sorts before lower case.
  auto r = plan_eviction({file("b", 5, 7), file("B", 5, 7)}, 0, {5});
  REQUIRE(r);
  CHECK(r->remove == std::vector<std::string>{"B"});
}

TEST_CASE("policies order differently", "[storage]") {
  // old: created first, read last; fresh: created last, never read (falls back to 5).
  std::vector<saved_file> files{file("old", 4, 1, 100), file("fresh", 4, 5), file("mid", 4, 3, 2)};
  auto oldest = plan_eviction(files, 4, {8, eviction_policy::oldest});
  REQUIRE(oldest);
  CHECK(oldest->remove == std::vector<std::string>{"old", "mid"});
  auto lru = plan_eviction(files, 4, {8, eviction_policy::lru});
  REQUIRE(lru);
  CHECK(lru->remove == std::vector<std::string>{"mid", "fresh"});
}

TEST_CASE("invalid input names the offending value", "[storage]") {
  std::vector<saved_file> files{file("a", 1, 1), file("b", 1, 1), file("c", 1, 1), file("d", -1, 1), file("e", -5, 1)};
  auto p = plan_eviction(files, 1, {10});
  REQUIRE_FALSE(p);
  CHECK(p.error().code == errc::invalid_value);
  CHECK(p.error().path == "/3/size");
  CHECK(p.error().message.find("\"d\"") != std::string::npos);

  auto neg_incoming = plan_eviction({}, -1, {10});
  REQUIRE_FALSE(neg_incoming);
  CHECK(neg_incoming.error().code == errc::invalid_value);

  auto neg_budget = plan_eviction({}, 0, {-1});
  REQUIRE_FALSE(neg_budget);
  CHECK(neg_budget.error().code == errc::invalid_value);

  // A negative size is reported even when everything would fit.
  auto fits_anyway = plan_eviction({file("a", -1, 1)}, 0, {100});
  REQUIRE_FALSE(fits_anyway);
  CHECK(fits_anyway.error().path == "/0/size");
}

TEST_CASE("a path listed twice is refused", "[storage]") {
  auto p = plan_eviction({file("a", 1, 1), file("b", 1, 2), file("a", 1, 3)}, 0, {100});
  REQUIRE_FALSE(p);
  CHECK(p.error().code == errc::invalid_value);
  CHECK(p.error().path == "/2/path");
}

TEST_CASE("the first repeated listing is the one reported", "[storage]") {
  auto p =
      plan_eviction({file("a", 1, 1), file("b", 1, 2), file("c", 1, 3), file("b", 1, 4), file("a", 1, 5)}, 0, {100});
  REQUIRE_FALSE(p);
  CHECK(p.error().path == "/3/path");

  std::vector<saved_file> same(1000, file("same", 1, 1));
  auto q = plan_eviction(same, 0, {1});
  REQUIRE_FALSE(q);
  CHECK(q.error().path == "/1/path");

  // Random lists over a few names: the reported index is the first whose path came before.
  std::mt19937_64 rng(0x5eed0005u);
  int repeated = 0;
  for (int round = 0; round < 2000; ++round) {
    std::vector<saved_file> files;
    const int n = std::uniform_int_distribution<int>(0, 12)(rng);
    for (int i = 0; i < n; ++i)
      files.push_back(
          file(std::string(1, static_cast<char>('a' + std::uniform_int_distribution<int>(0, 19)(rng))), 1, i));
    std::optional<std::size_t> want;
    std::set<std::string> before;
    for (std::size_t i = 0; i < files.size() && !want; ++i)
      if (!before.insert(files[i].path).second) want = i;
    auto r = plan_eviction(files, 0, {100});
    CHECK(bool(r) == !want);
    if (want) {
      ++repeated;
      CHECK(r.error().path == "/" + std::to_string(*want) + "/path");
    }
  }
  CHECK(repeated > 500);
}

TEST_CASE("wechat-im's off-by-one only under the compat option", "[storage]") {
  eviction_options fixed{10};
  eviction_options compat{10, eviction_policy::oldest, eviction_compat::wechat_im_off_by_one};

  SECTION("one saved file that must go") {
    std::vector<saved_file> files{file("only", 6, 1)};
    auto f = plan_eviction(files, 6, fixed);
    REQUIRE(f);
    CHECK(f->remove == std::vector<std::string>{"only"});
    CHECK(f->fits);
    auto c = plan_eviction(files, 6, compat);
    REQUIRE(c);
    CHECK(c->remove.empty());
    CHECK(c->freed == 0);
    CHECK(c->total_after == 12);
    CHECK_FALSE(c->fits);
  }
  SECTION("three files: the one that reaches the need is kept") {
    // need = 9 + 5 − 10 = 4; running sums 3, 6: index 1 reaches it. Compat removes index 0 only.
    std::vector<saved_file> files{file("c", 3, 3), file("b", 3, 2), file("a", 3, 1)};
    auto f = plan_eviction(files, 5, fixed);
    REQUIRE(f);
    CHECK(f->remove == std::vector<std::string>{"a", "b"});
    CHECK(f->total_after == 8);
    auto c = plan_eviction(files, 5, compat);
    REQUIRE(c);
    CHECK(c->remove == std::vector<std::string>{"a"});
    CHECK(c->freed == 3);
    CHECK(c->total_after == 11);
    CHECK_FALSE(c->fits);
  }
  SECTION("when it already fits both remove nothing") {
    std::vector<saved_file> files{file("a", 5, 1)};
    CHECK(plan_eviction(files, 5, compat)->remove.empty());
    CHECK(plan_eviction(files, 5, compat)->fits);
  }
  SECTION("too_large in both") { CHECK(plan_eviction({}, 11, compat).error().code == errc::too_large); }
}

TEST_CASE("sizes near INT64_MAX do not overflow", "[storage]") {
  std::vector<saved_file> files{file("a", max64, 1), file("b", max64, 2), file("c", max64 - 1, 3)};
  SECTION("everything must go; freed saturates") {
    auto p = plan_eviction(files, 2, {max64});
    REQUIRE(p);
    CHECK(p->remove == std::vector<std::string>{"a", "b", "c"});
    CHECK(p->freed == max64);
    CHECK(p->total_after == 2);
    CHECK(p->fits);
  }
  SECTION("the newest can stay") {
    auto p = plan_eviction(files, 1, {max64});
    REQUIRE(p);
    CHECK(p->remove == std::vector<std::string>{"a", "b"});
    CHECK(p->total_after == max64);
    auto q = plan_eviction(files, 0, {max64 - 1});
    REQUIRE(q);
    CHECK(q->remove == std::vector<std::string>{"a", "b"});
    CHECK(q->total_after == max64 - 1);
  }
  SECTION("incoming INT64_MAX with budget INT64_MAX") {
    auto p = plan_eviction(files, max64, {max64});
    REQUIRE(p);
    CHECK(p->remove.size() == 3);
    CHECK(p->total_after == max64);
  }
  SECTION("compat total_after saturates") {
    auto p = plan_eviction({file("a", max64, 1)}, max64,
                           {max64, eviction_policy::oldest, eviction_compat::wechat_im_off_by_one});
    REQUIRE(p);
    CHECK(p->remove.empty());
    CHECK(p->total_after == max64);
    CHECK_FALSE(p->fits);
  }
  SECTION("many huge files") {
    std::vector<saved_file> many;
    for (int i = 0; i < 1000; ++i) many.push_back(file("f" + std::to_string(1000 + i), max64 - i, i));
    auto p = plan_eviction(many, 10, {max64});
    REQUIRE(p);
    // Only file 999 (size max64 − 999) can stay beside 10 incoming bytes.
    CHECK(p->remove.size() == 999);
    CHECK(p->remove.back() == "f1998");
    CHECK(p->total_after == max64 - 999 + 10);
  }
}

TEST_CASE("planner agrees with the brute-force reference", "[storage]") {
  // How often the interesting branches ran, so that the property cannot pass vacuously.
  int removed_some = 0, removed_all = 0, compat_differs = 0;
  for (bool huge : {false, true}) {
    std::mt19937_64 rng(huge ? 0x5eed0002u : 0x5eed0001u);
    for (int round = 0; round < 4000; ++round) {
      const random_case c = make_case(rng, huge);
      for (eviction_policy policy : {eviction_policy::oldest, eviction_policy::lru}) {
        INFO("round " << round << " huge " << huge << " policy " << to_string(policy) << " budget " << c.budget
                      << " incoming " << c.incoming << " files " << c.files.size());
        auto p = plan_eviction(c.files, c.incoming, {c.budget, policy});
        REQUIRE(p);
        const reference_plan want = brute_force_plan(c.files, c.incoming, c.budget, policy);
        CHECK(p->remove == want.remove);
        CHECK(p->freed == clamp64(want.freed));
        CHECK(p->total_after == clamp64(want.total_after));
        CHECK(p->fits);

        // The plan fits, and one file fewer would not.
        const auto order = reference_order(c.files, policy);
        const auto kept = without(c.files, p->remove);
        wide kept_total = c.incoming;
        for (const auto& f : kept) kept_total += f.size;
        CHECK(kept_total <= c.budget);
        if (!p->remove.empty()) {
          const wide one_fewer = kept_total + order[p->remove.size() - 1].size;
          CHECK(one_fewer > c.budget);
        }
        // Removal order is the policy order.
        for (std::size_t i = 0; i < p->remove.size(); ++i) CHECK(p->remove[i] == order[i].path);

        // Idempotent: planning again over what is kept removes nothing.
        auto again = plan_eviction(kept, c.incoming, {c.budget, policy});
        REQUIRE(again);
        CHECK(again->remove.empty());

        // Compat reproduces the original client's loop.
        auto compat = plan_eviction(c.files, c.incoming, {c.budget, policy, eviction_compat::wechat_im_off_by_one});
        REQUIRE(compat);
        const reference_plan original = original_client_plan(c.files, c.incoming, c.budget, policy);
        CHECK(compat->remove == original.remove);
        CHECK(compat->freed == clamp64(original.freed));
        CHECK(compat->total_after == clamp64(original.total_after));
        CHECK(compat->fits == (original.total_after <= c.budget));

        removed_some += !p->remove.empty();
        removed_all += !c.files.empty() && p->remove.size() == c.files.size();
        compat_differs += compat->remove != p->remove;
      }
    }
  }
  CHECK(removed_some > 4000);
  CHECK(removed_all > 500);
  CHECK(compat_differs > 4000);
}

TEST_CASE("the result does not depend on the input order", "[storage]") {
  std::mt19937_64 rng(0x5eed0003u);
  for (int round = 0; round < 500; ++round) {
    random_case c = make_case(rng, false);
    auto first = plan_eviction(c.files, c.incoming, {c.budget, eviction_policy::lru});
    std::shuffle(c.files.begin(), c.files.end(), rng);
    auto second = plan_eviction(c.files, c.incoming, {c.budget, eviction_policy::lru});
    REQUIRE(first);
    REQUIRE(second);
    CHECK(*first == *second);
  }
}

TEST_CASE("100,000 files", "[storage]") {
  std::mt19937_64 rng(0x5eed0004u);
  std::vector<saved_file> files;
  std::int64_t total = 0;
  for (int i = 0; i < 100000; ++i) {
    const std::int64_t size = std::uniform_int_distribution<std::int64_t>(1, 1000)(rng);
    total += size;
    files.push_back(
        file("wxfile://store_" + std::to_string(i), size, std::uniform_int_distribution<std::int64_t>(0, 5000)(rng)));
  }
  const std::int64_t budget = total / 2;
  auto p = plan_eviction(files, 100, {budget});
  REQUIRE(p);
  CHECK(p->fits);
  CHECK(p->total_after == total - p->freed + 100);
  CHECK(p->total_after <= budget);
  // Minimal: the last removed file alone would have been enough to overflow the budget.
  const auto order = reference_order(files, eviction_policy::oldest);
  REQUIRE(!p->remove.empty());
  CHECK(p->total_after + order[p->remove.size() - 1].size > budget);
  CHECK(paths(std::vector<saved_file>(order.begin(), order.begin() + p->remove.size())) == p->remove);
}
