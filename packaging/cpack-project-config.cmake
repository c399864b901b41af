# CPACK_PROJECT_CONFIG_FILE of cmake/Packaging.cmake, read by cpack for each generator run.
# DEB: each package's summary is the first line of its CPACK_DEBIAN_<COMPONENT>_DESCRIPTION.
# CPackDeb would put CPACK_PACKAGE_DESCRIPTION_SUMMARY (the project's description, the same
# for both packages) in front of it, so it is unset for this generator.
if(CPACK_GENERATOR STREQUAL "DEB")
    unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
endif()
