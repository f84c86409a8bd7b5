#include "wxim/version.hpp"

#include <string>

#include <catch2/catch.hpp>

TEST_CASE("the version string spells the version macros, and matches the CMake project", "[version]") {
  const std::string spelled = std::to_string(WXIM_VERSION_MAJOR) + "." + std::to_string(WXIM_VERSION_MINOR) + "." +
                              std::to_string(WXIM_VERSION_PATCH);
  CHECK(spelled == wxim::version_string);
  CHECK(std::string(WXIM_PROJECT_VERSION) == wxim::version_string);
}
