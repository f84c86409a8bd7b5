// SPDX-License-Identifier: MIT
#include "wxim/version.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <typeinfo>

#include "wxim/error.hpp"
#include "wxim/model/message.hpp"

TEST_CASE("the version string spells the version macros, and matches the CMake project", "[version]") {
  const std::string spelled = std::to_string(WXIM_VERSION_MAJOR) + "." + std::to_string(WXIM_VERSION_MINOR) + "." +
                              std::to_string(WXIM_VERSION_PATCH);
  CHECK(spelled == wxim::version_string);
  CHECK(std::string(WXIM_PROJECT_VERSION) == wxim::version_string);
}

TEST_CASE("wxim's names live in an inline namespace named after the major and minor version", "[version]") {
  CHECK(&wxim::WXIM_ABI_NAMESPACE::version_string == &wxim::version_string);
  const std::string abi = "v" + std::to_string(WXIM_VERSION_MAJOR) + "_" + std::to_string(WXIM_VERSION_MINOR);
  // The version is part of every symbol: a program holding two versions
  // holds two sets of functions and types, not one set defined twice.
  CHECK(std::string(typeid(wxim::chat_message).name()).find(abi) != std::string::npos);
  CHECK(std::string(typeid(wxim::error).name()).find(abi) != std::string::npos);
}
