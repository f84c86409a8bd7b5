// SPDX-License-Identifier: MIT
#include "wxim/dialect/easemob.hpp"

#include <catch2/catch.hpp>

TEST_CASE("the Easemob umbrella header brings in the whole dialect", "[easemob]") {
  namespace em = wxim::easemob;
  const auto o = em::decode_object(
      R"({"type":"txt","id":"453636610001","msg":"hi","to":"liu_yang","from":"","chatType":"singleChat","time":1718590210000})");
  REQUIRE(o);
  CHECK(em::kind_of(*o) == em::object_kind::text);
  const auto m = em::to_message(std::get<em::text_message>(*o), "zhou_hao");
  CHECK(m.author == "zhou_hao");
  CHECK(em::reconnect_delay(1).min.count() == 1000);
}

TEST_CASE("the example at the top of docs/dialects/easemob.md", "[easemob]") {
  namespace em = wxim::easemob;
  auto o = em::decode_object(
      R"({"type":"txt","id":"453636610001","msg":"Meeting moved to 3 pm","to":"liu_yang","from":"","chatType":"singleChat","ext":{"nickname":"Hao"},"time":1718590210000})");
  REQUIRE(o);
  REQUIRE(em::kind_of(*o) == em::object_kind::text);
  const auto& txt = std::get<em::text_message>(*o);
  CHECK(txt.time.ms == 1718590210000);
  wxim::chat_message m = em::to_message(txt, "zhou_hao");
  CHECK(m.author == "zhou_hao");
  CHECK(m.recipient == "liu_yang");
  CHECK(m.status == wxim::send_status::sending);
  CHECK(m.time == wxim::from_unix_ms(1718590210000));
  const std::string back = em::encode(*o);
  CHECK(back.find(R"("ext":{"nickname":"Hao"})") != std::string::npos);

  auto r = wxim::decode<em::send_result>(R"({"localMsgId":"453636610001","serverMsgId":"1286533349917329700"})");
  REQUIRE(r);
  CHECK(em::apply_send_result(m, *r));
  CHECK(m.id == "1286533349917329700");
  CHECK(m.status == wxim::send_status::success);

  auto body = em::to_easemob(m);
  REQUIRE(body);
  CHECK(std::get<em::text_message>(*body).from == "zhou_hao");
}
