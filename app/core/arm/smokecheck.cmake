# The smoke check of an update (owner: helper F): sample rows scored through RRS.
target_sources(mlretrain-core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/guardedupdatejob.cpp ${CMAKE_CURRENT_LIST_DIR}/guardedupdatejob.h
    ${CMAKE_CURRENT_LIST_DIR}/smokecheck.cpp ${CMAKE_CURRENT_LIST_DIR}/smokecheck.h
)
