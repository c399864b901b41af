#pragma once

#include <QtGlobal>

#include <utility>
#include <vector>

namespace mlr::studio {

// xoshiro256** seeded through splitmix64: the same seed gives the same sequence on every
// platform (integer arithmetic only). next(), below() and shuffle() are bit-exact
// everywhere; uniform() is exact too (53-bit mantissa). normal() uses std::log/std::cos
// and is only guaranteed reproducible on the same C library (it serves the generators).
class Random
{
public:
    explicit Random(quint64 seed);

    quint64 next();
    // Uniform integer in [0, bound), without modulo bias; bound > 0.
    quint64 below(quint64 bound);
    // Uniform double in [0, 1).
    double uniform();
    // Standard normal deviate (Box-Muller).
    double normal();
    bool chance(double probability) { return uniform() < probability; }
    // Index drawn with the given non-negative weights (not necessarily normalised).
    int pick(const std::vector<double> &weights);

    // Fisher-Yates, back to front, with below().
    template<typename T> void shuffle(std::vector<T> &items)
    {
        for (size_t i = items.size(); i > 1; --i) {
            const auto j = size_t(below(quint64(i)));
            std::swap(items[i - 1], items[j]);
        }
    }

private:
    quint64 m_s[4];
    double m_spare = 0;
    bool m_hasSpare = false;
};

} // namespace mlr::studio
