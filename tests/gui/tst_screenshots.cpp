// The screenshot mode: each requested page is rendered to <dir>/<page>.png, then the
// driver finishes with 0; secret fields stay masked.
#include "guitest.h"
#include "screenshotdriver.h"

#include <QImage>
#include <QLineEdit>
#include <QSignalSpy>

using namespace mlr::gui;
using mlr::gui::test::WizardFixture;

class TestScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersEachPage()
    {
        WizardFixture f(RetrainWizard::SubmitPageId);
        const QString dir = f.dir.filePath(QStringLiteral("shots"));
        ScreenshotDriver driver(f.wizard.get(), dir,
                                {RetrainWizard::SubmitPageId, RetrainWizard::EvaluatePageId, RetrainWizard::UpdatePageId});
        QSignalSpy finished(&driver, &ScreenshotDriver::finished);
        driver.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toInt(), 0);
        for (const char *name : {"submit", "evaluate", "update"}) {
            const QImage image(dir + u'/' + QString::fromLatin1(name) + QStringLiteral(".png"));
            QVERIFY2(!image.isNull(), name);
            QCOMPARE(image.size(), f.wizard->size() * f.wizard->devicePixelRatio());
        }
        QCOMPARE(f.wizard->currentId(), int(RetrainWizard::UpdatePageId));
    }

    void secretFieldsAreMasked()
    {
        WizardFixture f;
        for (const char *name : {"connectionStringEdit", "accountKeyEdit", "trainingKeyEdit", "predictiveKeyEdit"})
            QCOMPARE(f.find<QLineEdit>(RetrainWizard::CredentialsPageId, name)->echoMode(), QLineEdit::Password);
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
