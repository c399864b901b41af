// Every wizard page rendered offscreen in French and in English (PNG files in
// MLR_SCREENSHOT_DIR/<language>/<page>.png when that is set, else in a temporary folder), and
// the visible texts checked: the titles and the wizard's own buttons are in the language, and
// no label, button, group, tab or column header shows an English text the French catalogue
// translates.
#include "eval/compare.h"
#include "eval/gate.h"
#include "evalmetricsmodel.h"
#include "evaluatepage.h"
#include "guitest.h"
#include "i18n/language.h"
#include "languageselector.h"
#include "steplist.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QXmlStreamReader>

using namespace mlr::gui;
using mlr::gui::test::WizardFixture;

namespace {

QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?=[^&\\s])")));
    return text.trimmed();
}

// English source -> French translation (mnemonics removed), for texts the catalogue changes.
QHash<QString, QString> frenchCatalogue()
{
    QHash<QString, QString> out;
    QFile file(QStringLiteral(MLR_SOURCE_DIR "/translations/mlretrain_fr.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"source") {
            source = plain(xml.readElementText());
        } else if (xml.name() == u"translation") {
            const QString translation = plain(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            if (!source.isEmpty() && translation != source)
                out.insert(source, translation);
        }
    }
    return out;
}

// The texts a user sees on a widget tree: labels, buttons, group titles, tab titles and the
// column headers of item views; "what" names where each text was found.
// Two models judged on the same rows; the new one separates the classes better.
std::shared_ptr<const mlr::eval::Comparison> binaryComparison()
{
    using namespace mlr::eval;
    ScoredRows challenger;
    challenger.task = Task::Binary;
    challenger.classNames = { QStringLiteral("<=50K"), QStringLiteral(">50K") };
    ScoredRows champion = challenger;
    for (int i = 0; i < 2000; ++i) {
        const double y = (i * 7919 % 13) < 4 ? 1 : 0;
        const double noise = double(i * 104729 % 1000) / 1000.0;
        challenger.labels.push_back(y);
        champion.labels.push_back(y);
        challenger.scores.push_back(std::clamp(0.25 + 0.45 * y + 0.5 * (noise - 0.5), 0.0, 1.0));
        champion.scores.push_back(std::clamp(0.35 + 0.25 * y + 0.6 * (noise - 0.5), 0.0, 1.0));
    }
    return std::make_shared<const Comparison>(compare(challenger, champion, {}));
}

QList<QPair<QString, QString>> visibleTexts(QWidget *root)
{
    QList<QPair<QString, QString>> out;
    auto add = [&out](const QWidget *w, const QString &text) {
        if (!plain(text).isEmpty())
            out.append(
                { plain(text), QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName() });
    };
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            add(w, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(w, button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            add(w, group->title());
        else if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(w, tabs->tabText(i));
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            for (int c = 0; c < view->model()->columnCount(); ++c)
                add(w, view->model()->headerData(c, Qt::Horizontal).toString());
        }
    }
    return out;
}

// The Alt+letter shortcuts a user can press on a widget tree: visible buttons, and visible
// labels with a buddy; "what" names each one's text.
QMultiHash<QChar, QString> mnemonics(QWidget *root)
{
    QMultiHash<QChar, QString> out;
    static const QRegularExpression amp(QStringLiteral("&([^&\\s])"));
    auto add = [&out](const QString &text) {
        const QRegularExpressionMatch m = amp.match(text);
        if (m.hasMatch())
            out.insert(m.captured(1).at(0).toLower(), text);
    };
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text());
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            add(label->text());
    }
    return out;
}

QStringList mnemonicClashes(QWidget *root)
{
    const QMultiHash<QChar, QString> keys = mnemonics(root);
    QStringList clashes;
    for (const QChar key : keys.uniqueKeys()) {
        if (keys.count(key) > 1) {
            QStringList texts = keys.values(key);
            texts.sort();
            clashes.append(QStringLiteral("Alt+%1: %2").arg(key).arg(texts.join(QStringLiteral(", "))));
        }
    }
    return clashes;
}

} // namespace

class TestI18nPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_catalogue = frenchCatalogue();
        QVERIFY2(m_catalogue.size() > 500, "translations/mlretrain_fr.ts could not be read");
        const QString env = qEnvironmentVariable("MLR_SCREENSHOT_DIR");
        m_shots = env.isEmpty() ? m_tmp.path() : env;
    }

    void cleanupTestCase() { mlr::i18n::install(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void page_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("title");
        const QStringList fr = { QStringLiteral("Identifiants"), QStringLiteral("Stockage"),
            QStringLiteral("Soumettre le travail de réentraînement"),
            QStringLiteral("Évaluer le nouveau modèle"),
            QStringLiteral("Mettre à jour le service web prédictif") };
        const QStringList en = { QStringLiteral("Credentials"), QStringLiteral("Storage"),
            QStringLiteral("Submit the retraining job"), QStringLiteral("Evaluate the new model"),
            QStringLiteral("Update the predictive web service") };
        for (int id = 0; id < RetrainWizard::StepCount; ++id) {
            const QString name = RetrainWizard::pageName(static_cast<RetrainWizard::PageId>(id));
            QTest::addRow("fr %s", qPrintable(name)) << QStringLiteral("fr") << id << fr.at(id);
            QTest::addRow("en %s", qPrintable(name)) << QStringLiteral("en") << id << en.at(id);
        }
    }

    void page()
    {
        QFETCH(QString, language);
        QFETCH(int, page);
        QFETCH(QString, title);
        const bool french = language == u"fr";
        QString why;
        QCOMPARE(mlr::i18n::install(french ? QLocale(QLocale::French, QLocale::France)
                                           : QLocale(QLocale::English, QLocale::UnitedStates),
                     &why),
            language);
        QVERIFY2(!why.contains(u"mlretrain_"), qPrintable(why));

        const auto id = static_cast<RetrainWizard::PageId>(page);
        WizardFixture f(id);
        QVERIFY(QTest::qWaitForWindowExposed(f.wizard.get()));
        // Whatever the page starts (keychain reads, a connection that fails without a
        // service): let it settle, as a user would see it.
        QTest::qWait(300);
        QTRY_VERIFY_WITH_TIMEOUT(!f.page(id)->isBusy(), 15000);
        QTest::qWait(200);

        QCOMPARE(f.page(id)->title(), title);
        const QString next = f.wizard->button(QWizard::NextButton)->text();
        const QString back = f.wizard->button(QWizard::BackButton)->text();
        const QString cancel = f.wizard->button(QWizard::CancelButton)->text();
        QCOMPARE(next, french ? QStringLiteral("&Suivant >") : QStringLiteral("&Next >"));
        QCOMPARE(back, french ? QStringLiteral("< &Précédent") : QStringLiteral("< &Back"));
        QCOMPARE(cancel, french ? QStringLiteral("Annuler") : QStringLiteral("Cancel"));
        const QStringList steps = french
            ? QStringList { QStringLiteral("Identifiants"), QStringLiteral("Stockage"),
                  QStringLiteral("Soumission"), QStringLiteral("Évaluation"), QStringLiteral("Mise à jour") }
            : QStringList { QStringLiteral("Credentials"), QStringLiteral("Storage"),
                  QStringLiteral("Submit"), QStringLiteral("Evaluate"), QStringLiteral("Update") };
        for (int row = 0; row < steps.size(); ++row)
            QCOMPARE(f.wizard->stepList()->stepTitle(row), steps.at(row));

        const QString dir = QDir(m_shots).filePath(language);
        QVERIFY(QDir().mkpath(dir));
        const QString file = QDir(dir).filePath(RetrainWizard::pageName(id) + QStringLiteral(".png"));
        QVERIFY2(f.wizard->grab().save(file), qPrintable(file));

        // No two visible controls share an Alt+letter (the translation keeps them distinct),
        // on every tab of the page.
        QStringList clashes = mnemonicClashes(f.wizard.get());
        for (QTabWidget *tabs : f.page(id)->findChildren<QTabWidget *>()) {
            const int current = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                clashes += mnemonicClashes(f.wizard.get());
            }
            tabs->setCurrentIndex(current);
        }
        clashes.removeDuplicates();
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));

        if (!french)
            return;
        // No visible English text that the French catalogue translates.
        QStringList english;
        for (const auto &[text, where] : visibleTexts(f.wizard.get())) {
            if (m_catalogue.contains(text))
                english.append(
                    QStringLiteral("%1: \"%2\" (French: \"%3\")").arg(where, text, m_catalogue.value(text)));
        }
        QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
    }

    // The Evaluate step with results: metric names, the glossary (tooltip and accessible
    // description), gate badges and numbers in the language and the locale.
    void evaluateResults_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void evaluateResults()
    {
        QFETCH(QString, language);
        const bool french = language == u"fr";
        mlr::i18n::install(french ? QLocale(QLocale::French, QLocale::France)
                                  : QLocale(QLocale::English, QLocale::UnitedStates));
        WizardFixture f(RetrainWizard::EvaluatePageId);
        auto *page = qobject_cast<EvaluatePage *>(f.page(RetrainWizard::EvaluatePageId));
        QVERIFY(page);
        const auto comparison = binaryComparison();
        QSignalSpy ready(page, &EvaluatePage::analysisReady);
        page->setComparison(
            comparison, mlr::eval::evaluateGate(mlr::eval::defaultGateRules(), comparison->metrics));
        QVERIFY(ready.wait(10000));
        QTest::qWait(200);

        const QAbstractItemModel *model = page->metricsModel();
        QCOMPARE(model->rowCount(), 6);
        QCOMPARE(model->index(0, EvalMetricsModel::MetricColumn).data().toString(),
            french ? QStringLiteral("Exactitude") : QStringLiteral("Accuracy"));
        QCOMPARE(model->index(3, EvalMetricsModel::MetricColumn).data().toString(),
            french ? QStringLiteral("Score F1") : QStringLiteral("F1 Score"));
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex metric = model->index(row, EvalMetricsModel::MetricColumn);
            const QString tooltip = metric.data(Qt::ToolTipRole).toString();
            const QString description = metric.data(Qt::AccessibleDescriptionRole).toString();
            // French: not an English source text; English: one the catalogue translates.
            QVERIFY2(!tooltip.isEmpty() && m_catalogue.contains(tooltip) != french, qPrintable(tooltip));
            QVERIFY2(description.startsWith(metric.data().toString()), qPrintable(description));
            QVERIFY2(description.contains(tooltip), qPrintable(description));
        }
        // AUC improves and passes its rule.
        QCOMPARE(model->index(4, EvalMetricsModel::GateColumn).data().toString(),
            french ? QStringLiteral("✔ Réussi") : QStringLiteral("✔ Pass"));
        QVERIFY(model->index(4, EvalMetricsModel::ChangeColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(french ? QStringLiteral("Le nouveau modèle est meilleur en AUC")
                                       : QStringLiteral("The new model is better on AUC")));
        QCOMPARE(EvalMetricsModel::formatNumber(0.8125),
            french ? QStringLiteral("0,8125") : QStringLiteral("0.8125"));
        const QString threshold = page->findChild<QLabel *>(QStringLiteral("thresholdValueLabel"))->text();
        QCOMPARE(threshold, french ? QStringLiteral("0,500") : QStringLiteral("0.500"));
        const QString summary = page->findChild<QLabel *>(QStringLiteral("confusionSummaryLabel"))->text();
        QVERIFY2(summary.startsWith(
                     french ? QStringLiteral("Au seuil 0,500") : QStringLiteral("At threshold 0.500")),
            qPrintable(summary));
        QVERIFY2(
            summary.contains(french ? QStringLiteral("\u00a0%") : QStringLiteral("%")), qPrintable(summary));

        const QString dir = QDir(m_shots).filePath(language);
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(f.wizard->grab().save(QDir(dir).filePath(QStringLiteral("evaluate-results.png"))));
        if (french) {
            QStringList english;
            for (const auto &[text, where] : visibleTexts(f.wizard.get())) {
                if (m_catalogue.contains(text))
                    english.append(QStringLiteral("%1: \"%2\"").arg(where, text));
            }
            QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
        }
    }

    // The selector stores the preference and offers a restart only when the choice differs
    // from the language in use, and only while nothing is running.
    void languageSelector()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
        LanguageSelector selector(nullptr, &settings);
        selector.setActiveLanguage(QStringLiteral("en"));
        bool running = true;
        selector.setRestartAllowed([&running] { return !running; });
        selector.show();
        auto *combo = selector.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        auto *restart = selector.findChild<QPushButton *>(QStringLiteral("languageRestartButton"));
        QVERIFY(combo && restart);
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->itemText(1), QStringLiteral("English"));
        QCOMPARE(combo->itemText(2), QStringLiteral("Français"));
        QCOMPARE(selector.preference(), QStringLiteral("en"));
        QVERIFY(!restart->isVisible()); // the language in use

        QSignalSpy changed(&selector, &LanguageSelector::preferenceChanged);
        combo->setCurrentIndex(combo->findData(QStringLiteral("fr")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toString(), QStringLiteral("fr"));
        QCOMPARE(mlr::i18n::storedPreference(&settings), QStringLiteral("fr"));
        QVERIFY(restart->isVisible());
        QVERIFY(!restart->isEnabled()); // a job is running
        running = false;
        selector.refreshRestartAllowed();
        QVERIFY(restart->isEnabled());

        combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
        QCOMPARE(mlr::i18n::storedPreference(&settings), QStringLiteral("en"));
        QVERIFY(!restart->isVisible());

        // Stacked, as under the wizard's step list, with a change pending.
        LanguageSelector side(nullptr, &settings, Qt::Vertical);
        side.setActiveLanguage(QStringLiteral("fr"));
        side.setFixedWidth(150);
        side.show();
        QVERIFY(QTest::qWaitForWindowExposed(&side));
        // A run in another language than the stored one (--language) is nothing to restart for;
        // a choice made here is.
        auto *sideRestart = side.findChild<QPushButton *>(QStringLiteral("languageRestartButton"));
        QVERIFY(!sideRestart->isVisible());
        auto *sideCombo = side.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        sideCombo->setCurrentIndex(sideCombo->findData(QStringLiteral("system"))); // English here (C locale)
        QVERIFY(sideRestart->isVisible());
        QVERIFY(side.grab().save(QDir(m_shots).filePath(QStringLiteral("language-selector.png"))));
    }

private:
    QTemporaryDir m_tmp;
    QString m_shots;
    QHash<QString, QString> m_catalogue;
};

QTEST_MAIN(TestI18nPages)
#include "tst_i18n_pages.moc"
