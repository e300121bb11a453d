# Warnings and sanitizers for the project's own targets, applied per target (never to consumers).
add_library(newsarchive_build_flags INTERFACE)
target_compile_options(newsarchive_build_flags INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                                                          -Wnon-virtual-dtor
                                                          # GCC 12 reports std::string concatenation
                                                          # as overlapping memcpy at -O2/-O3 (GCC
                                                          # bug 105329, a false positive).
                                                          -Wno-restrict)
if(NEWSARCHIVE_WERROR)
  target_compile_options(newsarchive_build_flags INTERFACE -Werror)
endif()
if(NEWSARCHIVE_SANITIZE)
  target_compile_options(newsarchive_build_flags INTERFACE -fsanitize=address,undefined
                                                            -fno-omit-frame-pointer
                                                            -fno-sanitize-recover=undefined)
  target_link_options(newsarchive_build_flags INTERFACE -fsanitize=address,undefined)
endif()
