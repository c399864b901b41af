# Batch Execution Service (owner: the BES work): the endpoint and its operations, the job
# monitor, output locations and roles, blob references, the job journal, and the whole
# submission (upload + submit + start + journal). Added to mlretrain-core.
target_sources(mlretrain-core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/besendpoint.cpp ${CMAKE_CURRENT_LIST_DIR}/besendpoint.h
    ${CMAKE_CURRENT_LIST_DIR}/besjobmonitor.cpp ${CMAKE_CURRENT_LIST_DIR}/besjobmonitor.h
    ${CMAKE_CURRENT_LIST_DIR}/besjobs.cpp ${CMAKE_CURRENT_LIST_DIR}/besjobs.h
    ${CMAKE_CURRENT_LIST_DIR}/blobreference.cpp ${CMAKE_CURRENT_LIST_DIR}/blobreference.h
    ${CMAKE_CURRENT_LIST_DIR}/joboutputs.cpp ${CMAKE_CURRENT_LIST_DIR}/joboutputs.h
    ${CMAKE_CURRENT_LIST_DIR}/jobjournal.cpp ${CMAKE_CURRENT_LIST_DIR}/jobjournal.h
    ${CMAKE_CURRENT_LIST_DIR}/retrainsubmission.cpp ${CMAKE_CURRENT_LIST_DIR}/retrainsubmission.h
)
