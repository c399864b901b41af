#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

namespace mlr {

// MD5 (RFC 1321), with one addition that QCryptographicHash lacks: addDataToBoth() feeds the
// same bytes to two hashes at once, interleaving their compression rounds. MD5 is a long
// dependency chain, so the CPU can run the second chain in the gaps of the first: hashing a
// block for its Content-MD5 and the whole file at the same time costs about 1.4x one MD5
// instead of 2x. Not thread-safe; a plain value.
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

private:
    void feedBuffer(const uchar *&data, qsizetype &size);
    void finishInto(quint32 state[4]) const;

    quint32 m_state[4];
    quint64 m_length = 0; // bytes fed so far
    uchar m_buffer[64]; // the first m_length % 64 bytes are pending
};

} // namespace mlr
