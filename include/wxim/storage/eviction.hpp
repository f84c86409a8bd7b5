// SPDX-License-Identifier: MIT
// wxim/storage/eviction.hpp: which saved files to remove so that an incoming file fits a budget.
//
// The planner is a pure function: it is given the saved files, the incoming size and a budget,
// and returns the paths to remove. It removes nothing, reads no clock and touches no file.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "wxim/error.hpp"
#include "wxim/result.hpp"
#include "wxim/storage/detail/saturating.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE

/// 10 MiB: the platform's cap on a mini program's saved files ("10M"), read as binary megabytes.
inline constexpr std::int64_t default_budget = 10 * 1024 * 1024;

/// The budget of the current wechat-im client: 10,400,000 bytes, between 10^7 and 10 MiB.
inline constexpr std::int64_t wechat_im_budget = 10'400'000;

/// The budget of the 2018 wechat-im client. It is about nine times the platform cap, so that
/// client never evicted anything before the platform refused the save.
inline constexpr std::int64_t wechat_im_2018_budget = 95'000'000;

/// One file of the saved-file area, as the platform's saved-file list reports it.
struct saved_file {
  std::string path;
  std::int64_t size = 0;                    ///< bytes; negative sizes are refused
  std::int64_t create_time = 0;             ///< seconds since the epoch
  std::optional<std::int64_t> last_access;  ///< seconds; absent where the app never recorded one

  friend bool operator==(const saved_file& a, const saved_file& b) {
    return a.path == b.path && a.size == b.size && a.create_time == b.create_time && a.last_access == b.last_access;
  }
  friend bool operator!=(const saved_file& a, const saved_file& b) { return !(a == b); }
};

/// The order in which files are given up.
enum class eviction_policy {
  oldest,  ///< by create_time, oldest first (what wechat-im does)
  lru,     ///< by last_access, least recent first; create_time where last_access is absent
};

/// The CLI's names: "oldest", "lru".
constexpr std::string_view to_string(eviction_policy p) noexcept {
  switch (p) {
    case eviction_policy::oldest:
      return "oldest";
    case eviction_policy::lru:
      return "lru";
  }
  return "unknown";
}

/// "oldest" or "lru", exactly (case matters); anything else is an invalid_argument error.
inline result<eviction_policy> parse_eviction_policy(std::string_view name) {
  if (name == "oldest") return eviction_policy::oldest;
  if (name == "lru") return eviction_policy::lru;
  wxim::error e;
  e.code = errc::invalid_argument;
  e.message = "unknown eviction policy \"" + std::string(name) + "\": use \"oldest\" or \"lru\"";
  return e;
}

/// The instant (seconds) a policy orders `f` by.
constexpr std::int64_t eviction_time(const saved_file& f, eviction_policy p) noexcept {
  return p == eviction_policy::lru && f.last_access ? *f.last_access : f.create_time;
}

/// Whether to reproduce a known defect of the original client.
enum class eviction_compat {
  none,  ///< the fix: remove the shortest prefix of the policy order that makes room
  /// wechat-im's loop: it stops at the first index i where the running sum reaches the need and
  /// removes indexes 0 … i−1, keeping file i, so the cache ends over budget (and with one saved
  /// file nothing is ever removed).
  wechat_im_off_by_one,
};

struct eviction_options {
  std::int64_t budget = default_budget;  ///< bytes the saved files may use, incoming included
  eviction_policy policy = eviction_policy::oldest;
  eviction_compat compat = eviction_compat::none;
};

/// What to do to make room. Removing `remove`, in order, and then saving the incoming file
/// leaves `total_after` bytes saved.
struct eviction_plan {
  std::vector<std::string> remove;  ///< paths, in removal order (policy order)
  std::int64_t freed = 0;           ///< bytes of the removed files
  std::int64_t total_after = 0;     ///< kept bytes + incoming bytes
  bool fits = true;                 ///< kept + incoming <= budget; false only under the compat option

  friend bool operator==(const eviction_plan& a, const eviction_plan& b) {
    return a.remove == b.remove && a.freed == b.freed && a.total_after == b.total_after && a.fits == b.fits;
  }
  friend bool operator!=(const eviction_plan& a, const eviction_plan& b) { return !(a == b); }
};

namespace detail {

inline wxim::error eviction_error(errc code, std::string path, std::string message) {
  wxim::error e;
  e.code = code;
  e.path = std::move(path);
  e.message = std::move(message);
  return e;
}

inline std::string file_pointer(std::size_t index, std::string_view key) {
  std::string s = "/" + std::to_string(index) + "/";
  s += key;
  return s;
}

/// The index of the second listing of a path listed more than once (the lowest such index),
/// or nothing. Sorting (hash, index) pairs costs one allocation and integer compares; paths are
/// compared as strings only within a run of equal hashes, sorted, so crafted hash collisions
/// cost O(n log n) string compares rather than O(n²).
inline std::optional<std::size_t> find_repeated_path(const std::vector<saved_file>& files) {
  std::vector<std::pair<std::size_t, std::size_t>> hashed;  // (hash of path, index)
  hashed.reserve(files.size());
  const std::hash<std::string_view> hash;
  for (std::size_t i = 0; i < files.size(); ++i) hashed.emplace_back(hash(files[i].path), i);
  std::sort(hashed.begin(), hashed.end());
  std::optional<std::size_t> found;
  for (std::size_t run = 0; run < hashed.size();) {
    std::size_t end = run + 1;
    while (end < hashed.size() && hashed[end].first == hashed[run].first) ++end;
    if (end - run > 1) {
      // By path, then index: the first of two adjacent equal paths is the earlier listing.
      std::sort(hashed.begin() + static_cast<std::ptrdiff_t>(run), hashed.begin() + static_cast<std::ptrdiff_t>(end),
                [&files](const auto& a, const auto& b) {
                  const int c = files[a.second].path.compare(files[b.second].path);
                  return c != 0 ? c < 0 : a.second < b.second;
                });
      for (std::size_t j = run + 1; j < end; ++j) {
        if (files[hashed[j].second].path == files[hashed[j - 1].second].path && (!found || hashed[j].second < *found))
          found = hashed[j].second;
      }
    }
    run = end;
  }
  return found;
}

struct eviction_entry {
  std::int64_t time;
  const saved_file* file;
};

}  // namespace detail

/// Plans room for a file of `incoming_size` bytes within `options.budget`.
///
/// The rule: order the files by the policy's time, ties broken by path ascending; the plan is
/// the shortest prefix of that order whose removal leaves kept + incoming <= budget (nothing
/// when that already holds). Under eviction_compat::wechat_im_off_by_one the plan is that
/// prefix minus its last file, as the original client computed it.
///
/// Errors: a negative budget, incoming size or file size is invalid_value (the path of a file's
/// size is "/<index>/size"); a path listed twice is invalid_value at "/<index>/path"; an incoming
/// file larger than the whole budget is too_large.
///
/// Arithmetic never overflows: the plan is found by walking the order from its end and keeping
/// files while kept + incoming stays within the budget, so every intermediate value is at most
/// the budget. The saved files may therefore total more than INT64_MAX; only `freed` (and
/// `total_after` under the compat option) can exceed what an int64 holds, and those saturate at
/// INT64_MAX. O(n log n) time, O(n) extra space.
inline result<eviction_plan> plan_eviction(const std::vector<saved_file>& files, std::int64_t incoming_size,
                                           const eviction_options& options = {}) {
  const std::int64_t budget = options.budget;
  if (budget < 0)
    return detail::eviction_error(errc::invalid_value, "",
                                  "the budget is " + std::to_string(budget) + " bytes; a budget cannot be negative");
  if (incoming_size < 0)
    return detail::eviction_error(
        errc::invalid_value, "",
        "the incoming file's size is " + std::to_string(incoming_size) + " bytes; a size cannot be negative");
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (files[i].size < 0)
      return detail::eviction_error(errc::invalid_value, detail::file_pointer(i, "size"),
                                    "the size of \"" + files[i].path + "\" is " + std::to_string(files[i].size) +
                                        " bytes; a size cannot be negative");
  }
  if (auto twice = detail::find_repeated_path(files))
    return detail::eviction_error(errc::invalid_value, detail::file_pointer(*twice, "path"),
                                  "\"" + files[*twice].path + "\" is listed twice; each saved file must appear once");
  if (incoming_size > budget)
    return detail::eviction_error(
        errc::too_large, "",
        "the incoming file is " + std::to_string(incoming_size) + " bytes, more than the whole budget of " +
            std::to_string(budget) +
            " bytes: no eviction can make room; keep using its remote URL or temporary path, or raise "
            "the budget");

  eviction_plan plan;

  // Fast path, in input order: everything already fits. Stops as soon as it cannot.
  {
    std::int64_t kept = incoming_size;
    bool all_fit = true;
    for (const saved_file& f : files) {
      if (f.size > budget - kept) {
        all_fit = false;
        break;
      }
      kept += f.size;
    }
    if (all_fit) {
      plan.total_after = kept;
      return plan;
    }
  }

  std::vector<detail::eviction_entry> order;
  order.reserve(files.size());
  for (const saved_file& f : files) order.push_back({eviction_time(f, options.policy), &f});
  // Paths are unique, so (time, path) is a strict total order and the result is deterministic.
  std::sort(order.begin(), order.end(), [](const detail::eviction_entry& a, const detail::eviction_entry& b) {
    if (a.time != b.time) return a.time < b.time;
    return a.file->path < b.file->path;
  });

  // Keeping a suffix of the order: sizes are non-negative, so the longest suffix that fits is
  // found by growing it from the end until the next file would not fit. Every partial sum is
  // bounded by the budget, hence no overflow.
  std::int64_t kept = incoming_size;
  std::size_t keep_from = order.size();
  while (keep_from > 0) {
    const std::int64_t size = order[keep_from - 1].file->size;
    if (size > budget - kept) break;
    kept += size;
    --keep_from;
  }

  std::size_t remove_count = keep_from;
  bool fits = true;
  if (options.compat == eviction_compat::wechat_im_off_by_one && remove_count > 0) {
    // The original kept the file whose size made its running sum reach the need. Decide `fits`
    // before adding it, since the saturated total could equal a budget of INT64_MAX.
    --remove_count;
    const std::int64_t size = order[remove_count].file->size;
    fits = size <= budget - kept;
    kept = detail::saturating_add_bytes(kept, size);
  }

  plan.remove.reserve(remove_count);
  for (std::size_t i = 0; i < remove_count; ++i) {
    plan.remove.push_back(order[i].file->path);
    plan.freed = detail::saturating_add_bytes(plan.freed, order[i].file->size);
  }
  plan.total_after = kept;
  plan.fits = fits;
  return plan;
}

WXIM_END_NAMESPACE
