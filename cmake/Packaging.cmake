# CPack: Debian packages (cpack -G DEB in a build tree; scripts/check-deb builds and tries them
# on a clean Debian 12). One package per install component of cmake/Install.cmake:
#   mlretrain-wizard          the wizard, the CLI, desktop integration, docs
#   mlretrain-wizard-sandbox  mlstudio-local, the local Azure ML Studio (classic) service
#                             (optional: lets one try the wizard without Azure; needs Azurite
#                             or a real storage account for --storage)
# Depends come from dpkg-shlibdeps (CPACK_DEBIAN_PACKAGE_SHLIBDEPS), plus what the binaries
# load at run time and shlibdeps cannot see.
set(CPACK_PACKAGE_NAME mlretrain-wizard)
set(CPACK_PACKAGE_VENDOR "ML Retrain Wizard maintainers")
set(CPACK_PACKAGE_CONTACT "ML Retrain Wizard maintainers <maintainers@users.noreply.r-seed-46c72cf9.example>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY mlretrain-wizard)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_PROJECT_CONFIG_FILE ${PROJECT_SOURCE_DIR}/packaging/cpack-project-config.cmake)

set(CPACK_COMPONENTS_ALL wizard)
if(TARGET mlstudio-local)
    list(APPEND CPACK_COMPONENTS_ALL sandbox)
endif()
set(CPACK_DEB_COMPONENT_INSTALL ON)

# Debian fields shared by both packages. The homepage is a placeholder: the project has no
# public home yet (same domain as the AppStream id example.mlretrain.wizard).
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://mlretrain.example/")
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # <name>_<version>-<release>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)

# mlretrain-wizard. QtKeychain loads libsecret with dlopen (Secret Service), so shlibdeps does
# not see it; a Secret Service provider keeps the keys; Qt's own French strings come from
# qt6-translations-l10n; Wayland sessions want the Qt Wayland plugin.
set(CPACK_DEBIAN_WIZARD_PACKAGE_NAME mlretrain-wizard)
set(CPACK_DEBIAN_WIZARD_PACKAGE_SECTION science)
set(CPACK_DEBIAN_WIZARD_PACKAGE_DEPENDS "libsecret-1-0")
set(CPACK_DEBIAN_WIZARD_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager | keepassxc, qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_WIZARD_PACKAGE_SUGGESTS "mlretrain-wizard-sandbox")
set(CPACK_DEBIAN_WIZARD_DESCRIPTION
"retrain and redeploy Azure ML Studio (classic) models
ML Retrain Wizard retrains a deployed Azure Machine Learning Studio (classic)
model with new data and points its predictive web service at the new model,
in five steps: credentials, storage, submit, evaluate, update. Keys stay in
the system keychain (Secret Service).
.
This package contains the wizard (mlretrain), in English and French, and the
command-line tool mlretrain-cli.")

# mlretrain-wizard-sandbox.
set(CPACK_DEBIAN_SANDBOX_PACKAGE_NAME mlretrain-wizard-sandbox)
set(CPACK_DEBIAN_SANDBOX_PACKAGE_SECTION science)
set(CPACK_DEBIAN_SANDBOX_DESCRIPTION
"local Azure ML Studio (classic) service for ML Retrain Wizard
mlstudio-local serves the login, ARM, batch (BES) and request-response (RRS)
endpoints of Azure Machine Learning Studio (classic) on localhost and really
trains the models, so that ML Retrain Wizard and mlretrain-cli can be tried
and tested without an Azure subscription. It keeps its data in an Azure Blob
Storage account given with --storage, e.g. the Azurite emulator.")

include(CPack)
