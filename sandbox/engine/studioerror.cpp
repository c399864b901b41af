#include "engine/studioerror.h"

using namespace Qt::StringLiterals;

namespace mlr::studio {

QString StudioError::text() const
{
    if (!isError())
        return {};
    QString out = u"Error "_s + QStringLiteral("%1").arg(code, 4, 10, QLatin1Char('0')) + u": "_s + message;
    if (!module.isEmpty())
        out += u" (module \""_s + module + u"\")"_s;
    return out;
}

StudioError StudioError::make(int code, const QString &message)
{
    StudioError e;
    e.code = code;
    e.message = message;
    return e;
}

StudioError &StudioError::at(qint64 dataRow, const QString &columnName)
{
    row = dataRow;
    column = columnName;
    return *this;
}

StudioError &StudioError::inModule(const QString &moduleName)
{
    module = moduleName;
    return *this;
}

} // namespace mlr::studio
