// SPDX-License-Identifier: MIT
// Built with -fno-exceptions: the whole library compiles, and its
// non-throwing API decodes, refuses, encodes and merges as usual.
#include <cstdio>
#include <string>
#include <vector>

#include "wxim/codec.hpp"
#include "wxim/dialect/easemob.hpp"
#include "wxim/dialect/jim.hpp"
#include "wxim/dialect/room.hpp"
#include "wxim/dialect/tim.hpp"
#include "wxim/dialect/wechat_im.hpp"
#include "wxim/model.hpp"
#include "wxim/storage.hpp"
#include "wxim/timeline/merge.hpp"
#include "wxim/timeline/order.hpp"

#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
#error "this test must be built with -fno-exceptions"
#endif

namespace {
int failures = 0;
int checks = 0;
void check(bool ok, const char* what) {
  ++checks;
  if (!ok) {
    ++failures;
    std::fprintf(stderr, "FAILED: %s\n", what);
  }
}
}  // namespace

int main() {
  const std::string hb = R"({"cmd":13,"hbbyte":"-127"})";
  const auto f = wxim::jim::decode_frame(hb);
  check(f.has_value(), "a J-IM heartbeat decodes");
  check(f && wxim::jim::encode(*f) == hb, "and is written back byte for byte");

  const auto bad = wxim::wechat_im::decode_frame(R"({"type":"login","userInfo":{"userId":1}})");
  check(!bad.has_value(), "a wrong type is refused");
  check(!bad && bad.error().path == "/userInfo/userId", "with its path");

  // Both tokenizers, the nlohmann SAX one included (its catch is compiled out).
  wxim::decode_options sax;
  sax.parser = wxim::json_parser::nlohmann_sax;
  check(wxim::decode<wxim::raw_json>(R"({"a":[1,2,{"b":null}]})", sax).has_value(), "nlohmann's SAX parser reads");
  check(!wxim::decode<wxim::raw_json>(R"({"a":)", sax).has_value(), "and refuses a truncated frame");
  check(!wxim::decode<wxim::raw_json>(std::string(70, '[') + std::string(70, ']')).has_value(), "past the depth limit");

  for (const char* text : {R"({"code":200,"data":"{\"list\":[]}"})", "\xff", "", "[1,"})
    (void)wxim::room::decode_frame(text), (void)wxim::tim::decode_object(text),
        (void)wxim::easemob::decode_object(text);

  std::vector<wxim::chat_message> messages(40);
  for (std::size_t i = 0; i < messages.size(); ++i) {
    messages[i].id = "m" + std::to_string(i);
    messages[i].time = wxim::instant{std::chrono::milliseconds{1000 * static_cast<long long>(40 - i)}};
  }
  wxim::order(messages);  // 40 messages: the keyed sort, whose allocation is no longer guarded
  check(messages.front().id == "m39", "ordering by time");
  std::vector<wxim::chat_message> page(messages.begin(), messages.begin() + 10);
  check(wxim::merge_page(messages, page) == 0, "a page of known ids adds nothing");

  std::printf("no-exceptions: %d of %d checks passed\n", checks - failures, checks);
  return failures == 0 ? 0 : 1;
}
