#include "engine/random.h"

#include <cmath>
#include <numbers>

namespace mlr::studio {

namespace {

quint64 splitmix64(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

constexpr quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

Random::Random(quint64 seed)
{
    quint64 state = seed;
    for (quint64 &s : m_s)
        s = splitmix64(state);
}

quint64 Random::next()
{
    const quint64 result = rotl(m_s[1] * 5, 7) * 9;
    const quint64 t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

quint64 Random::below(quint64 bound)
{
    if (bound <= 1)
        return 0;
    // Rejection sampling: accept x only below the largest multiple of bound.
    const quint64 limit = quint64(0) - (quint64(0) - bound) % bound; // 2^64 - (2^64 mod bound)
    for (;;) {
        const quint64 x = next();
        if (limit == 0 || x < limit)
            return x % bound;
    }
}

double Random::uniform()
{
    return double(next() >> 11) * 0x1.0p-53;
}

double Random::normal()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spare;
    }
    double u1 = uniform();
    while (u1 <= 0.0)
        u1 = uniform();
    const double u2 = uniform();
    const double r = std::sqrt(-2.0 * std::log(u1));
    const double theta = 2.0 * std::numbers::pi * u2;
    m_spare = r * std::sin(theta);
    m_hasSpare = true;
    return r * std::cos(theta);
}

int Random::pick(const std::vector<double> &weights)
{
    double total = 0;
    for (double w : weights)
        total += w;
    double x = uniform() * total;
    for (size_t i = 0; i < weights.size(); ++i) {
        x -= weights[i];
        if (x < 0)
            return int(i);
    }
    return int(weights.size()) - 1;
}

} // namespace mlr::studio
