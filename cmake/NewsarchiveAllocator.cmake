# news-index allocates and frees millions of small objects: the strings and tree nodes of every
# document's terms, and Xapian's in-memory batch of postings. With glibc's malloc that was about
# a tenth of its CPU time; jemalloc (Debian's libjemalloc-dev) took 14% off the indexer's CPU
# and a fifth off its peak memory (docs/performance.md). Only the executable links it: a library
# must leave the allocator to the program that embeds it. Sanitizer builds keep glibc's malloc,
# which AddressSanitizer replaces with its own.
option(NEWSARCHIVE_JEMALLOC "Link news-index with jemalloc" ON)

add_library(newsarchive_allocator INTERFACE)
if(NEWSARCHIVE_JEMALLOC AND NOT NEWSARCHIVE_SANITIZE AND NOT NEWSARCHIVE_FUZZ)
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(JEMALLOC REQUIRED IMPORTED_TARGET jemalloc)
  target_link_libraries(newsarchive_allocator INTERFACE PkgConfig::JEMALLOC)
endif()
