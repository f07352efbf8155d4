#include "core/Inflate.h"

#include <QCoreApplication>

#include <array>

namespace muster::core {

namespace {

constexpr int kMaxBits = 15;
constexpr int kMaxLengthCodes = 286;
constexpr int kMaxDistanceCodes = 30;
constexpr int kFixedLengthCodes = 288;

struct Failure
{
    const char* reason;
};

struct Huffman
{
    std::array<short, kMaxBits + 1> count{};
    std::array<short, kFixedLengthCodes> symbol{};
};

// Builds a canonical Huffman decoding table from code lengths. Returns 0 for a complete
// code, a positive number for an incomplete one, a negative one for an over-subscribed
// (invalid) one.
int construct(Huffman& h, const short* lengths, int n)
{
    h.count.fill(0);
    for (int s = 0; s < n; ++s) {
        h.count[lengths[s]]++;
    }
    if (h.count[0] == n) {
        return 0; // no codes: complete, but decoding will fail
    }
    int left = 1;
    for (int len = 1; len <= kMaxBits; ++len) {
        left <<= 1;
        left -= h.count[len];
        if (left < 0) {
            return left;
        }
    }
    std::array<short, kMaxBits + 1> offs{};
    for (int len = 1; len < kMaxBits; ++len) {
        offs[len + 1] = short(offs[len] + h.count[len]);
    }
    for (int s = 0; s < n; ++s) {
        if (lengths[s] != 0) {
            h.symbol[offs[lengths[s]]++] = short(s);
        }
    }
    return left;
}

class Decoder
{
public:
    Decoder(QByteArrayView in, qsizetype maxOut)
        : m_in(in)
        , m_maxOut(maxOut)
    {}

    QByteArray run()
    {
        int last = 0;
        do {
            last = bits(1);
            switch (bits(2)) {
            case 0:
                stored();
                break;
            case 1:
                fixed();
                break;
            case 2:
                dynamic();
                break;
            default:
                throw Failure{QT_TRANSLATE_NOOP("muster::core::Inflate", "invalid block type")};
            }
        } while (!last);
        return m_out;
    }

private:
    int bits(int need)
    {
        quint32 val = m_bitBuf;
        while (m_bitCount < need) {
            if (m_pos >= m_in.size()) {
                throw Failure{QT_TRANSLATE_NOOP("muster::core::Inflate", "the compressed data ends too early")};
            }
            val |= quint32(static_cast<unsigned char>(m_in[m_pos++])) << m_bitCount;
            m_bitCount += 8;
        }
        m_bitBuf = val >> need;
        m_bitCount -= need;
        return int(val & ((1U << need) - 1));
    }

    void put(char c)
    {
        if (m_out.size() >= m_maxOut) {
            throw Failure{QT_TRANSLATE_NOOP("muster::core::Inflate", "the data expands beyond the size limit")};
        }
        m_out.append(c);
    }

    void stored()
    {
        m_bitBuf = 0;
        m_bitCount = 0;
        if (m_pos + 4 > m_in.size()) {
            throw Failure{QT_TRANSLATE_NOOP("muster::core::Inflate", "the compressed data ends too early")};
        }
        const auto byte = [&](qsizetype i) {
            return unsigned(static_cast<unsigned char>(m_in[i]));
        };
        const unsigned len = byte(m_pos) | (byte(m_pos + 1) << 8);
        const unsigned nlen = byte(m_pos + 2) | (byte(m_pos + 3) << 8);
        m_pos += 4;
        if (len != (~nlen & 0xFFFF)) {
            throw Failure{QT_TRANSLATE_NOOP("muster::core::Inflate", "a stored block has a damaged length")};
        }
        if (m_pos + qsizetype(len) > m_in.size()) {
            throw Failure{QT_TRANSLATE_NOOP("muster::core::Inflate", "the compressed data ends too early")};
        }
        for (unsigned i = 0; i < len; ++i) {
            put(m_in[m_pos++]);
        }
    }

    int decode(const Huffman& h)
    {
        int code = 0;
        int first = 0;
        int index = 0;
        for (int len = 1; len <= kMaxBits; ++len) {
            code |= bits(1);
            const int count = h.count[len];
            if (code - count < first) {
                return h.symbol[index + (code - first)];
            }
            index += count;
            first += count;
            first <<= 1;
            code <<= 1;
        }
        throw Failure{QT_TRANSLATE_NOOP("muster::core::Inflate", "an invalid Huffman code")};
    }

    void codes(const Huffman& lencode, const Huffman& distcode)
    {
        static constexpr std::array<short, 29> lbase{3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                                                     31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
        static constexpr std::array<short, 29> lext{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                                    2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
        static constexpr std::array<short, 30> dbase{1,    2,    3,    4,    5,    7,    9,    13,    17,    25,
                                                     33,   49,   65,   97,   129,  193,  257,  385,   513,   769,
                                                     1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
        static constexpr std::array<short, 30> dext{0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                                    6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
        for (;;) {
            int symbol = decode(lencode);
            if (symbol < 256) {
                put(char(symbol));
            } else if (symbol == 256) {
                return;
            } else {
                symbol -= 257;
                if (symbol >= 29) {
                    throw Failure{QT_TRANSLATE_NOOP("muster::core::Inflate", "an invalid length code")};
                }
                const int len = lbase[symbol] + bits(lext[symbol]);
                symbol = decode(distcode);
                if (symbol >= 30) {
                    throw Failure{QT_TRANSLATE_NOOP("muster::core::Inflate", "an invalid distance code")};
                }
                const qsizetype dist = dbase[symbol] + bits(dext[symbol]);
                if (dist > m_out.size()) {
                    throw Failure{QT_TRANSLATE_NOOP("muster::core::Inflate", "a distance too far back")};
                }
                for (int i = 0; i < len; ++i) {
                    put(m_out.at(m_out.size() - dist));
                }
            }
        }
    }

    void fixed()
    {
        static const auto tables = [] {
            std::pair<Huffman, Huffman> t;
            std::array<short, kFixedLengthCodes> lengths{};
            int s = 0;
            for (; s < 144; ++s) {
                lengths[s] = 8;
            }
            for (; s < 256; ++s) {
                lengths[s] = 9;
            }
            for (; s < 280; ++s) {
                lengths[s] = 7;
            }
            for (; s < kFixedLengthCodes; ++s) {
                lengths[s] = 8;
            }
            construct(t.first, lengths.data(), kFixedLengthCodes);
            std::array<short, kMaxDistanceCodes> dist{};
            dist.fill(5);
            construct(t.second, dist.data(), kMaxDistanceCodes);
            return t;
        }();
        codes(tables.first, tables.second);
    }

    void dynamic()
    {
        static constexpr std::array<short, 19> order{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
        const int nlen = bits(5) + 257;
        const int ndist = bits(5) + 1;
        const int ncode = bits(4) + 4;
        if (nlen > kMaxLengthCodes || ndist > kMaxDistanceCodes) {
            throw Failure{QT_TRANSLATE_NOOP("muster::core::Inflate", "too many length or distance codes")};
        }
        std::array<short, kMaxLengthCodes + kMaxDistanceCodes> lengths{};
        int index = 0;
        for (; index < ncode; ++index) {
            lengths[order[index]] = short(bits(3));
        }
        for (; index < 19; ++index) {
            lengths[order[index]] = 0;
        }
        Huffman lencode;
        Huffman distcode;
        if (construct(lencode, lengths.data(), 19) != 0) {
            throw Failure{QT_TRANSLATE_NOOP("muster::core::Inflate", "an incomplete code-length code")};
        }
        index = 0;
        while (index < nlen + ndist) {
            int symbol = decode(lencode);
            if (symbol < 0 || symbol > 18) {
                throw Failure{QT_TRANSLATE_NOOP("muster::core::Inflate", "an invalid code length")};
            }
            if (symbol < 16) {
                lengths[index++] = short(symbol);
                continue;
            }
            short len = 0;
            if (symbol == 16) {
                if (index == 0) {
                    throw Failure{QT_TRANSLATE_NOOP("muster::core::Inflate", "a repeat with no previous length")};
                }
                len = lengths[index - 1];
                symbol = 3 + bits(2);
            } else if (symbol == 17) {
                symbol = 3 + bits(3);
            } else {
                symbol = 11 + bits(7);
            }
            if (index + symbol > nlen + ndist) {
                throw Failure{QT_TRANSLATE_NOOP("muster::core::Inflate", "too many code lengths")};
            }
            while (symbol--) {
                lengths[index++] = len;
            }
        }
        if (lengths[256] == 0) {
            throw Failure{QT_TRANSLATE_NOOP("muster::core::Inflate", "no end-of-block code")};
        }
        int err = construct(lencode, lengths.data(), nlen);
        if (err < 0 || (err > 0 && nlen - lencode.count[0] != 1)) {
            throw Failure{QT_TRANSLATE_NOOP("muster::core::Inflate", "an invalid literal/length code")};
        }
        err = construct(distcode, lengths.data() + nlen, ndist);
        if (err < 0 || (err > 0 && ndist - distcode.count[0] != 1)) {
            throw Failure{QT_TRANSLATE_NOOP("muster::core::Inflate", "an invalid distance code")};
        }
        codes(lencode, distcode);
    }

    QByteArrayView m_in;
    qsizetype m_maxOut;
    qsizetype m_pos = 0;
    quint32 m_bitBuf = 0;
    int m_bitCount = 0;
    QByteArray m_out;
};

} // namespace

std::optional<QByteArray> Inflate::raw(QByteArrayView input, qsizetype maxOutput, QString* error)
{
    try {
        return Decoder(input, maxOutput).run();
    } catch (const Failure& f) {
        if (error) {
            *error = QCoreApplication::translate("muster::core::Inflate", f.reason);
        }
        return std::nullopt;
    }
}

quint32 Inflate::crc32(QByteArrayView data)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k) {
                c = (c & 1) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            }
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFU;
    for (const char ch : data) {
        c = table[(c ^ static_cast<unsigned char>(ch)) & 0xFF] ^ (c >> 8);
    }
    return c ^ 0xFFFFFFFFU;
}

} // namespace muster::core
