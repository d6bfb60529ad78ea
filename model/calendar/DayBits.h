// SPDX-License-Identifier: MIT
#pragma once
// A fixed set of day positions stored as bits, with constant-time rank ("how
// many set positions before p") and near-constant-time select ("where is the
// k-th set position"). Compiled calendars and task day masks use it instead of
// one integer per day: a 300-year calendar takes about 32 KB instead of 0.75 MB.
//
// Rank is one look-up of a 16-byte block (bits + count before it) and a
// popcount. Select looks up a sample taken every 64 set positions, steps to
// the block that holds the position (one or two blocks for any calendar with
// a working day a week; a binary search over the sample's span otherwise) and
// picks the bit inside the word.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace certplan {

class DayBits {
public:
    DayBits() = default;
    // words: bit j of words[w] is position 64*w + j; bits at or past size must be 0.
    DayBits(std::vector<std::uint64_t> words, std::size_t size);

    std::size_t size() const { return m_size; }
    int count() const { return m_count; }
    bool test(std::size_t p) const { return (m_blocks[p >> 6].bits >> (p & 63)) & 1U; }
    // Set positions in [0, p); p may be size().
    int rank(std::size_t p) const
    {
        const Block& b = m_blocks[p >> 6];
        const std::uint64_t below = (std::uint64_t{1} << (p & 63)) - 1;
        return b.before + __builtin_popcountll(b.bits & below);
    }
    // The k-th set position, 0 <= k < count().
    std::size_t select(int k) const;

    std::uint64_t word(std::size_t w) const { return m_blocks[w].bits; }
    std::size_t wordCount() const { return m_blocks.size() - 1; }
    bool operator==(const DayBits& o) const;
    std::size_t hash() const;
    std::size_t bytes() const;

private:
    struct Block {
        std::uint64_t bits = 0;
        std::int32_t before = 0;
    };
    std::vector<Block> m_blocks;           // one per 64 positions, plus an empty one at the end
    std::vector<std::uint32_t> m_samples;  // block of set position 64*s
    std::size_t m_size = 0;
    int m_count = 0;
};

// Builds bit words position by position or range by range.
class DayBitsBuilder {
public:
    explicit DayBitsBuilder(std::size_t size) : m_words((size + 63) / 64), m_size(size) {}
    std::vector<std::uint64_t>& words() { return m_words; }
    // Sets (value true) or clears positions [from, to], both inclusive.
    void assign(std::size_t from, std::size_t to, bool value);
    // Appends n positions, all set or all clear (a cursor from position 0).
    void append(std::size_t n, bool value);
    void appendBit(bool value);
    DayBits build() &&;

private:
    std::vector<std::uint64_t> m_words;
    std::size_t m_size;
    std::size_t m_cursor = 0;
};

} // namespace certplan
