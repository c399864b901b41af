# Service swagger, data check before upload, RRS scoring in batches and the
# champion/challenger evaluation of a retraining job (owner: SCHEMA).
target_sources(mlretrain-core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/serviceswagger.cpp ${CMAKE_CURRENT_LIST_DIR}/serviceswagger.h
)
