// SPDX-License-Identifier: MIT
// wxim/model/user.hpp: a person as every dialect describes them.
#pragma once

#include <string>

#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE

/// A user's public profile. Every dialect has an id; names and avatars are
/// empty when the dialect does not carry them.
struct user_profile {
  std::string id;
  std::string nickname;
  std::string avatar_url;

  friend bool operator==(const user_profile& a, const user_profile& b) {
    return a.id == b.id && a.nickname == b.nickname && a.avatar_url == b.avatar_url;
  }
  friend bool operator!=(const user_profile& a, const user_profile& b) { return !(a == b); }
};

WXIM_END_NAMESPACE
