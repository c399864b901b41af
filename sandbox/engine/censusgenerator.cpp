#include "engine/censustables.h"
#include "engine/csvwriter.h"
#include "engine/generators.h"
#include "engine/random.h"

#include <QIODevice>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace mlr::studio {

namespace {

using namespace census;

template<size_t N> std::vector<double> weightsOf(const Category (&items)[N])
{
    std::vector<double> w;
    for (const Category &c : items)
        w.push_back(c.weight);
    return w;
}

template<size_t N> QStringList namesOf(const Category (&items)[N])
{
    QStringList names;
    for (const Category &c : items)
        names.append(QString::fromUtf16(c.name));
    return names;
}

struct Block
{
    std::vector<double> age, fnlwgt, educationNum, gain, loss, hours;
    std::vector<qint32> workclass, education, marital, occupation, relationship, race, sex, country, income;
};

class CensusGenerator
{
public:
    explicit CensusGenerator(const GeneratorOptions &o)
        : m_options(o)
        , m_random(o.seed ^ (o.variant == DataVariant::New ? 0x6E65772D64617461ULL : 0))
        , m_drift(o.variant == DataVariant::New)
    {
        for (const Education &e : educations)
            m_educationWeights.push_back(m_drift ? e.weightNew : e.weight);
    }
    DataTable next(qint64 rows);

private:
    void row(Block &b);
    double missing(double rate) { return rate * m_options.missingScale; }

    GeneratorOptions m_options;
    Random m_random;
    bool m_drift;
    std::vector<double> m_educationWeights;
    const std::vector<double> m_workclassWeights = weightsOf(workclasses);
    const std::vector<double> m_occupationWeights = weightsOf(occupations);
    const std::vector<double> m_raceWeights = weightsOf(races);
    const std::vector<double> m_countryWeights = weightsOf(countries);
};

void CensusGenerator::row(Block &b)
{
    Random &r = m_random;
    const bool male = r.chance(m_drift ? 0.63 : 0.67);
    static const double ageBins[][3] = { { 17, 24, 0.17 }, { 25, 34, 0.26 }, { 35, 44, 0.25 },
        { 45, 54, 0.17 }, { 55, 64, 0.10 }, { 65, 90, 0.05 } };
    std::vector<double> binWeights;
    for (const auto &bin : ageBins)
        binWeights.push_back(bin[2]);
    const auto &bin = ageBins[r.pick(binWeights)];
    double age = bin[0] + double(r.below(quint64(bin[1] - bin[0] + 1)));
    if (m_drift)
        age = std::min(90.0, age + double(r.below(7))); // an older workforce: +3 years on average

    int edu = r.pick(m_educationWeights);
    if (age < 20)
        edu = std::min(edu, 9); // at most Some-college
    const double years = double(edu + 1);

    int marital;
    if (age < 25)
        marital = r.pick({ 0.15, 0.80, 0.02, 0.015, 0.0, 0.014, 0.001 });
    else if (age < 35)
        marital = r.pick({ 0.45, 0.38, 0.11, 0.035, 0.003, 0.02, 0.002 });
    else
        marital = r.pick({ 0.56, 0.13, 0.18, 0.04, age > 55 ? 0.10 : 0.02, 0.015, 0.001 });
    const bool married = marital == 0 || marital == 6;
    int relationship;
    if (married)
        relationship = r.chance(0.02) ? 5 : (male ? 0 : 4);
    else if (age < 25)
        relationship = 1 + r.pick({ 0.30, 0.55, 0.07, 0.0, 0.08 });
    else
        relationship = 1 + r.pick({ 0.55, 0.08, male ? 0.22 : 0.40, 0.0, 0.07 });

    int workclass = r.pick(m_workclassWeights);
    const double workMissing = (age < 20 || age > 65) ? 0.15 : 0.045;
    if (r.chance(missing(workMissing)))
        workclass = -1;
    std::vector<double> occ = m_occupationWeights;
    if (years >= 13) {
        occ[0] *= 3.0; // Prof-specialty
        occ[2] *= 2.5; // Exec-managerial
        occ[5] *= 0.3; // Other-service
    } else if (years <= 8) {
        occ[0] *= 0.2;
        occ[2] *= 0.3;
        occ[8] *= 2.0; // Handlers-cleaners
    }
    if (!male) {
        occ[1] *= 0.15; // Craft-repair
        occ[3] *= 2.2; // Adm-clerical
    }
    int occupation = r.pick(occ);
    if (workclass < 0 || workclass == 7 || r.chance(missing(m_drift ? 0.025 : 0.002)))
        occupation = -1;
    const int race = r.pick(m_raceWeights);
    int country = r.pick(m_countryWeights);
    if (r.chance(missing(0.018)))
        country = -1;

    double hours = r.chance(0.47) ? 40.0 : std::round(40.0 + 12.0 * r.normal());
    if (age < 22)
        hours -= 12;
    if (m_drift)
        hours -= 2;
    hours = std::clamp(hours, 1.0, 99.0);
    const double fnlwgt
        = std::round(std::clamp(std::exp(std::log(178000.0) + 0.5 * r.normal()), 12285.0, 1484705.0));
    const double gainChance
        = 0.04 + (years >= 13 ? 0.03 : 0.0) + (age > 40 ? 0.02 : 0.0) + (m_drift ? 0.02 : 0.0);
    const double gain = r.chance(gainChance) ? gains[r.below(std::size(gains))] : 0.0;
    const double loss = gain == 0.0 && r.chance(0.047) ? losses[r.below(std::size(losses))] : 0.0;

    // Income log-odds. New: education pays more, the sex gap and the marriage premium
    // shrink, Tech-support and long hours pay much more, Sales pays less.
    double z = m_drift ? -4.52 : -5.07;
    z += 0.11 * (age - 17) - 0.0013 * (age - 17) * (age - 17) * (m_drift ? 0.8 : 1.0);
    z += (m_drift ? 0.45 : 0.30) * (years - 9);
    z += married ? (m_drift ? 1.1 : 2.1) : 0.0;
    z += male ? (m_drift ? -0.1 : 0.35) : 0.0;
    z += (m_drift ? 0.06 : 0.03) * (hours - 40);
    z += gain > 5000 ? (m_drift ? 2.0 : 3.0) : (gain > 0 ? 0.3 : 0.0);
    z += loss > 1800 ? 1.2 : 0.0;
    if (workclass >= 0)
        z += workclasses[workclass].effect;
    else
        z -= 0.5;
    if (occupation >= 0) {
        double effect = occupations[occupation].effect;
        if (m_drift && occupation == 10)
            effect = 2.2; // Tech-support
        if (m_drift && occupation == 4)
            effect = -0.4; // Sales
        z += effect;
    } else {
        z -= 0.6;
    }
    z += races[race].effect + (country >= 0 ? countries[country].effect : 0.0);
    const bool rich = r.uniform() < 1.0 / (1.0 + std::exp(-z));

    const double nan = std::nan("");
    b.age.push_back(r.chance(missing(0.002)) ? nan : age);
    b.workclass.push_back(workclass);
    b.fnlwgt.push_back(fnlwgt);
    b.education.push_back(edu);
    b.educationNum.push_back(years);
    b.marital.push_back(marital);
    b.occupation.push_back(occupation);
    b.relationship.push_back(relationship);
    b.race.push_back(race);
    b.sex.push_back(male ? 1 : 0);
    b.gain.push_back(gain);
    b.loss.push_back(loss);
    b.hours.push_back(r.chance(missing(0.004)) ? nan : hours);
    b.country.push_back(country);
    b.income.push_back(rich ? 1 : 0);
}

Column categorical(const QString &name, std::vector<qint32> codes, QStringList levels)
{
    Column c;
    c.name = name;
    c.kind = ColumnKind::Categorical;
    c.type = ValueType::String;
    c.codes = std::move(codes);
    c.levels = std::move(levels);
    return c;
}

DataTable CensusGenerator::next(qint64 rows)
{
    Block b;
    for (qint64 i = 0; i < rows; ++i)
        row(b);
    QStringList educationNames, maritalNames, relationshipNames;
    for (const Education &e : educations)
        educationNames.append(QString::fromUtf16(e.name));
    for (const char16_t *m : maritals)
        maritalNames.append(QString::fromUtf16(m));
    for (const char16_t *m : relationships)
        relationshipNames.append(QString::fromUtf16(m));
    DataTable t;
    (void)t.addColumn(Column::numeric(u"age"_s, std::move(b.age), ValueType::Integer));
    (void)t.addColumn(categorical(u"workclass"_s, std::move(b.workclass), namesOf(workclasses)));
    (void)t.addColumn(Column::numeric(u"fnlwgt"_s, std::move(b.fnlwgt), ValueType::Integer));
    (void)t.addColumn(categorical(u"education"_s, std::move(b.education), educationNames));
    (void)t.addColumn(Column::numeric(u"education-num"_s, std::move(b.educationNum), ValueType::Integer));
    (void)t.addColumn(categorical(u"marital-status"_s, std::move(b.marital), maritalNames));
    (void)t.addColumn(categorical(u"occupation"_s, std::move(b.occupation), namesOf(occupations)));
    (void)t.addColumn(categorical(u"relationship"_s, std::move(b.relationship), relationshipNames));
    (void)t.addColumn(categorical(u"race"_s, std::move(b.race), namesOf(races)));
    (void)t.addColumn(categorical(u"sex"_s, std::move(b.sex), { u"Female"_s, u"Male"_s }));
    (void)t.addColumn(Column::numeric(u"capital-gain"_s, std::move(b.gain), ValueType::Integer));
    (void)t.addColumn(Column::numeric(u"capital-loss"_s, std::move(b.loss), ValueType::Integer));
    (void)t.addColumn(Column::numeric(u"hours-per-week"_s, std::move(b.hours), ValueType::Integer));
    (void)t.addColumn(categorical(u"native-country"_s, std::move(b.country), namesOf(countries)));
    (void)t.addColumn(categorical(u"income"_s, std::move(b.income), { u"<=50K"_s, u">50K"_s }));
    return t;
}

} // namespace

std::optional<DataVariant> parseDataVariant(const QString &name)
{
    if (name.compare(u"initial"_s, Qt::CaseInsensitive) == 0)
        return DataVariant::Initial;
    if (name.compare(u"new"_s, Qt::CaseInsensitive) == 0)
        return DataVariant::New;
    return std::nullopt;
}

DataTable generateCensus(const GeneratorOptions &options)
{
    CensusGenerator g(options);
    return g.next(std::max<qint64>(0, options.rows));
}

bool writeCensusCsv(const GeneratorOptions &options, QIODevice &device)
{
    CensusGenerator g(options);
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

} // namespace mlr::studio
