#pragma once

#include <QString>

#include <optional>

namespace mlr::test {

// The Azurite started by the ctest fixture "azurite" (see azurite-fixture.sh).
struct AzuriteEnv
{
    QString connectionString; // dev account, BlobEndpoint=http://127.0.0.1:PORT/devstoreaccount1
    QString blobEndpoint;
    int port = 0;
    qint64 pid = 0;

    // Reads $MLR_TEST_STATE_DIR/azurite.env; std::nullopt when the fixture did not run.
    static std::optional<AzuriteEnv> load();
};

} // namespace mlr::test

// Skips the current test function when no Azurite fixture is running.
#define MLR_REQUIRE_AZURITE(var)                                                                          \
    const auto var##Opt = ::mlr::test::AzuriteEnv::load();                                                \
    if (!var##Opt)                                                                                        \
        QFAIL("Azurite fixture not running: run through ctest (fixture 'azurite')");                     \
    const ::mlr::test::AzuriteEnv &var = *var##Opt
