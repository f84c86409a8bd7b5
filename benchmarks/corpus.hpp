// SPDX-License-Identifier: MIT
// The benchmark corpus: 1000 mixed IM frames, generated deterministically
// (same bytes on every run and machine) from model values through wxim's
// builders: wechat-im chat messages and conversation lists, J-IM chat,
// heartbeats and stored-message replies of 5-20 messages, with Chinese,
// emoji and escapes.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "wxim/dialect/jim/builders.hpp"
#include "wxim/dialect/jim/mapping.hpp"
#include "wxim/dialect/wechat_im/builders.hpp"
#include "wxim/dialect/wechat_im/mapping.hpp"

namespace wxim_bench {

enum class frame_kind { wechat_chat, wechat_conversations, jim_chat, jim_heartbeat, jim_history };

inline const char* kind_name(frame_kind k) {
  switch (k) {
    case frame_kind::wechat_chat:
      return "wechat_chat";
    case frame_kind::wechat_conversations:
      return "wechat_conversations";
    case frame_kind::jim_chat:
      return "jim_chat";
    case frame_kind::jim_heartbeat:
      return "jim_heartbeat";
    case frame_kind::jim_history:
      return "jim_history";
  }
  return "?";
}

struct corpus_frame {
  frame_kind kind;
  std::string text;
};

// A tiny deterministic generator (splitmix64): std distributions differ
// between standard libraries, this does not.
class rng {
 public:
  explicit rng(std::uint64_t seed) : s_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (s_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::uint64_t below(std::uint64_t n) { return next() % n; }

 private:
  std::uint64_t s_;
};

inline std::string pick_text(rng& r) {
  static const char* const texts[] = {
      "周末有时间一起参加社团活动吗？",
      "好的，8点见 👍",
      "see you at 8",
      "明天的会议改到下午三点，地点不变。",
      "收到 🙏🏻 谢谢！",
      "He said \"ok\" and left \\o/",
      "第一行\n第二行\n第三行",
      "tab\there",
      "👨‍👩‍👧‍👦 family photo uploaded",
      "价格是 ¥128.50，含运费",
      "https://example.com/a?b=1&c=2",
      "哈哈哈哈哈哈哈哈😂😂😂",
      "Could you send me the file again? The link expired.",
      "路上堵车，晚十分钟到",
      "ok",
  };
  std::string s = texts[r.below(sizeof texts / sizeof *texts)];
  if (r.below(4) == 0) s += " " + std::string(texts[r.below(sizeof texts / sizeof *texts)]);
  return s;
}

inline wxim::chat_message make_message(rng& r, std::int64_t& clock, bool group) {
  wxim::chat_message m;
  m.chat = group ? wxim::chat_type::group : wxim::chat_type::direct;
  m.author = "user_" + std::to_string(100 + r.below(50));
  m.recipient = group ? "group_" + std::to_string(r.below(5)) : "user_" + std::to_string(100 + r.below(50));
  clock += static_cast<std::int64_t>(r.below(600'000));
  m.time = wxim::from_unix_ms(clock);
  switch (r.below(6)) {
    case 0:
      m.body = wxim::image_content{"https://example.com/u/p/" + std::to_string(r.below(100000)) + ".jpg", {}, {}, {}};
      break;
    case 1:
      m.body = wxim::voice_content{"wxfile://store_" + std::to_string(r.below(100000)) + ".mp3",
                                   static_cast<std::int64_t>(1 + r.below(59)), wxim::audio_kind::voice};
      break;
    default:
      m.body = wxim::text_content{pick_text(r)};
  }
  return m;
}

inline std::vector<corpus_frame> make_corpus(std::size_t count = 1000, std::uint64_t seed = 20261123) {
  rng r(seed);
  std::int64_t clock = 1718586425123;
  std::vector<corpus_frame> out;
  out.reserve(count);
  while (out.size() < count) {
    const auto roll = r.below(10);
    if (roll < 3) {  // wechat-im chat, client to server
      auto m = make_message(r, clock, false);
      auto f = wxim::wechat_im::to_chat_frame(m);
      if (f) out.push_back({frame_kind::wechat_chat, wxim::encode(*f)});
    } else if (roll < 4) {  // wechat-im conversation list, 1-3 items
      std::vector<wxim::conversation> list;
      const auto n = 1 + r.below(3);
      for (std::uint64_t i = 0; i < n; ++i) {
        wxim::conversation c;
        auto m = make_message(r, clock, false);
        c.peer = {m.author, "用户" + std::to_string(r.below(100)), "https://example.com/a/" + m.author + ".png"};
        c.unread = static_cast<std::int64_t>(r.below(20));
        c.latest = m;
        list.push_back(c);
      }
      auto f = wxim::wechat_im::make_conversation_list(list, "user_999", std::chrono::hours{8});
      if (f) out.push_back({frame_kind::wechat_conversations, wxim::encode(*f)});
    } else if (roll < 7) {  // J-IM chat, client to server
      auto m = make_message(r, clock, r.below(2) == 0);
      auto b = wxim::jim::make_chat(m);
      if (b) out.push_back({frame_kind::jim_chat, wxim::encode(*b)});
    } else if (roll < 9) {  // heartbeat
      out.push_back({frame_kind::jim_heartbeat, wxim::encode(wxim::jim::make_heartbeat())});
    } else {  // stored messages, 5-20
      std::vector<wxim::chat_message> history;
      const bool group = r.below(2) == 0;
      const auto n = 5 + r.below(16);
      for (std::uint64_t i = 0; i < n; ++i) {
        auto m = make_message(r, clock, group);
        if (group)
          m.recipient = "group_1";
        else
          m.author = i % 2 ? "user_100" : "user_101", m.recipient = i % 2 ? "user_101" : "user_100";
        m.id = std::to_string(100000 + r.below(900000)) + "abcdef0123456789abcdef0123";
        history.push_back(m);
      }
      auto f = wxim::jim::make_stored_messages_reply("user_100", history);
      if (f) out.push_back({frame_kind::jim_history, wxim::encode(*f)});
    }
  }
  return out;
}

}  // namespace wxim_bench
