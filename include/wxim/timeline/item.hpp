// SPDX-License-Identifier: MIT
// wxim/timeline/item.hpp: one message as a chat page shows it.
#pragma once

#include "wxim/model/message.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE

/// A message and whether a time bubble is drawn above it. The label text is
/// not stored: it depends on `now`, so it is computed when drawing (label()).
struct timeline_item {
  chat_message message;
  bool show_time = false;

  friend bool operator==(const timeline_item& a, const timeline_item& b) {
    return a.show_time == b.show_time && a.message == b.message;
  }
  friend bool operator!=(const timeline_item& a, const timeline_item& b) { return !(a == b); }
};

WXIM_END_NAMESPACE
