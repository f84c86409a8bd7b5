// SPDX-License-Identifier: MIT
// The wxim tool: reading JSON Lines with a bound on each line's length.
#pragma once

#include <cstddef>
#include <cstring>
#include <string>
#include <vector>

#include "io.hpp"

namespace wxim_tool {

/// Reads frames one line at a time. A line longer than `max_bytes` is not
/// kept whole (memory stays bounded); `too_long` says so and `size` keeps
/// its real length. A final newline does not make an extra, empty frame.
///
/// A line is returned as soon as its newline is read: the reader takes what
/// input is available and never waits to fill its buffer. Before it waits
/// for more, it flushes `answers` (when given), so the answers to the lines
/// read so far reach the reader downstream first (`tail -f | wxim decode`).
class line_reader {
 public:
  line_reader(input& in, std::size_t max_bytes, output* answers = nullptr)
      : in_(in), max_(max_bytes), answers_(answers), buf_(65536) {}

  struct line {
    std::string text;
    std::size_t size = 0;
    bool too_long = false;
  };

  /// False at the end of input, on a read error (the input's error() says)
  /// and when flushing the answers failed (their failed() says).
  bool next(line& out) {
    out.text.clear();
    out.size = 0;
    out.too_long = false;
    bool any = false;
    while (true) {
      if (pos_ == len_) {
        if (answers_ && !answers_->flush()) return false;
        len_ = in_.read_some(buf_.data(), buf_.size());
        pos_ = 0;
        if (len_ == 0) return any && in_.error() == 0;
      }
      any = true;
      const char* begin = buf_.data() + pos_;
      const auto* nl = static_cast<const char*>(std::memchr(begin, '\n', len_ - pos_));
      const std::size_t n = nl ? static_cast<std::size_t>(nl - begin) : len_ - pos_;
      append(out, begin, n);
      if (nl) {
        pos_ += n + 1;
        return true;
      }
      pos_ = len_;
    }
  }

 private:
  void append(line& out, const char* p, std::size_t n) {
    out.size += n;
    if (out.too_long) return;
    if (out.text.size() + n > max_) {
      out.too_long = true;
      out.text.clear();
      out.text.shrink_to_fit();
      return;
    }
    out.text.append(p, n);
  }

  input& in_;
  std::size_t max_;
  output* answers_;
  std::vector<char> buf_;
  std::size_t pos_ = 0;
  std::size_t len_ = 0;
};

}  // namespace wxim_tool
