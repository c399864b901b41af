#pragma once

// Internal to the census generator: categories, their weights and their effect on the
// income log-odds (initial variant), after the UCI Adult data's marginals.

namespace mlr::studio::census {

struct Category
{
    const char16_t *name;
    double weight;
    double effect; // on the income log-odds (Initial)
};

// Education: name, weight, years (education-num).
struct Education
{
    const char16_t *name;
    double weight;
    double weightNew;
};
inline constexpr Education educations[] = {
    { u"Preschool", 0.002, 0.001 },
    { u"1st-4th", 0.005, 0.003 },
    { u"5th-6th", 0.010, 0.007 },
    { u"7th-8th", 0.020, 0.012 },
    { u"9th", 0.016, 0.010 },
    { u"10th", 0.029, 0.020 },
    { u"11th", 0.036, 0.028 },
    { u"12th", 0.013, 0.010 },
    { u"HS-grad", 0.322, 0.262 },
    { u"Some-college", 0.224, 0.220 },
    { u"Assoc-voc", 0.042, 0.045 },
    { u"Assoc-acdm", 0.033, 0.036 },
    { u"Bachelors", 0.164, 0.215 },
    { u"Masters", 0.053, 0.083 },
    { u"Prof-school", 0.018, 0.022 },
    { u"Doctorate", 0.013, 0.016 },
};

inline constexpr Category workclasses[] = {
    { u"Private", 0.700, 0.0 },
    { u"Self-emp-not-inc", 0.080, -0.3 },
    { u"Local-gov", 0.065, 0.0 },
    { u"State-gov", 0.040, -0.2 },
    { u"Self-emp-inc", 0.035, 0.5 },
    { u"Federal-gov", 0.030, 0.6 },
    { u"Without-pay", 0.0005, -2.0 },
    { u"Never-worked", 0.0003, -2.0 },
};

inline constexpr Category occupations[] = {
    { u"Prof-specialty", 0.127, 0.6 },
    { u"Craft-repair", 0.126, 0.0 },
    { u"Exec-managerial", 0.125, 0.8 },
    { u"Adm-clerical", 0.116, -0.1 },
    { u"Sales", 0.113, 0.3 },
    { u"Other-service", 0.101, -0.9 },
    { u"Machine-op-inspct", 0.062, -0.3 },
    { u"Transport-moving", 0.049, -0.1 },
    { u"Handlers-cleaners", 0.042, -0.7 },
    { u"Farming-fishing", 0.031, -0.9 },
    { u"Tech-support", 0.030, 0.5 },
    { u"Protective-serv", 0.020, 0.5 },
    { u"Priv-house-serv", 0.005, -2.0 },
    { u"Armed-Forces", 0.0003, 0.0 },
};

inline constexpr const char16_t *maritals[] = { u"Married-civ-spouse", u"Never-married", u"Divorced",
    u"Separated", u"Widowed", u"Married-spouse-absent", u"Married-AF-spouse" };
inline constexpr const char16_t *relationships[]
    = { u"Husband", u"Not-in-family", u"Own-child", u"Unmarried", u"Wife", u"Other-relative" };
inline constexpr Category races[]
    = { { u"White", 0.854, 0.1 }, { u"Black", 0.096, -0.2 }, { u"Asian-Pac-Islander", 0.032, 0.1 },
          { u"Amer-Indian-Eskimo", 0.010, -0.3 }, { u"Other", 0.008, -0.2 } };
inline constexpr Category countries[] = {
    { u"United-States", 0.9115, 0.0 },
    { u"Mexico", 0.020, -0.8 },
    { u"Philippines", 0.006, 0.1 },
    { u"Germany", 0.0042, 0.2 },
    { u"Canada", 0.0037, 0.2 },
    { u"Puerto-Rico", 0.0035, -0.4 },
    { u"El-Salvador", 0.0033, -0.8 },
    { u"India", 0.0031, 0.4 },
    { u"Cuba", 0.0029, 0.0 },
    { u"England", 0.0028, 0.2 },
    { u"Jamaica", 0.0025, -0.2 },
    { u"China", 0.0023, 0.1 },
    { u"Italy", 0.0022, 0.1 },
    { u"Dominican-Republic", 0.0021, -0.8 },
    { u"Vietnam", 0.0020, -0.4 },
    { u"Guatemala", 0.0020, -0.8 },
    { u"Japan", 0.0019, 0.3 },
    { u"Poland", 0.0018, 0.0 },
    { u"Columbia", 0.0018, -0.6 },
    { u"Taiwan", 0.0016, 0.4 },
    { u"Haiti", 0.0014, -0.5 },
    { u"Iran", 0.0013, 0.3 },
    { u"Portugal", 0.0011, -0.3 },
    { u"Nicaragua", 0.0010, -0.6 },
    { u"Peru", 0.0010, -0.5 },
    { u"Greece", 0.0009, 0.0 },
    { u"France", 0.0009, 0.3 },
    { u"Ecuador", 0.0009, -0.4 },
    { u"Ireland", 0.0007, 0.1 },
    { u"Hong", 0.0006, 0.1 },
};
inline constexpr double gains[] = { 7688, 7298, 15024, 5178, 3103, 4386, 99999, 2174, 5013, 8614, 3325, 2597,
    4650, 3137, 1055, 594, 14084, 10520, 27828, 13550, 2829, 4064, 3908, 1471 };
inline constexpr double losses[] = { 1902, 1977, 1887, 1848, 1485, 2415, 1602, 1740, 1590, 1876, 1672, 1564,
    2258, 1719, 1980, 2001, 1579, 2339, 1408, 2051 };

} // namespace mlr::studio::census
