# Azure Resource Manager (owner: the ARM work): sign-in (client secret, device code, refresh,
# token provider), the web services client with long-running operations, definition handling
# (trained model asset, diff, Export/Import-AzMlWebService files) and the guarded model update.
target_sources(mlretrain-core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/armjobs.cpp ${CMAKE_CURRENT_LIST_DIR}/armjobs.h
    ${CMAKE_CURRENT_LIST_DIR}/armoperation.cpp ${CMAKE_CURRENT_LIST_DIR}/armoperation.h
    ${CMAKE_CURRENT_LIST_DIR}/armwrite.cpp ${CMAKE_CURRENT_LIST_DIR}/armwrite.h
    ${CMAKE_CURRENT_LIST_DIR}/classicendpoint.cpp ${CMAKE_CURRENT_LIST_DIR}/classicendpoint.h
    ${CMAKE_CURRENT_LIST_DIR}/commands.cpp ${CMAKE_CURRENT_LIST_DIR}/commands.h
    ${CMAKE_CURRENT_LIST_DIR}/definition.cpp ${CMAKE_CURRENT_LIST_DIR}/definition.h
    ${CMAKE_CURRENT_LIST_DIR}/definitiondiff.cpp ${CMAKE_CURRENT_LIST_DIR}/definitiondiff.h
    ${CMAKE_CURRENT_LIST_DIR}/definitionfile.cpp ${CMAKE_CURRENT_LIST_DIR}/definitionfile.h
    ${CMAKE_CURRENT_LIST_DIR}/definitionimport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/lrofollower.cpp ${CMAKE_CURRENT_LIST_DIR}/lrofollower.h
    ${CMAKE_CURRENT_LIST_DIR}/modelschema.cpp
    ${CMAKE_CURRENT_LIST_DIR}/modelsource.cpp ${CMAKE_CURRENT_LIST_DIR}/modelsource.h
    ${CMAKE_CURRENT_LIST_DIR}/modelsourcejob.cpp ${CMAKE_CURRENT_LIST_DIR}/modelsourcejob.h
    ${CMAKE_CURRENT_LIST_DIR}/modelupdate.cpp ${CMAKE_CURRENT_LIST_DIR}/modelupdate.h
    ${CMAKE_CURRENT_LIST_DIR}/modelupdatejob.cpp ${CMAKE_CURRENT_LIST_DIR}/modelupdatejob.h
    ${CMAKE_CURRENT_LIST_DIR}/rollbackchoice.cpp ${CMAKE_CURRENT_LIST_DIR}/rollbackchoice.h
    ${CMAKE_CURRENT_LIST_DIR}/profilearm.cpp ${CMAKE_CURRENT_LIST_DIR}/profilearm.h
    ${CMAKE_CURRENT_LIST_DIR}/sandboxtemplate.cpp ${CMAKE_CURRENT_LIST_DIR}/sandboxtemplate.h
    ${CMAKE_CURRENT_LIST_DIR}/signin.cpp ${CMAKE_CURRENT_LIST_DIR}/signin.h
    ${CMAKE_CURRENT_LIST_DIR}/smoketest.cpp ${CMAKE_CURRENT_LIST_DIR}/smoketest.h
    ${CMAKE_CURRENT_LIST_DIR}/tokenprovider.cpp ${CMAKE_CURRENT_LIST_DIR}/tokenprovider.h
    ${CMAKE_CURRENT_LIST_DIR}/tokens.cpp ${CMAKE_CURRENT_LIST_DIR}/tokens.h
    ${CMAKE_CURRENT_LIST_DIR}/webservice.cpp ${CMAKE_CURRENT_LIST_DIR}/webservice.h
)
