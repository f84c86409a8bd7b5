// SPDX-License-Identifier: MIT
// wxim/storage.hpp: storage keys and the cache eviction planner, every header.
#pragma once

#include "wxim/storage/cache_ledger.hpp"
#include "wxim/storage/conversation_id.hpp"
#include "wxim/storage/easemob_key.hpp"
#include "wxim/storage/eviction.hpp"
#include "wxim/storage/save_key.hpp"
#include "wxim/storage/wxim_key.hpp"
