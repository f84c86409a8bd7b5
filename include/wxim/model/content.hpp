// SPDX-License-Identifier: MIT
// wxim/model/content.hpp: what a message says, as one closed set of kinds.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE

enum class content_kind { text, image, voice, video, file, location, face, custom, unknown };

constexpr std::string_view to_string(content_kind k) noexcept {
  switch (k) {
    case content_kind::text:
      return "text";
    case content_kind::image:
      return "image";
    case content_kind::voice:
      return "voice";
    case content_kind::video:
      return "video";
    case content_kind::file:
      return "file";
    case content_kind::location:
      return "location";
    case content_kind::face:
      return "face";
    case content_kind::custom:
      return "custom";
    case content_kind::unknown:
      break;
  }
  return "unknown";
}

struct text_content {
  std::string text;
  friend bool operator==(const text_content& a, const text_content& b) { return a.text == b.text; }
  friend bool operator!=(const text_content& a, const text_content& b) { return !(a == b); }
};

struct image_content {
  std::string url;  ///< remote URL, or a local path in demos that never upload
  std::optional<std::int64_t> width;
  std::optional<std::int64_t> height;
  std::optional<std::int64_t> size;  ///< bytes
  friend bool operator==(const image_content& a, const image_content& b) {
    return a.url == b.url && a.width == b.width && a.height == b.height && a.size == b.size;
  }
  friend bool operator!=(const image_content& a, const image_content& b) { return !(a == b); }
};

/// Recorded speech, or music where the dialect tells them apart (J-IM msgType 4).
enum class audio_kind { voice, music, unknown };

struct voice_content {
  std::string url;
  std::optional<std::int64_t> duration_s;  ///< whole seconds, as every dialect sends it
  audio_kind kind = audio_kind::voice;
  friend bool operator==(const voice_content& a, const voice_content& b) {
    return a.url == b.url && a.duration_s == b.duration_s && a.kind == b.kind;
  }
  friend bool operator!=(const voice_content& a, const voice_content& b) { return !(a == b); }
};

struct video_content {
  std::string url;
  std::string thumbnail_url;
  std::optional<std::int64_t> duration_s;
  std::optional<std::int64_t> size;
  friend bool operator==(const video_content& a, const video_content& b) {
    return a.url == b.url && a.thumbnail_url == b.thumbnail_url && a.duration_s == b.duration_s && a.size == b.size;
  }
  friend bool operator!=(const video_content& a, const video_content& b) { return !(a == b); }
};

struct file_content {
  std::string url;
  std::string name;
  std::optional<std::int64_t> size;
  friend bool operator==(const file_content& a, const file_content& b) {
    return a.url == b.url && a.name == b.name && a.size == b.size;
  }
  friend bool operator!=(const file_content& a, const file_content& b) { return !(a == b); }
};

struct location_content {
  double latitude = 0;
  double longitude = 0;
  std::string description;
  friend bool operator==(const location_content& a, const location_content& b) {
    return a.latitude == b.latitude && a.longitude == b.longitude && a.description == b.description;
  }
  friend bool operator!=(const location_content& a, const location_content& b) { return !(a == b); }
};

/// A sticker or emoji picked from a panel (not emoji characters inside text).
struct face_content {
  std::int64_t index = 0;
  std::string data;
  friend bool operator==(const face_content& a, const face_content& b) {
    return a.index == b.index && a.data == b.data;
  }
  friend bool operator!=(const face_content& a, const face_content& b) { return !(a == b); }
};

/// Application-defined content. `sub_kind` names the flavour where a dialect
/// has several ("closed" tip in wechat-im, "news", "like", "merged", ...).
struct custom_content {
  std::string sub_kind;
  std::string data;
  std::string description;
  std::string extension;
  friend bool operator==(const custom_content& a, const custom_content& b) {
    return a.sub_kind == b.sub_kind && a.data == b.data && a.description == b.description && a.extension == b.extension;
  }
  friend bool operator!=(const custom_content& a, const custom_content& b) { return !(a == b); }
};

/// A kind the dialect sent that wxim does not know. `kind` is the wire name
/// (or number, as text) and `raw` the content's JSON text, so nothing is lost.
struct unknown_content {
  std::string kind;
  std::string raw;
  friend bool operator==(const unknown_content& a, const unknown_content& b) {
    return a.kind == b.kind && a.raw == b.raw;
  }
  friend bool operator!=(const unknown_content& a, const unknown_content& b) { return !(a == b); }
};

/// The variant's alternatives follow `content_kind`'s order.
using content = std::variant<text_content, image_content, voice_content, video_content, file_content, location_content,
                             face_content, custom_content, unknown_content>;

inline content_kind kind_of(const content& c) noexcept { return static_cast<content_kind>(c.index()); }

/// The text a conversation list shows for a message of this content: the text
/// itself, or a bracketed kind name such as "[image]".
inline std::string summary_of(const content& c) {
  if (const auto* t = std::get_if<text_content>(&c)) return t->text;
  std::string s = "[";
  s += to_string(kind_of(c));
  s += ']';
  return s;
}

WXIM_END_NAMESPACE
