#include "azureml/mlmodelfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

using namespace Qt::StringLiterals;

namespace mlr::azureml {

namespace {

struct Line
{
    int indent = 0;
    QString text; // without the indentation
};

// The quoted scalar that starts `text` (at its quote), continued over `more` (folded: one line
// break = one space, leading spaces dropped) until its closing quote; *used: lines of `more`
// consumed. False when it never closes.
bool quotedScalar(const QString &text, const QList<Line> &more, qsizetype *used, QString *value)
{
    const QChar quote = text.front();
    QString folded = text.mid(1);
    *used = 0;
    for (;;) {
        for (qsizetype i = 0; i < folded.size(); ++i) {
            const QChar c = folded[i];
            if (quote == u'\'' && c == u'\'') {
                if (i + 1 < folded.size() && folded[i + 1] == u'\'') {
                    value->append(u'\'');
                    ++i;
                    continue;
                }
                return true;
            }
            if (quote == u'"' && c == u'\\' && i + 1 < folded.size()) {
                value->append(c).append(folded[i + 1]); // decoded below, as JSON
                ++i;
                continue;
            }
            if (quote == u'"' && c == u'"') {
                const QJsonDocument d = QJsonDocument::fromJson("[\"" + value->toUtf8() + "\"]");
                *value = d.array().at(0).toString(*value);
                return true;
            }
            value->append(c);
        }
        if (*used >= more.size())
            return false;
        folded = more[*used].text;
        *value += more[*used].text.isEmpty() ? u"\n"_s : u" "_s;
        ++*used;
    }
}

QList<ml::ColumnSpec> columnSpecs(const QString &json, bool *ok)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(json.toUtf8(), &e);
    *ok = d.isArray();
    QList<ml::ColumnSpec> columns;
    for (const QJsonValue &c : d.array()) {
        ml::ColumnSpec column;
        column.name = c.toObject().value(u"name"_s).toString();
        column.type = c.toObject().value(u"type"_s).toString();
        if (!column.name.isEmpty())
            columns << column;
    }
    return columns;
}

} // namespace

QStringList MlModelFile::inputNames() const
{
    QStringList names;
    for (const ml::ColumnSpec &c : inputs)
        names << c.name;
    return names;
}

std::optional<MlModelFile> parseMlmodel(const QByteArray &yaml, Error *error)
{
    QList<Line> lines;
    for (const QString &raw : QString::fromUtf8(yaml).split(u'\n')) {
        QString t = raw;
        if (t.endsWith(u'\r'))
            t.chop(1);
        int indent = 0;
        while (indent < t.size() && t[indent] == u' ')
            ++indent;
        lines.append({ indent, t.mid(indent) });
    }
    // key path -> scalar value
    QList<QPair<QStringList, QString>> values;
    QList<QPair<int, QString>> path; // (indent, key) of the open mappings
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &line = lines[i];
        if (line.text.isEmpty() || line.text.startsWith(u'#') || line.text.startsWith(u'-'))
            continue;
        const qsizetype colon = line.text.indexOf(u':');
        if (colon <= 0 || (colon + 1 < line.text.size() && line.text[colon + 1] != u' '))
            continue;
        while (!path.isEmpty() && path.last().first >= line.indent)
            path.removeLast();
        const QString key = line.text.left(colon).trimmed();
        const QString rest = line.text.mid(colon + 1).trimmed();
        QStringList keys;
        for (const auto &[indent, k] : std::as_const(path))
            keys << k;
        keys << key;
        if (rest.isEmpty()) {
            path.append({ line.indent, key });
            continue;
        }
        QString value;
        if (rest.startsWith(u'\'') || rest.startsWith(u'"')) {
            qsizetype used = 0;
            if (!quotedScalar(rest, lines.mid(i + 1), &used, &value))
                value = rest;
            i += used;
        } else {
            value = rest;
            // A plain scalar continues on more indented lines that are not keys.
            while (i + 1 < lines.size() && lines[i + 1].indent > line.indent && !lines[i + 1].text.isEmpty()
                && !lines[i + 1].text.contains(u": "_s) && !lines[i + 1].text.endsWith(u':'))
                value += u' ' + lines[++i].text;
        }
        values.append({ keys, value });
    }

    MlModelFile out;
    for (const auto &[keys, value] : std::as_const(values)) {
        if (keys.size() == 2 && keys[0] == u"signature"_s
            && (keys[1] == u"inputs"_s || keys[1] == u"outputs"_s)) {
            bool ok = false;
            const QList<ml::ColumnSpec> columns = columnSpecs(value, &ok);
            if (!ok) {
                if (error)
                    *error = Error::parse(QCoreApplication::translate("mlr::azureml",
                        "The model's MLmodel file has a signature that is not a list of columns: %1")
                                              .arg(value.left(120)));
                return std::nullopt;
            }
            (keys[1] == u"inputs"_s ? out.inputs : out.outputs) = columns;
        } else if (keys.size() == 3 && keys[0] == u"flavors"_s && keys[2] == u"label_column"_s) {
            out.labelColumn = value;
        } else if (keys.size() == 3 && keys[0] == u"flavors"_s && keys[2] == u"task"_s) {
            out.task = value;
        }
    }
    return out;
}

} // namespace mlr::azureml
