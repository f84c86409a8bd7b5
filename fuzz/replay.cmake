# SPDX-License-Identifier: MIT
# Included from tests/CMakeLists.txt: each fuzz target (fuzz/run.sh runs them
# under libFuzzer with clang) linked with a plain
# main (fuzz/replay_main.cpp) and run by CTest over the golden vectors and
# every kept crash input; and the peak-memory test of hostile inputs.
set(wxim_fuzz_dir ${PROJECT_SOURCE_DIR}/fuzz)
foreach(t wechat_im jim room tim easemob auto tokenizer)
  add_executable(wxim_replay_${t} ${wxim_fuzz_dir}/${t}_fuzz.cpp ${wxim_fuzz_dir}/replay_main.cpp)
  target_link_libraries(wxim_replay_${t} PRIVATE wxim::wxim wxim_strict wxim_test_build)
  target_include_directories(wxim_replay_${t} PRIVATE ${wxim_fuzz_dir})
  set(vectors)
  if(t STREQUAL "auto" OR t STREQUAL "tokenizer")
    set(vectors ${PROJECT_SOURCE_DIR}/tests/vectors/accept ${PROJECT_SOURCE_DIR}/tests/vectors/reject)
  else()
    set(vectors ${PROJECT_SOURCE_DIR}/tests/vectors/accept/${t} ${PROJECT_SOURCE_DIR}/tests/vectors/reject/${t})
  endif()
  add_test(NAME fuzz_replay_${t}
    COMMAND wxim_replay_${t} ${wxim_fuzz_dir}/crashes/${t} --lines ${vectors})
endforeach()

add_executable(wxim_hostile_memory ${PROJECT_SOURCE_DIR}/tests/testing/hostile_memory.cpp)
target_link_libraries(wxim_hostile_memory PRIVATE wxim::wxim wxim_strict wxim_test_build)
target_include_directories(wxim_hostile_memory PRIVATE ${PROJECT_SOURCE_DIR}/tests)
target_compile_definitions(wxim_hostile_memory PRIVATE WXIM_VECTORS_DIR="${PROJECT_SOURCE_DIR}/tests/vectors")
add_test(NAME hostile_memory COMMAND wxim_hostile_memory)
