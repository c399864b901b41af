# Translations (owner: i18n work).
# i18n_format: locale formatting helpers, language choice and the metric glossary (fr and en rows).
# i18n_catalog: the completeness test; runs lupdate over the current sources into a copy of
#   translations/mlretrain_{fr,en}.ts and fails, naming them, on strings without a finished
#   translation (and on translations whose placeholders differ from the source).
mlr_add_test(i18n_format SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_i18n_format.cpp LABELS i18n unit)
mlr_add_test(i18n_catalog SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_i18n_catalog.cpp LABELS i18n)
target_compile_definitions(tst_i18n_catalog PRIVATE
    MLR_LUPDATE_BINARY="$<TARGET_FILE:Qt6::lupdate>"
    MLR_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
# "system" follows the environment (QLocale::system()): LC_ALL, LANG, LANGUAGE. Each case:
# name, variables to set, the language expected.
foreach(_line "fr_all|LC_ALL=fr_FR.UTF-8|fr" "fr_language|LANG=de_DE.UTF-8|LANGUAGE=fr:en|fr"
        "en_all|LC_ALL=en_GB.UTF-8|en" "de_falls_back|LC_ALL=de_DE.UTF-8|en")
    string(REPLACE "|" ";" _case "${_line}")
    list(GET _case 0 _name)
    list(GET _case -1 _expected)
    list(LENGTH _case _n)
    math(EXPR _envcount "${_n} - 2")
    list(SUBLIST _case 1 ${_envcount} _env)
    list(TRANSFORM _env REPLACE "^([A-Z_]+)=" "\\1=set:")
    add_test(NAME i18n_system_${_name} COMMAND tst_i18n_format languageEnvironmentIsHonoured)
    set_tests_properties(i18n_system_${_name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;MLR_EXPECT_SYSTEM_LANGUAGE=${_expected}"
        ENVIRONMENT_MODIFICATION "LC_ALL=unset:;LANG=unset:;LANGUAGE=unset:;LC_MESSAGES=unset:;LC_NUMERIC=unset:;${_env}"
        LABELS "i18n;unit" TIMEOUT 60)
endforeach()
# The same executable, one function: every class whose tr() strings are in the catalogue
# looks them up under that context (no tr() in a QObject subclass lacking Q_OBJECT).
add_test(NAME i18n_contexts COMMAND tst_i18n_catalog everyTrHasItsContext)
set_tests_properties(i18n_contexts PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;MLR_I18N_CHECK_CONTEXTS=1"
    LABELS i18n TIMEOUT 120)
