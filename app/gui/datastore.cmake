# The Storage step of an `azureml` profile: the workspace's default datastore, or the user's own
# credentials for its storage account (RetrainWizard::DatastorePageId).
target_sources(mlretrain-gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/datastorepage.cpp ${CMAKE_CURRENT_LIST_DIR}/datastorepage.h
    ${PROJECT_SOURCE_DIR}/ui/datastorepage.ui
)
