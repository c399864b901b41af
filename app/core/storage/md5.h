#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

namespace mlr {

// MD5 (RFC 1321), with one addition that QCryptographicHash lacks: addDataToBoth() feeds the
// same bytes to two hashes at once, in one pass. MD5 is a long dependency chain, so the CPU
// can run the second chain in the gaps of the first (scalar: about 1.45x the cost of one MD5
// instead of 2x; AVX-512: both chains in the lanes of one vector chain, about 1.1x). Hashing
// a block for its Content-MD5 and the whole file at once is the upload's main CPU cost. Not
// thread-safe; a plain value.
class Md5
{
public:
    Md5() { reset(); }

    void reset();
    void addData(QByteArrayView data);
    // The 16-byte digest of the data so far (the hash can still be fed afterwards).
    QByteArray result() const;
    QByteArray base64Result() const { return result().toBase64(); }
    qint64 length() const { return qint64(m_length); }

    // Same as a.addData(data); b.addData(data), faster when a and b are at the same offset
    // modulo 64 (e.g. both at a multiple of 64 bytes, as blocks of a file are).
    static void addDataToBoth(Md5 &a, Md5 &b, QByteArrayView data);

    static QByteArray hash(QByteArrayView data);

    // addDataToBoth() runs both hashes in one AVX-512 vector chain where the CPU has AVX-512VL
    // (checked at run time), else in two interleaved scalar chains. For tests and benchmarks:
    // whether the vector path exists, and switching it (returns whether it is now on).
    static bool vectorPathAvailable();
    static bool setVectorPathEnabled(bool enabled);

private:
    void feedBuffer(const uchar *&data, qsizetype &size);
    void finishInto(quint32 state[4]) const;

    quint32 m_state[4];
    quint64 m_length = 0; // bytes fed so far
    uchar m_buffer[64]; // the first m_length % 64 bytes are pending
};

} // namespace mlr
