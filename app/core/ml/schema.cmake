# Service swagger, data check before upload, RRS scoring in batches and the
# champion/challenger evaluation of a retraining job (owner: SCHEMA).
target_sources(mlretrain-core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/championscoring.cpp ${CMAKE_CURRENT_LIST_DIR}/championscoring.h
    ${CMAKE_CURRENT_LIST_DIR}/csvscan.cpp ${CMAKE_CURRENT_LIST_DIR}/csvscan.h
    ${CMAKE_CURRENT_LIST_DIR}/csvvalues.cpp ${CMAKE_CURRENT_LIST_DIR}/csvvalues.h
    ${CMAKE_CURRENT_LIST_DIR}/datacheck.cpp ${CMAKE_CURRENT_LIST_DIR}/datacheck.h
    ${CMAKE_CURRENT_LIST_DIR}/datacheck_p.h ${CMAKE_CURRENT_LIST_DIR}/datacheckheader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/datacheckjob.cpp
    ${CMAKE_CURRENT_LIST_DIR}/labelvalues.cpp ${CMAKE_CURRENT_LIST_DIR}/labelvalues.h
    ${CMAKE_CURRENT_LIST_DIR}/evaluationinputs.cpp ${CMAKE_CURRENT_LIST_DIR}/evaluationinputs.h
    ${CMAKE_CURRENT_LIST_DIR}/evaluationjob.cpp ${CMAKE_CURRENT_LIST_DIR}/evaluationjob.h
    ${CMAKE_CURRENT_LIST_DIR}/batchscorer.cpp ${CMAKE_CURRENT_LIST_DIR}/batchscorer.h
    ${CMAKE_CURRENT_LIST_DIR}/rrsclient.cpp ${CMAKE_CURRENT_LIST_DIR}/rrsclient.h
    ${CMAKE_CURRENT_LIST_DIR}/scoringtable.cpp ${CMAKE_CURRENT_LIST_DIR}/scoringtable.h
    ${CMAKE_CURRENT_LIST_DIR}/serviceswagger.cpp ${CMAKE_CURRENT_LIST_DIR}/serviceswagger.h
)
# The data check reads every byte of files of any size: keep its scanner optimised in Debug too.
set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/csvscan.cpp ${CMAKE_CURRENT_LIST_DIR}/csvvalues.cpp
    ${CMAKE_CURRENT_LIST_DIR}/datacheck.cpp ${CMAKE_CURRENT_LIST_DIR}/datacheckheader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/labelvalues.cpp
    TARGET_DIRECTORY mlretrain-core PROPERTIES COMPILE_OPTIONS "-O2")
