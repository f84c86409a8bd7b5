// SPDX-License-Identifier: MIT
#include "wxim/storage.hpp"

#include <catch2/catch.hpp>

TEST_CASE("the storage umbrella brings in keys and the planner together", "[storage]") {
  // A plan for a file that is then recorded under a collision-free key.
  auto plan = wxim::plan_eviction({{"a", 6, 1, {}}, {"b", 3, 2, {}}}, 5, {10, wxim::eviction_policy::oldest, {}});
  REQUIRE(plan);
  CHECK(plan->remove == std::vector<std::string>{"a"});
  CHECK(wxim::make_wxim_key({"user_001", "a:b"}) == "wxim1:user_001:a%3Ab");
}
