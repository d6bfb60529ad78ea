// SPDX-License-Identifier: MIT
#include "calendar/DayBits.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace certplan {

namespace {

// Position of the r-th set bit of x (r < popcount(x)).
int selectInWord(std::uint64_t x, int r)
{
    int base = 0;
    for (;;) {
        const int c = std::popcount(x & 0xFFU);
        if (r < c)
            break;
        r -= c;
        x >>= 8;
        base += 8;
    }
    auto v = static_cast<unsigned>(x & 0xFFU);
    while (r-- > 0)
        v &= v - 1;
    return base + std::countr_zero(v);
}

} // namespace

DayBits::DayBits(std::vector<std::uint64_t> words, std::size_t size) : m_size(size)
{
    words.resize((size + 63) / 64);
    m_blocks.resize(words.size() + 1);
    std::int32_t count = 0;
    for (std::size_t w = 0; w < words.size(); ++w) {
        m_blocks[w].bits = words[w];
        m_blocks[w].before = count;
        const int c = std::popcount(words[w]);
        // Sample the block of every set position 64*s that falls in this word.
        for (std::int32_t s = (count + 63) / 64 * 64; s < count + c; s += 64)
            m_samples.push_back(static_cast<std::uint32_t>(w));
        count += c;
    }
    m_blocks.back().before = count;
    m_count = count;
}

std::size_t DayBits::select(int k) const
{
    const auto s = static_cast<std::size_t>(k) >> 6;
    std::size_t lo = m_samples[s];
    const std::size_t hi = s + 1 < m_samples.size() ? m_samples[s + 1] : m_blocks.size() - 2;
    // The block holding k is the last in [lo, hi] with before <= k.
    if (hi - lo <= 4) {
        while (lo < hi && m_blocks[lo + 1].before <= k)
            ++lo;
    } else {
        auto it = std::upper_bound(m_blocks.begin() + static_cast<std::ptrdiff_t>(lo),
                                   m_blocks.begin() + static_cast<std::ptrdiff_t>(hi) + 1, k,
                                   [](int v, const Block& b) { return v < b.before; });
        lo = static_cast<std::size_t>(it - m_blocks.begin()) - 1;
    }
    const Block& b = m_blocks[lo];
    return lo * 64 + static_cast<std::size_t>(selectInWord(b.bits, k - b.before));
}

bool DayBits::operator==(const DayBits& o) const
{
    if (m_size != o.m_size || m_count != o.m_count)
        return false;
    for (std::size_t w = 0; w < m_blocks.size(); ++w)
        if (m_blocks[w].bits != o.m_blocks[w].bits)
            return false;
    return true;
}

std::size_t DayBits::hash() const
{
    std::uint64_t h = 1469598103934665603ULL ^ m_size;
    for (const Block& b : m_blocks) {
        h ^= b.bits;
        h *= 1099511628211ULL;
        h ^= h >> 29;
    }
    return static_cast<std::size_t>(h);
}

std::size_t DayBits::bytes() const
{
    return sizeof(*this) + m_blocks.capacity() * sizeof(Block) + m_samples.capacity() * sizeof(std::uint32_t);
}

void DayBitsBuilder::assign(std::size_t from, std::size_t to, bool value)
{
    if (to < from || from >= m_size)
        return;
    to = std::min(to, m_size - 1);
    const std::size_t wa = from >> 6, wb = to >> 6;
    for (std::size_t w = wa; w <= wb; ++w) {
        const unsigned lo = w == wa ? static_cast<unsigned>(from & 63) : 0U;
        const unsigned hi = w == wb ? static_cast<unsigned>(to & 63) : 63U;
        const std::uint64_t mask = (hi == 63 ? ~std::uint64_t{0} : ((std::uint64_t{1} << (hi + 1)) - 1)) &
                                   ~((std::uint64_t{1} << lo) - 1);
        if (value)
            m_words[w] |= mask;
        else
            m_words[w] &= ~mask;
    }
}

void DayBitsBuilder::append(std::size_t n, bool value)
{
    if (n == 0)
        return;
    if (value)
        assign(m_cursor, m_cursor + n - 1, true);
    m_cursor += n;
}

void DayBitsBuilder::appendBit(bool value)
{
    if (value)
        m_words[m_cursor >> 6] |= std::uint64_t{1} << (m_cursor & 63);
    ++m_cursor;
}

DayBits DayBitsBuilder::build() &&
{
    return DayBits(std::move(m_words), m_size);
}

} // namespace certplan
