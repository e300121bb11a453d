# `cmake --install` puts the searcher library, its public header and a package config in place,
# so another project can find_package(newsarchive CONFIG) and link newsarchive::searcher.
include(CMakePackageConfigHelpers)

install(TARGETS newsarchive_searcher EXPORT newsarchiveTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES searcher/include/newsarchive/searcher.h
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/newsarchive)
install(EXPORT newsarchiveTargets
  NAMESPACE newsarchive::
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/newsarchive)

configure_package_config_file(cmake/newsarchiveConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/newsarchiveConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/newsarchive)
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/newsarchiveConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES
  ${CMAKE_CURRENT_BINARY_DIR}/newsarchiveConfig.cmake
  ${CMAKE_CURRENT_BINARY_DIR}/newsarchiveConfigVersion.cmake
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/newsarchive)
