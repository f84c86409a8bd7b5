// SPDX-License-Identifier: MIT
#include "wxim/storage/cache_ledger.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <limits>
#include <map>
#include <random>
#include <string>
#include <vector>

using namespace wxim;

namespace {

constexpr std::int64_t max64 = std::numeric_limits<std::int64_t>::max();

saved_file file(std::string path, std::int64_t size, std::int64_t created = 0,
                std::optional<std::int64_t> accessed = std::nullopt) {
  return saved_file{std::move(path), size, created, accessed};
}

// The ledger's promises, checked against the files it reports.
void check_consistent(const cache_ledger& ledger) {
  std::int64_t sum = 0;
  std::map<std::string, int> seen;
  for (const auto& f : ledger.files()) {
    REQUIRE(f.size >= 0);
    REQUIRE(f.size <= max64 - sum);
    sum += f.size;
    CHECK(++seen[f.path] == 1);
    REQUIRE(ledger.find(f.path) != nullptr);
    CHECK(*ledger.find(f.path) == f);
  }
  CHECK(ledger.total() == sum);
  CHECK(ledger.size() == ledger.files().size());
  CHECK(ledger.empty() == ledger.files().empty());
}

}  // namespace

TEST_CASE("a new ledger is empty", "[storage]") {
  cache_ledger ledger;
  CHECK(ledger.empty());
  CHECK(ledger.total() == 0);
  CHECK_FALSE(ledger.contains("a"));
  CHECK(ledger.find("a") == nullptr);
}

TEST_CASE("add, remove and touch keep the total", "[storage]") {
  cache_ledger ledger;
  CHECK(ledger.add(file("a", 10, 1)).value() == 10);
  CHECK(ledger.add(file("b", 5, 2)).value() == 15);
  CHECK(ledger.add(file("c", 0, 3)).value() == 15);
  CHECK(ledger.size() == 3);

  auto gone = ledger.remove("a");
  REQUIRE(gone);
  CHECK(*gone == file("a", 10, 1));
  CHECK(ledger.total() == 5);
  CHECK_FALSE(ledger.contains("a"));
  CHECK(ledger.contains("b"));
  CHECK(ledger.contains("c"));

  auto touched = ledger.touch("b", 99);
  REQUIRE(touched);
  CHECK(touched->last_access == 99);
  CHECK(ledger.find("b")->last_access == 99);
  CHECK(ledger.total() == 5);
  check_consistent(ledger);
}

TEST_CASE("the ledger refuses what would make it lie", "[storage]") {
  cache_ledger ledger;
  REQUIRE(ledger.add(file("a", 10)));

  auto dup = ledger.add(file("a", 3));
  REQUIRE_FALSE(dup);
  CHECK(dup.error().code == errc::invalid_argument);
  CHECK(dup.error().path == "/path");
  CHECK(ledger.total() == 10);
  CHECK(ledger.find("a")->size == 10);

  auto negative = ledger.add(file("n", -1));
  REQUIRE_FALSE(negative);
  CHECK(negative.error().code == errc::invalid_value);
  CHECK(negative.error().path == "/size");
  CHECK_FALSE(ledger.contains("n"));

  auto unknown = ledger.remove("zzz");
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error().code == errc::invalid_argument);
  CHECK(unknown.error().message.find("zzz") != std::string::npos);

  CHECK_FALSE(ledger.touch("zzz", 1));

  auto overflow = ledger.add(file("huge", max64 - 9));
  REQUIRE_FALSE(overflow);
  CHECK(overflow.error().code == errc::too_large);
  CHECK(ledger.total() == 10);
  CHECK(ledger.add(file("huge", max64 - 10)).value() == max64);
  check_consistent(ledger);
}

TEST_CASE("from_files validates with the file's index", "[storage]") {
  auto ok = cache_ledger::from_files({file("a", 1), file("b", 2)});
  REQUIRE(ok);
  CHECK(ok->total() == 3);

  auto dup = cache_ledger::from_files({file("a", 1), file("b", 2), file("a", 3)});
  REQUIRE_FALSE(dup);
  CHECK(dup.error().path == "/2/path");

  auto negative = cache_ledger::from_files({file("a", 1), file("b", -2)});
  REQUIRE_FALSE(negative);
  CHECK(negative.error().code == errc::invalid_value);
  CHECK(negative.error().path == "/1/size");

  auto overflow = cache_ledger::from_files({file("a", max64), file("b", 1)});
  REQUIRE_FALSE(overflow);
  CHECK(overflow.error().code == errc::too_large);
  CHECK(overflow.error().path == "/1/size");
}

TEST_CASE("apply removes a plan's files, all or nothing", "[storage]") {
  auto ledger = cache_ledger::from_files({file("a", 4, 1), file("b", 3, 2), file("c", 2, 3)}).value();

  SECTION("a real plan") {
    auto plan = ledger.plan(5, {10});
    REQUIRE(plan);
    CHECK(plan->remove == std::vector<std::string>{"a"});
    CHECK(ledger.apply(*plan).value() == 5);
    CHECK(ledger.total() + 5 == plan->total_after);
    REQUIRE(ledger.add(file("new", 5, 4)));
    CHECK(ledger.total() == 10);
    // Applying made room: planning again for the same size removes nothing more than needed.
    auto again = ledger.plan(0, {10});
    REQUIRE(again);
    CHECK(again->remove.empty());
    check_consistent(ledger);
  }
  SECTION("an unknown path changes nothing") {
    eviction_plan plan;
    plan.remove = {"a", "ghost", "b"};
    auto r = ledger.apply(plan);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::invalid_argument);
    CHECK(r.error().path == "/remove/1");
    CHECK(ledger.total() == 9);
    CHECK(ledger.size() == 3);
  }
  SECTION("a path twice changes nothing") {
    eviction_plan plan;
    plan.remove = {"a", "a"};
    auto r = ledger.apply(plan);
    REQUIRE_FALSE(r);
    CHECK(r.error().path == "/remove/1");
    CHECK(ledger.size() == 3);
  }
  SECTION("a stale plan's freed is not trusted") {
    eviction_plan plan;
    plan.remove = {"b"};
    plan.freed = 1000;
    CHECK(ledger.apply(plan).value() == 6);
  }
  SECTION("the empty plan") { CHECK(ledger.apply(eviction_plan{}).value() == 9); }
}

TEST_CASE("the total never drifts over random operations", "[storage]") {
  std::mt19937_64 rng(0x1ed9e7u);
  std::uniform_int_distribution<int> op(0, 5), name(0, 40), coin(0, 9);
  std::uniform_int_distribution<std::int64_t> size(0, 1000), when(0, 50);
  int applied_nonempty = 0, refused = 0;
  for (int run = 0; run < 50; ++run) {
    cache_ledger ledger;
    std::map<std::string, saved_file> model;  // the reference: a plain map
    for (int step = 0; step < 400; ++step) {
      const std::string path = "p" + std::to_string(name(rng));
      switch (op(rng)) {
        case 0:
        case 1: {  // add, sometimes a duplicate or a negative size
          saved_file f = file(path, coin(rng) == 0 ? -1 : size(rng), when(rng));
          auto r = ledger.add(f);
          const bool should_work = f.size >= 0 && !model.count(path);
          CHECK(bool(r) == should_work);
          if (should_work)
            model[path] = f;
          else
            ++refused;
          break;
        }
        case 2: {  // remove, sometimes an unknown path
          auto r = ledger.remove(path);
          CHECK(bool(r) == (model.count(path) == 1));
          if (r) {
            CHECK(*r == model[path]);
            model.erase(path);
          }
          break;
        }
        case 3: {  // touch
          auto r = ledger.touch(path, when(rng));
          CHECK(bool(r) == (model.count(path) == 1));
          if (r) model[path] = *r;
          break;
        }
        case 4: {  // plan room for a new file and apply the plan
          const std::int64_t budget = std::uniform_int_distribution<std::int64_t>(0, 8000)(rng);
          const std::int64_t incoming = std::uniform_int_distribution<std::int64_t>(0, budget)(rng);
          auto plan = ledger.plan(incoming, {budget, coin(rng) < 5 ? eviction_policy::lru : eviction_policy::oldest});
          REQUIRE(plan);
          auto r = ledger.apply(*plan);
          REQUIRE(r);
          for (const auto& p : plan->remove) model.erase(p);
          CHECK(*r + incoming == plan->total_after);
          CHECK(*r + incoming <= budget);
          applied_nonempty += !plan->remove.empty();
          break;
        }
        default: {  // a plan with an unknown path is refused whole
          eviction_plan plan;
          if (!model.empty()) plan.remove.push_back(model.begin()->first);
          plan.remove.push_back("missing");
          CHECK_FALSE(ledger.apply(plan));
          break;
        }
      }
      // Same contents as the reference, and the total is their sum.
      REQUIRE(ledger.size() == model.size());
      std::int64_t sum = 0;
      for (const auto& [p, f] : model) {
        sum += f.size;
        const saved_file* got = ledger.find(p);
        REQUIRE(got != nullptr);
        CHECK(*got == f);
      }
      CHECK(ledger.total() == sum);
    }
    check_consistent(ledger);
  }
  CHECK(applied_nonempty > 100);
  CHECK(refused > 100);
}

TEST_CASE("a ledger is a value", "[storage]") {
  auto a = cache_ledger::from_files({file("x", 1)}).value();
  cache_ledger b = a;
  REQUIRE(b.add(file("y", 2)));
  CHECK(a.total() == 1);
  CHECK(b.total() == 3);
  CHECK_FALSE(a.contains("y"));
}
