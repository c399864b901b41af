# storage integration tests: BlobService against the Azurite of the ctest fixture "azurite".
mlr_add_test(blobservice SOURCES tst_blobservice.cpp blobtestsupport.cpp blobtestsupport.h
    LABELS integration FIXTURES azurite)
mlr_add_test(blobtransfer SOURCES tst_blobtransfer.cpp blobtestsupport.cpp blobtestsupport.h
    LABELS integration FIXTURES azurite)
