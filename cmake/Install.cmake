# Install rules (cmake --install, and CPack through cmake/Packaging.cmake) and the application
# icon as a Qt resource of the GUI. Included from the top-level CMakeLists.txt after app/ and
# sandbox/, so the targets exist here.
#
# Components:
#   wizard   the application: bin/mlretrain, bin/mlretrain-cli, desktop file, AppStream
#            metainfo, hicolor icons, share/doc/mlretrain-wizard (README, screenshots)
#   sandbox  bin/mlstudio-local, the local Azure ML Studio (classic) service (package
#            mlretrain-wizard-sandbox): optional, for trying the wizard without Azure
# Translations are embedded in the binaries; nothing to install for them.
include(GNUInstallDirs)

set(MLR_RESOURCES_DIR ${PROJECT_SOURCE_DIR}/resources)
set(MLR_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(MLR_DOC_DIR ${CMAKE_INSTALL_DATAROOTDIR}/doc/mlretrain-wizard)

# The icon for the GUI's windows: ":/icons/mlretrain-<N>.png" for each N in MLR_ICON_SIZES.
if(TARGET mlretrain-gui)
    set(_mlr_icon_files)
    foreach(size IN LISTS MLR_ICON_SIZES)
        set(_png ${MLR_RESOURCES_DIR}/icons/hicolor/${size}x${size}/apps/mlretrain.png)
        set_source_files_properties(${_png} PROPERTIES QT_RESOURCE_ALIAS mlretrain-${size}.png)
        list(APPEND _mlr_icon_files ${_png})
    endforeach()
    qt_add_resources(mlretrain-gui "appicons" PREFIX "/icons" FILES ${_mlr_icon_files})
endif()

if(TARGET mlretrain)
    install(TARGETS mlretrain RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT wizard)
endif()
install(TARGETS mlretrain-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT wizard)

install(FILES ${MLR_RESOURCES_DIR}/mlretrain.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT wizard)
install(FILES ${MLR_RESOURCES_DIR}/example.mlretrain.wizard.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT wizard)
foreach(size IN LISTS MLR_ICON_SIZES)
    install(FILES ${MLR_RESOURCES_DIR}/icons/hicolor/${size}x${size}/apps/mlretrain.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps COMPONENT wizard)
endforeach()
install(FILES ${MLR_RESOURCES_DIR}/icons/mlretrain.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT wizard)

# README.md links docs/*.md and its pictures docs/screenshots/*.png: keep that layout next to it.
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${MLR_DOC_DIR} COMPONENT wizard)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs
    DESTINATION ${MLR_DOC_DIR} COMPONENT wizard FILES_MATCHING PATTERN "*.md" PATTERN "*.png")
foreach(licence LICENSE LICENSE.md LICENCE COPYING)
    if(EXISTS ${PROJECT_SOURCE_DIR}/${licence})
        install(FILES ${PROJECT_SOURCE_DIR}/${licence} DESTINATION ${MLR_DOC_DIR} COMPONENT wizard)
    endif()
endforeach()

if(TARGET mlstudio-local)
    install(TARGETS mlstudio-local RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT sandbox)
endif()
