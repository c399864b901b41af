#include "storagecommand.h"

#include "profile/profilestore.h"
#include "secrets/secretstore.h"

namespace mlr::cli {

void StorageCommand::start()
{
    const GlobalOptions &global = invocation().global;
    StorageAccountRequest request
        = StorageAccountRequest::fromEnvironment(global.connectionString, std::nullopt);
    SecretStore *secrets = nullptr;
    if (!request.connectionString && request.environmentConnectionString.trimmed().isEmpty()) {
        Error error;
        request.profile = ctx().selectedProfile(&error);
        if (!request.profile) {
            fail(error);
            return;
        }
        secrets = &ctx().secrets();
    }
    m_resolve = std::make_unique<StorageAccountResolveJob>(request, secrets);
    connect(m_resolve.get(), &StorageAccountResolveJob::finished, this,
        [this](const StorageAccount &account, const Error &error) {
            m_source = m_resolve->sourceDescription();
            if (m_resolve->source() == StorageAccountResolveJob::Source::ConnectionString)
                m_source = tr("--connection-string");
            m_resolve.release()->deleteLater();
            if (error) {
                fail(error);
                return;
            }
            m_service = std::make_unique<BlobService>(ctx().network(), account);
            run();
        });
    m_resolve->start();
}

} // namespace mlr::cli
