// The CSV reader and writer of mlstudio-engine: RFC 4180 parsing, type inference, chunked
// streaming, and Studio-like errors naming the row and the column.

#include "engine/csvreader.h"
#include "engine/csvwriter.h"
#include "engine/random.h"

#include <QBuffer>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace mlr::studio;

namespace {

// Every cell as text, rows joined by '|', cells by ';' (for compact expectations).
QString dump(const DataTable &t)
{
    QStringList rows;
    for (qsizetype r = 0; r < t.rowCount(); ++r) {
        QStringList cells;
        for (const Column &c : t.columns())
            cells.append(c.text(r));
        rows.append(cells.join(u';'));
    }
    return rows.join(u'|');
}

} // namespace

class TestStudioCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("cells");
        QTest::addColumn<QString>("types");

        QTest::newRow("plain") << QByteArray("a,b\n1,x\n2,y\n") << QStringList { u"a"_s, u"b"_s }
                               << u"1;x|2;y"_s << u"Integer,String"_s;
        QTest::newRow("no final newline") << QByteArray("a,b\n1,x\n2,y") << QStringList { u"a"_s, u"b"_s }
                                          << u"1;x|2;y"_s << u"Integer,String"_s;
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1.5,x\r\n2,y\r\n") << QStringList { u"a"_s, u"b"_s }
                              << u"1.5;x|2;y"_s << u"Number,String"_s;
        QTest::newRow("CR only") << QByteArray("a,b\r1,x\r2,y\r") << QStringList { u"a"_s, u"b"_s }
                                 << u"1;x|2;y"_s << u"Integer,String"_s;
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                           "a,b\n1,x\n")
                             << QStringList { u"a"_s, u"b"_s } << u"1;x"_s << u"Integer,String"_s;
        QTest::newRow("quoted comma and quote")
            << QByteArray("name,v\n\"Smith, J\",1\n\"say \"\"hi\"\"\",2\n")
            << QStringList { u"name"_s, u"v"_s } << u"Smith, J;1|say \"hi\";2"_s << u"String,Integer"_s;
        QTest::newRow("quoted newline")
            << QByteArray("t,v\n\"two\nlines\",1\n") << QStringList { u"t"_s, u"v"_s } << u"two\nlines;1"_s
            << u"String,Integer"_s;
        QTest::newRow("quoted CRLF in CRLF file")
            << QByteArray("t,v\r\n\"a\r\nb\",1\r\n") << QStringList { u"t"_s, u"v"_s } << u"a\r\nb;1"_s
            << u"String,Integer"_s;
        QTest::newRow("missing cells")
            << QByteArray("a,b,c\n1,,x\n,2,\n") << QStringList { u"a"_s, u"b"_s, u"c"_s } << u"1;;x|;2;"_s
            << u"Integer,Integer,String"_s;
        QTest::newRow("trailing empty field")
            << QByteArray("a,b\n1,") << QStringList { u"a"_s, u"b"_s } << u"1;"_s << u"Integer,Integer"_s;
        QTest::newRow("blank lines skipped")
            << QByteArray("a\n1\n\n2\n\n") << QStringList { u"a"_s } << u"1|2"_s << u"Integer"_s;
        QTest::newRow("quoted empty is a missing cell")
            << QByteArray("a\n\"\"\n3\n") << QStringList { u"a"_s } << u"|3"_s << u"Integer"_s;
        QTest::newRow("numbers with spaces and sign")
            << QByteArray("a\n +1 \n-2.5e-1\n") << QStringList { u"a"_s } << u"1|-0.25"_s << u"Number"_s;
        QTest::newRow("text after numbers")
            << QByteArray("a\n1.50\n2\nthree\n") << QStringList { u"a"_s } << u"1.5|2|three"_s << u"String"_s;
        QTest::newRow("UTF-8 text") << QByteArray("ville\nS\xC3\xA3o Paulo\n\xE6\x9D\xB1\xE4\xBA\xAC\n")
                                    << QStringList { u"ville"_s } << u"São Paulo|東京"_s << u"String"_s;
        QTest::newRow("unnamed column") << QByteArray("a,\n1,2\n") << QStringList { u"a"_s, u"Col2"_s }
                                        << u"1;2"_s << u"Integer,Integer"_s;
        QTest::newRow("header only") << QByteArray("a,b\n") << QStringList { u"a"_s, u"b"_s } << QString()
                                     << u"Number,Number"_s;
    }

    void parses()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, names);
        QFETCH(QString, cells);
        QFETCH(QString, types);
        const auto table = readCsv(csv);
        QVERIFY2(table.ok(), qPrintable(table.error().text()));
        QCOMPARE(table->columnNames(), names);
        QCOMPARE(dump(table.value()), cells);
        QStringList actualTypes;
        for (const Column &c : table->columns())
            actualTypes.append(valueTypeName(c.type));
        QCOMPARE(actualTypes.join(u','), types);

        // Any chunking gives the same table: byte by byte, and in 7-byte pieces.
        for (qsizetype step : { qsizetype(1), qsizetype(7) }) {
            CsvReader reader;
            for (qsizetype i = 0; i < csv.size(); i += step)
                reader.feed(QByteArrayView(csv).sliced(i, std::min(step, csv.size() - i)));
            const auto chunked = reader.finish();
            QVERIFY2(chunked.ok(), qPrintable(chunked.error().text()));
            QCOMPARE(dump(chunked.value()), cells);
        }
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("code");
        QTest::addColumn<qint64>("row");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("fragment");

        QTest::newRow("empty") << QByteArray() << QString() << errc::NullOrEmpty << qint64(-1) << QString()
                               << u"is null or empty"_s;
        QTest::newRow("only blank lines") << QByteArray("\n\r\n\n") << QString() << errc::NullOrEmpty
                                          << qint64(-1) << QString() << u"no header row"_s;
        QTest::newRow("ragged short")
            << QByteArray("a,b,c\n1,2,3\n4,5\n") << QString() << errc::InvalidDataset << qint64(2)
            << QString() << u"row 2 (line 3) has 2 columns, but the header has 3"_s;
        QTest::newRow("ragged long after quoted newline")
            << QByteArray("a,b\n\"x\ny\",1\n1,2,3\n") << QString() << errc::InvalidDataset << qint64(2)
            << QString() << u"row 2 (line 4) has 3 columns"_s;
        QTest::newRow("missing label") << QByteArray("a,b\n1,2\n") << u"income"_s << errc::NoLabelColumn
                                       << qint64(0) << u"income"_s << u"There is no label column"_s;
        QTest::newRow("bad UTF-8 cell")
            << QByteArray("a,city\n1,ok\n2,Montr\xE9"
                          "al\n")
            << QString() << errc::InvalidDataset << qint64(2) << u"city"_s
            << u"row 2 (line 3), column \"city\", is not valid UTF-8 text (byte 0xE9)"_s;
        QTest::newRow("overlong UTF-8") << QByteArray("a\n\xC0\xAF\n") << QString() << errc::InvalidDataset
                                        << qint64(1) << u"a"_s << u"not valid UTF-8"_s;
        QTest::newRow("bad UTF-8 header") << QByteArray("a,\xFF\n1,2\n") << QString() << errc::InvalidDataset
                                          << qint64(0) << QString() << u"the header (line 1), column 2"_s;
        QTest::newRow("UTF-16") << QByteArray("\xFF\xFE"
                                              "a\0,\0b\0",
            8) << QString() << errc::InvalidDataset
                                << qint64(-1) << QString() << u"UTF-16"_s;
        QTest::newRow("unclosed quote") << QByteArray("a,b\n1,\"open\n") << QString() << errc::InvalidDataset
                                        << qint64(1) << QString() << u"never closed"_s;
        QTest::newRow("duplicate header")
            << QByteArray("a,b,a\n1,2,3\n") << QString() << errc::DuplicateColumn << qint64(0) << u"a"_s
            << u"The name \"a\" is duplicated"_s;
    }

    void rejects()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, label);
        QFETCH(int, code);
        QFETCH(qint64, row);
        QFETCH(QString, column);
        QFETCH(QString, fragment);
        CsvReadOptions options;
        options.labelColumn = label;
        const auto table = readCsv(csv, options);
        QVERIFY(!table.ok());
        QCOMPARE(table.error().code, code);
        QCOMPARE(table.error().row, row);
        QCOMPARE(table.error().column, column);
        QVERIFY2(table.error().message.contains(fragment), qPrintable(table.error().text()));
        QVERIFY(table.error().text().startsWith(u"Error 00"_s));
    }

    void expectedSchema_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<bool>("extra");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("fragment");

        QTest::newRow("conforms") << QByteArray("age,name,flag\n30,x,TRUE\n31,y,no\n") << true << 0
                                  << QString();
        QTest::newRow("text in Integer")
            << QByteArray("age,name,flag\n30,x,true\nold,y,false\n") << true << errc::ParseFailed
            << u"Failed to convert value \"old\" in column \"age\" from \"String\" to \"Integer\" at row 2 (line 3)"_s;
        QTest::newRow("fraction in Integer") << QByteArray("age,name,flag\n30.5,x,true\n") << true
                                             << errc::ParseFailed << u"\"30.5\" in column \"age\""_s;
        QTest::newRow("bad Boolean") << QByteArray("age,name,flag\n30,x,maybe\n") << true << errc::ParseFailed
                                     << u"to \"Boolean\""_s;
        QTest::newRow("missing column") << QByteArray("age,flag\n30,true\n") << true << errc::ColumnNotFound
                                        << u"Column with name \"name\" does not exist"_s;
        QTest::newRow("extra column allowed")
            << QByteArray("age,name,flag,more\n30,x,true,1\n") << true << 0 << QString();
        QTest::newRow("extra column refused")
            << QByteArray("age,name,flag,more\n30,x,true,1\n") << false << errc::InvalidDataset
            << u"\"more\" is not in the expected schema"_s;
    }

    void expectedSchema()
    {
        QFETCH(QByteArray, csv);
        QFETCH(bool, extra);
        QFETCH(int, code);
        QFETCH(QString, fragment);
        CsvReadOptions options;
        options.expectedSchema = Schema { { u"age"_s, ValueType::Integer }, { u"name"_s, ValueType::String },
            { u"flag"_s, ValueType::Boolean } };
        options.allowExtraColumns = extra;
        const auto table = readCsv(csv, options);
        if (code == 0) {
            QVERIFY2(table.ok(), qPrintable(table.error().text()));
            QCOMPARE(table->find(u"age"_s)->type, ValueType::Integer);
            QCOMPARE(table->find(u"flag"_s)->type, ValueType::Boolean);
            QCOMPARE(table->find(u"flag"_s)->text(0), u"True"_s);
            return;
        }
        QVERIFY(!table.ok());
        QCOMPARE(table.error().code, code);
        QVERIFY2(table.error().message.contains(fragment), qPrintable(table.error().text()));
    }

    void stringSchemaKeepsNumericText()
    {
        CsvReadOptions options;
        options.expectedSchema = Schema { { u"zip"_s, ValueType::String } };
        const auto table = readCsv(QByteArray("zip\n01234\n"), options);
        QVERIFY(table.ok());
        QCOMPARE(table->column(0).text(0), u"01234"_s);
    }

    void writerRoundTrip()
    {
        DataTable t;
        QVERIFY(t.addColumn(Column::numeric(u"n"_s, { 1, 2.5, std::nan(""), -0.125, 1e20 })).ok());
        QVERIFY(t.addColumn(Column::categorical(u"needs, quoting"_s,
                                { u"plain"_s, u"a,b"_s, u"say \"x\""_s, QString(), u"l1\nl2"_s }))
                    .ok());
        const QByteArray csv = writeCsv(t);
        QVERIFY(csv.startsWith("n,\"needs, quoting\"\r\n1,plain\r\n2.5,\"a,b\"\r\n"));
        const auto back = readCsv(csv);
        QVERIFY2(back.ok(), qPrintable(back.error().text()));
        QCOMPARE(dump(back.value()), dump(t));
        QCOMPARE(back->column(0).numbers[4], 1e20);

        QBuffer buffer;
        buffer.open(QIODevice::ReadWrite);
        QVERIFY(writeCsv(t, buffer));
        QCOMPARE(buffer.data(), csv);
        buffer.seek(0);
        const auto streamed = readCsv(buffer);
        QVERIFY(streamed.ok());
        QCOMPARE(dump(streamed.value()), dump(t));
    }

    void numbersRoundTripExactly()
    {
        const double values[] = { 0.1, 1.0 / 3.0, 123456789.123456789, 5e-324, 1.7976931348623157e308, -42 };
        for (double v : values) {
            const QString text = formatNumber(v);
            QCOMPARE(parseNumber(text.toStdString()).value(), v);
        }
        QVERIFY(!parseNumber("inf").has_value());
        QVERIFY(!parseNumber("1e400").has_value());
        QVERIFY(!parseNumber("12abc").has_value());
        QVERIFY(std::isnan(parseNumber("NaN").value()));
    }

    void garbageNeverCrashes()
    {
        // Random bytes and random mutations of a valid file: a table or an error, never a crash.
        const QByteArray valid = "a,b,c\r\n1,\"x,y\",2.5\r\n3,\"q\"\"r\",\r\n";
        const char alphabet[] = { ',', '"', '\r', '\n', 'a', '1', '.', ' ', '\xC3', '\xA9', '\xFF', '\0' };
        Random r(2024);
        for (int i = 0; i < 3000; ++i) {
            QByteArray bytes = valid;
            if (i % 3 == 0) {
                bytes = QByteArray(qsizetype(r.below(64)), '\0');
                for (char &c : bytes)
                    c = alphabet[r.below(sizeof alphabet)];
            } else {
                for (int k = 0; k < 1 + int(r.below(4)); ++k)
                    bytes[qsizetype(r.below(quint64(bytes.size())))] = alphabet[r.below(sizeof alphabet)];
            }
            const auto table = readCsv(bytes);
            if (table.ok()) {
                for (const Column &c : table->columns())
                    QCOMPARE(c.size(), table->rowCount());
            } else {
                QVERIFY(table.error().isError());
                QVERIFY(!table.error().message.isEmpty());
            }
        }
    }

    void largeInputStreams()
    {
        QByteArray csv = "id,v,s\n";
        for (int i = 0; i < 50000; ++i)
            csv += QByteArray::number(i) + ',' + QByteArray::number(i * 0.5) + ",\"k"
                + QByteArray::number(i % 7) + "\"\n";
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        const auto table = readCsv(buffer);
        QVERIFY(table.ok());
        QCOMPARE(table->rowCount(), 50000);
        QCOMPARE(table->column(2).levels.size(), 7);
        QCOMPARE(table->column(1).numbers[49999], 24999.5);
    }
};

QTEST_GUILESS_MAIN(TestStudioCsv)
#include "tst_studiocsv.moc"
