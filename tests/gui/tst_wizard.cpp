// The wizard frame: five steps in the side list, page ids and names, navigation marks
// finished steps, every control has an accessible name and every mnemonic label a buddy.
#include "guitest.h"
#include "helpdialog.h"
#include "pagehelp.h"
#include "steplist.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabBar>
#include <QTreeWidget>

using namespace mlr::gui;
using mlr::gui::test::WizardFixture;

class TestWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsFiveSteps()
    {
        WizardFixture f;
        // The classic pages, one per step, then the Azure ML (v2) pages registered so far.
        QCOMPARE(f.wizard->pageIds().mid(0, 5), QList<int>({ 0, 1, 2, 3, 4 }));
        for (const int id : f.wizard->pageIds().mid(5))
            QVERIFY(id >= RetrainWizard::StepCount && id < RetrainWizard::PageCount);
        StepList *steps = f.wizard->stepList();
        QVERIFY(steps->isVisible());
        QCOMPARE(steps->stepCount(), 5);
        const QStringList titles = { QStringLiteral("Credentials"), QStringLiteral("Storage"),
            QStringLiteral("Submit"), QStringLiteral("Evaluate"), QStringLiteral("Update") };
        for (int row = 0; row < 5; ++row)
            QCOMPARE(steps->stepTitle(row), titles.at(row));
        QCOMPARE(f.wizard->currentId(), int(RetrainWizard::CredentialsPageId));
        QVERIFY(f.wizard->windowIcon().availableSizes().contains(QSize(48, 48))); // the built-in icon set
        QCOMPARE(steps->stepState(0), StepList::State::Current);
        for (int row = 1; row < 5; ++row)
            QCOMPARE(steps->stepState(row), StepList::State::Pending);
    }

    void pageNamesRoundTrip()
    {
        for (int id = 0; id < RetrainWizard::StepCount; ++id) {
            const auto pageId = static_cast<RetrainWizard::PageId>(id);
            QCOMPARE(RetrainWizard::pageIdFromName(RetrainWizard::pageName(pageId)), pageId);
        }
        QCOMPARE(RetrainWizard::pageIdFromName(QStringLiteral("Storage")), RetrainWizard::StoragePageId);
        QVERIFY(!RetrainWizard::pageIdFromName(QStringLiteral("nowhere")));
    }

    void opensOnRequestedPage()
    {
        WizardFixture f(RetrainWizard::EvaluatePageId);
        QCOMPARE(f.wizard->currentId(), int(RetrainWizard::EvaluatePageId));
        QCOMPARE(f.wizard->stepList()->stepState(3), StepList::State::Current);
        QCOMPARE(f.wizard->stepList()->stepState(0), StepList::State::Pending);
    }

    void stepListFollowsNavigation()
    {
        // The built-in profile is complete at once (the emulator's well-known key).
        WizardFixture f;
        WizardPage *credentials = f.page(RetrainWizard::CredentialsPageId);
        MLR_WAIT_IDLE(credentials, 10000);
        QTRY_VERIFY(f.nextButton()->isEnabled());
        QSignalSpy changed(f.wizard.get(), &QWizard::currentIdChanged);
        f.wizard->next();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(f.wizard->currentId(), int(RetrainWizard::StoragePageId));
        QCOMPARE(f.wizard->stepList()->stepState(0), StepList::State::Done);
        QCOMPARE(f.wizard->stepList()->stepState(1), StepList::State::Current);
        f.wizard->back();
        QCOMPARE(f.wizard->stepList()->stepState(0), StepList::State::Current);
        QCOMPARE(f.wizard->stepList()->stepState(1), StepList::State::Pending);
    }

    // What a screen reader says of every control a user can reach with Tab, on every page:
    // a name and a description (QAccessible's view: the accessible name, else the buddy
    // label or the text; the accessible description, else the tooltip). Every label with a
    // mnemonic points at its field.
    void controlsAreAccessible()
    {
        WizardFixture f;
        QStringList missing;
        for (const int id : f.wizard->pageIds()) {
            QWidget *page = f.page(static_cast<RetrainWizard::PageId>(id));
            const QList<QWidget *> widgets = page->findChildren<QWidget *>();
            for (QWidget *w : widgets) {
                if (auto *label = qobject_cast<QLabel *>(w); label && label->text().contains(u'&'))
                    QVERIFY2(label->buddy(), qPrintable(label->objectName()));
                if (!(w->focusPolicy() & Qt::TabFocus) || w->objectName().startsWith(u"qt_")
                    || w->objectName().isEmpty() || qobject_cast<QLabel *>(w)
                    || qobject_cast<QTabBar *>(w->parentWidget())) // a tab bar's scroll arrows

                    continue;
                QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
                QVERIFY(a);
                const QString where = RetrainWizard::pageName(static_cast<RetrainWizard::PageId>(id)) + u'/'
                    + w->objectName() + u' ' + QString::fromLatin1(w->metaObject()->className());
                if (a->text(QAccessible::Name).trimmed().isEmpty())
                    missing.append(where + QStringLiteral(": no name"));
                if (a->text(QAccessible::Description).trimmed().isEmpty())
                    missing.append(where + QStringLiteral(": no description"));
            }
        }
        for (const QString &m : std::as_const(missing))
            qWarning("%s", qPrintable(m));
        QVERIFY2(missing.isEmpty(),
            qPrintable(QString::number(missing.size()) + QStringLiteral(" missing (above)")));
    }

    // Alt+letter reaches one control only on each page, wizard buttons included. Widgets shown
    // for one profile kind only (a "profileKind" property on them or an ancestor) are checked
    // with the widgets of that kind: once for each kind.
    void mnemonicsAreUnique_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("classic") << mlr::Profile::classicKind();
        QTest::newRow("azureml") << mlr::Profile::azuremlKind();
    }
    void mnemonicsAreUnique()
    {
        QFETCH(QString, kind);
        WizardFixture f;
        const auto mnemonic = [](const QString &text) -> QChar {
            const qsizetype at = text.indexOf(u'&');
            return at >= 0 && at + 1 < text.size() && text.at(at + 1) != u'&' ? text.at(at + 1).toLower()
                                                                              : QChar();
        };
        const auto otherKind = [&kind](const QWidget *w) {
            for (; w; w = w->parentWidget()) {
                const QVariant k = w->property("profileKind");
                if (k.isValid())
                    return k.toString() != kind;
            }
            return false;
        };
        for (const int id : f.wizard->pageIds()) {
            QStringList owners;
            QList<QChar> seen;
            const auto add = [&](const QString &text, const QString &owner) {
                const QChar key = mnemonic(text);
                if (key.isNull())
                    return;
                QVERIFY2(!seen.contains(key),
                    qPrintable(owner + QStringLiteral(" repeats Alt+") + key + QStringLiteral(" of ")
                        + owners.value(seen.indexOf(key))));
                seen.append(key);
                owners.append(owner);
            };
            for (const auto which :
                { QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton })
                add(f.wizard->button(which)->text(), f.wizard->button(which)->text());
            const QList<QWidget *> widgets
                = f.page(static_cast<RetrainWizard::PageId>(id))->findChildren<QWidget *>();
            for (QWidget *w : widgets) {
                if (otherKind(w))
                    continue;
                if (auto *label = qobject_cast<QLabel *>(w))
                    add(label->text(), label->objectName());
                else if (auto *button = qobject_cast<QAbstractButton *>(w))
                    add(button->text(), button->objectName());
            }
        }
    }

    // F1 (or the Help button) opens the help of the current step: what it does and the
    // equivalent mlretrain-cli commands; the window follows the wizard to the next step.
    void helpOnEveryStep_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("title");
        QTest::newRow("credentials") << int(RetrainWizard::CredentialsPageId)
                                     << QStringLiteral("Step 1 of 5: Credentials");
        QTest::newRow("storage") << int(RetrainWizard::StoragePageId)
                                 << QStringLiteral("Step 2 of 5: Storage");
        QTest::newRow("submit") << int(RetrainWizard::SubmitPageId) << QStringLiteral("Step 3 of 5: Submit");
        QTest::newRow("evaluate") << int(RetrainWizard::EvaluatePageId)
                                  << QStringLiteral("Step 4 of 5: Evaluate");
        QTest::newRow("update") << int(RetrainWizard::UpdatePageId) << QStringLiteral("Step 5 of 5: Update");
    }

    void helpOnEveryStep()
    {
        QFETCH(int, page);
        QFETCH(QString, title);
        WizardFixture f(static_cast<RetrainWizard::PageId>(page));
        QVERIFY(QTest::qWaitForWindowActive(f.wizard.get()));
        QVERIFY(!f.wizard->helpDialog());
        QTest::keyClick(f.wizard.get(), Qt::Key_F1);
        HelpDialog *help = f.wizard->helpDialog();
        QVERIFY(help);
        QTRY_VERIFY(help->isVisible());
        QCOMPARE(help->windowTitle(), QStringLiteral("Help: ") + title);
        const QStringList commands = help->commandsText().split(u'\n');
        QVERIFY(commands.size() >= 2);
        for (const QString &command : commands)
            QVERIFY2(command.startsWith(u"mlretrain-cli "), qPrintable(command));
        QVERIFY(!help->isModal());
    }

    void helpFollowsTheStep()
    {
        WizardFixture f;
        f.wizard->button(QWizard::HelpButton)->click();
        QVERIFY(f.wizard->helpDialog()->isVisible());
        QTRY_VERIFY(f.nextButton()->isEnabled());
        f.wizard->next();
        QCOMPARE(f.wizard->helpDialog()->windowTitle(), QStringLiteral("Help: Step 2 of 5: Storage"));
        QVERIFY(pageHelp(QStringLiteral("nowhere")).commands.isEmpty());
    }

    // Tab walks each step's form in reading order: the listed controls come in this order
    // in the focus chain (hidden ones included, so that the order holds whatever is shown).
    void tabOrder_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("credentials")
            << int(RetrainWizard::CredentialsPageId)
            << QStringList { QStringLiteral("profileCombo"), QStringLiteral("newProfileButton"),
                   QStringLiteral("renameProfileButton"), QStringLiteral("deleteProfileButton"),
                   QStringLiteral("connectionStringRadio"), QStringLiteral("accountDetailsRadio"),
                   QStringLiteral("connectionStringEdit"), QStringLiteral("accountNameEdit"),
                   QStringLiteral("blobEndpointEdit"), QStringLiteral("accountKeyEdit"),
                   QStringLiteral("trainingUrlEdit"), QStringLiteral("trainingKeyEdit"),
                   QStringLiteral("predictiveUrlEdit"), QStringLiteral("predictiveKeyEdit"),
                   QStringLiteral("createServicesButton"), QStringLiteral("saveButton"),
                   QStringLiteral("testButton") };
        QTest::newRow("storage") << int(RetrainWizard::StoragePageId)
                                 << QStringList { QStringLiteral("containerTree"),
                                        QStringLiteral("refreshButton"), QStringLiteral("newContainerEdit"),
                                        QStringLiteral("createButton") };
        QTest::newRow("submit") << int(RetrainWizard::SubmitPageId)
                                << QStringList { QStringLiteral("fileEdit"), QStringLiteral("browseButton"),
                                       QStringLiteral("problemsTree"), QStringLiteral("parametersTable"),
                                       QStringLiteral("connectionStringCheck"),
                                       QStringLiteral("submitButton"), QStringLiteral("cancelButton"),
                                       QStringLiteral("timelineList") };
        QTest::newRow("evaluate") << int(RetrainWizard::EvaluatePageId)
                                  << QStringList { QStringLiteral("evaluationTabs"),
                                         QStringLiteral("metricsTable"), QStringLiteral("copyTableButton"),
                                         QStringLiteral("curveCombo"), QStringLiteral("thresholdSlider"),
                                         QStringLiteral("newMatrixView"), QStringLiteral("currentMatrixView"),
                                         QStringLiteral("differenceMatrixView"),
                                         QStringLiteral("regressionCombo"),
                                         QStringLiteral("exportChartButton") };
    }

    void tabOrder()
    {
        QFETCH(int, page);
        QFETCH(QStringList, expected);
        WizardFixture f(static_cast<RetrainWizard::PageId>(page));
        QStringList chain;
        QWidget *first
            = f.page(static_cast<RetrainWizard::PageId>(page))->findChild<QWidget *>(expected.first());
        QVERIFY(first);
        QWidget *w = first;
        for (int guard = 0; w && guard < 1000; ++guard, w = w->nextInFocusChain()) {
            if (expected.contains(w->objectName()) && !chain.contains(w->objectName()))
                chain.append(w->objectName());
        }
        if (chain != expected) {
            QStringList names;
            QWidget *x = first;
            for (int i = 0; i < 40 && x; ++i, x = x->nextInFocusChain())
                names << x->objectName() + u':' + QString::fromLatin1(x->metaObject()->className());
            qWarning("%s", qPrintable(names.join(u' ')));
        }
        QCOMPARE(chain, expected);
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
