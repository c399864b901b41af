#include "engine/csvwriter.h"
#include "engine/generators.h"
#include "engine/random.h"

#include <QIODevice>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace mlr::studio {

namespace {

const QStringList neighbourhoods
    = { u"Riverside"_s, u"Old Town"_s, u"Harbour"_s, u"Hillside"_s, u"Suburbs"_s };

double round1(double v)
{
    return std::round(v * 10.0) / 10.0;
}

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

class HousingGenerator
{
public:
    explicit HousingGenerator(const GeneratorOptions &o)
        : m_options(o)
        , m_random(o.seed ^ (o.variant == DataVariant::New ? 0x686F7573696E6721ULL : 0x686F7573696E6700ULL))
        , m_truth(regressionTruth(o.variant))
    { }

    DataTable next(qint64 rows)
    {
        Random &r = m_random;
        const bool drift = m_options.variant == DataVariant::New;
        const double nan = std::nan("");
        std::vector<double> area, rooms, age, distance, price;
        std::vector<qint32> hood, garden;
        for (qint64 i = 0; i < rows; ++i) {
            const double a = round1(std::clamp((drift ? 100.0 : 110.0) + 35.0 * r.normal(), 25.0, 400.0));
            const double k = std::clamp(std::round(a / 30.0 + 0.7 * r.normal()), 1.0, 10.0);
            const double y = double(r.below(101));
            const double d = round2(std::min(30.0, -(drift ? 6.0 : 8.0) * std::log(1.0 - r.uniform())));
            const int h = r.pick({ 0.15, 0.15, drift ? 0.25 : 0.15, 0.2, 0.35 });
            const bool g = r.chance(0.4);
            double p = m_truth.intercept + m_truth.area * a + m_truth.rooms * k + m_truth.age * y
                + m_truth.distance * d + m_truth.neighbourhood[h] + (g ? m_truth.garden : 0.0)
                + m_truth.noise * r.normal();
            p = round1(p);
            area.push_back(a);
            rooms.push_back(k);
            age.push_back(r.chance(0.01 * m_options.missingScale) ? nan : y);
            distance.push_back(d);
            hood.push_back(r.chance(0.005 * m_options.missingScale) ? -1 : h);
            garden.push_back(g ? 1 : 0);
            price.push_back(p);
        }
        DataTable t;
        (void)t.addColumn(Column::numeric(u"floor-area"_s, std::move(area)));
        (void)t.addColumn(Column::numeric(u"rooms"_s, std::move(rooms), ValueType::Integer));
        (void)t.addColumn(Column::numeric(u"building-age"_s, std::move(age), ValueType::Integer));
        (void)t.addColumn(Column::numeric(u"distance-to-centre"_s, std::move(distance)));
        Column n;
        n.name = u"neighbourhood"_s;
        n.kind = ColumnKind::Categorical;
        n.type = ValueType::String;
        n.codes = std::move(hood);
        n.levels = neighbourhoods;
        (void)t.addColumn(std::move(n));
        Column gc;
        gc.name = u"has-garden"_s;
        gc.kind = ColumnKind::Categorical;
        gc.type = ValueType::String;
        gc.codes = std::move(garden);
        gc.levels = { u"no"_s, u"yes"_s };
        (void)t.addColumn(std::move(gc));
        (void)t.addColumn(Column::numeric(u"price"_s, std::move(price)));
        return t;
    }

private:
    GeneratorOptions m_options;
    Random m_random;
    RegressionTruth m_truth;
};

} // namespace

RegressionTruth regressionTruth(DataVariant variant)
{
    RegressionTruth t;
    if (variant == DataVariant::New) {
        t = { 40.0, 2.2, 5.0, -0.2, -5.0, { 40.0, 25.0, 35.0, 0.0, -10.0 }, 15.0, 12.0 };
    } else {
        t = { 30.0, 1.8, 6.0, -0.4, -3.5, { 40.0, 25.0, 10.0, 0.0, -15.0 }, 12.0, 12.0 };
    }
    return t;
}

DataTable generateRegression(const GeneratorOptions &options)
{
    HousingGenerator g(options);
    return g.next(std::max<qint64>(0, options.rows));
}

bool writeRegressionCsv(const GeneratorOptions &options, QIODevice &device)
{
    HousingGenerator g(options);
    const qint64 block = 65536;
    qint64 done = 0;
    bool header = true;
    do {
        const qint64 n = std::min(block, std::max<qint64>(0, options.rows - done));
        if (!writeCsv(g.next(n), device, header))
            return false;
        header = false;
        done += n;
    } while (done < options.rows);
    return true;
}

DataTable generateLogistic(qint64 rows, quint64 seed, const std::vector<double> &weights, double intercept)
{
    Random r(seed);
    std::vector<std::vector<double>> x(weights.size());
    std::vector<double> y;
    for (qint64 i = 0; i < rows; ++i) {
        double z = intercept;
        for (size_t j = 0; j < weights.size(); ++j) {
            const double v = r.normal();
            x[j].push_back(v);
            z += weights[j] * v;
        }
        y.push_back(r.uniform() < 1.0 / (1.0 + std::exp(-z)) ? 1.0 : 0.0);
    }
    DataTable t;
    for (size_t j = 0; j < weights.size(); ++j)
        (void)t.addColumn(Column::numeric(u"x"_s + QString::number(j + 1), std::move(x[j])));
    (void)t.addColumn(Column::numeric(u"y"_s, std::move(y), ValueType::Integer));
    return t;
}

DataTable generateNonlinear(qint64 rows, quint64 seed, bool twoClass)
{
    Random r(seed);
    std::vector<double> x[4];
    std::vector<double> y;
    for (qint64 i = 0; i < rows; ++i) {
        double v[4];
        for (int j = 0; j < 4; ++j) {
            v[j] = 2.0 * r.uniform() - 1.0;
            x[j].push_back(v[j]);
        }
        if (twoClass) {
            bool label = v[0] * v[1] > 0;
            if (r.chance(0.1))
                label = !label;
            y.push_back(label ? 1.0 : 0.0);
        } else {
            y.push_back(std::sin(3.0 * v[0]) + 2.0 * v[1] * v[1] - v[2] * v[3] + 0.1 * r.normal());
        }
    }
    DataTable t;
    for (int j = 0; j < 4; ++j)
        (void)t.addColumn(Column::numeric(u"x"_s + QString::number(j + 1), std::move(x[j])));
    (void)t.addColumn(
        Column::numeric(u"y"_s, std::move(y), twoClass ? ValueType::Integer : ValueType::Number));
    return t;
}

} // namespace mlr::studio
