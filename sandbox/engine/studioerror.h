#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace mlr::studio {

// Studio (classic) module error numbers used by the engine ("Error 0018: ...").
namespace errc {
inline constexpr int ColumnNotFound = 1; // "Column with name or index "{0}" not found"
inline constexpr int ParseFailed = 2; // "Failed to parse parameter" / convert a value
inline constexpr int NullOrEmpty = 3; // "Input "{0}" is null or empty"
inline constexpr int ParameterOutOfRange = 8; // "Parameter "{0}" value is not in range."
inline constexpr int UntrainedModel = 12; // "Untrained model, train model first."
inline constexpr int InvalidLearner = 13; // "Learner of invalid type is passed."
inline constexpr int UnsupportedColumnType = 17; // "Cannot process column of type {0}."
inline constexpr int InvalidDataset = 18; // "{0} contains invalid data."
inline constexpr int TooFewColumns = 20; // fewer columns than the module needs
inline constexpr int TooFewRows = 21; // too few rows for the operation
inline constexpr int WrongColumnCount = 22; // selected columns != expected number
inline constexpr int UnsupportedTarget = 23; // "Input dataset has unsupported target column"
inline constexpr int NoLabelColumn = 24; // "There is no label column in "{0}"."
inline constexpr int NoScoreColumn = 25; // "There is no score column in "{0}"."
inline constexpr int DuplicateColumn = 28; // "The name "{0}" is duplicated."
inline constexpr int OperationFailed = 39; // "Operation failed" (library failures)
inline constexpr int ModelNotDeserialized = 82; // "Model could not be deserialized ..."
} // namespace errc

// A failure reported the way Studio (classic) modules report them. `code` is the module
// error number (0 means no error); `message` is the sentence(s) shown after "Error NNNN: ".
// `row` is the 1-based data row (the header is row 0; -1 when not row specific); `column`
// and `module` locate the failure when known. Errors are values: nothing in the engine
// throws across its API.
struct StudioError
{
    int code = 0;
    QString message;
    QString module; // e.g. "Train Model"; empty outside a module
    qint64 row = -1;
    QString column;

    bool isError() const { return code != 0; }
    // "Error 0018: Dataset contains invalid data. ..." (module name appended when set).
    QString text() const;

    static StudioError make(int code, const QString &message);
    StudioError &at(qint64 dataRow, const QString &columnName = {});
    StudioError &inModule(const QString &moduleName);
};

// Either a value or a StudioError. Constructing from a StudioError that is not an error
// yields errc::OperationFailed, so a Result is never "neither".
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(StudioError error)
        : m_error(std::move(error))
    {
        if (!m_error.isError())
            m_error.code = errc::OperationFailed;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const StudioError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    StudioError m_error;
};

struct Ok
{
};
using Status = Result<Ok>;

} // namespace mlr::studio
