// The .ilearner format: round trips give identical scores; damaged files give clear errors.

#include "engine/generators.h"
#include "engine/ilearner.h"
#include "engine/random.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mlr::studio;

namespace {

// A small model of each kind, trained once.
TrainedModel trained(LearnerKind kind)
{
    LearnerSpec spec;
    spec.kind = kind;
    spec.trees.trees = 15;
    GeneratorOptions options;
    options.rows = 1500;
    options.seed = 3;
    const bool regression = taskOf(kind) == Task::Regression;
    const DataTable t = regression ? generateRegression(options) : generateCensus(options);
    auto model = trainModel(t, regression ? u"price"_s : u"income"_s, spec);
    if (!model)
        qFatal("training failed: %s", qPrintable(model.error().text()));
    return std::move(model).value();
}

// The payload of a saved file, and a file rebuilt around an edited payload.
QJsonObject payloadOf(const QByteArray &file)
{
    const qsizetype body = file.indexOf('\n', qsizetype(sizeof ilearnerMagic - 1)) + 1;
    return QJsonDocument::fromJson(file.mid(body)).object();
}

QByteArray rebuildRaw(const QByteArray &body, int version = ilearnerFormatVersion)
{
    const QJsonObject header { { u"format"_s, u"mlstudio-ilearner"_s }, { u"version"_s, version },
        { u"payloadBytes"_s, double(body.size()) },
        { u"payloadSha256"_s,
            QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()) } };
    return QByteArray(ilearnerMagic) + QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n' + body;
}

QByteArray rebuild(const QJsonObject &payload, int version = ilearnerFormatVersion)
{
    return rebuildRaw(QJsonDocument(payload).toJson(QJsonDocument::Compact), version);
}

} // namespace

class TestStudioIlearner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("logistic") << int(LearnerKind::TwoClassLogisticRegression);
        QTest::newRow("boosted tree") << int(LearnerKind::TwoClassBoostedDecisionTree);
        QTest::newRow("linear regression") << int(LearnerKind::LinearRegression);
        QTest::newRow("boosted tree regression") << int(LearnerKind::BoostedDecisionTreeRegression);
    }

    void roundTrip()
    {
        QFETCH(int, kind);
        const TrainedModel model = trained(LearnerKind(kind));
        const QByteArray file = saveIlearner(model);
        QVERIFY(file.startsWith("MLSTUDIO-ILEARNER\n{\"format\":\"mlstudio-ilearner\""));
        QVERIFY(looksLikeIlearner(file));
        const auto loaded = loadIlearner(file);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().text()));
        const TrainedModel &m = loaded.value();
        QCOMPARE(m.learner.kind, model.learner.kind);
        QCOMPARE(m.learner.parameters(), model.learner.parameters());
        QCOMPARE(m.labelColumn, model.labelColumn);
        QCOMPARE(m.labelType, model.labelType);
        QCOMPARE(m.positiveLabel, model.positiveLabel);
        QCOMPARE(m.negativeLabel, model.negativeLabel);
        QCOMPARE(m.inputSchema, model.inputSchema);
        QCOMPARE(m.encoding.width, model.encoding.width);
        QCOMPARE(m.trainingRows, model.trainingRows);
        QCOMPARE(m.trainedAt, model.trainedAt);
        for (qsizetype i = 0; i < m.encoding.features.size(); ++i) {
            QCOMPARE(m.encoding.features[i].mean, model.encoding.features[i].mean);
            QCOMPARE(m.encoding.features[i].stdDev, model.encoding.features[i].stdDev);
            QCOMPARE(m.encoding.features[i].levels, model.encoding.features[i].levels);
        }
        QCOMPARE(m.linear.weights, model.linear.weights);
        QCOMPARE(m.xgboostModel, model.xgboostModel);

        // Identical scores on fresh data.
        GeneratorOptions options;
        options.rows = 500;
        options.seed = 99;
        options.variant = DataVariant::New;
        const DataTable fresh = taskOf(LearnerKind(kind)) == Task::Regression ? generateRegression(options)
                                                                              : generateCensus(options);
        const auto before = predict(model, fresh);
        const auto after = predict(m, fresh);
        QVERIFY(before.ok() && after.ok());
        QCOMPARE(after.value(), before.value());
        // And saving the loaded model gives the same bytes.
        QCOMPARE(saveIlearner(m), file);
    }

    void rejects_data()
    {
        const QByteArray good = saveIlearner(trained(LearnerKind::TwoClassLogisticRegression));
        const qsizetype headerEnd = good.indexOf('\n', 18);
        QJsonObject payload = payloadOf(good);

        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("empty") << QByteArray() << u"is empty"_s;
        QTest::newRow("not an ilearner") << QByteArray("PK\x03\x04 some zip") << u"not an .ilearner file"_s;
        QTest::newRow("CSV instead") << QByteArray("age,income\n1,2\n") << u"not an .ilearner file"_s;
        QTest::newRow("cut in magic") << good.left(9) << u"truncated"_s;
        QTest::newRow("cut in header") << good.left(headerEnd - 5) << u"truncated (its header line"_s;
        QTest::newRow("cut in payload") << good.left(good.size() - 100) << u"truncated: "_s;
        QTest::newRow("cut after header") << good.left(headerEnd + 1) << u"truncated: "_s;
        QTest::newRow("trailing bytes") << good + "junk" << u"4 unexpected bytes"_s;
        QByteArray flipped = good;
        flipped[flipped.size() - 20] = flipped[flipped.size() - 20] == '1' ? '2' : '1';
        QTest::newRow("flipped byte") << flipped << u"checksum does not match"_s;
        QTest::newRow("wrong version")
            << rebuild(payload, 2) << u"format version 2, and this engine reads version 1"_s;
        QByteArray badHeader = good;
        badHeader.replace("\"format\":\"mlstudio-ilearner\"", "\"format\":\"something-else\"");
        QTest::newRow("foreign header") << badHeader << u"header is corrupt"_s;

        QJsonObject edited = payload;
        QJsonObject model = edited[u"model"_s].toObject();
        QJsonArray weights = model[u"weights"_s].toArray();
        weights.removeLast();
        model[u"weights"_s] = weights;
        edited[u"model"_s] = model;
        QTest::newRow("weights vs encoding") << rebuild(edited) << u"model.weights has"_s;

        edited = payload;
        QJsonObject learner = edited[u"learner"_s].toObject();
        learner[u"kind"_s] = u"NeuralNetwork"_s;
        edited[u"learner"_s] = learner;
        QTest::newRow("unknown learner") << rebuild(edited) << u"unknown learner \"NeuralNetwork\""_s;

        edited = payload;
        learner = edited[u"learner"_s].toObject();
        learner[u"kind"_s] = u"TwoClassBoostedDecisionTree"_s;
        learner[u"parameters"_s] = QJsonObject {};
        edited[u"learner"_s] = learner;
        edited[u"model"_s] = QJsonObject { { u"kind"_s, u"xgboost"_s }, { u"format"_s, u"json"_s },
            { u"base64"_s, QString::fromLatin1(QByteArray("{\"nope\":1}").toBase64()) } };
        QTest::newRow("bad tree ensemble") << rebuild(edited) << u"XGBoost rejected the tree ensemble"_s;

        edited = payload;
        edited.remove(u"encoding"_s);
        QTest::newRow("no encoding") << rebuild(edited) << u"encoding is missing"_s;

        edited = payload;
        QJsonObject label = edited[u"label"_s].toObject();
        label[u"negative"_s] = label[u"positive"_s];
        edited[u"label"_s] = label;
        QTest::newRow("same labels") << rebuild(edited) << u"two different labels"_s;

        QTest::newRow("payload not JSON") << rebuildRaw("{\"learner\":") << u"not valid JSON"_s;
    }

    void mutationsNeverCrash()
    {
        // Random truncations and byte changes: an error (or, rarely, a still-valid file).
        const QByteArray good = saveIlearner(trained(LearnerKind::TwoClassBoostedDecisionTree));
        Random r(7);
        for (int i = 0; i < 300; ++i) {
            QByteArray bytes = good;
            if (i % 2)
                bytes.truncate(qsizetype(r.below(quint64(good.size()))));
            else
                bytes[qsizetype(r.below(quint64(good.size())))] = char(r.below(256));
            const auto loaded = loadIlearner(bytes);
            QVERIFY(loaded.ok() || loaded.error().code == errc::ModelNotDeserialized);
        }
    }

    void rejects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fragment);
        const auto loaded = loadIlearner(bytes);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, errc::ModelNotDeserialized);
        QVERIFY2(loaded.error().message.contains(fragment), qPrintable(loaded.error().text()));
        QVERIFY(loaded.error().text().startsWith(u"Error 0082: Model could not be deserialized: "_s));
    }
};

QTEST_GUILESS_MAIN(TestStudioIlearner)
#include "tst_studioilearner.moc"
