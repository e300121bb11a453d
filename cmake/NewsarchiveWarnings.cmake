# Warnings and sanitizers for the project's own targets, applied per target (never to consumers).
add_library(newsarchive_build_flags INTERFACE)
target_compile_options(newsarchive_build_flags INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                                                          -Wnon-virtual-dtor)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  # GCC 12 reports std::string concatenation as overlapping memcpy at -O2/-O3 (GCC bug 105329, a
  # false positive). Clang has no such warning, and would reject the unknown flag under -Werror.
  target_compile_options(newsarchive_build_flags INTERFACE -Wno-restrict)
endif()
if(NEWSARCHIVE_WERROR)
  target_compile_options(newsarchive_build_flags INTERFACE -Werror)
endif()
if(NEWSARCHIVE_SANITIZE AND NEWSARCHIVE_FUZZ)
  message(FATAL_ERROR "NEWSARCHIVE_FUZZ brings its own sanitizers: leave NEWSARCHIVE_SANITIZE off")
endif()
if(NEWSARCHIVE_SANITIZE)
  target_compile_options(newsarchive_build_flags INTERFACE -fsanitize=address,undefined
                                                            -fno-omit-frame-pointer
                                                            -fno-sanitize-recover=undefined)
  target_link_options(newsarchive_build_flags INTERFACE -fsanitize=address,undefined)
endif()
# The fuzzing build (fuzz/): every project library gets libFuzzer's coverage instrumentation and
# the same sanitizers; only the harnesses link libFuzzer's main (fuzz/CMakeLists.txt).
if(NEWSARCHIVE_FUZZ)
  target_compile_options(newsarchive_build_flags INTERFACE
                         -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                         -fno-sanitize-recover=undefined)
  target_link_options(newsarchive_build_flags INTERFACE -fsanitize=address,undefined)
endif()
