// SPDX-License-Identifier: MIT
// wxim/storage/cache_ledger.hpp: the saved set and its total, kept in step.
//
// The wechat-im client kept a global running total that was updated when asynchronous saves and
// removals completed, so it drifted from the files really saved (and was still 0 when the first
// save ran). A ledger records each file with its size, and its total is always the exact sum of
// the files it holds: every operation either applies completely or, on an error, changes
// nothing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "wxim/error.hpp"
#include "wxim/result.hpp"
#include "wxim/storage/detail/saturating.hpp"
#include "wxim/storage/eviction.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE

/// The files of a saved-file area and their total size. Paths are unique; the total fits an
/// int64 (an addition that would take it past INT64_MAX is refused with too_large).
/// A value type: copy it to keep a snapshot.
class cache_ledger {
 public:
  cache_ledger() = default;

  /// A ledger holding `files`, e.g. the platform's saved-file list at start-up. Errors as for
  /// add(), with the file's index in the path ("/3/size", "/3/path").
  static result<cache_ledger> from_files(std::vector<saved_file> files) {
    cache_ledger ledger;
    for (std::size_t i = 0; i < files.size(); ++i) {
      if (auto e = ledger.check_addable(files[i], detail::file_pointer(i, ""))) return std::move(*e);
      ledger.insert(std::move(files[i]));
    }
    return ledger;
  }

  /// The files, in no particular order (removal moves the last file into the gap).
  const std::vector<saved_file>& files() const noexcept { return files_; }
  /// Exactly the sum of files()' sizes.
  std::int64_t total() const noexcept { return total_; }
  std::size_t size() const noexcept { return files_.size(); }
  bool empty() const noexcept { return files_.empty(); }

  bool contains(std::string_view path) const { return index_.find(path) != index_.end(); }

  /// The file saved at `path`, or nullptr. Valid until the ledger next changes.
  const saved_file* find(std::string_view path) const {
    auto it = index_.find(path);
    return it == index_.end() ? nullptr : &files_[it->second];
  }

  /// Records a saved file; returns the new total. Errors: a path already recorded is
  /// invalid_argument at "/path"; a negative size is invalid_value at "/size"; a size that
  /// would take the total past INT64_MAX is too_large at "/size".
  result<std::int64_t> add(saved_file file) {
    if (auto e = check_addable(file, "/")) return std::move(*e);
    insert(std::move(file));
    return total_;
  }

  /// Forgets the file at `path` and returns it. An unknown path is invalid_argument.
  result<saved_file> remove(std::string_view path) {
    auto it = index_.find(path);
    if (it == index_.end()) return unknown_path(path, "");
    return erase(it);
  }

  /// Records that `path` was read at `when` (seconds), for the lru policy; returns the updated
  /// file. An unknown path is invalid_argument.
  result<saved_file> touch(std::string_view path, std::int64_t when) {
    auto it = index_.find(path);
    if (it == index_.end()) return unknown_path(path, "");
    saved_file& f = files_[it->second];
    f.last_access = when;
    return f;
  }

  /// Forgets every file the plan removes and returns the new total. Every path must be recorded
  /// and appear once in the plan; otherwise nothing changes and the error is invalid_argument at
  /// "/remove/<index>". The ledger's own sizes are subtracted, never the plan's `freed`, so a
  /// stale plan cannot make the total drift.
  result<std::int64_t> apply(const eviction_plan& plan) {
    std::set<std::string_view> in_plan;
    for (std::size_t i = 0; i < plan.remove.size(); ++i) {
      const std::string& path = plan.remove[i];
      const std::string pointer = "/remove/" + std::to_string(i);
      if (!contains(path)) return unknown_path(path, pointer);
      if (!in_plan.insert(path).second)
        return ledger_error(errc::invalid_argument, pointer,
                            "the plan removes \"" + path + "\" twice; a plan names each file once");
    }
    for (const std::string& path : plan.remove) erase(index_.find(path));
    return total_;
  }

  /// plan_eviction over this ledger's files.
  result<eviction_plan> plan(std::int64_t incoming_size, const eviction_options& options = {}) const {
    return plan_eviction(files_, incoming_size, options);
  }

 private:
  static wxim::error ledger_error(errc code, std::string path, std::string message) {
    return detail::eviction_error(code, std::move(path), std::move(message));
  }

  static wxim::error unknown_path(std::string_view path, std::string pointer) {
    return ledger_error(errc::invalid_argument, std::move(pointer),
                        "no saved file is recorded at \"" + std::string(path) + "\"");
  }

  /// The error add() would report for `f`, if any; `prefix` ends in '/'.
  std::optional<wxim::error> check_addable(const saved_file& f, const std::string& prefix) const {
    if (f.size < 0)
      return ledger_error(
          errc::invalid_value, prefix + "size",
          "the size of \"" + f.path + "\" is " + std::to_string(f.size) + " bytes; a size cannot be negative");
    if (contains(f.path))
      return ledger_error(errc::invalid_argument, prefix + "path",
                          "\"" + f.path + "\" is already recorded; remove it before adding it again");
    if (f.size > detail::max_byte_count - total_)
      return ledger_error(errc::too_large, prefix + "size",
                          "adding \"" + f.path + "\" (" + std::to_string(f.size) +
                              " bytes) would take the ledger's total past INT64_MAX bytes");
    return std::nullopt;
  }

  void insert(saved_file f) {
    total_ += f.size;  // checked by check_addable
    index_.emplace(f.path, files_.size());
    files_.push_back(std::move(f));
  }

  saved_file erase(std::map<std::string, std::size_t, std::less<>>::iterator it) {
    const std::size_t slot = it->second;
    index_.erase(it);
    saved_file gone = std::move(files_[slot]);
    if (slot + 1 != files_.size()) {
      files_[slot] = std::move(files_.back());
      index_.find(files_[slot].path)->second = slot;
    }
    files_.pop_back();
    total_ -= gone.size;
    return gone;
  }

  std::vector<saved_file> files_;
  std::map<std::string, std::size_t, std::less<>> index_;  // path -> position in files_
  std::int64_t total_ = 0;
};

WXIM_END_NAMESPACE
