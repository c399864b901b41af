# The language selector of the GUI (owner: i18n work); the catalogues and mlr::i18n live in
# mlretrain-core (cmake/Translations.cmake).
target_sources(mlretrain-gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/languageselector.cpp ${CMAKE_CURRENT_LIST_DIR}/languageselector.h)
