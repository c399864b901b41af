# Translations (owner: i18n work). translations/mlretrain_en.ts (English plural forms) and
# translations/mlretrain_fr.ts are extracted by lupdate from the user-visible strings of
# app/core, app/report, app/gui, ui/ and app/cli, compiled by lrelease and embedded in
# mlretrain-core under :/i18n, so both the GUI and the CLI load them (mlr::i18n).
#   cmake --build <dir> --target update_translations   refreshes the .ts files from the sources
# The sources lupdate reads are also written to <build>/translations/lupdate-sources.lst, which
# the completeness test (tests/i18n) hands to lupdate so it sees exactly what this file sees.
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)

target_sources(mlretrain-core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../app/core/i18n/language.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../app/core/i18n/language.h
    ${CMAKE_CURRENT_LIST_DIR}/../app/core/i18n/localeformat.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../app/core/i18n/localeformat.h
    ${CMAKE_CURRENT_LIST_DIR}/../app/core/i18n/metricglossary.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../app/core/i18n/metricglossary.h
)

set(MLR_TS_FILES
    ${PROJECT_SOURCE_DIR}/translations/mlretrain_en.ts
    ${PROJECT_SOURCE_DIR}/translations/mlretrain_fr.ts)

file(GLOB_RECURSE MLR_I18N_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/app/core/*.cpp ${PROJECT_SOURCE_DIR}/app/core/*.h
    ${PROJECT_SOURCE_DIR}/app/report/*.cpp ${PROJECT_SOURCE_DIR}/app/report/*.h
    ${PROJECT_SOURCE_DIR}/app/gui/*.cpp ${PROJECT_SOURCE_DIR}/app/gui/*.h
    ${PROJECT_SOURCE_DIR}/app/cli/*.cpp ${PROJECT_SOURCE_DIR}/app/cli/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.ui)
list(SORT MLR_I18N_SOURCES)
string(REPLACE ";" "\n" _mlr_i18n_lst "${MLR_I18N_SOURCES}")
file(CONFIGURE OUTPUT ${PROJECT_BINARY_DIR}/translations/lupdate-sources.lst CONTENT "${_mlr_i18n_lst}\n")

# -locations none: the .ts files do not churn when code moves; -no-obsolete: strings removed
# from the sources leave the catalogue.
qt_add_translations(mlretrain-core
    TS_FILES ${MLR_TS_FILES}
    SOURCES ${MLR_I18N_SOURCES}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/app/core ${PROJECT_SOURCE_DIR}/app/gui
    LUPDATE_OPTIONS -locations none -no-obsolete
    LRELEASE_OPTIONS -silent
    RESOURCE_PREFIX /i18n)
