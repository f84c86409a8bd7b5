// SPDX-License-Identifier: MIT
#include "wxim/model.hpp"

#include <catch2/catch.hpp>

TEST_CASE("the model umbrella brings in messages, content, conversations and profiles") {
  wxim::conversation c;
  c.peer = wxim::user_profile{"user_001", "Ann", ""};
  wxim::chat_message m;
  m.author = "user_001";
  m.recipient = "me";
  m.time = wxim::from_unix_ms(1533294362000);
  m.body = wxim::voice_content{"wxfile://a.mp3", 4, wxim::audio_kind::voice};
  c.latest = m;
  c.unread = 1;
  CHECK(wxim::conversation_peer(*c.latest, "me") == c.peer.id);
  CHECK(wxim::summary_of(c.latest->body) == "[voice]");
}
