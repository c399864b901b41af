# Packaging tests (label "packaging"): the desktop file and the AppStream metainfo validate,
# and `cmake --install` of this build tree puts every file in its place and the installed
# binaries start (check-install.sh). scripts/bootstrap installs the validators.
# The .deb on a clean Debian 12 is scripts/check-deb (long, not a ctest).
set(_mlr_pkg_dir ${CMAKE_CURRENT_LIST_DIR})
set(_mlr_res ${PROJECT_SOURCE_DIR}/resources)

# A validator missing from the machine is a failure that says how to get it, never a skip.
function(_mlr_packaging_tool var program package)
    find_program(${var} ${program})
    if(NOT ${var})
        set(${var} sh -c "echo '${program} not found: run scripts/bootstrap (Debian package ${package})'; exit 1" --
            PARENT_SCOPE)
    endif()
endfunction()
_mlr_packaging_tool(MLR_DESKTOP_FILE_VALIDATE desktop-file-validate desktop-file-utils)
_mlr_packaging_tool(MLR_APPSTREAMCLI appstreamcli appstream)

# desktop-file-validate exits 0 on hints and warnings: any message fails the test.
add_test(NAME packaging.desktop
    COMMAND ${MLR_DESKTOP_FILE_VALIDATE} ${_mlr_res}/mlretrain.desktop)
set_tests_properties(packaging.desktop PROPERTIES
    LABELS packaging TIMEOUT 60 FAIL_REGULAR_EXPRESSION "(error|warning|hint):")

add_test(NAME packaging.metainfo
    COMMAND ${MLR_APPSTREAMCLI} validate --no-net ${_mlr_res}/example.mlretrain.wizard.metainfo.xml)
set_tests_properties(packaging.metainfo PROPERTIES
    LABELS packaging TIMEOUT 60 PASS_REGULAR_EXPRESSION "Validation was successful")

# The binaries this build installs (the GUI and the sandbox are options).
set(_mlr_binaries mlretrain-cli)
foreach(target mlretrain mlstudio-local)
    if(TARGET ${target})
        list(APPEND _mlr_binaries ${target})
    endif()
endforeach()
add_test(NAME packaging.install
    COMMAND ${_mlr_pkg_dir}/check-install.sh ${CMAKE_BINARY_DIR} ${PROJECT_SOURCE_DIR} ${_mlr_binaries})
set_tests_properties(packaging.install PROPERTIES
    LABELS packaging TIMEOUT 300
    PASS_REGULAR_EXPRESSION "all installed files in place, binaries start")
