// The header of the data check: names, the columns the service needs, the separator.
#include "ml/datacheck_p.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mlr::ml {

QString inferLabelColumn(const ServiceSwagger &training, const ServiceSwagger &predictive)
{
    if (training.inputs.isEmpty() || predictive.inputs.isEmpty())
        return {};
    const PortSpec &t = training.inputs.first();
    const PortSpec &p = predictive.inputs.first();
    QStringList onlyTraining;
    for (const ColumnSpec &c : t.columns) {
        if (!p.column(c.name))
            onlyTraining << c.name;
    }
    return onlyTraining.size() == 1 ? onlyTraining.first() : QString();
}

bool isTwoClassService(const ServiceSwagger &predictive)
{
    for (const PortSpec &p : predictive.outputs) {
        if (p.kind == PortSpec::Kind::Dataset && p.column(u"Scored Probabilities"_s))
            return true;
    }
    return false;
}

void DataChecker::Impl::onHeader(const CsvRecord &r)
{
    headerSeen = true;
    if (checkSeparator(r))
        return;
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < r.size(); ++i) {
        QString name;
        if (checkUtf8(r, i))
            name = QString::fromUtf8(r.field(i).data(), qsizetype(r.field(i).size()));
        result.header << name;
        if (name.trimmed().isEmpty()) {
            add(Severity::Error, r.line, {}, u"header-empty"_s,
                tr("Column %1 of the header has no name.").arg(i + 1));
        } else if (seen.contains(name)) {
            add(Severity::Error, r.line, name, u"header-duplicate|"_s + name,
                tr("The column name \"%1\" appears more than once in the header (columns %2 and %3).")
                    .arg(name)
                    .arg(seen.value(name) + 1)
                    .arg(i + 1));
        } else {
            seen.insert(name, i);
        }
    }
    kinds.assign(size_t(r.size()), ValueKind::Text);
    enums.assign(size_t(r.size()), {});
    for (qsizetype i = 0; i < result.header.size(); ++i) {
        if (const ColumnSpec *c = input.column(result.header[i])) {
            kinds[size_t(i)] = valueKindOf(*c);
            enums[size_t(i)] = QSet<QString>(c->enumValues.begin(), c->enumValues.end());
        }
    }
    labelIndex = label.isEmpty() ? -1 : result.header.indexOf(label);
    const ColumnSpec *labelSpec = label.isEmpty() ? nullptr : input.column(label);
    if (labelSpec && labelSpec->enumValues.size() == 2)
        labelClasses = { true, labelSpec->enumValues };
    else
        labelClasses.twoClass = options.twoClassLabel;
    if (labelIndex >= 0 && labelClasses.twoClass)
        enums[size_t(labelIndex)].clear(); // the label's values are checked as a whole (LabelCheck)
    if (!label.isEmpty() && labelIndex < 0 && !input.column(label))
        add(Severity::Error, r.line, label, u"missing-label"_s,
            tr("The label column \"%1\" is not in the header.").arg(label));
    if (input.columns.isEmpty())
        return; // the swagger does not describe this input's columns
    QStringList expectedOrder;
    for (const ColumnSpec &c : input.columns) {
        if (seen.contains(c.name)) {
            expectedOrder << c.name;
            continue;
        }
        QString hint;
        for (const QString &h : std::as_const(result.header)) {
            if (h.trimmed() == c.name)
                hint = tr(" The header has \"%1\", with spaces around the name.").arg(h);
            else if (h.compare(c.name, Qt::CaseInsensitive) == 0)
                hint = tr(" The header has \"%1\": names are case-sensitive.").arg(h);
        }
        if (c.name == label)
            add(Severity::Error, r.line, c.name, u"missing-label"_s,
                tr("The label column \"%1\" is missing: the service learns from it, so the training "
                   "data needs it.%2")
                    .arg(c.name, hint));
        else
            add(Severity::Error, r.line, c.name, u"missing|"_s + c.name,
                tr("The service needs the column \"%1\", which is not in the header.%2").arg(c.name, hint));
    }
    QStringList present;
    for (const QString &h : std::as_const(result.header)) {
        if (h.trimmed().isEmpty() || input.column(h)) {
            if (input.column(h))
                present << h;
            continue;
        }
        add(Severity::Warning, r.line, h, u"extra|"_s + h,
            tr("The service does not take the column \"%1\"; it will be dropped.").arg(h));
    }
    present.removeDuplicates();
    if (input.ordered && present != expectedOrder)
        add(Severity::Warning, r.line, {}, u"order"_s,
            tr("The columns are not in the service's order (%1); the service matches them by name.")
                .arg(expectedOrder.join(u", "_s)));
}

bool DataChecker::Impl::checkSeparator(const CsvRecord &r)
{
    qsizetype semicolons = 0, tabs = 0, matched = 0;
    for (qsizetype i = 0; i < r.size(); ++i) {
        const std::string_view cell = r.field(i);
        semicolons += std::count(cell.begin(), cell.end(), ';');
        tabs += std::count(cell.begin(), cell.end(), '\t');
        if (input.column(QString::fromUtf8(cell.data(), qsizetype(cell.size()))))
            ++matched;
    }
    const bool tooFew = r.size() == 1 || matched * 2 < input.columns.size();
    if ((semicolons == 0 && tabs == 0) || !tooFew)
        return false;
    for (qsizetype i = 0; i < r.size(); ++i)
        result.header << QString::fromUtf8(r.field(i).data(), qsizetype(r.field(i).size()));
    wrongSeparator = true;
    const int columns = int(r.size());
    add(Severity::Error, r.line, {}, u"separator"_s,
        semicolons >= tabs
            ? tr("The file looks semicolon-separated: its header reads as %n column(s) because the values "
                 "are separated by \";\". The service needs comma-separated values: save or export the "
                 "file as CSV with commas.",
                nullptr, columns)
            : tr("The file looks tab-separated: its header reads as %n column(s) because the values are "
                 "separated by tabs. The service needs comma-separated values: save or export the file as "
                 "CSV with commas.",
                nullptr, columns));
    return true;
}

} // namespace mlr::ml
