// The wxim tool: reading JSON Lines with a bound on each line's length.
#pragma once

#include <cstddef>
#include <istream>
#include <string>

namespace wxim_tool {

/// Reads frames one line at a time. A line longer than `max_bytes` is not
/// kept whole (memory stays bounded); `too_long` says so and `size` keeps
/// its real length. A final newline does not make an extra, empty frame.
class line_reader {
 public:
  line_reader(std::istream& in, std::size_t max_bytes) : in_(in), max_(max_bytes) {}

  struct line {
    std::string text;
    std::size_t size = 0;
    bool too_long = false;
  };

  bool next(line& out) {
    out.text.clear();
    out.size = 0;
    out.too_long = false;
    bool any = false;
    char buf[65536];
    while (true) {
      if (pending_pos_ == pending_len_) {
        in_.read(buf, sizeof buf);
        pending_len_ = static_cast<std::size_t>(in_.gcount());
        pending_pos_ = 0;
        if (pending_len_ == 0) return any;
        pending_.assign(buf, pending_len_);
      }
      any = true;
      const std::size_t nl = pending_.find('\n', pending_pos_);
      const std::size_t end = nl == std::string::npos ? pending_len_ : nl;
      append(out, pending_.data() + pending_pos_, end - pending_pos_);
      if (nl != std::string::npos) {
        pending_pos_ = nl + 1;
        return true;
      }
      pending_pos_ = pending_len_;
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

  std::istream& in_;
  std::size_t max_;
  std::string pending_;
  std::size_t pending_pos_ = 0;
  std::size_t pending_len_ = 0;
};

}  // namespace wxim_tool
