// SPDX-License-Identifier: MIT
// The wxim tool: input and output on file descriptors. Reading takes what is
// available (read(2)), so a line is answered as soon as it is complete; output
// is buffered and flushed before the tool waits for more input, so answers
// leave before it blocks; every write is checked, so a full disk or a closed
// pipe ends the tool with a non-zero status instead of going unnoticed.
#pragma once

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstddef>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace wxim_tool {

/// The system's reason for an errno value, e.g. "No such file or directory".
inline std::string system_reason(int err) { return std::strerror(err); }

/// Standard input, or a file.
class input {
 public:
  input() = default;
  input(const input&) = delete;
  input& operator=(const input&) = delete;
  ~input() {
    if (owned_) ::close(fd_);
  }

  /// Standard input for no file or "-", else the file; false (error() says
  /// why) when it cannot be opened.
  bool open(const std::optional<std::string>& file) {
    if (!file || *file == "-") return true;
    name_ = *file;
    int fd;
    do fd = ::open(file->c_str(), O_RDONLY | O_CLOEXEC);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) {
      error_ = errno;
      return false;
    }
    fd_ = fd;
    owned_ = true;
    return true;
  }

  /// The file's name as given, or "standard input": for messages.
  const std::string& name() const noexcept { return name_; }

  /// Up to `n` bytes, as many as are available, waiting only while none
  /// are; 0 at the end of input or on an error (error() is then non-zero).
  std::size_t read_some(char* buf, std::size_t n) {
    if (done_) return 0;
    ssize_t got;
    do got = ::read(fd_, buf, n);
    while (got < 0 && errno == EINTR);
    if (got <= 0) {
      if (got < 0) error_ = errno;
      done_ = true;  // a terminal's end of input is not read twice
      return 0;
    }
    return static_cast<std::size_t>(got);
  }

  /// The whole rest of the input; check error() after.
  std::string read_all() {
    std::string text;
    char buf[65536];
    while (const std::size_t n = read_some(buf, sizeof buf)) text.append(buf, n);
    return text;
  }

  /// errno of the failed open or read, or 0.
  int error() const noexcept { return error_; }

 private:
  int fd_ = 0;
  bool owned_ = false;
  bool done_ = false;
  int error_ = 0;
  std::string name_ = "standard input";
};

/// Standard output, buffered: written out when 64 KiB are held, and on
/// flush(). After a failed write it keeps nothing more (failed() says so).
class output {
 public:
  explicit output(int fd) : fd_(fd) {}

  void write(std::string_view s) {
    if (error_) return;
    buf_.append(s.data(), s.size());
    if (buf_.size() >= flush_at) flush();
  }

  /// Writes out what is held; false when a write failed, now or before.
  bool flush() {
    std::size_t done = 0;
    while (!error_ && done < buf_.size()) {
      const ssize_t n = ::write(fd_, buf_.data() + done, buf_.size() - done);
      if (n >= 0)
        done += static_cast<std::size_t>(n);
      else if (errno != EINTR)
        error_ = errno;
    }
    buf_.clear();
    return error_ == 0;
  }

  bool failed() const noexcept { return error_ != 0; }
  /// errno of the failed write (EPIPE: the reader went away), or 0.
  int error() const noexcept { return error_; }

 private:
  static constexpr std::size_t flush_at = 65536;
  int fd_;
  int error_ = 0;
  std::string buf_;
};

/// The tool's standard output; every command writes through it.
inline output& standard_output() {
  static output out(STDOUT_FILENO);
  return out;
}

}  // namespace wxim_tool
