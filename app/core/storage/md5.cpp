#include "storage/md5.h"

#include <QtEndian>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <utility>

#if (defined(__GNUC__) || defined(__clang__)) && defined(__x86_64__)
#include <immintrin.h>
#define MLR_MD5_AVX512 1
#endif

namespace mlr {

namespace {

constexpr quint32 K[64] = {
    0xd76aa478,
    0xe8c7b756,
    0x242070db,
    0xc1bdceee,
    0xf57c0faf,
    0x4787c62a,
    0xa8304613,
    0xfd469501,
    0x698098d8,
    0x8b44f7af,
    0xffff5bb1,
    0x895cd7be,
    0x6b901122,
    0xfd987193,
    0xa679438e,
    0x49b40821,
    0xf61e2562,
    0xc040b340,
    0x265e5a51,
    0xe9b6c7aa,
    0xd62f105d,
    0x02441453,
    0xd8a1e681,
    0xe7d3fbc8,
    0x21e1cde6,
    0xc33707d6,
    0xf4d50d87,
    0x455a14ed,
    0xa9e3e905,
    0xfcefa3f8,
    0x676f02d9,
    0x8d2a4c8a,
    0xfffa3942,
    0x8771f681,
    0x6d9d6122,
    0xfde5380c,
    0xa4beea44,
    0x4bdecfa9,
    0xf6bb4b60,
    0xbebfbc70,
    0x289b7ec6,
    0xeaa127fa,
    0xd4ef3085,
    0x04881d05,
    0xd9d4d039,
    0xe6db99e5,
    0x1fa27cf8,
    0xc4ac5665,
    0xf4292244,
    0x432aff97,
    0xab9423a7,
    0xfc93a039,
    0x655b59c3,
    0x8f0ccc92,
    0xffeff47d,
    0x85845dd1,
    0x6fa87e4f,
    0xfe2ce6e0,
    0xa3014314,
    0x4e0811a1,
    0xf7537e82,
    0xbd3af235,
    0x2ad7d2bb,
    0xeb86d391,
};

constexpr int S[64] = {
    7,
    12,
    17,
    22,
    7,
    12,
    17,
    22,
    7,
    12,
    17,
    22,
    7,
    12,
    17,
    22,
    5,
    9,
    14,
    20,
    5,
    9,
    14,
    20,
    5,
    9,
    14,
    20,
    5,
    9,
    14,
    20,
    4,
    11,
    16,
    23,
    4,
    11,
    16,
    23,
    4,
    11,
    16,
    23,
    4,
    11,
    16,
    23,
    6,
    10,
    15,
    21,
    6,
    10,
    15,
    21,
    6,
    10,
    15,
    21,
    6,
    10,
    15,
    21,
};

inline quint32 rotl(quint32 x, int c)
{
    return (x << c) | (x >> (32 - c));
}

// One 64-byte chunk into N states at once (N = 1 or 2). The loops over k are unrolled by the
// compiler; with N = 2 the two dependency chains interleave.
template<int N> inline void compress(quint32 *const states[N], const uchar *chunk)
{
    quint32 m[16];
    for (int i = 0; i < 16; ++i)
        m[i] = qFromLittleEndian<quint32>(chunk + 4 * i);
    quint32 a[N], b[N], c[N], d[N];
    for (int k = 0; k < N; ++k) {
        a[k] = states[k][0];
        b[k] = states[k][1];
        c[k] = states[k][2];
        d[k] = states[k][3];
    }
#define MLR_MD5_STEP(i, f, g)                                                                                \
    for (int k = 0; k < N; ++k) {                                                                            \
        const quint32 t = d[k];                                                                              \
        const quint32 sum = a[k] + (f) + K[i] + m[g];                                                        \
        d[k] = c[k];                                                                                         \
        c[k] = b[k];                                                                                         \
        b[k] = b[k] + rotl(sum, S[i]);                                                                       \
        a[k] = t;                                                                                            \
    }
#pragma GCC unroll 16
    for (int i = 0; i < 16; ++i)
        MLR_MD5_STEP(i, d[k] ^ (b[k] & (c[k] ^ d[k])), i)
#pragma GCC unroll 16
    for (int i = 16; i < 32; ++i)
        MLR_MD5_STEP(i, c[k] ^ (d[k] & (b[k] ^ c[k])), (5 * i + 1) % 16)
#pragma GCC unroll 16
    for (int i = 32; i < 48; ++i)
        MLR_MD5_STEP(i, b[k] ^ c[k] ^ d[k], (3 * i + 5) % 16)
#pragma GCC unroll 16
    for (int i = 48; i < 64; ++i)
        MLR_MD5_STEP(i, c[k] ^ (b[k] | ~d[k]), (7 * i) % 16)
#undef MLR_MD5_STEP
    for (int k = 0; k < N; ++k) {
        states[k][0] += a[k];
        states[k][1] += b[k];
        states[k][2] += c[k];
        states[k][3] += d[k];
    }
}

#ifdef MLR_MD5_AVX512

// The message word and the round of step I (RFC 1321, 3.4).
constexpr int wordOf(int i)
{
    return i < 16 ? i : i < 32 ? (5 * i + 1) % 16 : i < 48 ? (3 * i + 5) % 16 : (7 * i) % 16;
}
// F, G, H and I as vpternlogd truth tables over (b, c, d).
constexpr int ternaryOf(int i)
{
    return i < 16 ? 0xca : i < 32 ? 0xe4 : i < 48 ? 0x96 : 0x39;
}

#define MLR_MD5_AVX512_TARGET __attribute__((target("avx512f,avx512vl")))

// Step i of both lanes (see compressPairAvx512).
template<int i>
MLR_MD5_AVX512_TARGET inline __attribute__((always_inline)) void vectorStep(
    __m128i &a, __m128i &b, __m128i &c, __m128i &d, const quint32 *m)
{
    __m128i sum = _mm_add_epi32(a, _mm_set1_epi32(int(K[i] + m[wordOf(i)])));
    // a + K + m does not depend on the previous step: keep the compiler from reassociating it
    // into the chain (b -> F -> +a -> +K+m -> rotate -> +b is 5 dependent operations, this 4).
    asm("" : "+v"(sum));
    // Immediates as constexpr variables: folded even without optimisation (-O0).
    constexpr int function = ternaryOf(i);
    constexpr int rotation = S[i];
    sum = _mm_add_epi32(sum, _mm_ternarylogic_epi32(b, c, d, function));
    const __m128i next = _mm_add_epi32(b, _mm_rol_epi32(sum, rotation));
    a = d;
    d = c;
    c = b;
    b = next;
}

template<int... I>
MLR_MD5_AVX512_TARGET inline __attribute__((always_inline)) void vectorSteps(
    std::integer_sequence<int, I...>, __m128i &a, __m128i &b, __m128i &c, __m128i &d, const quint32 *m)
{
    (vectorStep<I>(a, b, c, d, m), ...);
}

// Two MD5 states fed the same chunks: lane 0 of each vector is state `first`, lane 1 state
// `second`. Both chains advance in one vector chain, so the second hash costs little over the
// first: F/G/H/I are one vpternlogd, the rotation one vprold, the message word plus constant
// one broadcast shared by both lanes. AVX-512VL on 128-bit vectors; callers check
// Md5::vectorPathAvailable() first.
MLR_MD5_AVX512_TARGET void compressPairAvx512(
    quint32 *first, quint32 *second, const uchar *data, qsizetype chunks)
{
    __m128i a = _mm_set_epi32(0, 0, int(second[0]), int(first[0]));
    __m128i b = _mm_set_epi32(0, 0, int(second[1]), int(first[1]));
    __m128i c = _mm_set_epi32(0, 0, int(second[2]), int(first[2]));
    __m128i d = _mm_set_epi32(0, 0, int(second[3]), int(first[3]));
    for (; chunks > 0; --chunks, data += 64) {
        quint32 m[16];
        for (int i = 0; i < 16; ++i)
            m[i] = qFromLittleEndian<quint32>(data + 4 * i);
        const __m128i a0 = a, b0 = b, c0 = c, d0 = d;
        vectorSteps(std::make_integer_sequence<int, 64> {}, a, b, c, d, m);
        a = _mm_add_epi32(a, a0);
        b = _mm_add_epi32(b, b0);
        c = _mm_add_epi32(c, c0);
        d = _mm_add_epi32(d, d0);
    }
    const __m128i parts[4] = { a, b, c, d };
    for (int i = 0; i < 4; ++i) {
        alignas(16) quint32 lanes[4];
        _mm_store_si128(reinterpret_cast<__m128i *>(lanes), parts[i]);
        first[i] = lanes[0];
        second[i] = lanes[1];
    }
}

bool cpuHasAvx512()
{
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vl");
}

#endif // MLR_MD5_AVX512

// Whether addDataToBoth() takes the vector path; tests switch it off to cover both paths.
std::atomic<bool> &vectorPathEnabled()
{
    static std::atomic<bool> enabled { Md5::vectorPathAvailable() };
    return enabled;
}

} // namespace

bool Md5::vectorPathAvailable()
{
#ifdef MLR_MD5_AVX512
    static const bool available = cpuHasAvx512();
    return available;
#else
    return false;
#endif
}

bool Md5::setVectorPathEnabled(bool enabled)
{
    vectorPathEnabled() = enabled && vectorPathAvailable();
    return vectorPathEnabled();
}

void Md5::reset()
{
    m_state[0] = 0x67452301;
    m_state[1] = 0xefcdab89;
    m_state[2] = 0x98badcfe;
    m_state[3] = 0x10325476;
    m_length = 0;
}

// Moves bytes from data into the pending buffer, compressing it when it fills up.
void Md5::feedBuffer(const uchar *&data, qsizetype &size)
{
    const qsizetype fill = qsizetype(m_length % 64);
    if (fill == 0 && size >= 64)
        return;
    const qsizetype take = std::min<qsizetype>(64 - fill, size);
    std::memcpy(m_buffer + fill, data, size_t(take));
    m_length += quint64(take);
    data += take;
    size -= take;
    if (fill + take == 64) {
        quint32 *states[1] = { m_state };
        compress<1>(states, m_buffer);
    }
}

void Md5::addData(QByteArrayView view)
{
    auto data = reinterpret_cast<const uchar *>(view.data());
    qsizetype size = view.size();
    feedBuffer(data, size);
    quint32 *states[1] = { m_state };
    for (; size >= 64; data += 64, size -= 64, m_length += 64)
        compress<1>(states, data);
    if (size > 0)
        feedBuffer(data, size);
}

void Md5::addDataToBoth(Md5 &a, Md5 &b, QByteArrayView view)
{
    if (a.m_length % 64 != b.m_length % 64) {
        a.addData(view);
        b.addData(view);
        return;
    }
    auto data = reinterpret_cast<const uchar *>(view.data());
    qsizetype size = view.size();
    const uchar *bData = data;
    qsizetype bSize = size;
    a.feedBuffer(data, size);
    b.feedBuffer(bData, bSize);
    const qsizetype chunks = size / 64;
#ifdef MLR_MD5_AVX512
    if (chunks > 0 && vectorPathEnabled().load(std::memory_order_relaxed)) {
        compressPairAvx512(a.m_state, b.m_state, data, chunks);
    } else
#endif
    {
        quint32 *states[2] = { a.m_state, b.m_state };
        for (qsizetype i = 0; i < chunks; ++i)
            compress<2>(states, data + 64 * i);
    }
    data += 64 * chunks;
    size -= 64 * chunks;
    a.m_length += quint64(64 * chunks);
    b.m_length += quint64(64 * chunks);
    if (size > 0) {
        const uchar *rest = data;
        qsizetype restSize = size;
        a.feedBuffer(data, size);
        b.feedBuffer(rest, restSize);
    }
}

void Md5::finishInto(quint32 state[4]) const
{
    std::memcpy(state, m_state, sizeof(m_state));
    uchar tail[128] = {};
    const qsizetype fill = qsizetype(m_length % 64);
    std::memcpy(tail, m_buffer, size_t(fill));
    tail[fill] = 0x80;
    const qsizetype total = fill < 56 ? 64 : 128;
    qToLittleEndian<quint64>(m_length * 8, tail + total - 8);
    quint32 *states[1] = { state };
    compress<1>(states, tail);
    if (total == 128)
        compress<1>(states, tail + 64);
}

QByteArray Md5::result() const
{
    quint32 state[4];
    finishInto(state);
    QByteArray digest(16, Qt::Uninitialized);
    for (int i = 0; i < 4; ++i)
        qToLittleEndian<quint32>(state[i], digest.data() + 4 * i);
    return digest;
}

QByteArray Md5::hash(QByteArrayView data)
{
    Md5 md5;
    md5.addData(data);
    return md5.result();
}

} // namespace mlr
