// The translation completeness test: lupdate reads the current sources (app/core, app/report,
// app/gui, app/cli, ui/) into a copy of each committed catalogue, exactly as
// `cmake --build . --target update_translations` would; every message must then have a
// finished translation (French: all of them; English: the plural forms). Missing strings are
// named with their context, so whoever added them knows what to translate.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms; // the translation, or its numerus forms
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            m = Message { context, {}, {}, xml.attributes().value(QStringLiteral("numerus")) == u"yes", {},
                {} };
        } else if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"comment") {
            m.comment = xml.readElementText();
        } else if (name == u"translation") {
            m.type = xml.attributes().value(QStringLiteral("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.forms.append(xml.readElementText());
            } else {
                m.forms = QStringList { xml.readElementText() };
            }
            out.append(m);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QStringList sourceFiles(const QString &root)
{
    QStringList files;
    for (const char *dir : { "app/core", "app/report", "app/gui", "app/cli" }) {
        QDirIterator it(root + u'/' + QLatin1String(dir), { QStringLiteral("*.cpp"), QStringLiteral("*.h") },
            QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    QDirIterator ui(root + QStringLiteral("/ui"), { QStringLiteral("*.ui") }, QDir::Files);
    while (ui.hasNext())
        files.append(ui.next());
    files.sort();
    return files;
}

// The catalogue after lupdate over today's sources (a copy; the committed file is untouched).
// lupdate's warnings (e.g. a tr() in a class without Q_OBJECT, whose context lupdate cannot
// know) go to *warnings.
QList<Message> refreshed(
    const QString &committed, const QTemporaryDir &dir, QStringList *warnings, QString *error)
{
    const QString root = QStringLiteral(MLR_SOURCE_DIR);
    const QString copy = dir.filePath(QFileInfo(committed).fileName());
    QFile::remove(copy);
    if (!QFile::copy(committed, copy)) {
        *error = QStringLiteral("cannot copy ") + committed;
        return {};
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QFile list(dir.filePath(QStringLiteral("sources.lst")));
    if (!list.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = list.errorString();
        return {};
    }
    list.write(sourceFiles(root).join(u'\n').toUtf8() + '\n');
    list.close();
    QProcess lupdate;
    lupdate.start(QStringLiteral(MLR_LUPDATE_BINARY),
        { QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
            QStringLiteral("-I"), root + QStringLiteral("/app/core"), QStringLiteral("-I"),
            root + QStringLiteral("/app/gui"), QStringLiteral("-I"), root + QStringLiteral("/app/report"),
            QStringLiteral("-I"), root + QStringLiteral("/app/cli"), u'@' + list.fileName(),
            QStringLiteral("-ts"), copy });
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
        *error = QStringLiteral("lupdate failed: ") + QString::fromLocal8Bit(lupdate.readAllStandardError());
        return {};
    }
    for (const QString &line : QString::fromLocal8Bit(lupdate.readAllStandardError()).split(u'\n')) {
        if (line.contains(u"lacks Q_OBJECT") || line.contains(u"unknown namespace"))
            warnings->append(line.trimmed());
    }
    return readTs(copy, error);
}

QString describe(const Message &m)
{
    return QStringLiteral("  [%1] \"%2\"%3")
        .arg(m.context, m.source, m.numerus ? QStringLiteral(" (plural)") : QString());
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?\\d+"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        QString p = it.next().captured();
        p.remove(u'L');
        if (!out.contains(p))
            out.append(p);
    }
    out.sort();
    return out;
}

} // namespace

class TestI18nCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void catalogueIsComplete()
    {
        QFETCH(QString, language);
        const QString committed
            = QStringLiteral(MLR_SOURCE_DIR "/translations/mlretrain_%1.ts").arg(language);
        QVERIFY2(QFile::exists(committed), qPrintable(committed));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList warnings;
        QString error;
        const QList<Message> messages = refreshed(committed, dir, &warnings, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 500, "lupdate found almost no strings: is the source tree there?");
        for (const QString &w : std::as_const(warnings))
            qWarning("lupdate: %s", qPrintable(w));

        QStringList missing;
        QStringList broken;
        for (const Message &m : messages) {
            const bool empty = m.forms.isEmpty()
                || std::any_of(
                    m.forms.cbegin(), m.forms.cend(), [](const QString &f) { return f.isEmpty(); });
            if (!m.type.isEmpty() || empty) {
                missing.append(describe(m));
                continue;
            }
            if (m.numerus && m.forms.size() != 2)
                broken.append(
                    describe(m) + QStringLiteral(": %1 plural forms, 2 needed").arg(m.forms.size()));
            // French typography: a no-break space before : ; ? ! and inside « », never a
            // plain one (which lets the line break before the sign).
            static const QRegularExpression plainSpace(QStringLiteral(" [:;?!](\\s|$)|« | »"));
            for (const QString &form : m.forms) {
                if (language == u"fr" && plainSpace.match(form).hasMatch())
                    broken.append(describe(m)
                        + QStringLiteral(": plain space before a sign or inside « » in \"%1\"").arg(form));
                if (placeholders(form) != placeholders(m.source)) {
                    broken.append(describe(m)
                        + QStringLiteral(": placeholders %1 in \"%2\"")
                              .arg(placeholders(form).join(u','), form));
                    break;
                }
            }
        }
        if (!missing.isEmpty()) {
            QFAIL(qPrintable(QStringLiteral("%1 string(s) without a finished %2 translation in %3 (run the "
                                            "update_translations target, then translate them):\n%4")
                                 .arg(missing.size())
                                 .arg(language, committed, missing.join(u'\n'))));
        }
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
    }

    // tr() in a class without Q_OBJECT that derives from a QObject class resolves to the base
    // class's tr() (the base's context at run time), while lupdate files the string under the
    // derived class: translated in the catalogue, never shown translated. lupdate names such
    // classes; namespace-level tr() helpers (lower-case last component, e.g. "mlr::arm") are
    // fine as long as they look up the namespace's context (see app/core/arm/modelupdate.cpp).
    void everyTrHasItsContext()
    {
        if (qEnvironmentVariableIsEmpty("MLR_I18N_CHECK_CONTEXTS"))
            QSKIP("run as the ctest i18n_contexts");
        QTemporaryDir dir;
        QStringList warnings;
        QString error;
        refreshed(QStringLiteral(MLR_SOURCE_DIR "/translations/mlretrain_fr.ts"), dir, &warnings, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        static const QRegularExpression lacks(QStringLiteral("^(.*): Class '(.*)' lacks Q_OBJECT macro$"));
        QStringList classes;
        for (const QString &w : std::as_const(warnings)) {
            const QRegularExpressionMatch m = lacks.match(w);
            if (!m.hasMatch())
                continue;
            const QString name = m.captured(2);
            if (name.section(QStringLiteral("::"), -1).at(0).isUpper())
                classes.append(QStringLiteral("  %1 (%2)").arg(name, m.captured(1)));
        }
        for (const QString &c : std::as_const(classes))
            qWarning("tr() without Q_OBJECT: %s", qPrintable(c.trimmed()));
        QVERIFY2(classes.isEmpty(),
            qPrintable(
                QStringLiteral("%1 class(es) use tr() without Q_OBJECT (listed above): their strings are "
                               "never translated at run time. Add Q_OBJECT, or call the base class's "
                               "tr() explicitly.")
                    .arg(classes.size())));
    }
};

QTEST_GUILESS_MAIN(TestI18nCatalog)
#include "tst_i18n_catalog.moc"
