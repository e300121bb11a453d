# Xapian 1.4's CMake config sets variables but no imported target; wrap them in one so that
# targets can link Xapian like any other dependency.
if(NOT TARGET newsarchive::xapian)
  add_library(newsarchive::xapian INTERFACE IMPORTED)
  set_target_properties(newsarchive::xapian PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${XAPIAN_INCLUDE_DIR}"
    INTERFACE_LINK_LIBRARIES "${XAPIAN_LIBRARIES}")
endif()
